import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { Keyset } from './keyset.js';
import { encodeCursor } from './relay.js';

interface Row {
  id: string;
  due: string | null;
  at: Date;
  rank: number;
}

const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const row: Row = { id, due: null, at: new Date('2026-03-01T02:03:04.005Z'), rank: 3 };

const keyset = new Keyset<Row>(
  [
    { sql: 't.due', type: 'date', ifNull: '9999-12-31', of: (r) => r.due },
    { sql: 't.at', type: 'instant', of: (r) => r.at.toISOString() },
    { sql: 't.id', type: 'uuid', of: (r) => r.id },
  ],
  'desc',
);

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}/${error.details.reason}/${error.details.field}` : 'not a DomainError';
  }
  return undefined;
}

describe('keyset paging', () => {
  it('orders by the keys, a nullable one where its nulls sort, the id last', () => {
    expect(keyset.orderBy).toBe(`coalesce(t.due, '9999-12-31'::date) desc, t.at desc, t.id desc`);
  });

  it("continues after a cursor with one row-value comparison, each value cast to its type and out of the planner's sight", () => {
    const after = keyset.after(keyset.cursorOf(row));
    expect(after).toEqual({
      sql: `(coalesce(t.due, '9999-12-31'::date), t.at, t.id) < ((select ?::date), (select ?::timestamptz), (select ?::uuid))`,
      params: ['9999-12-31', '2026-03-01T02:03:04.005Z', id],
    });
    expect(keyset.after(null)).toBeNull();
    expect(keyset.after('')).toBeNull();
  });

  it('compares key by key when the directions differ', () => {
    const mixed = new Keyset<Row>([
      { sql: 't.rank', type: 'int', direction: 'desc', of: (r) => r.rank },
      { sql: 't.id', type: 'uuid', of: (r) => r.id },
    ]);
    expect(mixed.orderBy).toBe('t.rank desc, t.id asc');
    expect(mixed.after(mixed.cursorOf(row))).toEqual({
      sql: '(t.rank < (select ?::int) or (t.rank = (select ?::int) and t.id > (select ?::uuid)))',
      params: ['3', '3', id],
    });
  });

  it('refuses a cursor of another shape or with a value not of its key\'s type: INVALID_CURSOR on the field', () => {
    for (const cursor of [
      encodeCursor(['2026-01-01', id]),
      encodeCursor(['2026-01-01', '2026-03-01T02:03:04.005Z', '42']),
      encodeCursor(['2026-13-45', '2026-03-01T02:03:04.005Z', id]),
      encodeCursor(['2026-01-01', '2026-01-01', id]),
      encodeCursor([7, '2026-03-01T02:03:04.005Z', id]),
      'bm90LWEtY3Vyc29y',
    ]) {
      expect(reasonOf(() => keyset.after(cursor, 'after'))).toBe('BAD_USER_INPUT/INVALID_CURSOR/after');
    }
    const ranked = new Keyset<Row>([
      { sql: 't.rank', type: 'int', valid: (v) => /^[1-4]$/.test(v), of: (r) => r.rank },
      { sql: 't.id', type: 'uuid', of: (r) => r.id },
    ]);
    expect(reasonOf(() => ranked.after(encodeCursor([5, id])))).toBe('BAD_USER_INPUT/INVALID_CURSOR/after');
    expect(ranked.after(encodeCursor([4, id]))?.params).toEqual(['4', id]);
    const serial = new Keyset<{ id: string }>([{ sql: 'a.id', type: 'serial', of: (r) => r.id }], 'desc');
    expect(serial.after(encodeCursor(['42']))).toEqual({ sql: 'a.id < (select ?::bigint)', params: ['42'] });
    expect(reasonOf(() => serial.after(encodeCursor(['99999999999999999999999'])))).toBe('BAD_USER_INPUT/INVALID_CURSOR/after');
  });

  it('pages the rows read with first + 1: the extra row only says there is a next page', async () => {
    const rows = [1, 2, 3].map((rank) => ({ ...row, rank }));
    const page = keyset.page(rows, 2, () => Promise.resolve(3));
    expect(page.nodes.map((r) => r.rank)).toEqual([1, 2]);
    expect(page.hasNextPage).toBe(true);
    expect(keyset.page(rows, 3, () => Promise.resolve(3)).hasNextPage).toBe(false);
    expect(await page.count()).toBe(3);
  });

  it('refuses a key that is null without a place for nulls', () => {
    const strict = new Keyset<Row>([{ sql: 't.due', type: 'date', of: (r) => r.due }, { sql: 't.id', type: 'uuid', of: (r) => r.id }]);
    expect(() => strict.cursorOf(row)).toThrow(/null/);
  });
});
