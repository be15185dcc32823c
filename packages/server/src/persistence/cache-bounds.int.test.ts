import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { cachedReaderCount, leanPlanReader, READER_CACHE_SIZE } from './lean.js';
import { MAX_NAMED_STATEMENTS, preparedStatementCounts, queryPrepared } from './prepared.js';

/**
 * The caches a client can grow by sending many different selections stay at their bound: the
 * lean readers (one per statement shape) and the named prepared statements: a read-pool
 * connection prepares at most MAX_NAMED_STATEMENTS, and one that holds that many is closed
 * rather than given a new one — in this process and in PostgreSQL (pg_prepared_statements).
 */
describe('caches keyed by what clients send stay bounded', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('keeps at most READER_CACHE_SIZE lean readers, most recently used kept', () => {
    const em = db.orm.em.fork();
    const first = leanPlanReader(em, 'Referral', 'r0', { include: {} });
    for (let i = 1; i < 3 * READER_CACHE_SIZE; i++) {
      leanPlanReader(em, 'Referral', `r${i}`, { include: i % 2 ? { patient: { include: {} } } : {} });
      // Used all along: never the one pushed out.
      expect(leanPlanReader(em, 'Referral', 'r0', { include: {} })).toBe(first);
    }
    expect(cachedReaderCount(em)).toBe(READER_CACHE_SIZE);
  });

  it('prepares at most MAX_NAMED_STATEMENTS statements per connection, closing a full one rather than preparing more', async () => {
    const em = db.orm.em.fork();
    // Many shapes one after another (mostly on the same idle connection), then 20 at a time (several).
    for (let i = 0; i < 3 * MAX_NAMED_STATEMENTS; i++) {
      const [row] = await queryPrepared<{ n: number }>(em, `select ?::int + ${i} as n`, [1]);
      expect(row.n).toBe(1 + i);
    }
    for (let i = 0; i < 2 * MAX_NAMED_STATEMENTS; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => queryPrepared(em, `select ?::int * ${i + j} as n`, [1])));
    }
    const counts = preparedStatementCounts();
    expect(counts.names).toBeLessThanOrEqual(MAX_NAMED_STATEMENTS);
    expect(counts.perConnection.length).toBeGreaterThan(0);
    for (const n of counts.perConnection) expect(n).toBeLessThanOrEqual(MAX_NAMED_STATEMENTS);

    // PostgreSQL's own count, on connections of the read pool.
    const seen = await Promise.all(
      Array.from({ length: 10 }, () => queryPrepared<{ n: number }>(em, `select count(*)::int as n, pg_sleep(0.05)::text as s from pg_prepared_statements`, [])),
    );
    for (const [row] of seen) expect(row.n).toBeLessThanOrEqual(MAX_NAMED_STATEMENTS);

    // A statement in use is still answered after its name was pushed out and given again.
    const [again] = await queryPrepared<{ n: number }>(em, `select ?::int + 0 as n`, [5]);
    expect(again.n).toBe(5);
  }, 60_000);
});
