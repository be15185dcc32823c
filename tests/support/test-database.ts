import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { closeReadPool } from '../../packages/server/src/persistence/prepared.js';
import { ormConfig } from '../../packages/server/src/db/orm-config.js';
import { seedDemoHospital } from '../../packages/server/src/db/seed/demo-hospital.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the test server's maintenance database (to create and drop databases). */
    adminDatabaseUrl: string;
  }
}

export const TEMPLATE_DATABASE = 'journey_template';
/** Templates holding the demo hospital, one per seeding instant: `journey_demo_<ms>`. */
export const DEMO_TEMPLATE_PREFIX = 'journey_demo_';
/** Arbitrary key of the advisory lock under which a demo template is built (once per run, whichever worker asks first). */
const DEMO_TEMPLATE_LOCK = 7_411_002;

export interface TestDatabaseOptions {
  /**
   * Start with the demo hospital seeded as at this instant (`seedDemoHospital(em, { now })`). The
   * first file to ask builds it into a template of its own; every other file clones it.
   */
  demoHospitalAt?: Date;
}

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** Every SQL statement the ORM sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  close(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Runs `work` (a rename, or a clone of a template), again while PostgreSQL still counts a
 * connection just closed as using the database (55006), for up to 5 s.
 */
async function whenUnused<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The template with the demo hospital seeded at `now`, built on first use. */
async function demoTemplate(now: Date): Promise<string> {
  const name = `${DEMO_TEMPLATE_PREFIX}${now.getTime()}`;
  await admin(async (c) => {
    await c.query('select pg_advisory_lock($1)', [DEMO_TEMPLATE_LOCK]);
    try {
      if ((await c.query('select 1 from pg_database where datname = $1', [name])).rowCount) return;
      // Built under another name and renamed when complete: a template is never half-seeded.
      const building = `${name}_building`;
      await c.query(`drop database if exists "${building}"`);
      await c.query(`create database "${building}" template "${TEMPLATE_DATABASE}"`);
      const orm = await MikroORM.init(ormConfig({ url: databaseUrl(building) }));
      try {
        await seedDemoHospital(orm.em.fork(), { now });
      } finally {
        await closeReadPool(orm.em);
        await orm.close(true);
      }
      await whenUnused(() => c.query(`alter database "${building}" rename to "${name}"`));
    } finally {
      await c.query('select pg_advisory_unlock($1)', [DEMO_TEMPLATE_LOCK]);
    }
  });
  return name;
}

/** A fresh database for one test file, cloned from the migrated template (or a demo hospital's) in milliseconds. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const template = options.demoHospitalAt ? await demoTemplate(options.demoHospitalAt) : TEMPLATE_DATABASE;
  const name = `journey_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => whenUnused(() => c.query(`create database "${name}" template "${template}"`)));
  const url = new URL(databaseUrl(name));
  const queries: string[] = [];
  const orm = await MikroORM.init(ormConfig({ url: url.toString(), onQuery: (sql) => queries.push(sql) }));
  return {
    orm,
    url: url.toString(),
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    close: async () => {
      await closeReadPool(orm.em);
      await orm.close(true);
      await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}
