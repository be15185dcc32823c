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
 * connection for that transaction, unnamed.
 *
 * Bounded: statement names are given to the first MAX_NAMED_STATEMENTS distinct texts only
 * (each connection prepares at most that many); any text after them runs unnamed. The texts
 * are built from a read path's fixed tree of relations, so in practice the bound is never met.
 */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED_STATEMENTS) {
    name = `pj_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
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
    const clients = (pool as unknown as { _clients?: { connection?: { parsedStatements?: object } }[] })._clients ?? [];
    for (const client of clients) perConnection.push(Object.keys(client.connection?.parsedStatements ?? {}).length);
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
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== values.length) throw new Error(`The statement has ${n} placeholders for ${values.length} values`);
  const started = Date.now();
  try {
    const transaction = em.getTransactionContext<Transaction<object>>();
    if (transaction) return await em.getConnection().execute<T[]>(sql, [...values], 'all', transaction);
    const result = await readPool(em).query<T & pg.QueryResultRow>({ name: statementName(text), text, values: [...values] });
    return result.rows;
  } finally {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}
