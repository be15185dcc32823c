import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { currentMutationAudit, writeAuditEntries } from '../audit/audit-trail.js';
import { conflict, type DomainError } from './domain-error.js';

/** Maps the name of a violated unique or exclusion constraint to what it means in the domain. */
export type UniqueViolationMeaning = Readonly<Record<string, (detail: string) => DomainError>>;

/**
 * Runs one mutation in one transaction. What a concurrent request can make the database
 * refuse at commit becomes a CONFLICT the caller can act on: a record changed under us
 * (optimistic lock), or a unique rule another request just claimed (`unique`, by
 * constraint name). Either way nothing of this transaction is written.
 */
/** CONFLICT when the caller saw an older version of a record than the one stored. */
export function checkVersion(record: { version: number }, expected: number | null | undefined, what: string): void {
  if (expected != null && expected !== record.version) {
    throw conflict('STALE_VERSION', `The ${what} was changed by someone else; reload it and try again`);
  }
}

export async function inTransaction<T>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<T>,
  unique: UniqueViolationMeaning = {},
): Promise<T> {
  // The mutation's audit entry is written in its outermost transaction, after its changes are
  // flushed and before the commit: it commits with them or not at all.
  const audit = em.isInTransaction() ? undefined : currentMutationAudit();
  const audited = audit && !audit.written ? audit : undefined;
  try {
    const result = await em.transactional(async (tx) => {
      const done = await work(tx);
      if (audited) {
        await tx.flush();
        await writeAuditEntries(tx, [audited.draftFor(done)], audited.who(done));
      }
      return done;
    });
    if (audited) audited.written = true;
    return result;
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict('STALE_VERSION', 'The record was changed by someone else at the same moment; reload it and try again');
    }
    // 23P01: an exclusion constraint (e.g. no overlapping bookings) refused the row.
    if (error instanceof UniqueConstraintViolationException || (error instanceof DriverException && (error as { code?: string }).code === '23P01')) {
      const constraint = (error as { constraint?: string }).constraint;
      const meaning = constraint ? unique[constraint] : undefined;
      const detail = (error as { detail?: unknown }).detail;
      if (meaning) throw meaning(typeof detail === 'string' ? detail : '');
    }
    throw error;
  }
}
