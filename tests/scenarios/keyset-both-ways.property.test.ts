import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { Keyset, type SortKey } from '../../packages/server/src/graphql/keyset.js';
import { pageRequest, type PageArgs, type Page } from '../../packages/server/src/graphql/relay.js';

interface Row {
  id: string;
  due: string | null;
  rank: number;
}

/**
 * The keyset helper read both ways over a real table: random rows with many ties in the sort
 * keys (and nulls), paged forward with `first`/`after` and backward with `last`/`before`, in
 * every direction of the keys. Forward and backward give the whole list once, in the list's
 * order; rows added between pages are never a reason to repeat or skip one that was there.
 */
describe('keyset paging both ways (PostgreSQL)', () => {
  let db: TestDatabase;

  const KEYS = (rankDirection?: 'asc' | 'desc'): SortKey<Row>[] => [
    { sql: 't.rank', type: 'int', of: (r) => r.rank, direction: rankDirection },
    { sql: 't.due', type: 'date', ifNull: '9999-12-31', of: (r) => r.due },
    { sql: 't.id', type: 'uuid', of: (r) => r.id },
  ];
  const KEYSETS = {
    asc: new Keyset<Row>(KEYS(), 'asc'),
    desc: new Keyset<Row>(KEYS(), 'desc'),
    mixed: new Keyset<Row>(KEYS('desc'), 'asc'),
  };

  async function read(keyset: Keyset<Row>, args: PageArgs): Promise<Page<Row>> {
    const request = pageRequest(args);
    const window = keyset.window(request);
    const rows = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; due: string | null; rank: number }[]>(
        `select t.id, to_char(t.due, 'YYYY-MM-DD') as due, t.rank from paged t where ${window.sql} order by ${window.orderBy} limit ?`,
        [...window.params, window.limit],
      );
    return keyset.page(rows, request, () => Promise.resolve(rows.length));
  }

  async function whole(keyset: Keyset<Row>): Promise<string[]> {
    const rows = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(`select t.id from paged t order by ${keyset.orderBy}`);
    return rows.map((r) => r.id);
  }

  async function fill(rows: { due: string | null; rank: number }[]) {
    await db.orm.em.fork().getConnection().execute('truncate paged');
    for (const row of rows) {
      await db.orm.em.fork().getConnection().execute('insert into paged (due, rank) values (?, ?)', [row.due, row.rank]);
    }
  }

  const rowsArbitrary = fc.array(
    fc.record({
      due: fc.option(fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-01'), { nil: null }),
      rank: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 14 },
  );

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.orm.em
      .fork()
      .getConnection()
      .execute('create table paged (id uuid primary key default gen_random_uuid(), due date, rank int not null)');
  });

  afterAll(async () => {
    await db?.close();
  });

  for (const [name, keyset] of Object.entries(KEYSETS)) {
    it(`${name}: forward and backward pages hold the whole list once, in order, whatever the ties`, async () => {
      await fc.assert(
        fc.asyncProperty(rowsArbitrary, fc.integer({ min: 1, max: 5 }), async (rows, size) => {
          await fill(rows);
          const ids = await whole(keyset);
          const forward: string[][] = [];
          let after: string | null = null;
          for (;;) {
            const page: Page<Row> = await read(keyset, { first: size, after });
            forward.push(page.nodes.map((r) => r.id));
            expect(page.hasPreviousPage).toBe(after !== null);
            if (!page.hasNextPage) break;
            after = page.cursorOf(page.nodes.at(-1)!);
          }
          const backward: string[][] = [];
          let before: string | null = null;
          for (;;) {
            const page: Page<Row> = await read(keyset, { last: size, before });
            backward.unshift(page.nodes.map((r) => r.id));
            expect(page.hasNextPage).toBe(before !== null);
            if (!page.hasPreviousPage) break;
            before = page.cursorOf(page.nodes[0]);
          }
          expect(forward.flat()).toEqual(ids);
          expect(backward.flat()).toEqual(ids);
          // An empty list is one empty page either way; a list of exactly one page is one page.
          if (ids.length === 0) expect([forward, backward]).toEqual([[[]], [[]]]);
          if (ids.length > 0 && ids.length <= size) expect([forward, backward]).toEqual([[ids], [ids]]);
          if (ids.length % size === 0) expect(backward).toEqual(forward);
        }),
        { numRuns: 25 },
      );
    });

    it(`${name}: a cursor at the first or last row, and rows added between pages`, async () => {
      await fill([
        { due: '2026-01-01', rank: 2 },
        { due: null, rank: 2 },
        { due: '2026-01-01', rank: 2 },
        { due: '2026-01-02', rank: 1 },
        { due: '2026-01-02', rank: 3 },
      ]);
      const ids = await whole(keyset);
      const all = await read(keyset, { first: 100 });
      const [first, last] = [all.nodes[0], all.nodes.at(-1)!];
      expect((await read(keyset, { last: 3, before: all.cursorOf(first) })).nodes).toEqual([]);
      expect((await read(keyset, { first: 3, after: all.cursorOf(last) })).nodes).toEqual([]);
      expect((await read(keyset, { last: 100, before: all.cursorOf(last) })).nodes.map((r) => r.id)).toEqual(ids.slice(0, -1));
      expect((await read(keyset, { first: 100, after: all.cursorOf(first) })).nodes.map((r) => r.id)).toEqual(ids.slice(1));

      // Backward two rows, then rows tied with every row arrive: the next page back still
      // holds exactly the rows that were before the cursor, and new ones only where they sort.
      const page = await read(keyset, { last: 2 });
      for (const row of [{ due: '2026-01-01', rank: 2 }, { due: null, rank: 1 }, { due: '2026-01-02', rank: 3 }]) {
        await db.orm.em.fork().getConnection().execute('insert into paged (due, rank) values (?, ?)', [row.due, row.rank]);
      }
      const now = await whole(keyset);
      const cursorId = page.nodes[0].id;
      const previous = await read(keyset, { last: 100, before: page.cursorOf(page.nodes[0]) });
      expect(previous.nodes.map((r) => r.id)).toEqual(now.slice(0, now.indexOf(cursorId)));
      for (const old of ids.slice(0, ids.indexOf(cursorId))) expect(previous.nodes.map((r) => r.id)).toContain(old);
    });
  }
});
