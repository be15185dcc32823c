import { ErrorCode } from '@pj/shared';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fromGlobalId } from '../graphql/relay.js';
import { User } from '../auth/user.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { runWithMutationAudit, type AuditDraft, type MutationAudit } from './audit-trail.js';

/** Root queries that open one patient's record. */
const RECORD_READS = ['patient', 'patientByMrn', 'node'];

/**
 * Root queries that list patients' rows: each read is one entry with the patients it showed
 * (`search:patients` for the search, `read:<field>` for the others).
 */
export const LIST_READS = ['census', 'inpatients', 'referrals', 'followUps', 'theatreSchedule', 'theatreBoard', 'oncologyAlerts', 'patients', 'indicatorCases'] as const;

const keyOfRow = (value: unknown): string | null => {
  if (value instanceof Patient) return value.id;
  const row = value as { patientId?: unknown; patient?: { id?: unknown } | null };
  if (typeof row.patientId === 'string') return row.patientId;
  return typeof row.patient?.id === 'string' ? row.patient.id : null;
};

/**
 * The patients in a list's answer, from the rows it read (the patient key is always read
 * with a row): rows of a plain list, nodes of a connection, surgeries of a board column.
 */
export function patientIdsIn(result: unknown): string[] {
  const rows: unknown[] = Array.isArray(result)
    ? result.flatMap((item: unknown) => ((item as { surgeries?: unknown }).surgeries instanceof Array ? (item as { surgeries: unknown[] }).surgeries : [item]))
    : ((result as { edges?: { node: unknown }[] } | null)?.edges ?? []).map((edge) => edge.node);
  const ids = new Set<string>();
  for (const row of rows) {
    const id = row && typeof row === 'object' ? keyOfRow(row) : null;
    if (id) ids.add(id);
  }
  return [...ids];
}

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
  if (value && typeof id === 'string') return `${value.constructor.name}:${id}`;
  // A payload about a user (a forced sign-out): the user is the target.
  const user = (value as { user?: unknown } | null)?.user;
  return user instanceof User ? `User:${user.id}` : null;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** What to write down once a field has resolved (or failed), or null for nothing. */
type Auditor = (outcome: { error: unknown; result: unknown; source: unknown; args: Record<string, unknown> }) => AuditDraft | null;

/**
 * For a mutation: the scope its transaction writes its entry in (common/transaction.ts).
 * The entry is then not recorded again when the resolver returns.
 */
type Scoper = (args: Record<string, unknown>, context: GraphQLContext) => MutationAudit;

/**
 * Wraps one field's resolver so that its outcome is added to the request's audit trail.
 * Only the audited fields are wrapped: every other field resolves with no audit overhead.
 */
