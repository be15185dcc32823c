import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { EmbeddedDatabase } from '../../packages/server/src/db/embedded-postgres.js';
import { migrateDatabase } from '../../packages/server/src/db/migrate-database.js';
import { ormConfig } from '../../packages/server/src/db/orm-config.js';
import { checkDatabaseUrl, portInUse, StartupProblem } from '../../packages/server/src/start-checks.js';
import { DEMO_TEMPLATE_PREFIX, TEMPLATE_DATABASE } from './test-database.js';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Starts one PostgreSQL for the whole run (embedded, or TEST_DATABASE_URL's server) and
 * builds the migrated template every test database is cloned from.
 */
/**
 * Loads the embedded-postgres wrapper without its `beforeExit` hook: embedded-postgres installs
 * async-exit-hook, whose `beforeExit` handler ends the process with `process.exit(0)` — after
 * Vitest has set exit code 1 for failed tests, so a red run would look green to CI (and its
 * `exit` handler then throws). The teardown below stops the database itself; the signal hooks
 * (Ctrl-C) stay.
 */
async function loadEmbeddedPostgres() {
  const listeners = () => [...process.listeners('beforeExit'), ...process.listeners('exit')] as ((...args: unknown[]) => void)[];
  const before = new Set(listeners());
  const module = await import('../../packages/server/src/db/embedded-postgres.js');
  for (const listener of listeners()) {
    if (before.has(listener)) continue;
    process.removeListener('beforeExit', listener);
    process.removeListener('exit', listener);
  }
  return module;
}

/**
 * A port for the run's PostgreSQL below Linux's ephemeral range (32768–60999), each test in its
 * own band (20000–22999 here): a port in that range may be held by any outgoing connection, and
 * binding fails. One taken by another program is passed over.
 */
async function freePort(): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 3_000);
    if (attempt === 10 || (await portInUse(port, '127.0.0.1')) === null) return port;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    return await startTestDatabase(project);
  } catch (error) {
    // Vitest prints a global setup's error with its stack frames; a start refused for a reason the
    // operator can fix (start-checks.ts) is one sentence saying what to change, so it keeps none.
    if (error instanceof StartupProblem) error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
}

async function startTestDatabase(project: TestProject): Promise<() => Promise<void>> {
  const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? null;
  if (adminUrl) {
    // An unreachable server is said in one sentence, not as a stack trace from the first connection.
    await checkDatabaseUrl(adminUrl, 'TEST_DATABASE_URL');
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'journey-test-pg-'));
    try {
      embedded = await startEmbeddedPostgres({
        dataDir,
        port: await freePort(),
        database: 'postgres',
        // The benchmark harness test counts statements with pg_stat_statements.
        statementStatistics: true,
        // The data lives in a fresh folder under the system's temporary directory (TMPDIR).
        names: { dataDir: 'TMPDIR', port: 'the test run\'s PostgreSQL port (chosen at random)' },
      });
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
    adminUrl = embedded.url;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Demo hospitals seeded by an earlier run (a TEST_DATABASE_URL server keeps them) may predate a migration or the seeder.
  const demos = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${DEMO_TEMPLATE_PREFIX}%`]);
  for (const { datname } of demos.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.query(`drop database if exists "${TEMPLATE_DATABASE}"`);
  await admin.query(`create database "${TEMPLATE_DATABASE}"`);
  await admin.end();

  const orm = await MikroORM.init(ormConfig({ url: withDatabase(adminUrl, TEMPLATE_DATABASE) }));
  await migrateDatabase(orm);
  await orm.close(true);

  project.provide('adminDatabaseUrl', adminUrl);

  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
