import { ErrorCode } from '@pj/shared';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fromGlobalId } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import type { AuditDraft } from './audit-trail.js';

/** Root queries that open one patient's record. */
const RECORD_READS = ['patient', 'patientByMrn', 'node'];

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

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** What to write down once a field has resolved (or failed), or null for nothing. */
type Auditor = (outcome: { error: unknown; result: unknown; source: unknown; args: Record<string, unknown> }) => AuditDraft | null;

/**
 * Wraps one field's resolver so that its outcome is added to the request's audit trail.
 * Only the audited fields are wrapped: every other field resolves with no audit overhead.
 */
function audit(schema: GraphQLSchema, typeName: string, fieldName: string, auditor: Auditor): void {
  const type = schema.getType(typeName);
  if (!type || !('getFields' in type)) throw new Error(`Audited type ${typeName} is not in the schema`);
  const field = type.getFields()[fieldName] as { resolve?: GraphQLFieldResolver<unknown, GraphQLContext> } | undefined;
  if (!field) throw new Error(`Audited field ${typeName}.${fieldName} is not in the schema`);
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    const done = (error: unknown, result: unknown) => {
      const draft = auditor({ error, result, source, args });
      if (draft) context.audit.record(draft);
    };
    let value: unknown;
    try {
      value = resolve(source, args, context, info);
    } catch (error) {
      done(error, undefined);
      throw error;
    }
    if (!isPromiseLike(value)) {
      done(null, value);
      return value;
    }
    return Promise.resolve(value).then(
      (result) => {
        done(null, result);
        return result;
      },
      (error: unknown) => {
        done(error, undefined);
        throw error;
      },
    );
  };
}

/**
 * The audit trail's sources: every mutation (with its outcome), every read of a patient's
 * record or timeline, and every patient search. The entries are written in one statement
 * when the response is sent (audit.plugin.ts).
 */
export function auditFields(schema: GraphQLSchema): GraphQLSchema {
  for (const name of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    audit(schema, 'Mutation', name, ({ error, result, args }) => ({
      action: `mutation:${name}`,
      outcome: outcomeOf(error),
      patientId: patientIdOf(result) ?? patientIdFromArgs(args),
      target: targetOf(result),
      detail: name === 'login' ? loginName(args) : null,
    }));
  }
  for (const name of RECORD_READS) {
    audit(schema, 'Query', name, ({ error, result }) =>
      error || result instanceof Patient
        ? { action: 'read:patient', outcome: outcomeOf(error), patientId: patientIdOf(result), target: targetOf(result) }
        : null,
    );
  }
  audit(schema, 'Query', 'patients', ({ error, args }) => ({
    action: 'search:patients',
    outcome: outcomeOf(error),
    detail: typeof args.search === 'string' ? args.search : null,
  }));
  audit(schema, 'Patient', 'journey', ({ error, source }) =>
    source instanceof Patient ? { action: 'read:journey', outcome: outcomeOf(error), patientId: source.id } : null,
  );
  return schema;
}
