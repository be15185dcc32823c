import type { EntityManager } from '@mikro-orm/postgresql';
import { Utils, wrap, type EntityName, type FilterQuery, type FindOptions, type MetadataStorage } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { leanReader, leanState, type LeanReader } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { quoteIdent } from '../persistence/sql.js';

interface Keyed {
  id: string;
}

/** A loader's statement and reader: made once per process for each loader shape, not per request. */
interface LoaderRead<T> {
  sql: KeyedStatement;
  reader: LeanReader<T>;
}

/** A loader's statement for these keys, with its values: see `byKeys`. */
type KeyedStatement = (keys: readonly string[], rest: readonly unknown[]) => [string, unknown[]];

const reads = new WeakMap<MetadataStorage, Map<string, LoaderRead<unknown>>>();

function loaderRead<T extends object>(em: EntityManager, key: string, make: () => LoaderRead<T>): LoaderRead<T> {
  const metadata = em.getMetadata();
  let cache = reads.get(metadata);
  if (!cache) reads.set(metadata, (cache = new Map<string, LoaderRead<unknown>>()));
  let read = cache.get(key) as LoaderRead<T> | undefined;
  if (!read) {
    read = make();
    cache.set(key, read);
  }
  return read;
}

/**
 * A loader's statement for one key (`= ?`) or many (`= any(?)`), with its values (the keys
 * first, then `rest`). Two texts, not one: PostgreSQL plans a prepared `= any($1)` afresh on
 * every run (it cannot know the array's length, so its generic plan never looks cheaper), while
 * `= $1` soon gets one generic plan per connection; most batches hold a single key (a patient's
 * timeline, one operation's team), and planning the by-id read cost about as long as running it.
 */
function byKeys(statement: (match: string) => string): KeyedStatement {
  const one = statement('= ?');
  const many = statement('= any(?)');
  return (keys, rest) => (keys.length === 1 ? [one, [keys[0], ...rest]] : [many, [[...keys], ...rest]]);
}

/**
 * Loads entities by primary key, one `where id = any(…)` per tick, read lean (persistence/lean.ts) like
 * every other read that serves GraphQL: one kind of object for a row, whichever way a request
 * reaches it. Services that change a record load it with the EntityManager instead.
 */
