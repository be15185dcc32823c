import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { archiveSettings, prepareWalDir } from './backup/wal-archive.js';
import { migrateDatabase } from './migrate-database.js';
import { ormConfig } from './orm-config.js';
import { closeReadPool, useReadReplicas } from '../persistence/prepared.js';
import { checkDatabaseUrl } from '../start-checks.js';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, and applies migrations. */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (url && config.backupDir) {
    log('BACKUP_DIR is for the embedded database; with DATABASE_URL, back up with your PostgreSQL server\'s own tools (see the README)');
  }
  // One connection first: an unreachable server, a wrong password or a missing database is said in one sentence.
  if (url) await checkDatabaseUrl(url, 'DATABASE_URL');
  if (!url) {
    log(`Starting embedded PostgreSQL (data in ${config.dataDir})`);
    if (config.backupDir) {
      await prepareWalDir(config.backupDir);
      log(`Archiving the write-ahead log into ${config.backupDir}`);
    }
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      database: 'journey',
      log,
      settings: config.backupDir ? archiveSettings(config.backupDir) : {},
    });
    url = embedded.url;
  }
  const orm = await MikroORM.init(ormConfig({ url }));
  const applied = await migrateDatabase(orm);
  if (applied.length) log(`Applied ${applied.length} migration(s)`);
  if (config.databaseReplicaUrls.length) {
    // Not checked here: a replica that is down is read around (persistence/prepared.ts), and said so, once.
    useReadReplicas(orm.em, config.databaseReplicaUrls, log, { maxLagMs: config.databaseReplicaMaxLagMs });
    log(`Reading from ${config.databaseReplicaUrls.length} replica(s) where a request need not see its own writes`);
  }
  return {
    orm,
    embedded,
    close: async () => {
      await closeReadPool(orm.em);
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
