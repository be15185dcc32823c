import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { queryDatabase, runTool, SERVER_DIST as SERVER } from '../support/built-product.js';

/**
 * Backups as the hospital's operator uses them, with the built product: `pnpm backup` while
 * the server runs, the data directory lost, `pnpm restore` and `pnpm start` — every change made
 * before the backup is back; the restore drill (write, back up, write more, restore to a moment
 * between: exactly the writes before it); and the refusals (no key, a data directory in use or
 * not empty).
 */

const root = mkdtempSync(join(tmpdir(), 'journey-backup-'));
// The embedded PostgreSQL runs as the `postgres` OS user when the tests run as root.
chmodSync(root, 0o755);
const dataDir = join(root, 'data');
const backupDir = join(root, 'backup');
// Below the ephemeral range, in this test's own band (31500–31999): see product-lifecycle.test.ts.
const port = 31_500 + Math.floor(Math.random() * 250);
const pgPort = port + 250;
const env = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_PORT: String(pgPort),
  DATA_DIR: dataDir,
  BACKUP_DIR: backupDir,
  BACKUP_KEY: randomBytes(32).toString('hex'),
  DATABASE_URL: '',
  WEB_DIST: '',
  SEED_DEMO: 'false',
};
const databaseUrl = `postgresql://postgres:journey@127.0.0.1:${pgPort}/journey`;

let server: ChildProcess | null = null;
let serverOutput = '';

/** Runs one of the built command-line tools to its end. */
const runToolHere = (script: string, args: string[] = [], extraEnv: Record<string, string> = {}) => runTool(env, script, args, extraEnv);

function startServer(extraEnv: Record<string, string> = {}): Promise<void> {
  serverOutput = '';
  const child = spawn(process.execPath, [join(SERVER, 'main.js')], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  child.stdout.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (serverOutput.includes('Ready on')) {
        clearInterval(poll);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        server = null;
        reject(new Error(`Server exited:\n${serverOutput}`));
      }
    }, 100);
  });
}

/** Waits (up to a minute) until the running server has logged a line matching `pattern`. */
async function waitForServerOutput(pattern: RegExp): Promise<void> {
  for (let i = 0; i < 600 && !pattern.test(serverOutput); i++) await sleep(100);
  expect(serverOutput).toMatch(pattern);
}

function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => queryDatabase<T>(databaseUrl, text, values);

/** Each write is its own transaction (its own commit time). */
async function write(from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) await sql('insert into restore_drill (n) values ($1)', [n]);
}

async function drillRows(): Promise<number[]> {
  return (await sql<{ n: number }>('select n from restore_drill order by n')).map((r) => r.n);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The data directory lost (kept aside here, as the README tells the operator to). */
let lost = 0;
function loseDataDir(): void {
  renameSync(dataDir, join(root, `data-lost-${++lost}`));
}

describe('backups that restore (the built product)', () => {
  afterAll(async () => {
    await stopServer();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses to back up, or to start with BACKUP_DIR, without BACKUP_KEY: never an unencrypted backup', async () => {
    const backup = await runToolHere('db/backup/backup-cli.js', [], { BACKUP_KEY: '' });
    expect(backup.code).toBe(1);
    expect(backup.output).toMatch(/BACKUP_KEY is not set/);
    const start = await runToolHere('main.js', [], { BACKUP_KEY: '' });
    expect(start.code).toBe(1);
    expect(start.output).toMatch(/BACKUP_KEY is not set/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('pnpm backup while the server runs, .data removed, pnpm restore, pnpm start: every change before the backup is back', async () => {
    await startServer();
    // With BACKUP_DIR the server also backs up nightly (DAILY_BACKUP); on a new database no run
    // is recorded yet, so it catches up at once: let that first backup finish.
    await waitForServerOutput(/jobs: backup base-\S+:/);
    await sql('create table restore_drill (n int primary key, at timestamptz not null default clock_timestamp())');
    await write(1, 50);

    const backup = await runToolHere('db/backup/backup-cli.js');
    expect(backup.code, backup.output).toBe(0);
    const name = /Backup (base-\S+) done/.exec(backup.output)?.[1];
    expect(name, backup.output).toBeDefined();
    const files = readdirSync(join(backupDir, 'base')).filter((f) => f.endsWith('.pjbackup'));
    // The nightly job's backup at start-up, and this one.
    expect(files).toHaveLength(2);
    expect(files).toContain(`${name}.pjbackup`);

    await stopServer();
    loseDataDir();
    const restore = await runToolHere('db/backup/restore-cli.js');
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/Restored base-/);

    await startServer();
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(await drillRows()).toEqual(range(1, 50));
  }, 180_000);

  it('refuses to restore into a data directory in use, or not empty', async () => {
    const inUse = await runToolHere('db/backup/restore-cli.js');
    expect(inUse.code).toBe(1);
    expect(inUse.output).toMatch(/is in use by a running PostgreSQL/);
    await stopServer();
    const notEmpty = await runToolHere('db/backup/restore-cli.js');
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.output).toMatch(/is not empty/);
    await startServer();
    expect(await drillRows()).toEqual(range(1, 50));
  }, 120_000);

  it('restore drill: write, back up, write more, restore to a time between: exactly the writes before it', async () => {
    await write(51, 60);
    const backup = await runToolHere('db/backup/backup-cli.js');
    expect(backup.code, backup.output).toBe(0);
    await write(61, 70);
    await sleep(1_100);
    const between = new Date();
    await sleep(1_100);
    await write(71, 80);
    // The segment with the last writes goes to the archive (the server does it every 5 minutes).
    const [{ segment }] = await sql<{ segment: string }>('select pg_walfile_name(pg_switch_wal()) as segment');
    for (let i = 0; i < 300; i++) {
      const [{ archived }] = await sql<{ archived: string | null }>('select last_archived_wal as archived from pg_stat_archiver');
      if (archived && archived >= segment) break;
      await sleep(100);
    }

    await stopServer();
    loseDataDir();
    const restore = await runToolHere('db/backup/restore-cli.js', ['--to', between.toISOString()]);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain(`to ${between.toISOString()}`);

    await startServer();
    expect(await drillRows()).toEqual(range(1, 70));
  }, 180_000);
});
