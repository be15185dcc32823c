import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { BackupRefusal, encrypt } from '../../common/backup-encryption.js';
import { bundle, walk, type BundleEntry } from './file-bundle.js';
import { archivedNames, walDir } from './wal-archive.js';

/**
 * A consistent physical backup of the embedded PostgreSQL, taken while it runs, with
 * PostgreSQL's own backup API on one connection: `pg_backup_start`, a copy of the data
 * directory's files, `pg_backup_stop` (whose backup_label goes into the copy), and the
 * write-ahead log from the backup's start to its end (held in pg_wal meanwhile by a temporary
 * replication slot), so that a backup restores on its own even without the WAL archive.
 *
 * `<BACKUP_DIR>/base/<name>.pjbackup` is the encrypted, gzipped bundle; `<name>.json` next to
 * it (written last: a backup without it is unfinished) says when it was taken and from which
 * WAL position, with no patient data.
 */

export interface BackupManifest {
  format: 1;
  name: string;
  file: string;
  /** When pg_backup_start returned (ISO, UTC). */
  startedAt: string;
  /** When pg_backup_stop returned: a restore to any moment after this can start from this backup. */
  finishedAt: string;
  /** The first WAL segment a restore needs. */
  startWal: string;
  stopLsn: string;
  stopWal: string;
  postgresVersion: string;
  files: number;
  bytes: number;
  encryptedBytes: number;
}

export function baseDir(backupDir: string): string {
  return join(backupDir, 'base');
}

/** Files that a copy must leave out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_manifest',
  'recovery.signal',
  'standby.signal',
  'current_logfiles',
]);
/** Directories copied empty: their contents are rebuilt at start-up (pg_wal comes apart, below). */
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);

/** Whether a backup (or a replica's copy, db/replica.ts) takes a path of the data directory. */
export function copyRule(path: string, isDir: boolean): 'skip' | 'empty' | 'keep' {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('pgsql_tmp') || name === 'pg_internal.init') return 'skip';
  if (!path.includes('/')) {
    if (!isDir && SKIP_FILES.has(name)) return 'skip';
    if (isDir && EMPTY_DIRS.has(name)) return 'empty';
  }
  return 'keep';
}

