import { createHash } from 'node:crypto';
import type { Transaction } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ACQUIRE_TIMEOUT_MS, WORD_SIMILARITY_THRESHOLD } from './connection-settings.js';
import { parseLsn, PrimaryWalHistory } from './replica-lag.js';

/**
 * Read statements prepared once per connection.
 *
 * The ORM sends every statement unnamed, so PostgreSQL parses and plans it on every request;
 * for the timeline's statement (a dozen keyed subqueries) planning took longer than running
 * it. A read outside a transaction therefore goes through a small pool of our own (node-postgres,
 * its public API) as a named prepared statement: parsed and planned once per pooled connection.
 * A read inside a transaction (a mutation reading what it wrote) goes through the ORM's
 * connection for that transaction, unnamed. The audit writer's batched insert (one text for
 * every batch size) runs on the primary's pool, each insert committing on its own.
 *
 * Read replicas (DATABASE_REPLICA_URLS): each has a pool of its own, and the reads that need not
 * see their request's writes go there (`queryPrepared`); the primary's pool keeps the rest.
 * The ORM itself (authentication, sessions, what a mutation loads) always uses the primary.
 *
 * Bounded, whatever a client sends, with node-postgres's public API only: statement names go
 * to the MAX_NAMED_STATEMENTS texts used most recently (an LRU), and a read-pool connection
 * prepares at most MAX_NAMED_STATEMENTS statements. One that holds that many and is asked for
 * a text it has not prepared runs it unnamed and is then closed instead of going back to the
 * pool (PostgreSQL drops a connection's statements with it; node-postgres's own record of
 * them, which it offers no way to edit, goes with the client): the pool opens a fresh one when
 * needed. The texts are built from a read path's fixed tree of relations, so in practice only a
 * few dozen are in use and no connection is ever closed for this.
 */
export const MAX_NAMED_STATEMENTS = 100;
/** Text → statement name, least recently used first. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name) {
    names.delete(text);
  } else {
    name = `pj_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size >= MAX_NAMED_STATEMENTS) names.delete(names.keys().next().value as string);
  }
  names.set(text, name);
  return name;
}

/** The statement names each open read-pool connection has prepared (added when it is opened: `openPool`). */
const preparedOn = new Map<pg.PoolClient, Set<string>>();

/** The primary's pool and the replicas' of one ORM (keyed by its configuration). */
interface ReadPools {
  primary: pg.Pool;
  replicas: Replica[];
  /** Round robin over the replicas that answer. */
  next: number;
  log: (message: string) => void;
  /** A replica further behind than this is read around (DATABASE_REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** The primary's WAL positions over the last while, to tell each replica's lag (replica-lag.ts). */
  history: PrimaryWalHistory;
  /** The periodic lag check, while there are replicas. */
  lagCheck: NodeJS.Timeout | null;
}

interface Replica {
  url: string;
  /** host:port, for the log (never the password). */
  label: string;
  /** Null while it is down: opened again once the probe reaches it. */
  pool: pg.Pool | null;
  probe: NodeJS.Timeout | null;
  max: number;
  /** Further behind the primary than DATABASE_REPLICA_MAX_LAG_MS at the last check: read around until it catches up. */
  behind: boolean;
}

const pools = new WeakMap<object, ReadPools>();
/** The requests (their EntityManagers) that read from the primary: they wrote, or their client just did (read-routing.ts). */
const primaryReaders = new WeakSet<EntityManager>();

/** While a replica is down, how often it is tried again (in the background: no request waits for it). */
export const REPLICA_PROBE_MS = 2_000;
/** DATABASE_REPLICA_MAX_LAG_MS when not set. */
export const DEFAULT_REPLICA_MAX_LAG_MS = 5_000;

/**
 * How many statement names are handed out, and how many statements each open read-pool
 * connection has prepared: the soak benchmark samples it to show that they stay bounded.
 */
export function preparedStatementCounts(): { names: number; perConnection: number[] } {
  return { names: names.size, perConnection: [...preparedOn.values()].map((prepared) => prepared.size) };
}

function openPool(url: string, max: number, applicationName: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    keepAlive: true,
    application_name: applicationName,
    // The same session settings as the ORM's connections (orm-config.ts).
    options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
  });
  // An idle connection that the server ends (a restart) is dropped from the pool; the next
  // read opens a new one. Without a listener, node would end the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => preparedOn.set(client, new Set()));
  pool.on('remove', (client) => preparedOn.delete(client));
  return pool;
}

