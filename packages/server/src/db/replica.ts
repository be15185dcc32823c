import { existsSync } from 'node:fs';
import { appendFile, chown, copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { copyRule } from './backup/backup.js';
import { walk } from './backup/file-bundle.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import type { EmbeddedSettingNames } from '../start-checks.js';

/**
 * A streaming replica (hot standby) of an embedded PostgreSQL, made with the same low-level
 * backup API as a backup (backup/backup.ts) — the embedded binaries have no pg_basebackup:
 * a physical replication slot on the primary (it keeps the WAL the replica has not received,
 * from before the copy starts), `pg_backup_start`, a copy of the data directory, `pg_backup_stop`
 * (its backup_label goes into the copy), then `standby.signal` and `primary_conninfo`. Started,
 * the replica replays from the backup's start and streams from the primary over the slot.
 * walreceiver is in core and the embedded cluster's pg_hba.conf lets `replication` connect
 * from 127.0.0.1; wal_level=replica is PostgreSQL's default.
 *
 * A replica already made in `dataDir` is only started again (it catches up over its slot).
 * The slot stays on the primary while the replica is stopped, holding WAL for it: drop it with
 * `select pg_drop_replication_slot('<slot>')` when a replica is given up for good.
 */
export async function startReplica(options: {
  /** The primary's superuser URL (any database) and its data directory. */
  primary: { adminUrl: string; databaseDir: string };
  /** The replica's folder (its data directory is `<dataDir>/postgres`, as for the primary). */
  dataDir: string;
  port: number;
  /** The database the returned URL names. */
  database: string;
  /** Names the replication slot and the replica's connection on the primary (letters, digits, _). */
  name: string;
  log?: (message: string) => void;
  onServerLog?: (message: string) => void;
  statementStatistics?: boolean;
  names?: EmbeddedSettingNames;
  /** Start it again when it dies (default true). */
  supervise?: boolean;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const databaseDir = join(options.dataDir, 'postgres');
  if (!existsSync(join(databaseDir, 'standby.signal'))) {
    log(`Copying the primary into a new replica (${options.name})`);
    await copyPrimary({ ...options, databaseDir });
  }
  return startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.port,
    database: options.database,
    log,
    onServerLog: options.onServerLog,
    statementStatistics: options.statementStatistics,
    names: options.names,
    supervise: options.supervise,
    standby: true,
  });
}

function slotName(name: string): string {
  if (!/^[a-z0-9_]{1,40}$/.test(name)) throw new Error(`A replica's name must be lower-case letters, digits and _, got "${name}"`);
  return `pj_replica_${name}`;
}

async function copyPrimary(options: { primary: { adminUrl: string; databaseDir: string }; databaseDir: string; name: string }): Promise<void> {
  const slot = slotName(options.name);
  const primaryUrl = new URL(options.primary.adminUrl);
  const client = new pg.Client({ connectionString: options.primary.adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  // PostgreSQL runs as the owner of the primary's files (the `postgres` OS user when started as root): the copy is theirs too.
  const owner = await stat(options.primary.databaseDir);
  const asRoot = process.getuid?.() === 0;
  const own = async (path: string) => {
    if (asRoot) await chown(path, owner.uid, owner.gid);
  };
  try {
    const found = await client.query('select 1 from pg_replication_slots where slot_name = $1', [slot]);
    if (found.rowCount === 0) await client.query('select pg_create_physical_replication_slot($1, true)', [slot]);
    await client.query('select pg_backup_start($1, true)', [`replica ${options.name}`]);
    await mkdir(options.databaseDir, { recursive: true, mode: 0o700 });
    await own(options.databaseDir);
    for await (const entry of walk(options.primary.databaseDir, copyRule)) {
      const target = join(options.databaseDir, entry.path);
      if (entry.kind === 'dir') {
        await mkdir(target, { recursive: true, mode: 0o700 });
      } else {
        try {
          await copyFile(entry.source!, target);
        } catch (error) {
          // A file PostgreSQL removed while it was copied (a dropped table's, a temporary one): replay needs none of it.
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw error;
        }
      }
      await own(target);
    }
    const stopped = await client.query<{ labelfile: string; spcmapfile: string | null }>('select labelfile, spcmapfile from pg_backup_stop(false)');
    const { labelfile, spcmapfile } = stopped.rows[0];
    const files: [string, string][] = [
      ['backup_label', labelfile],
      ['standby.signal', ''],
      ...(spcmapfile ? [['tablespace_map', spcmapfile] as [string, string]] : []),
    ];
    for (const [name, content] of files) {
      await writeFile(join(options.databaseDir, name), content, { mode: 0o600 });
      await own(join(options.databaseDir, name));
    }
    await mkdir(join(options.databaseDir, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
    await own(join(options.databaseDir, 'pg_wal', 'archive_status'));
    const conninfo = [
      `host=${primaryUrl.hostname}`,
      `port=${primaryUrl.port || 5432}`,
      `user=${decodeURIComponent(primaryUrl.username)}`,
      `password=${decodeURIComponent(primaryUrl.password)}`,
      `application_name=${slot}`,
    ].join(' ');
    await appendFile(
      join(options.databaseDir, 'postgresql.auto.conf'),
      [
        '',
        '# A streaming replica (db/replica.ts).',
        `primary_conninfo = '${conninfo.replace(/'/g, "''")}'`,
        `primary_slot_name = '${slot}'`,
        // The primary's vacuum waits for the replica's running reads instead of cancelling them.
        'hot_standby_feedback = on',
        // The copy's archive settings (if any) are the primary's own: a standby archives nothing.
        "archive_mode = 'off'",
        '',
      ].join('\n'),
    );
  } finally {
    // Ending the session ends an unfinished backup.
    await client.end().catch(() => undefined);
  }
}
