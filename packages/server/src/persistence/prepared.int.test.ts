import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { arrayLiteral, queryPrepared } from './prepared.js';

/**
 * `queryPrepared` binds a list as one array value whether it runs on a read pool or inside the
 * request's transaction (where it goes through knex, which would otherwise expand the array into
 * several placeholders): the same statement returns the same rows either way.
 */
describe('queryPrepared binds arrays the same inside and outside a transaction', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  const SQL = `select x from unnest(array['a', 'b"c', 'd\\e', 'OBG-06', 'f,g']) x where x = any(?) order by x`;
  const LISTS: string[][] = [[], ['OBG-06'], ['a', 'OBG-06'], ['b"c', 'd\\e', 'f,g', 'absent']];

  it.each(LISTS.map((list) => [list]))('finds the same rows for %j', async (list) => {
    const outside = await queryPrepared<{ x: string }>(db.orm.em.fork(), SQL, [list]);
    const inside = await db.orm.em.fork().transactional((tx) => queryPrepared<{ x: string }>(tx, SQL, [list]));
    expect(inside).toEqual(outside);
    expect(inside.map((r) => r.x).sort()).toEqual(list.filter((v) => v !== 'absent').sort());
  });

  it('writes array literals as PostgreSQL reads them: quotes, backslashes, commas, null, nesting', async () => {
    const values = ['plain', 'with "quotes"', 'back\\slash', 'a,b', '{braces}', '', null];
    expect(arrayLiteral(values)).toBe('{"plain","with \\"quotes\\"","back\\\\slash","a,b","{braces}","",NULL}');
    const [row] = await db.orm.em.fork().transactional((tx) => queryPrepared<{ v: (string | null)[] }>(tx, `select ?::text[] as v`, [values]));
    expect(row.v).toEqual(values);
    const [nested] = await db.orm.em.fork().transactional((tx) => queryPrepared<{ v: number[][] }>(tx, `select ?::int[][] as v`, [[[1, 2], [3, 4]]]));
    expect(nested.v).toEqual([[1, 2], [3, 4]]);
  });
});
