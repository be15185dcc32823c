import { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEMPLATE_DATABASE } from '../../../../../tests/support/test-database.js';
import { ormConfig } from '../orm-config.js';
import { migrations } from './index.js';

const SURGERY = 'Migration20261125060000Surgery';
const FOLLOW_UP = 'Migration20261125070000FollowUp';

/** The list as it once was: follow-up (070000) before surgery (060000). */
const formerOrder: MigrationObject[] = migrations.flatMap((m) =>
  m.name === SURGERY ? [] : m.name === FOLLOW_UP ? [m, migrations.find((s) => s.name === SURGERY)!] : [m],
);

function urlOf(database: string): string {
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

async function orm(database: string, list: MigrationObject[] = migrations): Promise<MikroORM> {
  const config = ormConfig({ url: urlOf(database) });
  return MikroORM.init({ ...config, migrations: { ...config.migrations, migrationsList: list, silent: true } });
}

async function sql<R>(database: string, text: string): Promise<R[]> {
  const connection = await orm(database);
  try {
    return await connection.em.getConnection().execute<R[]>(text);
  } finally {
    await connection.close(true);
  }
}

const admin = (text: string) => sql(new URL(inject('adminDatabaseUrl')).pathname.slice(1), text);

/** Columns, constraints and indexes, with the values of each `in (…)` list sorted: the schema up to order. */
async function schemaOf(database: string): Promise<string[]> {
  const columns = await sql<{ d: string }>(
    database,
    `select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as d
     from information_schema.columns where table_schema = 'public'`,
  );
  const constraints = await sql<{ d: string }>(
    database,
    `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d
     from pg_constraint where connamespace = 'public'::regnamespace`,
  );
  const indexes = await sql<{ d: string }>(database, `select indexdef as d from pg_indexes where schemaname = 'public'`);
  const sortLists = (d: string) => d.replace(/ARRAY\[([^\]]*)\]/g, (_, items: string) => `ARRAY[${items.split(', ').sort().join(', ')}]`);
  return [...columns, ...constraints, ...indexes].map((r) => sortLists(r.d)).sort();
}

/**
 * A database migrated when the list had follow-up before surgery: with the list in timestamp
 * order nothing is pending (the migrator goes by name), and a database built in either order
 * has the same schema.
 */
describe('migrations listed in timestamp order', () => {
  const database = `journey_migrations_${Date.now().toString(36)}`;

  beforeAll(async () => {
    await admin(`create database "${database}"`);
  });

  afterAll(async () => {
    await admin(`drop database if exists "${database}" with (force)`);
  });

  it('runs nothing again on a database migrated in the former order, which has the same schema', async () => {
    const before = await orm(database, formerOrder);
    try {
      const applied = await before.getMigrator().up();
      expect(applied.map((m) => m.name)).toEqual(formerOrder.map((m) => m.name));
    } finally {
      await before.close(true);
    }

    const after = await orm(database, migrations);
    try {
      expect(await after.getMigrator().getPendingMigrations()).toEqual([]);
      expect(await after.getMigrator().up()).toEqual([]);
      const executed = await after.getMigrator().getExecutedMigrations();
      expect(executed.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort());
    } finally {
      await after.close(true);
    }

    // The template every test database is cloned from was migrated in timestamp order.
    const schema = await schemaOf(database);
    expect(schema.some((line) => line.startsWith('journey_event journey_event_kind_foreign'))).toBe(true);
    expect(schema).toEqual(await schemaOf(TEMPLATE_DATABASE));
  });
});
