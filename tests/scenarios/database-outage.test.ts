import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../packages/server/src/db/embedded-postgres.js';
import { migrateDatabase } from '../../packages/server/src/db/migrate-database.js';
import { ormConfig } from '../../packages/server/src/db/orm-config.js';
import { formatError } from '../../packages/server/src/graphql/errors.js';
import { testClock } from '../support/factories.js';
import { startHttpAppOnOrm, type GraphQLBody, type HttpApp } from '../support/http-app.js';

/**
 * PostgreSQL goes away under a running server, in the ways it does in a hospital with power
 * cuts: stopped (connections refused), a host that accepts connections and never answers, and
 * a pool with no free connection. Each time the server stays up, /readyz says 503, GraphQL
 * requests fail fast with SERVICE_UNAVAILABLE and nothing from inside, and when the database
 * is back the same server answers again by itself.
 *
 * "Fast" is proven by the test timeout, never by measuring: with the pool's default 60 s
 * acquire timeout each of these requests would outlast it.
 */

const WARDS = '{ wards { name beds { label } } }';
const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn } }`;
const patient = (familyName: string) => ({
  input: { familyName, givenName: 'Dara', sex: 'FEMALE', birthDate: '1980-01-01', phones: [], provinceCode: 12 },
});

/**
 * A database host gone wrong: accepts TCP connections and never says a word (hangs), or
 * accepts and hangs up at once ("Connection terminated unexpectedly").
 */
async function startBrokenServer(port: number, behaviour: 'silent' | 'hang-up'): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    if (behaviour === 'hang-up') {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function expectUnavailable(body: GraphQLBody<unknown>): void {
  expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
  for (const error of body.errors!) {
    expect(error.extensions?.code, JSON.stringify(error)).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('The database is unavailable; try again shortly');
    expect(error.extensions?.stacktrace).toBeUndefined();
  }
  expect(body.data ?? null).toBeNull();
}

async function readyz(api: HttpApp): Promise<number> {
  return (await fetch(`${api.url}/readyz`)).status;
}

describe('the server through a database outage', () => {
  // Below Linux's ephemeral range, in this test's own band (27000–28999): see global-setup.ts.
  const port = 27_000 + Math.floor(Math.random() * 2_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-outage-pg-'));
  const database = 'journey_outage';
  let pg: EmbeddedDatabase | null = null;
  let orm: MikroORM;
  let api: HttpApp;

  const startPostgres = () => startEmbeddedPostgres({ dataDir, port, database });

  beforeAll(async () => {
    pg = await startPostgres();
    orm = await MikroORM.init(ormConfig({ url: pg.url }));
    await migrateDatabase(orm);
    api = await startHttpAppOnOrm(orm, { clock: testClock() });
  });

  afterAll(async () => {
    await api?.close();
    await orm?.close(true);
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves while the database is up', async () => {
    expect(await readyz(api)).toBe(200);
    const wards = await api.gql<{ wards: unknown[] }>(WARDS);
    expect(wards.errors).toBeUndefined();
    expect(wards.data?.wards.length).toBeGreaterThan(0);
    const registered = await api.gql(REGISTER, patient('Before'));
    expect(registered.errors).toBeUndefined();
  });

  it('with PostgreSQL stopped: stays up, /readyz 503, every request SERVICE_UNAVAILABLE', async () => {
    // A statement running when the server shuts down is cut off (57P01, admin shutdown).
    const inFlight = orm.em.fork().getConnection().execute(`select pg_sleep(30)`).then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await pg!.stop();
    pg = null;
    const cutOff = await inFlight;
    expect(cutOff).toBeInstanceOf(Error);
    expect(formatError({ message: 'x' }, cutOff)).toEqual({
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });

    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect(await readyz(api)).toBe(503);
    // GraphQL answers 503 as well, so that clients and proxies know to retry later.
    expect((await api.post({ query: '{ wards { name } }' })).status).toBe(503);
    expectUnavailable(await api.gql(WARDS));
    expectUnavailable(await api.gql(REGISTER, patient('During')));
    expectUnavailable(await api.gql(REGISTER, patient('Keyed'), { 'idempotency-key': 'outage-1' }));
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('with a database host that accepts connections and never answers: fails within the connect timeout', async () => {
    const silent = await startBrokenServer(port, 'silent');
    try {
      expect(await readyz(api)).toBe(503);
      expectUnavailable(await api.gql(WARDS));
      expectUnavailable(await api.gql(REGISTER, patient('Hung')));
    } finally {
      await silent.close();
    }
  }, 60_000);

  it('with a database host that hangs up on every connection: SERVICE_UNAVAILABLE', async () => {
    const rude = await startBrokenServer(port, 'hang-up');
    try {
      expect(await readyz(api)).toBe(503);
      expectUnavailable(await api.gql(WARDS));
      expectUnavailable(await api.gql(REGISTER, patient('HungUp')));
    } finally {
      await rude.close();
    }
  }, 60_000);

  it('recovers by itself when PostgreSQL is back, without restarting the app', async () => {
    pg = await startPostgres();

    expect(await readyz(api)).toBe(200);
    const wards = await api.gql<{ wards: unknown[] }>(WARDS);
    expect(wards.errors).toBeUndefined();
    expect(wards.data?.wards.length).toBeGreaterThan(0);

    const after = await api.gql<{ registerPatient: { mrn: string } }>(REGISTER, patient('After'));
    expect(after.errors).toBeUndefined();
    // Nothing sent during the outage was written; what came before survived it.
    const names = await orm.em.fork().getConnection().execute<{ family_name: string }[]>(
      `select family_name from patient order by family_name`,
    );
    expect(names.map((r) => r.family_name)).toEqual(['After', 'Before']);
    // The keyed request that failed in the outage was not kept: its retry runs now.
    const keyed = await api.gql(REGISTER, patient('Keyed'), { 'idempotency-key': 'outage-1' });
    expect(keyed.errors).toBeUndefined();
  }, 60_000);

  it('fails fast with SERVICE_UNAVAILABLE when the pool has no free connection, then serves again', async () => {
    const small = await MikroORM.init(ormConfig({ url: pg!.url, poolMax: 1 }));
    const smallApi = await startHttpAppOnOrm(small, { clock: testClock() });
    try {
      // The only connection is busy for longer than the acquire timeout.
      const busy = small.em.fork().getConnection().execute(`select pg_sleep(8)`);
      expectUnavailable(await smallApi.gql(WARDS));
      await busy;
      expect((await smallApi.gql(WARDS)).errors).toBeUndefined();
    } finally {
      await smallApi.close();
      await small.close(true);
    }
  }, 60_000);
});
