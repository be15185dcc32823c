/**
 * `pnpm cluster`: a local cluster for trying read replicas and two servers side by side.
 *
 * Starts an embedded primary PostgreSQL (`<DATA_DIR>/cluster/primary`, EMBEDDED_PG_PORT) and a
 * streaming replica of it (`<DATA_DIR>/cluster/replica`, EMBEDDED_PG_PORT + 1, db/replica.ts) —
 * or, with DATABASE_URL, uses that server and DATABASE_REPLICA_URLS as they are — loads the demo
 * hospital into an empty primary, then runs two server instances, on PORT and PORT + 1, both
 * writing to the primary and reading from the replica. Ctrl-C stops the servers, then the databases.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { checkPort, StartupProblem } from '../start-checks.js';
import { openDatabase } from './database.js';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { startReplica } from './replica.js';
import { seedDemoHospitalIfEmpty } from './seed/demo-hospital.js';

const log = (message: string): void => console.log(`[cluster] ${message}`);
const DATABASE = 'journey';

async function main(): Promise<void> {
  const config = loadConfig();
  const ports = [config.port, config.port + 1];
  // Before any database starts: a port in use is refused in one sentence.
  for (const [i, port] of ports.entries()) await checkPort(port, i === 0 ? 'PORT' : 'PORT + 1', `server instance ${i + 1}`);

  const databases: EmbeddedDatabase[] = [];
  let primaryUrl = config.databaseUrl;
  let replicaUrls = config.databaseReplicaUrls;
  if (!primaryUrl) {
    const names = { dataDir: 'DATA_DIR', port: 'EMBEDDED_PG_PORT' };
    // Not supervised: Ctrl-C reaches PostgreSQL too (the same process group), and it must not be started again.
    const primary = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'cluster', 'primary'),
      port: config.embeddedPgPort,
      database: DATABASE,
      log,
      names,
      supervise: false,
    });
    databases.push(primary);
    const replica = await startReplica({
      primary: { adminUrl: primary.adminUrl, databaseDir: primary.databaseDir },
      dataDir: join(config.dataDir, 'cluster', 'replica'),
      port: config.embeddedPgPort + 1,
      database: DATABASE,
      name: 'cluster',
      log,
      supervise: false,
      names: { dataDir: 'DATA_DIR', port: 'EMBEDDED_PG_PORT + 1' },
    });
    databases.unshift(replica);
    primaryUrl = primary.url;
    replicaUrls = [embeddedUrl(config.embeddedPgPort + 1, DATABASE)];
    log(`Primary PostgreSQL on 127.0.0.1:${config.embeddedPgPort}, its streaming replica on 127.0.0.1:${config.embeddedPgPort + 1}`);
  }
  const stopDatabases = async () => {
    // The replica first: it would only keep asking for the primary.
    for (const database of databases) await database.stop().catch(() => undefined);
  };

  // Migrations and the demo hospital once, here: two instances starting together would race to do it.
  try {
    const database = await openDatabase({ ...config, databaseUrl: primaryUrl, databaseReplicaUrls: [] }, log);
    if (config.seedDemo) {
      const seeded = await seedDemoHospitalIfEmpty(database.orm.em.fork(), { log });
      if (seeded) log(`Loaded the demo hospital: ${seeded.patients} patients`);
    }
    await database.close();
  } catch (error) {
    await stopDatabases();
    throw error;
  }

  const main = fileURLToPath(new URL('../main.js', import.meta.url));
  const instances: ChildProcess[] = ports.map((port, i) => {
    const child = spawn(process.execPath, ['--enable-source-maps', main], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: primaryUrl, DATABASE_REPLICA_URLS: replicaUrls.join(','), SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => `[instance ${i + 1}] ${line}\n`)
        .join('');
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    return child;
  });
  log(`Two servers: http://localhost:${ports[0]}/ and http://localhost:${ports[1]}/ (Ctrl-C stops everything)`);

  let stopping = false;
  const stop = async (reason: string, code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: stopping the servers, then the databases`);
    await Promise.all(
      instances.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await stopDatabases();
    log('Stopped');
    process.exit(code);
  };
  for (const [i, child] of instances.entries()) {
    child.once('exit', (code) => void stop(`Server instance ${i + 1} exited (code ${code})`, 1));
  }
  // embedded-postgres installs SIGINT/SIGTERM hooks that stop the databases at once, before the
  // servers have finished their requests; this stops them last, in order (as main.ts does).
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
}

main().catch((error: unknown) => {
  // A refusal the operator can act on is one sentence (start-checks.ts); anything else says it failed.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[cluster] ${error instanceof StartupProblem ? message : `Failed to start: ${message}`}`);
  process.exit(1);
});
