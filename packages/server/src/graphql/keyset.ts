import { raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../common/domain-error.js';
import { countOf, listOf } from '../persistence/replica-lists.js';
import { opaqueParam } from '../persistence/sql.js';
import { decodeCursor, encodeCursor, isUuid, pageRequest, type Page, type PageArgs, type PageRequest } from './relay.js';

/**
 * Keyset paging, the one way every list of the API pages: rows come in a total order (sort keys
 * ending in a unique one, the id), a cursor holds the last row's keys, and the next page is the
 * rows after it by a row-value comparison, which an index on the same keys answers in order.
 * Pages neither repeat nor skip rows when rows are added or change between requests.
 *
 * A `Keyset` gives the SQL (`orderBy`, `after`) for a query written by hand or with the query
 * builder (`qbOrderBy`), and turns the rows read (`first + 1`, to know whether there is a next
 * page) into a `Page`.
 *
 * Both directions (Relay's `first`/`after` and `last`/`before`): `window(request)` gives the
 * conditions (rows after `after` and before `before`), the order to read in (the list's order,
 * or its reverse when paging backward, so the index is read from the other end) and the limit
 * (one row more than the page, to know whether more rows lie that way); `page(rows, request)`
 * puts the rows back in the list's order.
 */

/** What a sort key holds, how a cursor's value is checked and cast for PostgreSQL. */
const KEY_TYPES: Record<string, { cast: string; valid: (v: string) => boolean; param?: string }> = {
  uuid: { cast: 'uuid', valid: isUuid },
  date: { cast: 'date', valid: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) },
  /** An instant as ISO-8601 UTC (`Date.toISOString()`). */
  instant: { cast: 'timestamptz', valid: (v: string) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)) },
  int: { cast: 'int', valid: (v: string) => /^-?\d{1,9}$/.test(v) },
  /** A serial key (bigint), as a string of digits. */
  serial: { cast: 'bigint', valid: (v: string) => /^\d{1,18}$/.test(v) },
  /**
   * A `timestamptz` key whose cursor holds microseconds since 1970 as digits (exact to the
   * microsecond, as stored, where an ISO string would round to the millisecond).
   */
  micros: {
    cast: 'timestamptz',
    valid: (v: string) => /^-?\d{1,18}$/.test(v),
    param: `(timestamptz 'epoch' + ?::bigint * interval '1 microsecond')`,
  },
};

