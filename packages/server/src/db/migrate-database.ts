import type { MikroORM } from '@mikro-orm/postgresql';
import { syncCodeLists } from '../codes/code-tables.js';
import { syncJourneyEventKinds } from '../journey/event-kind-table.js';
import { migrations as knownMigrations } from './migrations/index.js';

/** The migrator's own record of what it applied (MikroORM's default table). */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** A database migrated by a newer version of the server than this one. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

/**
 * Refuses a database that a newer version of the server has migrated (a migration this
 * version does not know): running older code on a newer schema could write what the newer
 * version's rules forbid, or fail half-way. Going back means restoring the backup taken before
 * the upgrade, or running the newer version again.
 */
export async function refuseNewerDatabase(orm: MikroORM, known: readonly { name: string }[] = knownMigrations): Promise<void> {
  const connection = orm.em.getConnection();
  const [table] = await connection.execute<{ present: boolean }[]>(`select to_regclass(?) is not null as present`, [MIGRATIONS_TABLE]);
  if (!table?.present) return;
  const names = new Set(known.map((m) => m.name));
  const applied = await connection.execute<{ name: string }[]>(`select "name" from "${MIGRATIONS_TABLE}" order by "id"`);
  const unknown = applied.map((row) => row.name.replace(/\.[jt]s$/, '')).filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw new NewerDatabaseError(
      `This database was migrated by a newer version of the server (migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ` +
        `unknown to this version, whose last is ${known[known.length - 1]?.name ?? 'none'}). Refusing to start on it: ` +
        'run the newer version, or restore the backup taken before the upgrade (pnpm restore --to <time>).',
    );
  }
}

/**
 * Brings a database up to this code: the migrations, then the rows that follow from the
 * code's own declarations (the journey event kinds, journey/event-kinds.ts; the code lists,
 * codes/lists/). Everything that
 * migrates a database (start-up, the test template, the benchmark) calls this. Refuses a
 * database migrated by a newer version (refuseNewerDatabase).
 */
export async function migrateDatabase(orm: MikroORM): Promise<string[]> {
  await refuseNewerDatabase(orm);
  const applied = await orm.getMigrator().up();
  await syncJourneyEventKinds(orm.em.fork());
  await syncCodeLists(orm.em.fork());
  return applied.map((migration) => migration.name);
}
