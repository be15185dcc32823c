import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/auth-user.js';

export interface AuditDraft {
  action: string;
  outcome: string;
  patientId?: string | null;
  /** The patients a list read showed. */
  patientIds?: readonly string[];
  target?: string | null;
  detail?: string | null;
}

/** Who a request acts as, written into each of its entries. */
export interface AuditWho {
  user: Pick<AuthUser, 'id' | 'username'> | null;
  ip: string | null;
  userAgent: string | null;
  at: Date;
}

/**
 * The columns an entry is written to, in order, with their PostgreSQL types: the one list both
 * inserts are built from (`auditInsert`, and the audit writer's batch, `auditBatchInsert`).
 * A test holds it to the entity's metadata (audit-writer.int.test.ts).
 */
export const AUDIT_COLUMNS: readonly (readonly [column: string, type: string])[] = [
  ['at', 'timestamptz'],
  ['user_id', 'uuid'],
  ['username', 'text'],
  ['action', 'text'],
  ['patient_id', 'uuid'],
  ['patient_ids', 'uuid[]'],
  ['target', 'text'],
  ['outcome', 'text'],
  ['detail', 'text'],
  ['ip', 'text'],
  ['user_agent', 'text'],
];

const COLUMN_LIST = AUDIT_COLUMNS.map(([column]) => column).join(', ');

/** One entry's values, in the order of AUDIT_COLUMNS. */
export function auditRow(row: AuditDraft, who: AuditWho): unknown[] {
  return [
    who.at,
    who.user?.id ?? null,
    who.user?.username ?? null,
    row.action,
    row.patientId ?? null,
    // A text literal of a uuid[]: the ids come from the database, never from the client.
    `{${[...new Set(row.patientIds ?? [])].join(',')}}`,
    row.target ?? null,
    row.outcome,
    row.detail?.slice(0, 500) ?? null,
    who.ip,
    who.userAgent?.slice(0, 300) ?? null,
  ];
}

/** The insert of these entries (`?` placeholders and their values), to run alone or inside a larger statement. */
export function auditInsert(drafts: readonly AuditDraft[], who: AuditWho): { sql: string; values: unknown[] } {
  const tuple = `(${AUDIT_COLUMNS.map(([, type]) => (type === 'text' ? '?' : `?::${type}`)).join(', ')})`;
  return {
    sql: `insert into audit_entry (${COLUMN_LIST})
     values ${drafts.map(() => tuple).join(', ')}`,
    values: drafts.flatMap((row) => auditRow(row, who)),
  };
}

const isArrayType = (type: string) => type.endsWith('[]');

/**
 * The insert of many entries (rows from `auditRow`) with one statement text whatever their
 * number, so PostgreSQL keeps one plan for it: one array parameter per column, unnested. An
 * array column travels as a text array of array literals, cast back row by row (PostgreSQL's
 * arrays have no arrays as elements).
 */
const BATCH_INSERT = `insert into audit_entry (${COLUMN_LIST})
     select ${AUDIT_COLUMNS.map(([column, type]) => (isArrayType(type) ? `${column}::${type}` : column)).join(', ')}
     from unnest(${AUDIT_COLUMNS.map(([, type]) => (isArrayType(type) ? '?::text[]' : `?::${type}[]`)).join(', ')}) as entry (${COLUMN_LIST})`;

/** `BATCH_INSERT` with its values: one array per column, rows in order. */
export function auditBatchInsert(rows: readonly (readonly unknown[])[]): { sql: string; values: unknown[] } {
  return { sql: BATCH_INSERT, values: AUDIT_COLUMNS.map((_, i) => rows.map((row) => row[i])) };
}

/** Writes entries in one statement, on `em`'s connection (inside its transaction, if any). */
export async function writeAuditEntries(em: EntityManager, drafts: readonly AuditDraft[], who: AuditWho): Promise<void> {
  if (drafts.length === 0) return;
  const { sql, values } = auditInsert(drafts, who);
  await em.execute(sql, values);
}

/** Where a request's read entries go as its response leaves: the process's audit writer (audit-writer.ts). */
export interface AuditSink {
  write(drafts: readonly AuditDraft[], who: AuditWho): Promise<void>;
}

/**
 * The audit entries of one request, written together when the response is sent (so reading a
 * timeline or a work list adds one set of entries to one insert, however many fields were
 * resolved): the audit writer groups them with other requests' into one statement, and the
 * flush resolves once they are committed. A mutation's own entry is not among them when it
 * committed: that one is written inside the mutation's transaction (see `MutationAudit`).
 */
export class AuditTrail {
  private readonly drafts: AuditDraft[] = [];

  record(draft: AuditDraft): void {
    this.drafts.push(draft);
  }

  get pending(): readonly AuditDraft[] {
    return this.drafts;
  }

  async flush(sink: AuditSink, who: AuditWho): Promise<void> {
    await sink.write(this.drafts.splice(0), who);
  }
}

/**
 * The mutation a request is running: its entry is written by `inTransaction`
 * (common/transaction.ts) in the mutation's own transaction, just before it commits, so a
 * committed change always has its entry and a rolled-back one none. The entry is built from
 * what the transaction's work returned.
 */
export interface MutationAudit {
  /** The entry for a mutation whose work returned `result`. */
  draftFor(result: unknown): AuditDraft;
  who(result: unknown): AuditWho;
  /** Set once the entry is in a transaction that committed. */
  written: boolean;
  /** The request's claim of an Idempotency-Key: its transaction marks the claim committed (graphql/idempotency.ts). */
  idempotency?: IdempotencyClaim;
}

/** An Idempotency-Key claimed by the running request (graphql/idempotency.ts). */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  at: Date;
}

const running = new AsyncLocalStorage<MutationAudit>();

/** Runs a mutation's resolver with its audit scope. */
export function runWithMutationAudit<T>(scope: MutationAudit, run: () => T): T {
  return running.run(scope, run);
}

/** The audit scope of the mutation running here, if any. */
export function currentMutationAudit(): MutationAudit | undefined {
  return running.getStore();
}