/** The pools of the ORM that `em` belongs to: as many connections each as the ORM's pool, opened on demand. */
function poolsOf(em: EntityManager): ReadPools {
  const config = em.config;
  let found = pools.get(config);
  if (!found) {
    found = {
      primary: openPool(config.get('clientUrl'), poolSize(em), 'journey'),
      replicas: [],
      next: 0,
      log: () => undefined,
      maxLagMs: DEFAULT_REPLICA_MAX_LAG_MS,
      history: new PrimaryWalHistory(0),
      lagCheck: null,
    };
    pools.set(config, found);
  }
  return found;
}

function poolSize(em: EntityManager): number {
  return em.config.get('pool')?.max ?? 10;
}

/** The primary's pool: writes (the audit writer), and reads that must see this request's writes. */
function readPool(em: EntityManager): pg.Pool {
  return poolsOf(em).primary;
}

/**
 * Sends the reads that need not see their request's own writes to these replicas
 * (DATABASE_REPLICA_URLS), round robin; `log` hears when one stops answering, falls behind by
 * more than `maxLagMs` (DATABASE_REPLICA_MAX_LAG_MS), and when it is back.
 */
export function useReadReplicas(
  em: EntityManager,
  urls: readonly string[],
  log: (message: string) => void,
  { maxLagMs = DEFAULT_REPLICA_MAX_LAG_MS }: { maxLagMs?: number } = {},
): void {
  const read = poolsOf(em);
  read.log = log;
  read.replicas = urls.map((url) => {
    const parsed = new URL(url);
    return {
      url,
      label: `${parsed.hostname}:${parsed.port || 5432}`,
      pool: openPool(url, poolSize(em), 'journey-replica-read'),
      probe: null,
      max: poolSize(em),
      behind: false,
    };
  });
  read.maxLagMs = maxLagMs;
  // Checked a few times within the limit (every second at most), so a replica is left out
  // soon after it passes it; the history reaches back past the limit, so "how far behind" is
  // known beyond it too.
  const every = lagCheckMs(maxLagMs);
  read.history = new PrimaryWalHistory(2 * maxLagMs + every);
  if (read.lagCheck) clearInterval(read.lagCheck);
  let checking = false;
  read.lagCheck = setInterval(() => {
    if (checking) return;
    checking = true;
    void checkLag(read).finally(() => (checking = false));
  }, every);
  read.lagCheck.unref();
}

/** How often replicas' lag is checked for a limit of `maxLagMs`: a quarter of it, between 50 ms and 1 s. */
export function lagCheckMs(maxLagMs: number): number {
  return Math.min(1_000, Math.max(50, Math.floor(maxLagMs / 4)));
}

/**
 * One lag check: the primary's WAL position, then each replica's replay position
 * (replica-lag.ts). Two one-row statements per check, whatever the traffic: requests only read
 * the flag it sets. A replica that fails the check is taken out as if a read had failed on it.
 */
async function checkLag(read: ReadPools): Promise<void> {
  try {
    const { rows } = await read.primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    read.history.add(Date.now(), parseLsn(rows[0].lsn));
  } catch {
    // The primary not answering is every request's trouble; they report it.
    return;
  }
  await Promise.all(
    read.replicas.map(async (replica) => {
      const pool = replica.pool;
      if (!pool) return;
      let replayed: bigint | null;
      try {
        replayed = await replayPosition(pool);
      } catch (error) {
        if (isReplicaFailure(error)) replicaDown(read, replica, pool, error);
        return;
      }
      if (replica.pool === pool) setBehind(read, replica, read.history.lagMs(replayed, Date.now()));
    }),
  );
}

/** What a replica has replayed (null: nothing yet). A promoted former replica keeps its last one, and so falls behind. */
async function replayPosition(on: pg.Pool | pg.Client): Promise<bigint | null> {
  const { rows } = await on.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn');
  return rows[0].lsn === null ? null : parseLsn(rows[0].lsn);
}

/**
 * Leaves a replica out while it is more than the limit behind, and takes it back once it is
 * within half of it (not at the limit itself: a replica hovering there would go in and out at
 * every check). Each change is logged once.
 */
