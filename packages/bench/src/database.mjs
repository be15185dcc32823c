// The benchmark's PostgreSQL: an embedded server of its own (data in .data/bench) or
// BENCH_DATABASE_URL's server, one database per scale, migrated with the project's migrations.
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres } from '@pj/server/dist/db/embedded-postgres.js';
import { migrateDatabase } from '@pj/server/dist/db/migrate-database.js';
import { ormConfig } from '@pj/server/dist/db/orm-config.js';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts the PostgreSQL server (or uses BENCH_DATABASE_URL's) and makes sure database `name`
 * exists on it, dropped and created afresh when `fresh`. Returns its URL and a stop function.
 */
export async function startDatabaseServer(name, log, { fresh = false } = {}) {
  let adminUrl;
  let stop = async () => undefined;
  if (process.env.BENCH_DATABASE_URL) {
    adminUrl = new URL(process.env.BENCH_DATABASE_URL);
  } else {
    const port = Number(process.env.BENCH_PG_PORT ?? 54339);
    const running = `postgresql://postgres:journey@127.0.0.1:${port}/postgres`;
    try {
      // Already running (an earlier run that was interrupted): use it as it is.
      await withClient(running, (c) => c.query('select 1'));
      adminUrl = new URL(running);
    } catch {
      adminUrl = null;
    }
  }
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: `${REPO_ROOT}.data/bench`,
      port: Number(process.env.BENCH_PG_PORT ?? 54339),
      database: 'postgres',
      log,
      statementStatistics: true,
    });
    adminUrl = new URL(embedded.url);
    stop = () => embedded.stop();
  }
  await withClient(adminUrl.toString(), async (admin) => {
    if (fresh) await admin.query(`drop database if exists "${name}" with (force)`);
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`create database "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop };
}

/** Applies the project's migrations to the database at `url`. */
export async function migrate(url) {
  const orm = await MikroORM.init(ormConfig({ url }));
  try {
    await migrateDatabase(orm);
  } finally {
    await orm.close(true);
  }
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
