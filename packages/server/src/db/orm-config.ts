import { DataloaderType, type LoggerOptions, DefaultLogger } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export interface OrmOptions {
  url: string;
  /** Called with every SQL statement the ORM sends (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/**
 * How long a request waits for a pooled connection, and for a new connection to open, before
 * it fails with SERVICE_UNAVAILABLE. knex's default is 60 s: when PostgreSQL is down every
 * request would hang for a minute and pile up; a few seconds is plenty for a healthy pool.
 */
export const ACQUIRE_TIMEOUT_MS = 4_000;
export const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Word similarity needed for a patient-search match (patients/patient-search.ts). 0.5 —
 * PostgreSQL's default is 0.6 — lets "Kompong" find "Kampong". Set on every session when
 * the pool opens it, so a search needs no transaction to set it first.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

class QueryListeningLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly onQuery: (sql: string) => void,
  ) {
    super(options);
  }

  override log(namespace: string, message: string, _context?: Parameters<DefaultLogger['log']>[2]): void {
    if (namespace === 'query') this.onQuery(message);
  }
}

export function ormConfig({ url, onQuery, poolMax = 10 }: OrmOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    forceUtcTimezone: true,
    // Batch every Reference and Collection load made in the same tick into one query.
    dataloader: DataloaderType.ALL,
    pool: {
      min: 0,
      max: poolMax,
      acquireTimeoutMillis: ACQUIRE_TIMEOUT_MS,
      afterCreate: (connection: PgConnection, done: (error: Error | null, connection: PgConnection) => void) =>
        connection.query(`set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`, (error) => done(error, connection)),
    },
    driverOptions: {
      acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
      // node-postgres: give up opening a connection after this long; keepalive notices a
      // server that vanished without closing the socket.
      connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true },
    },
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: onQuery ? ['query'] : false,
    loggerFactory: onQuery ? (options) => new QueryListeningLogger(options, onQuery) : undefined,
  });
}
