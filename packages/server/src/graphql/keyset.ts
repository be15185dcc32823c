import { raw } from '@mikro-orm/core';
import { badInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, isUuid, type Page } from './relay.js';

/**
 * Keyset paging, the one way every list of the API pages: rows come in a total order (sort keys
 * ending in a unique one, the id), a cursor holds the last row's keys, and the next page is the
 * rows after it by a row-value comparison, which an index on the same keys answers in order.
 * Pages neither repeat nor skip rows when rows are added or change between requests.
 *
 * A `Keyset` gives the SQL (`orderBy`, `after`) for a query written by hand or with the query
 * builder (`qbOrderBy`), and turns the rows read (`first + 1`, to know whether there is a next
 * page) into a `Page`.
 */

/** What a sort key holds, how a cursor's value is checked and cast for PostgreSQL. */
const KEY_TYPES = {
  uuid: { cast: 'uuid', valid: isUuid },
  date: { cast: 'date', valid: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) },
  /** An instant as ISO-8601 UTC (`Date.toISOString()`). */
  instant: { cast: 'timestamptz', valid: (v: string) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)) },
  int: { cast: 'int', valid: (v: string) => /^-?\d{1,9}$/.test(v) },
  /** A serial key (bigint), as a string of digits. */
  serial: { cast: 'bigint', valid: (v: string) => /^\d{1,18}$/.test(v) },
} as const;

export type KeyType = keyof typeof KEY_TYPES;
export type Direction = 'asc' | 'desc';

export interface SortKey<T> {
  /** SQL over the query's alias (`r.received_at`), or an expression of the row. */
  sql: string;
  type: KeyType;
  /** This key's value in a row, as the cursor holds it (null for a null value). */
  of: (row: T) => string | number | null | undefined;
  /** Defaults to the keyset's direction. */
  direction?: Direction;
  /**
   * For a nullable key: where nulls sort, as a value of the key's type (`'9999-12-31'` puts
   * them after every date ascending). Without it the key must not be null.
   */
  ifNull?: string;
  /** Narrows the values a cursor may hold beyond the type (ranks 1–4, say). */
  valid?: (value: string) => boolean;
}

interface Key<T> {
  sql: string;
  cast: string;
  direction: Direction;
  of: (row: T) => string | number;
  valid: (value: string) => boolean;
}

export class Keyset<T> {
  private readonly keys: Key<T>[];
  /** `order by` of the keys, in SQL (without the words `order by`). */
  readonly orderBy: string;

  /** `keys` in order of significance, the last one unique (the id, as tie-breaker). */
  constructor(keys: readonly SortKey<T>[], direction: Direction = 'asc') {
    if (keys.length === 0) throw new Error('A keyset needs at least one key');
    this.keys = keys.map((key) => {
      const type = KEY_TYPES[key.type];
      if (key.ifNull !== undefined && !type.valid(key.ifNull)) throw new Error(`${key.ifNull} is not a ${key.type}`);
      const valid = key.valid ?? (() => true);
      return {
        sql: key.ifNull === undefined ? key.sql : `coalesce(${key.sql}, '${key.ifNull}'::${type.cast})`,
        cast: type.cast,
        direction: key.direction ?? direction,
        of:
          key.ifNull === undefined
            ? (row: T) => required(key.of(row), key.sql)
            : (row: T) => key.of(row) ?? (key.ifNull as string),
        valid: (value: string) => type.valid(value) && valid(value),
      };
    });
    this.orderBy = this.keys.map((key) => `${key.sql} ${key.direction}`).join(', ');
  }

  /** The same order for MikroORM's query builder (`qb.orderBy(keyset.qbOrderBy())`). */
  qbOrderBy(): Record<string, Direction>[] {
    return this.keys.map((key) => ({ [raw(key.sql)]: key.direction }));
  }

  /** The cursor of a row: its keys. */
  cursorOf(row: T): string {
    return encodeCursor(this.keys.map((key) => key.of(row)));
  }

  /**
   * The condition for the rows after `cursor`, with its parameters; null without a cursor.
   * A cursor of another list, order or shape is BAD_USER_INPUT / INVALID_CURSOR naming `field`.
   */
  after(cursor: string | null | undefined, field = 'after'): { sql: string; params: unknown[] } | null {
    if (!cursor) return null;
    const values = decodeCursor(cursor, this.keys.length, field).map(String);
    if (!values.every((value, i) => this.keys[i].valid(value))) {
      throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    const param = (i: number) => `?::${this.keys[i].cast}`;
    const direction = this.keys[0].direction;
    if (this.keys.every((key) => key.direction === direction)) {
      // One row-value comparison: what an index on the keys answers as a range.
      const row = (items: string[]) => (items.length === 1 ? items[0] : `(${items.join(', ')})`);
      return {
        sql: `${row(this.keys.map((key) => key.sql))} ${direction === 'asc' ? '>' : '<'} ${row(this.keys.map((_, i) => param(i)))}`,
        params: values,
      };
    }
    // Mixed directions: (a after x) or (a = x and (b after y or (b = y and …))).
    const from = (i: number): { sql: string; params: unknown[] } => {
      const key = this.keys[i];
      const after = `${key.sql} ${key.direction === 'asc' ? '>' : '<'} ${param(i)}`;
      if (i === this.keys.length - 1) return { sql: after, params: [values[i]] };
      const rest = from(i + 1);
      return { sql: `(${after} or (${key.sql} = ${param(i)} and ${rest.sql}))`, params: [values[i], values[i], ...rest.params] };
    };
    return from(0);
  }

  /** One page from the rows read with `limit first + 1`. */
  page(rows: T[], first: number, count: () => Promise<number>): Page<T> {
    return {
      nodes: rows.slice(0, first),
      hasNextPage: rows.length > first,
      cursorOf: (row) => this.cursorOf(row),
      count,
    };
  }
}

function required(value: string | number | null | undefined, sql: string): string | number {
  if (value === null || value === undefined) throw new Error(`The sort key ${sql} is null; give it ifNull`);
  return value;
}
