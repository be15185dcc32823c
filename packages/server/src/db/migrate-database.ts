import type { MikroORM } from '@mikro-orm/postgresql';
import { syncJourneyEventKinds } from '../journey/event-kind-table.js';

/**
 * Brings a database up to this code: the migrations, then the rows that follow from the
 * code's own declarations (the journey event kinds, journey/event-kinds.ts). Everything that
 * migrates a database (start-up, the test template, the benchmark) calls this.
 */
export async function migrateDatabase(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await syncJourneyEventKinds(orm.em.fork());
  return applied.map((migration) => migration.name);
}