function setBehind(read: ReadPools, replica: Replica, lagMs: number): void {
  if (!replica.behind && lagMs > read.maxLagMs) {
    replica.behind = true;
    read.log(
      `Read replica ${replica.label} is ${(lagMs / 1000).toFixed(1)} s behind the primary (more than DATABASE_REPLICA_MAX_LAG_MS): ` +
        'its reads go to the primary until it catches up',
    );
  } else if (replica.behind && lagMs <= read.maxLagMs / 2) {
    replica.behind = false;
    read.log(`Read replica ${replica.label} has caught up with the primary: reads go to it again`);
  }
}

/** Whether reads may go to replicas (useReadReplicas was given some). */
export function hasReadReplicas(em: EntityManager): boolean {
  return (pools.get(em.config)?.replicas.length ?? 0) > 0;
}

/** This request reads from the primary from now on (it ran a mutation, or its client just did). */
export function readFromPrimary(em: EntityManager): void {
  primaryReaders.add(em);
}

/**
 * Whether a read by `em` now would go to a replica: there is one in the rotation, `em` is in no
 * transaction, and its request does not read from the primary (`readFromPrimary`).
 */
export function mayReadFromReplica(em: EntityManager): boolean {
  if (primaryReaders.has(em) || em.getTransactionContext()) return false;
  return pools.get(em.config)?.replicas.some((replica) => replica.pool && !replica.behind) ?? false;
}

/** The replica this read goes to, or null for the primary. */
function replicaFor(em: EntityManager): Replica | null {
  if (primaryReaders.has(em)) return null;
  const read = pools.get(em.config);
  if (!read || read.replicas.length === 0) return null;
  for (let i = 0; i < read.replicas.length; i++) {
    const replica = read.replicas[(read.next + i) % read.replicas.length];
    if (replica.pool && !replica.behind) {
      read.next = (read.next + i + 1) % read.replicas.length;
      return replica;
    }
  }
  return null;
}

/**
 * Whether a failed read on a replica is the replica's trouble, to be read from the primary
 * instead: it could not be reached (no DatabaseError), or it refused for its own state —
 * 08 connection exceptions, 57 shutting down or starting up (57P01, 57P03), 53 out of
 * connections or memory, 40001 a read cancelled by a conflict with the WAL it replays.
 * Anything else (a bad statement) would fail on the primary too, and is the caller's.
 */
export function isReplicaFailure(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError)) return true;
  const code = error.code ?? '';
  return code.startsWith('08') || code.startsWith('57') || code.startsWith('53') || code === '40001';
}

/** Takes a replica out of the rotation, says so once, and tries it in the background until it answers. */
function replicaDown(read: ReadPools, replica: Replica, pool: pg.Pool, error: unknown): void {
  // Already taken out by another read that failed with it (or a newer pool opened since): said once.
  if (replica.pool !== pool) return;
  replica.pool = null;
  void pool.end().catch(() => undefined);
  read.log(
    `Read replica ${replica.label} is not answering (${error instanceof Error ? error.message : String(error)}); ` +
      'its reads go to the primary until it answers again',
  );
  replica.probe = setInterval(() => {
    const client = new pg.Client({ connectionString: replica.url, connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS });
    client.on('error', () => undefined);
    client
      .connect()
      .then(() => replayPosition(client))
      .then(
        (replayed) => {
          if (!replica.probe) return;
          clearInterval(replica.probe);
          replica.probe = null;
          replica.pool = openPool(replica.url, replica.max, 'journey-replica-read');
          // Back after a while away, it may not have caught up yet: it is left out until it has.
          const lagMs = read.history.lagMs(replayed, Date.now());
          replica.behind = lagMs > read.maxLagMs;
          read.log(
            replica.behind
              ? `Read replica ${replica.label} answers again but is ${(lagMs / 1000).toFixed(1)} s behind: reads go to it once it catches up`
              : `Read replica ${replica.label} answers again: reads go to it`,
          );
        },
        () => undefined,
      )
      .finally(() => void client.end().catch(() => undefined));
  }, REPLICA_PROBE_MS);
  replica.probe.unref();
}

/** Closes the read pools of an ORM's EntityManager (when the ORM closes). */
export async function closeReadPool(em: EntityManager): Promise<void> {
  const read = pools.get(em.config);
  pools.delete(em.config);
  if (!read) return;
  if (read.lagCheck) clearInterval(read.lagCheck);
  read.lagCheck = null;
  for (const replica of read.replicas) {
    if (replica.probe) clearInterval(replica.probe);
    replica.probe = null;
  }
  const open = [read.primary, ...read.replicas.map((r) => r.pool)].filter((p): p is pg.Pool => p !== null);
  await Promise.all(open.map((pool) => pool.end()));
}

