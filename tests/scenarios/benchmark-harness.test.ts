import { formatMrn } from '@pj/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../packages/bench/src/generate.mjs';
import {
  countStatements, lookUpContext, resetStatements, resetWritePool, send, startContender, type RunningContender,
} from '../../packages/bench/src/harness.mjs';
import { queries, type BenchQuery, type QueryContext, type RequestSpec } from '../../packages/bench/src/queries.mjs';
import { startHttpAppOnOrm, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The benchmark harness at the `small` scale: each query once against this server, the raw
// floor and (on Node 22+, which PostGraphile 5 needs) PostGraphile. Asserts statement
// counts and that the contenders return the same rows; never times.
const withPostGraphile = Number(process.versions.node.split('.')[0]) >= 22;

let db: TestDatabase;
let client: pg.Client;
let app: HttpApp;
let raw: RunningContender;
let postgraphile: RunningContender | null = null;
let ctx: QueryContext;
const serverPort = (): number => Number(new URL(app.url).port);

async function statementsOf(port: number, spec: RequestSpec): Promise<{ data: number; audit: number; auth: number; body: unknown }> {
  await resetStatements(client);
  const res = await send(port, spec);
  expect(res.status).toBe(200);
  expect((res.body as { errors?: unknown }).errors).toBeUndefined();
  // The audit entry is written as the response leaves: wait until the count settles.
  let counts = await countStatements(client);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const again = await countStatements(client);
    if (again.total === counts.total) break;
    counts = again;
  }
  return { data: counts.total - counts.tx - counts.audit - counts.auth, audit: counts.audit, auth: counts.auth, body: res.body };
}

const byName = (context: QueryContext, name: string): BenchQuery => queries(context).find((q) => q.name === name)!;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const counts = await generate(client, 'small');
  expect(counts.patients).toBe(400);
  await client.query('create extension if not exists pg_stat_statements');
  app = await startHttpAppOnOrm(db.orm, { production: true });
  // Below Linux's ephemeral range, in this test's own band (29000–31999): see global-setup.ts.
  raw = await startContender('raw', { url: db.url, port: 29_000 + Math.floor(Math.random() * 1_500) });
  if (withPostGraphile) postgraphile = await startContender('postgraphile', { url: db.url, port: 30_500 + Math.floor(Math.random() * 1_500) });
  ctx = await lookUpContext(client, { postgraphilePort: postgraphile?.port ?? null });
}, 180_000);

afterAll(async () => {
  await postgraphile?.stop();
  await raw?.stop();
  await app?.close();
  await client?.end();
  await db?.close();
});

describe('benchmark harness (small scale)', () => {
  it('generates a deterministic hospital with a long oncology timeline', async () => {
    const { rows } = await client.query(`select count(*)::int as n from journey_event where patient_id = $1`, [ctx.timelinePatient]);
    expect(rows[0].n).toBeGreaterThan(300);
    const mrns = await client.query(`select mrn from patient order by mrn limit 3`);
    expect(mrns.rows.map((r: { mrn: string }) => r.mrn)).toEqual([1, 2, 3].map(formatMrn));
    expect(ctx.writePool.length).toBeGreaterThan(0);
  });

  it('reads a timeline page in at most two statements, the same at 10 and 50 events, plus one audit entry', async () => {
    const small = await statementsOf(serverPort(), byName({ ...ctx, pageSize: 10 }, 'timeline').server(0));
    const large = await statementsOf(serverPort(), byName(ctx, 'timeline').server(0));
    expect(large.data).toBeLessThanOrEqual(2);
    expect(small.data).toBe(large.data);
    expect(large.audit).toBe(1);
    expect(large.auth).toBeLessThanOrEqual(1);
  });

  it('reads a worklist page in one statement, its totalCount too, the same at 10 and 50 rows', async () => {
    for (const name of ['worklist-p1', 'worklist-deep', 'worklist-filtered']) {
      const small = await statementsOf(serverPort(), byName({ ...ctx, pageSize: 10 }, name).server(0));
      const large = await statementsOf(serverPort(), byName(ctx, name).server(0));
      expect(large.data, name).toBe(1);
      expect(small.data, name).toBe(large.data);
    }
  });

  it('reads the census and a theatre day in one statement each, plus one audit entry', async () => {
    for (const name of ['census', 'theatre']) {
      const counts = await statementsOf(serverPort(), byName(ctx, name).server(0));
      expect(counts.data, name).toBe(1);
      expect(counts.audit, name).toBe(1);
    }
  });

  it('searches patients in one statement, plus one audit entry', async () => {
    const counts = await statementsOf(serverPort(), byName(ctx, 'search').server(0));
    expect(counts.data).toBe(1);
    expect(counts.audit).toBe(1);
    type Found = { data: { patients: { edges: { node: { mrn: string } }[] } } };
    const mrns = (body: unknown) => (body as Found).data.patients.edges.map((e) => e.node.mrn);
    expect(mrns(counts.body)).toHaveLength(20);
    // The raw floor runs the same plan by hand: the same patients in the same order.
    expect(mrns((await send(raw.port, byName(ctx, 'search').raw(0))).body)).toEqual(mrns(counts.body));
  });

  it('the raw floor answers every query with one statement', async () => {
    await resetWritePool(client, ctx);
    for (const q of queries(ctx)) {
      const counts = await statementsOf(raw.port, q.raw(q.pool ? 1 : 0));
      expect(counts.data, q.name).toBe(1);
    }
  });

  it('every contender returns the same rows', async () => {
    for (const q of queries(ctx)) {
      if (!q.ids) continue;
      const fromServer = q.ids.server((await send(serverPort(), q.server(0))).body);
      const fromRaw = q.ids.raw((await send(raw.port, q.raw(0))).body);
      expect(fromServer.length, q.name).toBeGreaterThan(0);
      expect(fromRaw, q.name).toEqual(fromServer);
      if (postgraphile) expect(q.ids.postgraphile((await send(postgraphile.port, q.postgraphile(0))).body), q.name).toEqual(fromServer);
    }
  });

  it('the write moves a referral on every contender', async () => {
    await resetWritePool(client, ctx);
    const specs: [number, RequestSpec][] = [[serverPort(), byName(ctx, 'write').server(2)], [raw.port, byName(ctx, 'write').raw(3)]];
    if (postgraphile) specs.push([postgraphile.port, byName(ctx, 'write').postgraphile(4)]);
    for (const [port, spec] of specs) {
      const res = await send(port, spec);
      expect(res.status).toBe(200);
      expect((res.body as { errors?: unknown }).errors).toBeUndefined();
    }
    const { rows } = await client.query(`select count(*)::int as n from referral where id = any($1) and status = 'TRIAGED'`,
      [ctx.writePool.slice(2, 2 + specs.length).map((r) => r.id)]);
    expect(rows[0].n).toBe(specs.length);
  });

  it('refuses to start a contender on a port something else answers on, instead of measuring that', async () => {
    // The raw floor already runs on its port: a second contender there would fail to listen,
    // and the first one would answer the readiness probe in its place.
    await expect(startContender('raw', { url: db.url, port: raw.port })).rejects.toThrow(`port ${raw.port} is already in use`);
  });
});
