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

/** The insert of these entries (`?` placeholders and their values), to run alone or inside a larger statement. */
export function auditInsert(drafts: readonly AuditDraft[], who: AuditWho): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = drafts.map((row) => {
    values.push(
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
    );
    return '(?::timestamptz, ?::uuid, ?, ?, ?::uuid, ?::uuid[], ?, ?, ?, ?, ?)';
  });
  return {
    sql: `insert into audit_entry (at, user_id, username, action, patient_id, patient_ids, target, outcome, detail, ip, user_agent)
     values ${tuples.join(', ')}`,
    values,
  };
}

/** Writes entries in one statement, on `em`'s connection (inside its transaction, if any). */
export async function writeAuditEntries(em: EntityManager, drafts: readonly AuditDraft[], who: AuditWho): Promise<void> {
  if (drafts.length === 0) return;
  const { sql, values } = auditInsert(drafts, who);
  await em.execute(sql, values);
}

/**
 * The audit entries of one request, written together in one statement when the response
 * is sent (so reading a timeline or a work list costs one insert, however many fields were
 * resolved). A mutation's own entry is not among them when it committed: that one is
 * written inside the mutation's transaction (see `MutationAudit`).
 */
export class AuditTrail {
  private readonly drafts: AuditDraft[] = [];

  record(draft: AuditDraft): void {
    this.drafts.push(draft);
  }

  get pending(): readonly AuditDraft[] {
    return this.drafts;
  }

  async flush(em: EntityManager, who: AuditWho): Promise<void> {
    await writeAuditEntries(em, this.drafts.splice(0), who);
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
