import { DataloaderType, type LoggerOptions, DefaultLogger } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { ACQUIRE_TIMEOUT_MS, CONNECT_TIMEOUT_MS, WORD_SIMILARITY_THRESHOLD } from '../persistence/connection-settings.js';

export interface OrmOptions {
  url: string;
  /** Called with every SQL statement the ORM sends (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export { ACQUIRE_TIMEOUT_MS, CONNECT_TIMEOUT_MS, WORD_SIMILARITY_THRESHOLD } from '../persistence/connection-settings.js';

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
