import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@pj/shared';
import { GraphQLError } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fromGlobalId } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';

/** Root queries that open one patient's record. */
const RECORD_READS = new Set(['patient', 'patientByMrn', 'node']);

function outcomeOf(error: unknown): string {
  if (!error) return 'OK';
  if (error instanceof DomainError) return error.code;
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error.extensions.code;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

function patientIdOf(value: unknown): string | null {
  if (value instanceof Patient) return value.id;
  const patient = (value as { patient?: { id?: unknown } } | null)?.patient;
  return typeof patient?.id === 'string' ? patient.id : null;
}

function patientIdFromArgs(args: Record<string, unknown>): string | null {
  const id = (args.input as { patientId?: unknown } | undefined)?.patientId;
  if (typeof id !== 'string') return null;
  const parsed = fromGlobalId(id);
  return parsed?.type === 'Patient' && /^[0-9a-f-]{36}$/i.test(parsed.key) ? parsed.key : null;
}

/** The username a sign-in attempt was for (never the password). */
function loginName(args: Record<string, unknown>): string | null {
  const username = (args.input as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username.slice(0, 100) : null;
}

function targetOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return value && typeof id === 'string' ? `${value.constructor.name}:${id}` : null;
}

/**
 * Writes the audit trail: every mutation (with its outcome) and every read of a patient's
 * record or timeline, with who, when and from where. Entries are collected while the request
 * runs and written in one statement before the response leaves.
 */
export function auditPlugin(rootEm: EntityManager): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField({ info, contextValue, args, source }) {
              const parent = info.parentType.name;
              const field = info.fieldName;
              const audit = contextValue.audit;
              if (parent === 'Mutation') {
                return (error, result) =>
                  audit.record({
                    action: `mutation:${field}`,
                    outcome: outcomeOf(error),
                    patientId: patientIdOf(result) ?? patientIdFromArgs(args),
                    target: targetOf(result),
                    detail: field === 'login' ? loginName(args) : null,
                  });
              }
              if (parent === 'Query' && RECORD_READS.has(field)) {
                return (error, result) => {
                  if (error || result instanceof Patient) {
                    audit.record({ action: 'read:patient', outcome: outcomeOf(error), patientId: patientIdOf(result), target: targetOf(result) });
                  }
                };
              }
              if (parent === 'Query' && field === 'patients') {
                return (error) => audit.record({ action: 'search:patients', outcome: outcomeOf(error), detail: typeof args.search === 'string' ? args.search : null });
              }
              if (parent === 'Patient' && field === 'journey' && source instanceof Patient) {
                return (error) => audit.record({ action: 'read:journey', outcome: outcomeOf(error), patientId: source.id });
              }
              return undefined;
            },
          });
        },
        async willSendResponse({ contextValue }) {
          try {
            await contextValue.audit.flush(rootEm, {
              user: contextValue.user,
              ip: contextValue.http?.ip ?? null,
              userAgent: contextValue.http?.userAgent ?? null,
              at: contextValue.clock(),
            });
          } catch (error) {
            console.error('Could not write the audit trail', error);
          }
        },
      });
    },
  };
}