export type KeyType = 'uuid' | 'date' | 'instant' | 'int' | 'serial' | 'micros';
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
  /** The SQL of a cursor value as a parameter (`(select ?::uuid)`). */
  param: string;
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
        // Out of the planner's sight: a page's plan is the same wherever its cursor is (persistence/sql.ts).
        param: opaqueParam(type.param ?? `?::${type.cast}`),
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

  /** The same order for MikroORM's query builder (`qb.orderBy(keyset.qbOrderBy())`); reversed to read backward. */
  qbOrderBy(request?: Pick<PageRequest, 'backward'>): Record<string, Direction>[] {
    return this.keys.map((key) => ({ [raw(key.sql)]: request?.backward ? reverse(key.direction) : key.direction }));
  }

  /** `order by` to read a page in (the list's order, or its reverse when paging backward). */
  orderFor(request: Pick<PageRequest, 'backward'>): string {
    return request.backward ? this.keys.map((key) => `${key.sql} ${reverse(key.direction)}`).join(', ') : this.orderBy;
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
    return this.beyond(cursor, 'after', field);
  }

  /** The condition for the rows before `cursor` in the list's order; null without a cursor. */
  before(cursor: string | null | undefined, field = 'before'): { sql: string; params: unknown[] } | null {
    return this.beyond(cursor, 'before', field);
  }

  /**
   * What to read for a page: the conditions of its cursors (`sql` is `true` without any), the
   * order to read in and how many rows (the page and one more).
   */
  window(request: PageRequest): { sql: string; params: unknown[]; orderBy: string; limit: number } {
    const conditions = [this.after(request.after), this.before(request.before)].filter((c) => c !== null);
    return {
      sql: conditions.length ? conditions.map((c) => c.sql).join(' and ') : 'true',
      params: conditions.flatMap((c) => c.params),
      orderBy: this.orderFor(request),
      limit: request.size + 1,
    };
  }

  private beyond(cursor: string | null | undefined, side: 'after' | 'before', field: string): { sql: string; params: unknown[] } | null {
    if (!cursor) return null;
    const values = decodeCursor(cursor, this.keys.length, field).map(String);
    if (!values.every((value, i) => this.keys[i].valid(value))) {
      throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    /** The comparison that puts a row on `side` of the cursor for a key sorted `direction`. */
    const op = (direction: Direction) => ((direction === 'asc') === (side === 'after') ? '>' : '<');
    const param = (i: number) => this.keys[i].param;
    const direction = this.keys[0].direction;
    if (this.keys.every((key) => key.direction === direction)) {
      // One row-value comparison: what an index on the keys answers as a range.
      const row = (items: string[]) => (items.length === 1 ? items[0] : `(${items.join(', ')})`);
      return {
        sql: `${row(this.keys.map((key) => key.sql))} ${op(direction)} ${row(this.keys.map((_, i) => param(i)))}`,
        params: values,
      };
    }
    // Mixed directions: (a after x) or (a = x and (b after y or (b = y and …))).
    const from = (i: number): { sql: string; params: unknown[] } => {
      const key = this.keys[i];
      const beyond = `${key.sql} ${op(key.direction)} ${param(i)}`;
      if (i === this.keys.length - 1) return { sql: beyond, params: [values[i]] };
      const rest = from(i + 1);
      return { sql: `(${beyond} or (${key.sql} = ${param(i)} and ${rest.sql}))`, params: [values[i], values[i], ...rest.params] };
    };
    return from(0);
  }

  /**
   * One page from the rows read as `window(request)` says (or, given a number `first`, read
   * forward with `limit first + 1`), in the list's order.
   */
  page(rows: T[], request: PageRequest | number, count: () => Promise<number>): Page<T> {
    return pageOf(rows, typeof request === 'number' ? { size: request, backward: false, after: null, before: null } : request, (row) => this.cursorOf(row), count);
  }
}

/**
 * A page from the rows read for `request` (one more than its size, in reading order): the extra
 * row says whether more rows lie that way; read backward, the rows are put back in the list's
 * order. For lists that page with a keyset of their own (patient search).
 */
export function pageOf<T>(rows: T[], request: PageRequest, cursorOf: (row: T) => string, count: () => Promise<number>): Page<T> {
  const more = rows.length > request.size;
  const nodes = rows.slice(0, request.size);
  if (request.backward) nodes.reverse();
  return {
    nodes,
    hasNextPage: request.backward ? Boolean(request.before) : more,
    hasPreviousPage: request.backward ? more : Boolean(request.after),
    cursorOf,
    count,
  };
}

const reverse = (direction: Direction): Direction => (direction === 'asc' ? 'desc' : 'asc');

function required(value: string | number | null | undefined, sql: string): string | number {
  if (value === null || value === undefined) throw new Error(`The sort key ${sql} is null; give it ifNull`);
  return value;
}

/**
 * One page of `entity` rows matching `where`, in `keyset`'s order, read with the query builder
 * under `alias` (the alias the keyset's SQL uses): the list every simple connection is.
 */
export async function readKeysetPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  where: FilterQuery<T>,
  keyset: Keyset<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const request = pageRequest(args);
  const window = keyset.window(request);
  const qb = em.createQueryBuilder(entity, alias).select('*').where(where).andWhere(window.sql, window.params);
  qb.orderBy(keyset.qbOrderBy(request)).limit(window.limit);
  // On a read replica when the request may read from one (persistence/replica-lists.ts).
  return keyset.page(await listOf(em, entity, qb), request, () => countOf(em, entity, where));
}
