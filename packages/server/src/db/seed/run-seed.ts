import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { seedDemoHospitalIfEmpty } from './demo-hospital.js';

/** `pnpm --filter @pj/server seed`: loads the demo hospital into an empty database. */
const log = (message: string): void => console.log(`[seed] ${message}`);
const database = await openDatabase(loadConfig(), log);
try {
  const started = Date.now();
  const summary = await seedDemoHospitalIfEmpty(database.orm.em.fork(), { log });
  log(summary ? `Seeded ${summary.patients} patients and ${summary.events} events in ${Date.now() - started} ms` : 'The database already has patients; nothing to do');
} finally {
  await database.close();
}
