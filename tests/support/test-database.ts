import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { closeReadPool } from '../../packages/server/src/persistence/prepared.js';
import { ormConfig } from '../../packages/server/src/db/orm-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of the test server's maintenance database (to create and drop databases). */
    adminDatabaseUrl: string;
  }
}

export const TEMPLATE_DATABASE = 'journey_template';

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

/** A fresh database for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `journey_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}" template "${TEMPLATE_DATABASE}"`));
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
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
