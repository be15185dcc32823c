import { createHash } from 'node:crypto';
import type { Transaction } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ACQUIRE_TIMEOUT_MS, WORD_SIMILARITY_THRESHOLD } from './connection-settings.js';

/**
 * Read statements prepared once per connection.
 *
 * The ORM sends every statement unnamed, so PostgreSQL parses and plans it on every request;
 * for the timeline's statement (a dozen keyed subqueries) planning took longer than running
 * it. A read outside a transaction therefore goes through a small pool of our own (node-postgres,
 * its public API) as a named prepared statement: parsed and planned once per pooled connection.
 * A read inside a transaction (a mutation reading what it wrote) goes through the ORM's
 * connection for that transaction, unnamed. The audit writer's batched insert (one text for
 * every batch size) runs on the same pool, each insert committing on its own.
 *
 * Bounded, whatever a client sends: statement names go to the MAX_NAMED_STATEMENTS texts
 * used most recently (an LRU). A text pushed out is retired: each read-pool connection that
 * prepared it deallocates it (DEALLOCATE) before it runs its next statement, so no connection
 * holds more than MAX_NAMED_STATEMENTS plans, and neither does this process. The texts are built
 * from a read path's fixed tree of relations, so in practice only a few dozen are in use.
 */
export const MAX_NAMED_STATEMENTS = 100;
/** Text → statement name, least recently used first. */
const names = new Map<string, string>();
/** Names pushed out of `names`: connections that prepared them deallocate them. */
const retired = new Set<string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name) {
    names.delete(text);
  } else {
    name = `pj_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    retired.delete(name);
    if (names.size >= MAX_NAMED_STATEMENTS) {
      const [oldestText, oldestName] = names.entries().next().value as [string, string];
      names.delete(oldestText);
      retire(oldestName);
    }
  }
  names.set(text, name);
  return name;
}

interface PooledConnection {
  connection?: { parsedStatements?: Record<string, string> };
}

function clientsOf(pool: pg.Pool): PooledConnection[] {
  return (pool as unknown as { _clients?: PooledConnection[] })._clients ?? [];
}

function retire(name: string): void {
  retired.add(name);
  if (retired.size <= 4 * MAX_NAMED_STATEMENTS) return;
  // Forget retired names that no open connection holds any more (closed, or deallocated).
  const held = new Set<string>();
  for (const pool of openPools) for (const client of clientsOf(pool)) for (const n of Object.keys(client.connection?.parsedStatements ?? {})) held.add(n);
  for (const n of retired) if (!held.has(n)) retired.delete(n);
}

/** Deallocates, on this connection, the statements it prepared that have been retired since. */
async function deallocateRetired(client: pg.PoolClient): Promise<void> {
  const parsed = (client as unknown as PooledConnection).connection?.parsedStatements;
  if (!parsed || retired.size === 0) return;
  const stale = Object.keys(parsed).filter((name) => retired.has(name));
  if (stale.length === 0) return;
  await client.query(stale.map((name) => `deallocate "${name}"`).join('; '));
  for (const name of stale) delete parsed[name];
}

const pools = new WeakMap<object, pg.Pool>();
/** Every open read pool, for preparedStatementCounts. */
const openPools = new Set<pg.Pool>();

/**
 * How many statement names are handed out, and how many statements each open read-pool
 * connection has prepared (node-postgres keeps them in `connection.parsedStatements`): the
 * soak benchmark samples it to show that they stay bounded.
 */
export function preparedStatementCounts(): { names: number; perConnection: number[] } {
  const perConnection: number[] = [];
  for (const pool of openPools) {
    for (const client of clientsOf(pool)) perConnection.push(Object.keys(client.connection?.parsedStatements ?? {}).length);
  }
  return { names: names.size, perConnection };
}

/** The read pool of the ORM that `em` belongs to: as many connections as the ORM's pool, opened on demand. */
function readPool(em: EntityManager): pg.Pool {
  const config = em.config;
  let pool = pools.get(config);
  if (!pool) {
    const pool_ = new pg.Pool({
      connectionString: config.get('clientUrl'),
      max: config.get('pool')?.max ?? 10,
      connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
      keepAlive: true,
      // The same session settings as the ORM's connections (orm-config.ts).
      options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
    });
    // An idle connection that the server ends (a restart) is dropped from the pool; the next
    // read opens a new one. Without a listener, node would end the process.
    pool_.on('error', () => undefined);
    pools.set(config, pool_);
    openPools.add(pool_);
    pool = pool_;
  }
  return pool;
}

/** Closes the read pool of an ORM's EntityManager (when the ORM closes). */
export async function closeReadPool(em: EntityManager): Promise<void> {
  const pool = pools.get(em.config);
  pools.delete(em.config);
  if (pool) openPools.delete(pool);
  await pool?.end();
}

/**
 * Runs a read with `?` placeholders, numbered in order, and values sent apart from the text:
 * as a named prepared statement on the read pool, or on the request's transaction if it is in
 * one. Values go as parameters, so a list is one array value: write `= any(?)`, not `in (?)`.
 * The statement is logged like the ORM's own, so statement counts include it.
 */
export async function queryPrepared<T>(em: EntityManager, sql: string, values: readonly unknown[]): Promise<T[]> {
  const transaction = em.getTransactionContext<Transaction<object>>();
  if (!transaction) return queryPooled<T>(em, sql, values);
  const text = numbered(sql, values);
  const started = Date.now();
  try {
    return await em.getConnection().execute<T[]>(sql, [...values], 'all', transaction);
  } finally {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}

/**
 * Runs a statement (`?` placeholders, as `queryPrepared`) as a named prepared statement on the
 * read pool, always on its own: never in the caller's transaction, so a write commits by
 * itself (the audit writer's inserts, audit/audit-writer.ts). Logged like the ORM's statements.
 */
export async function queryPooled<T>(em: EntityManager, sql: string, values: readonly unknown[]): Promise<T[]> {
  const text = numbered(sql, values);
  const started = Date.now();
  try {
    const client = await readPool(em).connect();
    let broken: Error | undefined;
    try {
      const name = statementName(text);
      await deallocateRetired(client);
      const result = await client.query<T & pg.QueryResultRow>({ name, text, values: [...values] });
      return result.rows;
    } catch (error) {
      // A connection the server dropped is not given back to the pool.
      if (!(error instanceof pg.DatabaseError)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  } finally {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}

/** `sql` with its `?` placeholders numbered `$1`, `$2`… in order. */
function numbered(sql: string, values: readonly unknown[]): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== values.length) throw new Error(`The statement has ${n} placeholders for ${values.length} values`);
  return text;
}