function audit(schema: GraphQLSchema, typeName: string, fieldName: string, auditor: Auditor, scoper?: Scoper): void {
  const type = schema.getType(typeName);
  if (!type || !('getFields' in type)) throw new Error(`Audited type ${typeName} is not in the schema`);
  const field = type.getFields()[fieldName] as { resolve?: GraphQLFieldResolver<unknown, GraphQLContext> } | undefined;
  if (!field) throw new Error(`Audited field ${typeName}.${fieldName} is not in the schema`);
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const scope = scoper?.(args, context);
    const done = (error: unknown, result: unknown) => {
      if (scope?.written) return;
      const draft = auditor({ error, result, source, args });
      if (draft) context.audit.record(draft);
    };
    let value: unknown;
    try {
      value = scope ? runWithMutationAudit(scope, () => resolve(source, args, context, info)) : resolve(source, args, context, info);
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

function mutationDraft(name: string, error: unknown, result: unknown, args: Record<string, unknown>): AuditDraft {
  return {
    action: `mutation:${name}`,
    outcome: outcomeOf(error),
    patientId: patientIdOf(result) ?? patientIdFromArgs(args),
    target: targetOf(result),
    detail: name === 'login' ? loginName(args) : auditDetailOf(result),
  };
}

/** What an account change changed (`auditDetail` of its payload, never a password). */
function auditDetailOf(result: unknown): string | null {
  const detail = (result as { auditDetail?: unknown } | null)?.auditDetail;
  return typeof detail === 'string' ? detail.slice(0, 1000) : null;
}

/** Who signed in, from the session a successful `login` opened (the request has no user yet). */
function signedInAs(name: string, result: unknown, args: Record<string, unknown>): { id: string; username: string } | null {
  if (name !== 'login') return null;
  const id = (result as { user?: { id?: unknown } } | null)?.user?.id;
  const username = loginName(args)?.trim().toLowerCase();
  return typeof id === 'string' && username ? { id, username } : null;
}

/** Live topics (live/*.ts) whose events are rows of a list, with the action of the query that lists them. */
const LIVE_LIST_READS: Readonly<Record<string, string>> = {
  censusChanged: 'read:census',
  theatreBoardChanged: 'read:theatreBoard',
  referralChanged: 'read:referrals',
  oncologyAlertsChanged: 'read:oncologyAlerts',
  followUpChanged: 'read:followUps',
};

/**
 * The audit trail's sources: every mutation (with its outcome), every read of a patient's
 * record or timeline, every patient search and every read of a list of patients' rows.
 * A committed mutation's entry is written in its own transaction; the rest — refusals,
 * reads, a mutation that changed nothing in a transaction — in one statement when the
 * response is sent (audit.plugin.ts).
 */
export function auditFields(schema: GraphQLSchema): GraphQLSchema {
  for (const name of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    audit(
      schema,
      'Mutation',
      name,
      ({ error, result, args }) => mutationDraft(name, error, result, args),
      (args, context) => ({
        written: false,
        idempotency: context.idempotencyClaim,
        draftFor: (result) => mutationDraft(name, null, result, args),
        who: (result) => ({
          user: context.user ?? context.lockedUser ?? signedInAs(name, result, args),
          ip: context.http?.ip ?? null,
          userAgent: context.http?.userAgent ?? null,
          at: context.clock(),
        }),
      }),
    );
  }
  for (const name of RECORD_READS) {
    audit(schema, 'Query', name, ({ error, result }) =>
      error || result instanceof Patient
        ? { action: 'read:patient', outcome: outcomeOf(error), patientId: patientIdOf(result), target: targetOf(result) }
        : null,
    );
  }
  for (const name of LIST_READS) {
    audit(schema, 'Query', name, ({ error, result, args }) => ({
      action: name === 'patients' ? 'search:patients' : `read:${name}`,
      outcome: outcomeOf(error),
      patientIds: error ? [] : patientIdsIn(result),
      detail: name === 'patients' && typeof args.search === 'string' ? args.search : null,
    }));
  }
  audit(schema, 'Patient', 'journey', ({ error, source }) =>
    source instanceof Patient ? { action: 'read:journey', outcome: outcomeOf(error), patientId: source.id } : null,
  );
  // Live updates (live/live.resolver.ts): each delivered event is a read like the query's,
  // written when it is sent (live/subscriptions.ts).
  const live = schema.getSubscriptionType()?.getFields() ?? {};
  if (live.patientTimeline) {
    audit(schema, 'Subscription', 'patientTimeline', ({ error, result }) => {
      const patientId = (result as { patientId?: unknown } | null)?.patientId;
      return { action: 'read:journey', outcome: outcomeOf(error), patientId: typeof patientId === 'string' ? patientId : null };
    });
  }
  // The other topics are list reads: the patients on each delivered row (or list) are noted.
  for (const [field, action] of Object.entries(LIVE_LIST_READS)) {
    if (!live[field]) continue;
    audit(schema, 'Subscription', field, ({ error, result }) => ({
      action,
      outcome: outcomeOf(error),
      patientIds: error || !result ? [] : patientIdsIn(Array.isArray(result) ? result : [result]),
    }));
  }
  return schema;
}
