import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../packages/server/src/db/embedded-postgres.js';
import { migrateDatabase } from '../../packages/server/src/db/migrate-database.js';
import { ormConfig } from '../../packages/server/src/db/orm-config.js';
import { testClock } from '../support/factories.js';
import { startHttpAppOnOrm, type GraphQLBody, type HttpApp } from '../support/http-app.js';

/**
 * The embedded PostgreSQL killed with SIGKILL (as the out-of-memory killer does) while wards
 * keep registering patients, each request with its own Idempotency-Key. The server starts
 * PostgreSQL again by itself; crash recovery replays the write-ahead log. Afterwards every
 * registration that was answered with success is in the database, and retrying the ones that
 * failed, with the same key, registers each exactly once.
 */

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { mrn familyName } }`;
const patient = (familyName: string) => ({
  input: { familyName, givenName: 'Sokha', sex: 'FEMALE', birthDate: '1979-03-01', phones: [], provinceCode: 8, confirmNotDuplicate: true },
});
type Registered = GraphQLBody<{ registerPatient: { mrn: string; familyName: string } }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded PostgreSQL killed under a write load', () => {
  // Below the ephemeral range, in this test's own band (31000–31499): see product-lifecycle.test.ts.
  const port = 31_000 + Math.floor(Math.random() * 500);
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-crash-pg-'));
  const logs: string[] = [];
  let pg: EmbeddedDatabase;
  let orm: MikroORM;
  let api: HttpApp;

  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ dataDir, port, database: 'journey_crash', log: (m) => logs.push(m) });
    orm = await MikroORM.init(ormConfig({ url: pg.url }));
    await migrateDatabase(orm);
    api = await startHttpAppOnOrm(orm, { clock: testClock(), databaseRunning: () => pg.isRunning() });
  });

  afterAll(async () => {
    await api?.close();
    await orm?.close(true);
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts it within 30 s; no acknowledged write lost; retries with the same key apply once', async () => {
    const acknowledged = new Map<string, string>();
    const failed = new Map<string, string | undefined>();
    let sent = 0;
    let stop = false;

    const register = async (key: string): Promise<Registered> => {
      const response = await api.post(
        { query: REGISTER, variables: patient(key) },
        { 'idempotency-key': key },
      );
      return (await response.json()) as Registered;
    };

    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        const key = `Crash-${w}-${i}`;
        sent++;
        const body = await register(key);
        const id = body.data?.registerPatient?.mrn;
        if (id) acknowledged.set(key, id);
        else failed.set(key, `${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}`);
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));

    // Writes flow; then the postmaster dies.
    while (acknowledged.size < 40) await sleep(20);
    const pid = pg.pid()!;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();

    // /readyz says 503 while PostgreSQL is down, then 200 again.
    const statuses = new Set<number>();
    let ready = false;
    while (!ready) {
      const status = (await fetch(`${api.url}/readyz`)).status;
      statuses.add(status);
      ready = status === 200 && pg.isRunning() && pg.pid() !== pid;
      expect(Date.now() - killedAt, 'PostgreSQL back within 30 s').toBeLessThan(30_000);
      if (!ready) await sleep(50);
    }
    expect(statuses).toContain(503);
    // The load goes on a little after the restart, then stops.
    const before = acknowledged.size;
    while (acknowledged.size < before + 40) await sleep(20);
    stop = true;
    await Promise.all(workers);

    expect(pg.restarts()).toBe(1);
    expect(logs.some((line) => new RegExp(`\\(pid ${pid}\\) stopped unexpectedly`).test(line)), logs.join('\n')).toBe(true);
    expect(logs.some((line) => /running again/.test(line)), logs.join('\n')).toBe(true);
    // Every failure during the gap said "try again" — nothing from inside.
    for (const [key, code] of failed) expect(code, key).toBe('SERVICE_UNAVAILABLE: The database is unavailable; try again shortly');
    expect(failed.size).toBeGreaterThan(0);

    const stored = async () =>
      new Map(
        (
          await orm.em.fork().getConnection().execute<{ family_name: string; mrn: string }[]>(
            `select family_name, mrn from patient where family_name like 'Crash-%'`,
          )
        ).map((r) => [r.family_name, r.mrn]),
      );
    const afterCrash = await stored();
    for (const [key, id] of acknowledged) expect(afterCrash.get(key), `acknowledged ${key}`).toBe(id);

    // Retrying every request — acknowledged or not — with its key registers nobody twice.
    for (const key of [...failed.keys(), ...acknowledged.keys()]) {
      const body = await register(key);
      expect(body.errors, `${key}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      if (acknowledged.has(key)) expect(body.data?.registerPatient.mrn).toBe(acknowledged.get(key));
    }
    const [counts] = await orm.em.fork().getConnection().execute<{ n: number; distinct_names: number }[]>(
      `select count(*)::int as n, count(distinct family_name)::int as distinct_names from patient where family_name like 'Crash-%'`,
    );
    expect(counts.n).toBe(sent);
    expect(counts.distinct_names).toBe(sent);
    console.info(`[database-crash] ${sent} registrations, ${acknowledged.size} acknowledged, ${failed.size} failed and retried; back after ${logs.find((l) => /running again/.test(l))}`);
  }, 90_000);
});
