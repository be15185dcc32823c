/**
 * `pnpm backup`: takes a backup of the embedded database now into BACKUP_DIR (encrypted with
 * BACKUP_KEY), then applies the retention rule. Works while the server runs (the usual case)
 * and when it is stopped (the database is started for the backup and stopped again).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../config.js';
import { embeddedUrl, startEmbeddedPostgres } from '../embedded-postgres.js';
import { applyRetention, takeBackup } from './backup.js';
import { BackupRefusal, backupKeyFrom } from '../../common/backup-encryption.js';
import { archiveSettings, prepareWalDir } from './wal-archive.js';
import { megabytes, requireEmbedded, run } from './cli.js';

await run(async (log) => {
  const config = loadConfig();
  requireEmbedded(config, 'backup');
  if (!config.backupDir) throw new BackupRefusal('BACKUP_DIR is not set: give the folder on the backup disk or network share (and BACKUP_KEY)');
  const key = backupKeyFrom();
  const databaseDir = join(config.dataDir, 'postgres');
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) throw new BackupRefusal(`There is no database in DATA_DIR ${config.dataDir} to back up`);
  await prepareWalDir(config.backupDir);

  const adminUrl = embeddedUrl(config.embeddedPgPort, 'postgres');
  const probe = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  probe.on('error', () => undefined);
  const running = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => undefined);
  // Not running: start the database for the backup (with archiving, as the server would).
  const started = running
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        database: 'journey',
        createDatabase: false,
        supervise: false,
        settings: archiveSettings(config.backupDir),
      });
  try {
    log(`Backing up ${databaseDir} into ${config.backupDir}`);
    const manifest = await takeBackup({ adminUrl, databaseDir, backupDir: config.backupDir, key });
    log(
      `Backup ${manifest.name} done: ${manifest.files} files, ${megabytes(manifest.bytes)} read, ${megabytes(manifest.encryptedBytes)} written (encrypted); ` +
        `restores to ${manifest.finishedAt} or later`,
    );
    const removed = await applyRetention(config.backupDir, config.backupKeepDays, new Date());
    if (removed.backups.length || removed.walSegments) {
      log(`Retention (${config.backupKeepDays} days): deleted ${removed.backups.length} backup(s) and ${removed.walSegments} archived WAL segment(s)`);
    }
  } finally {
    await started?.stop();
  }
});
