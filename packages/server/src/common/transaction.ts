import { AsyncLocalStorage } from 'node:async_hooks';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditInsert, currentMutationAudit, writeAuditEntries, type IdempotencyClaim, type MutationAudit } from '../audit/audit-trail.js';
import { conflict, type DomainError } from './domain-error.js';

/** Maps the name of a violated unique or exclusion constraint to what it means in the domain. */
export type UniqueViolationMeaning = Readonly<Record<string, (detail: string) => DomainError>>;

/**
 * The running transaction: whether its caller sent a version it expects (set by
 * `checkVersion`), and the mutation's audit entry unless its work wrote it (`takeAuditEntry`).
 */
interface TransactionScope {
  sent: boolean;
  audit: MutationAudit | undefined;
}

const versionSent = new AsyncLocalStorage<TransactionScope>();

/**
 * CONFLICT STALE_VERSION when the caller sent the version of a record it saw and the stored one
 * is newer. Without a sent version nothing is checked here.
 */
export function checkVersion(record: { version: number }, expected: number | null | undefined, what: string): void {
  if (expected == null) return;
  const scope = versionSent.getStore();
  if (scope) scope.sent = true;
  if (expected !== record.version) {
    throw conflict('STALE_VERSION', `The ${what} was changed by someone else; reload it and try again`);
  }
}

/** Marks the request's claim of its Idempotency-Key committed, in the mutation's transaction. */
async function markIdempotencyCommitted(em: EntityManager, claim: IdempotencyClaim): Promise<void> {
  await em.execute(
    `update "idempotency_record" set "committed_at" = coalesce("committed_at", now())
     where "scope" = ? and "key" = ? and "created_at" = ? and "response_status" is null`,
    [claim.scope, claim.key, claim.at],
  );
}

/** Takes the row lock of one record until the transaction ends, so a repeated action waits and then sees the first one's result. */
export async function lockRow(em: EntityManager, table: string, id: string): Promise<void> {
  await em.execute(`select 1 from "${table}" where "id" = ? for update`, [id]);
}

/**
 * Runs one mutation in one transaction. What a concurrent request can make the database
 * refuse at commit becomes a CONFLICT the caller can act on: a record changed under us
 * (optimistic lock) is STALE_VERSION only when the caller sent a version (it is stale now),
 * otherwise CONCURRENT_CHANGE; a unique rule another request just claimed (`unique`, by
 * constraint name) gets its domain meaning. Either way nothing of this transaction is written.
 */
export async function inTransaction<T>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<T>,
  unique: UniqueViolationMeaning = {},
): Promise<T> {
  // The mutation's audit entry is written in its outermost transaction, after its changes are
  // flushed and before the commit: it commits with them or not at all.
  const audit = em.isInTransaction() ? undefined : currentMutationAudit();
  const audited = audit && !audit.written ? audit : undefined;
  const scope: TransactionScope = { sent: false, audit: audited };
  try {
    const result = await versionSent.run(scope, () =>
      em.transactional(async (tx) => {
        const done = await work(tx);
        if (audited && scope.audit) {
          await tx.flush();
          await writeAuditEntries(tx, [audited.draftFor(done)], audited.who(done));
        }
        // The request's Idempotency-Key is marked committed with the writes, or neither is:
        // a retry after the process died before storing the response is never run again.
        if (audit?.idempotency) await markIdempotencyCommitted(tx, audit.idempotency);
        return done;
      }),
    );
    if (audited) audited.written = true;
    return result;
  } catch (error) {
    throw refusal(error, scope.sent, unique);
  }
}

/**
 * What a change that the database refused tells its caller: a record changed under it
 * (optimistic lock) is STALE_VERSION only when the caller sent a version (it is stale now),
 * otherwise CONCURRENT_CHANGE; a unique or exclusion rule another request just claimed
 * (`unique`, by constraint name) gets its domain meaning. Anything else is itself.
 */
function refusal(error: unknown, versionWasSent: boolean, unique: UniqueViolationMeaning): unknown {
  if (error instanceof OptimisticLockError) {
    return versionWasSent
      ? conflict('STALE_VERSION', 'The record was changed by someone else at the same moment; reload it and try again')
      : concurrentChange();
  }
  // 23P01: an exclusion constraint (e.g. no overlapping bookings) refused the row.
  if (error instanceof UniqueConstraintViolationException || (error instanceof DriverException && (error as { code?: string }).code === '23P01')) {
    const constraint = (error as { constraint?: string }).constraint;
    const meaning = constraint ? unique[constraint] : undefined;
    const detail = (error as { detail?: unknown }).detail;
    if (meaning) return meaning(typeof detail === 'string' ? detail : '');
  }
  return error;
}

/**
 * Runs a mutation whose work reads, decides, and then writes its whole change, audit entry
 * included, in one `ChangeStatement`. First without BEGIN and COMMIT (two round trips instead
 * of four): the statement is its own transaction, the reads take no lock (`lock` false), and
 * the statement's guards (a version on what it updates, `hold` on what it decided on) fail it,
 * writing nothing, when a concurrent change came in between. Then, only after such a lost race,
 * the work runs again in a transaction with `lock` true: its read locks the rows it decides
 * on, so a caller is told what it would have been told had it waited (ALREADY_IN_STATUS,
 * STALE_VERSION, …) and concurrent changes of one record are made one after another. Inside a
 * transaction, or when an Idempotency-Key must be marked committed with the change, it is the
 * locked run alone.
 */
export async function inOneStatement<T>(
  em: EntityManager,
  work: (em: EntityManager, lock: boolean) => Promise<T>,
  unique: UniqueViolationMeaning = {},
): Promise<T> {
  const locked = () => inTransaction(em, (tx) => work(tx, true), unique);
  if (em.isInTransaction()) return locked();
  const audit = currentMutationAudit();
  if (audit?.idempotency) return locked();
  const audited = audit && !audit.written ? audit : undefined;
  const scope: TransactionScope = { sent: false, audit: audited };
  try {
    const result = await versionSent.run(scope, () => work(em, false));
    if (audited) {
      // Work that wrote without its statement taking the entry (nothing to change): the entry alone.
      if (scope.audit) await writeAuditEntries(em, [audited.draftFor(result)], audited.who(result));
      audited.written = true;
    }
    return result;
  } catch (error) {
    if (error instanceof OptimisticLockError) return locked();
    throw refusal(error, scope.sent, unique);
  }
}

/**
 * For work that writes its whole change in one statement (common/change-statement.ts): the
 * insert of the mutation's audit entry for the result it is about to return, to make part of
 * that statement; `inTransaction` then writes none. Null inside a nested transaction or
 * outside a mutation (nothing to write).
 */
export function takeAuditEntry(result: unknown): { sql: string; values: unknown[] } | null {
  const scope = versionSent.getStore();
  const audit = scope?.audit;
  if (!scope || !audit) return null;
  scope.audit = undefined;
  return auditInsert([audit.draftFor(result)], audit.who(result));
}

/** A record this request changed was changed by another request at the same moment; nothing was saved. */
export const concurrentChange = (): DomainError =>
  conflict('CONCURRENT_CHANGE', 'Someone else changed this record at the same moment, so nothing was saved; try again');
