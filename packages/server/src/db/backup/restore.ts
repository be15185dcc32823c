import { createReadStream } from 'node:fs';
import { chown, readdir, rm, writeFile, lstat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { isAlive, postmasterPid, startEmbeddedPostgres } from '../embedded-postgres.js';
import { baseDir, listBackups, type BackupManifest } from './backup.js';
import { BackupRefusal, decrypt } from '../../common/backup-encryption.js';
import { unbundle } from './file-bundle.js';
import { archiveSettings, postgresOwner, restoreSettings } from './wal-archive.js';

/**
 * Restores a backup into an empty DATA_DIR: the latest backup and then every archived WAL
 * segment after it (as much as the archive has), or, with `to`, the latest backup finished
 * before that moment and the WAL up to it (point-in-time recovery: exactly the transactions
 * committed by then). PostgreSQL itself does the recovery — started once here on a free port
 * with recovery.signal, restore_command and recovery_target_time — and the restore is done
 * when it has promoted the database and stopped cleanly; `pnpm start` then opens it as usual.
 */

export interface RestoreResult {
  backup: BackupManifest;
  /** The moment restored to, or null for "as far as the archive goes". */
  to: Date | null;
  /** Patients in the restored database (a first check for the operator). */
  patients: number | null;
  files: number;
}

/** Refuses a DATA_DIR that a PostgreSQL is using, or that holds anything at all. */
export async function ensureEmptyDataDir(dataDir: string): Promise<void> {
  const pid = postmasterPid(join(dataDir, 'postgres'));
  if (pid !== null && isAlive(pid)) {
    throw new BackupRefusal(`DATA_DIR ${dataDir} is in use by a running PostgreSQL (pid ${pid}): stop the server first; a restore never overwrites a database`);
  }
  let entries: string[] = [];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (entries.length > 0) {
    throw new BackupRefusal(
      `DATA_DIR ${dataDir} is not empty: a restore never overwrites a database. Move it aside (keep it until the restore is checked) or give an empty DATA_DIR`,
    );
  }
}

/** A free loopback port for the recovery run. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid);
  const stats = await lstat(path);
  if (!stats.isDirectory()) return;
  for (const name of await readdir(path)) await chownTree(join(path, name), uid, gid);
}

/** Picks the backup to start from: the latest, or the latest finished before `to`. */
export function chooseBackup(backups: BackupManifest[], to: Date | null): BackupManifest {
  if (backups.length === 0) throw new BackupRefusal('There is no finished backup in BACKUP_DIR (take one with `pnpm backup`)');
  if (!to) return backups[backups.length - 1];
  const before = backups.filter((b) => Date.parse(b.finishedAt) <= to.getTime());
  if (before.length === 0) {
    throw new BackupRefusal(`No backup was finished before ${to.toISOString()}: the oldest finished at ${backups[0].finishedAt}`);
  }
  return before[before.length - 1];
}

export async function restoreBackup(options: {
  dataDir: string;
  backupDir: string;
  key: Buffer;
  to?: Date | null;
  log?: (message: string) => void;
}): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const to = options.to ?? null;
  await ensureEmptyDataDir(options.dataDir);
  const backup = chooseBackup(await listBackups(options.backupDir), to);
  const databaseDir = join(options.dataDir, 'postgres');
  log(`Restoring backup ${backup.name} (finished ${backup.finishedAt}) into ${databaseDir}`);
  try {
    const source = join(baseDir(options.backupDir), backup.file);
    let files = 0;
    await pipeline(createReadStream(source), decrypt(options.key, source), createGunzip(), async (stream: AsyncIterable<Buffer>) => {
      files = (await unbundle(stream, databaseDir)).files;
    });
    await writeFile(join(databaseDir, 'recovery.signal'), '', { mode: 0o600 });
    const owner = postgresOwner();
    if (owner) await chownTree(options.dataDir, owner.uid, owner.gid);

    log(to ? `Replaying the archived write-ahead log up to ${to.toISOString()}` : 'Replaying the archived write-ahead log as far as it goes');
    const serverLog: string[] = [];
    const port = await freePort();
    let recovered;
    try {
      recovered = await startEmbeddedPostgres({
        dataDir: options.dataDir,
        port,
        database: 'postgres',
        createDatabase: false,
        supervise: false,
        log: (message) => serverLog.push(message),
        onServerLog: (message) => serverLog.push(message),
        settings: {
          ...restoreSettings(options.backupDir),
          // The new timeline's history and WAL go to the archive like any other.
          ...archiveSettings(options.backupDir),
          ...(to ? { recovery_target_time: to.toISOString().replace('T', ' ').replace('Z', '+00'), recovery_target_action: 'promote' } : {}),
        },
      });
    } catch {
      const reason = serverLog.filter((line) => /FATAL|ERROR|PANIC/.test(line)).join('').trim();
      throw new BackupRefusal(`PostgreSQL could not recover the backup: ${reason || serverLog.join('').slice(-2000)}`);
    }
    let patients: number | null = null;
    try {
      const client = new pg.Client({ connectionString: recovered.url.replace(/\/postgres$/, '/journey') });
      client.on('error', () => undefined);
      try {
        await client.connect();
        patients = Number((await client.query<{ n: string }>('select count(*) as n from patient')).rows[0].n);
      } catch {
        patients = null; // a backup taken before the first start holds no hospital database yet
      } finally {
        await client.end().catch(() => undefined);
      }
      const admin = new pg.Client({ connectionString: recovered.adminUrl });
      await admin.connect();
      try {
        const [{ recovering }] = (await admin.query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering')).rows;
        if (recovering) throw new Error('PostgreSQL is still recovering');
        await admin.query('checkpoint');
      } finally {
        await admin.end();
      }
    } finally {
      await recovered.stop();
    }
    return { backup, to, patients, files };
  } catch (error) {
    // Leave DATA_DIR as it was: empty.
    await rm(databaseDir, { recursive: true, force: true });
    throw error;
  }
}