/**
 * A PostgreSQL array literal (`{"a","b\"c",NULL}`) of a JS array, as node-postgres writes one for a
 * bound array: elements quoted, `"` and `\` escaped, null as NULL, nested arrays nested, dates in ISO.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const element = (v: unknown): string => {
    if (v == null) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    const text =
      typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? v.toString() : JSON.stringify(v);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  };
  return `{${values.map(element).join(',')}}`;
}

/** How a statement's values come back: `types` parses them (as the ORM's connection does, `ormTypes`). */
export interface QueryOptions {
  types?: pg.CustomTypesConfig;
  /**
   * `false`: not logged. Only for a process's own upkeep, run on a timer and part of no request
   * (the audit writer's index merge), which would otherwise turn up in a request's statement count.
   */
  log?: boolean;
}

/**
 * Runs a read with `?` placeholders, numbered in order, and values sent apart from the text:
 * as a named prepared statement on a read pool, or on the request's transaction if it is in
 * one. Values go as parameters, so a list is one array value: write `= any(?)`, not `in (?)`.
 * The statement is logged like the ORM's own, so statement counts include it.
 *
 * With read replicas (DATABASE_REPLICA_URLS), a read outside a transaction goes to one unless
 * its request reads from the primary (`readFromPrimary`: it ran a mutation, or its client just
 * did). A replica that fails is left out (`isReplicaFailure`) and the read runs on the primary:
 * the client sees no error.
 */
export async function queryPrepared<T>(
  em: EntityManager,
  sql: string,
  values: readonly unknown[],
  options: QueryOptions = {},
): Promise<T[]> {
  const transaction = em.getTransactionContext<Transaction<object>>();
  const text = numbered(sql, values);
  if (!transaction) {
    const replica = replicaFor(em);
    const pool = replica?.pool;
    if (replica && pool) {
      try {
        return await runNamed<T>(em, pool, text, values, options.types);
      } catch (error) {
        if (!isReplicaFailure(error)) throw error;
        replicaDown(pools.get(em.config)!, replica, pool, error);
      }
    }
    return runNamed<T>(em, readPool(em), text, values, options.types);
  }
  const started = Date.now();
  try {
    // Inside a transaction the statement goes through knex, which would expand an array value
    // into a list of placeholders (`any(?)` becoming `any($1, $2)`); the array is bound as one
    // PostgreSQL array literal instead, as node-postgres binds it on the pool path above.
    return await em.getConnection().execute<T[]>(sql, values.map((v) => (Array.isArray(v) ? arrayLiteral(v) : v)), 'all', transaction);
  } finally {
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}

/**
 * Runs a statement (`?` placeholders, as `queryPrepared`) as a named prepared statement on the
 * primary's pool, always on its own: never in the caller's transaction, so a write commits by
 * itself (the audit writer's inserts, audit/audit-writer.ts), and never on a replica. Logged
 * like the ORM's statements.
 */
export async function queryPooled<T>(
  em: EntityManager,
  sql: string,
  values: readonly unknown[],
  options: QueryOptions = {},
): Promise<T[]> {
  return runNamed<T>(em, readPool(em), numbered(sql, values), values, options.types, options.log);
}

async function runNamed<T>(em: EntityManager, pool: pg.Pool, text: string, values: readonly unknown[], types?: pg.CustomTypesConfig, log = true): Promise<T[]> {
  const started = Date.now();
  try {
    const client = await pool.connect();
    let close: Error | boolean | undefined;
    try {
      const name = statementName(text);
      const prepared = preparedOn.get(client);
      // Full, and asked for a text it has not prepared: unnamed, then closed (see the top of the file).
      const full = prepared !== undefined && !prepared.has(name) && prepared.size >= MAX_NAMED_STATEMENTS;
      if (full) close = true;
      else prepared?.add(name);
      const result = await client.query<T & pg.QueryResultRow>({ ...(full ? {} : { name }), text, values: [...values], ...(types ? { types } : {}) });
      return result.rows;
    } catch (error) {
      // A connection the server dropped is not given back to the pool.
      if (isReplicaFailure(error)) close = error as Error;
      throw error;
    } finally {
      client.release(close);
    }
  } finally {
    if (log) em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}

/** `sql` with its `?` placeholders numbered `$1`, `$2`… in order. */
function numbered(sql: string, values: readonly unknown[]): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== values.length) throw new Error(`The statement has ${n} placeholders for ${values.length} values`);
  return text;
}