export function byIdLoader<T extends object>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  const className = Utils.className(entity);
  // The primary key is usually `id`; a few reference tables are keyed by a code (ProcedureGroup).
  const key = em.getMetadata().get<T>(className).getPrimaryProps()[0];
  const { sql, reader } = loaderRead<T>(em, `id ${className}`, () => {
    const meta = em.getMetadata().get<T>(className);
    const reader = leanReader<T>(em, className, 't');
    return { reader, sql: byKeys((match) => `select ${reader.sql} as row from ${quoteIdent(meta.tableName)} t where t.${quoteIdent(key.fieldNames[0])} ${match}`) };
  });
  return new DataLoader(async (ids) => {
    const rows = (await queryPrepared<{ row: unknown }>(em, ...sql(ids, []))).map((r) => reader.read(r.row));
    const byId = new Map(rows.map((row) => [String((row as Record<string, unknown>)[key.name]), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads entities by primary key with many-to-many collections populated (`populate`), through
 * the ORM: lean reads do not build collections. Only the mission with its team and theatres
 * reads this way (two more statements per batch).
 */
export function populatedByIdLoader<T extends Keyed>(em: EntityManager, entity: EntityName<T>, populate: readonly (keyof T & string)[]): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, { populate } as FindOptions<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the children of many parents at once (`where <fk> = any(…) order by …`), grouped
 * back by parent key. `fk` is the many-to-one property that points at the parent (or a text
 * property the children share, such as a protocol's code); `where`
 * narrows the children by equality on scalar properties.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  fk: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  where: Partial<Record<keyof T & string, string | number | boolean>> = {},
): DataLoader<string, T[]> {
  const className = Utils.className(entity);
  const { sql, reader } = loaderRead<T>(em, `children ${className} ${fk} ${JSON.stringify(orderBy)} ${Object.keys(where).join(',')}`, () => {
    const meta = em.getMetadata().get<T>(className);
    const column = (prop: string) => {
      const found = (meta.properties as Record<string, { fieldNames: string[] } | undefined>)[prop];
      if (!found) throw new Error(`${meta.className}.${prop} is not a property`);
      return `t.${quoteIdent(found.fieldNames[0])}`;
    };
    const reader = leanReader<T>(em, className, 't');
    const conditions = (match: string) => [`${column(fk)} ${match}`, ...Object.keys(where).map((prop) => `${column(prop)} = ?`)].join(' and ');
    const order = Object.entries(orderBy).map(([prop, direction]) => `${column(prop)} ${direction === 'desc' ? 'desc' : 'asc'}`);
    return { reader, sql: byKeys((match) => `select ${reader.sql} as row from ${quoteIdent(meta.tableName)} t where ${conditions(match)}${order.length ? ` order by ${order.join(', ')}` : ''}`) };
  });
  const values = Object.values(where);
  return new DataLoader(async (parentIds) => {
    const rows = (await queryPrepared<{ row: unknown }>(em, ...sql(parentIds, values))).map((r) => reader.read(r.row));
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      // The parent is a relation (its key is the id) or, for a scalar key such as a code, the value itself.
      const parent = row[fk] as unknown as Keyed | string;
      groups.get(typeof parent === 'string' ? parent : parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** The related entity: as it is when already loaded, else through the request's loader. */
export function loadRef<T extends Keyed>(ref: T, loader: DataLoader<string, T | null>): T | Promise<T | null> {
  return isLoaded(ref) ? ref : loader.load(ref.id);
}

/** A lean record that was read, or a managed entity the ORM has loaded (not a bare reference). */
function isLoaded(ref: object): boolean {
  return leanState(ref) ?? wrap(ref).isInitialized();
}

/**
 * Like loadRef, for a relation that must exist (a foreign key guarantees it). A relation read
 * with its row comes back as it is, not in a promise: on a page of hundreds of rows, a promise
 * per relation is much of the time spent outside the database.
 */
export function loadRequiredRef<T extends Keyed>(ref: T, loader: DataLoader<string, T | null>): MaybePromise<T> {
  if (isLoaded(ref)) return ref;
  return loader.load(ref.id).then((entity) => {
    if (!entity) throw new Error(`Dangling reference ${ref.id}`);
    return entity;
  });
}

/** A value, or a promise of it: what a resolver may return. */
export type MaybePromise<T> = T | Promise<T>;

type LoaderMakers = Record<string, (em: EntityManager) => unknown>;

/** A request's loaders: one per maker, made the first time it is read. */
export type LoaderRegistry<M extends LoaderMakers> = { readonly [K in keyof M]: ReturnType<M[K]> };

const EM = Symbol('em');
const prototypes = new WeakMap<LoaderMakers, object>();

/**
 * A request's loader registry: an object whose every loader is made on first use (most
 * requests use a few of the fifty), from a prototype built once per process.
 */
export function loaderRegistry<M extends LoaderMakers>(em: EntityManager, makers: M): LoaderRegistry<M> {
  let proto = prototypes.get(makers);
  if (!proto) {
    proto = {};
    for (const [name, make] of Object.entries(makers)) {
      Object.defineProperty(proto, name, {
        enumerable: true,
        get(this: { [EM]: EntityManager }) {
          const loader = make(this[EM]);
          Object.defineProperty(this, name, { value: loader, enumerable: true });
          return loader;
        },
      });
    }
    prototypes.set(makers, proto);
  }
  const registry = Object.create(proto) as { [EM]: EntityManager };
  registry[EM] = em;
  return registry as unknown as LoaderRegistry<M>;
}

/**
 * A loader over a statement of its own, for shapes the entity loaders above do not read (rows
 * joined to reference tables, several tables in one statement: codes/codes-loaders.ts).
 * `load` answers one batch of keys with one value per key, in their order.
 */
export function batchLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(load);
}