const SEGMENT = /^[0-9A-F]{24}$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Takes a backup of the cluster at `adminUrl`, whose data directory is `databaseDir`. */
export async function takeBackup(options: {
  adminUrl: string;
  databaseDir: string;
  backupDir: string;
  key: Buffer;
  now?: () => Date;
}): Promise<BackupManifest> {
  const now = options.now ?? (() => new Date());
  const client = new pg.Client({ connectionString: options.adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  const base = baseDir(options.backupDir);
  await mkdir(base, { recursive: true, mode: 0o700 });
  const name = `base-${stamp(now())}`;
  const file = `${name}.pjbackup`;
  const temporary = join(base, `${file}.tmp`);
  try {
    const [{ data_directory: dataDirectory }] = (await client.query<{ data_directory: string }>('show data_directory')).rows;
    if ((await realpath(dataDirectory)) !== (await realpath(options.databaseDir))) {
      throw new BackupRefusal(`The PostgreSQL on this port keeps its data in ${dataDirectory}, not in ${options.databaseDir}: not backing it up`);
    }
    const [{ server_version: postgresVersion }] = (await client.query<{ server_version: string }>('show server_version')).rows;
    // Keeps every WAL segment from here on in pg_wal until this session ends.
    await client.query(`select pg_create_physical_replication_slot($1, true, true)`, [`pj_backup_${process.pid}`]);
    await client.query(`select pg_backup_start($1, true)`, [name]);
    const startedAt = now();
    let label = '';
    let stopLsn = '';
    let stopWal = '';
    const counter = { files: 0, bytes: 0 };

    async function* entries(): AsyncGenerator<BundleEntry> {
      yield* walk(options.databaseDir, copyRule);
      const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
        'select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)',
      );
      const { lsn, labelfile, spcmapfile } = stopped.rows[0];
      label = labelfile;
      stopLsn = lsn;
      stopWal = (await client.query<{ name: string }>('select pg_walfile_name($1::pg_lsn) as name', [lsn])).rows[0].name;
      yield { path: 'backup_label', kind: 'file', content: Buffer.from(labelfile) };
      if (spcmapfile) yield { path: 'tablespace_map', kind: 'file', content: Buffer.from(spcmapfile) };
      yield { path: 'pg_wal/archive_status', kind: 'dir' };
      const startWal = startWalOf(labelfile);
      const walPath = join(options.databaseDir, 'pg_wal');
      for (const segment of (await readdir(walPath)).sort()) {
        const isHistory = /^[0-9A-F]{8}\.history$/.test(segment);
        const needed = SEGMENT.test(segment) && segment.slice(0, 8) === startWal.slice(0, 8) && segment >= startWal && segment <= stopWal;
        if (isHistory || needed) yield { path: `pg_wal/${segment}`, kind: 'file', source: join(walPath, segment) };
      }
    }

    await pipeline(bundle(entries(), counter), createGzip({ level: 3 }), encrypt(options.key), createWriteStream(temporary, { mode: 0o600 }));
    await syncFile(temporary);
    await rename(temporary, join(base, file));
    const manifest: BackupManifest = {
      format: 1,
      name,
      file,
      startedAt: startedAt.toISOString(),
      finishedAt: now().toISOString(),
      startWal: startWalOf(label),
      stopLsn,
      stopWal,
      postgresVersion,
      files: counter.files,
      bytes: counter.bytes,
      encryptedBytes: (await stat(join(base, file))).size,
    };
    await writeFile(join(base, `${name}.json.tmp`), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await syncFile(join(base, `${name}.json.tmp`));
    await rename(join(base, `${name}.json.tmp`), join(base, `${name}.json`));
    const dir = await open(base, 'r');
    await dir.sync();
    await dir.close();
    return manifest;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    // Ending the session ends an unfinished backup and drops the temporary slot.
    await client.end().catch(() => undefined);
  }
}

function startWalOf(label: string): string {
  const match = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(label);
  if (!match) throw new Error('pg_backup_stop returned a backup label without its start WAL file');
  return match[1];
}

/** The finished backups in BACKUP_DIR, oldest first. */
export async function listBackups(backupDir: string): Promise<BackupManifest[]> {
  let names: string[];
  try {
    names = await readdir(baseDir(backupDir));
  } catch {
    return [];
  }
  const manifests: BackupManifest[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const manifest = JSON.parse(await readFile(join(baseDir(backupDir), name), 'utf8')) as BackupManifest;
      if (manifest.format === 1) manifests.push(manifest);
    } catch {
      // not one of ours
    }
  }
  return manifests.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/**
 * Retention: backups finished more than `keepDays` days ago are deleted (the newest one is
 * always kept), and so is every archived WAL segment older than the oldest backup kept (no
 * restore can use it). Timeline history files are tiny and always kept.
 */
export async function applyRetention(backupDir: string, keepDays: number, now: Date): Promise<{ backups: string[]; walSegments: number }> {
  const backups = await listBackups(backupDir);
  if (backups.length === 0) return { backups: [], walSegments: 0 };
  const cutoff = now.getTime() - keepDays * 24 * 60 * 60_000;
  const newest = backups[backups.length - 1];
  const expired = backups.filter((b) => b !== newest && Date.parse(b.finishedAt) < cutoff);
  for (const backup of expired) {
    // The manifest first: a backup without one is not offered for a restore any more.
    await rm(join(baseDir(backupDir), `${backup.name}.json`), { force: true });
    await rm(join(baseDir(backupDir), backup.file), { force: true });
  }
  const oldestKept = backups.find((b) => !expired.includes(b))!;
  const position = oldestKept.startWal.slice(8);
  let walSegments = 0;
  for (const name of await archivedNames(backupDir)) {
    const segment = name.slice(0, 24);
    if (!SEGMENT.test(segment) || name.endsWith('.history')) continue;
    if (segment.slice(8) < position) {
      await rm(join(walDir(backupDir), name), { force: true });
      walSegments++;
    }
  }
  return { backups: expired.map((b) => b.name), walSegments };
}
