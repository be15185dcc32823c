import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@pj/shared';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startHttpAppOnOrm, type GraphQLClient, type HttpApp } from '../../../../tests/support/http-app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from './database.js';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { startReplica } from './replica.js';

/**
 * Read replicas end to end: an embedded primary and a streaming replica made from it
 * (db/replica.ts), and the server with DATABASE_URL, DATABASE_REPLICA_URLS and
 * DATABASE_REPLICA_MAX_LAG_MS. Which server ran a statement is read from pg_stat_statements on
 * each: the patient loader's and the timeline's statements (persistence/prepared.ts, lean reads)
 * are counted on the primary and on the replica around each request.
 */

const root = mkdtempSync(join(tmpdir(), 'journey-replica-'));
chmodSync(root, 0o755);
const primaryPort = 34_000 + Math.floor(Math.random() * 500);
const replicaPort = primaryPort + 500;
const DATABASE = 'journey';

/** The lean reads a patient's screen makes: the patient by id (loader) and its timeline. */
const PATIENT_READS = ['%from "patient" t where t."id" = %', '%from journey_event%'];

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The patient list the ORM's query builder builds (patient.service.ts: the page, and its count). */
const PATIENT_LIST_READS = ['%from "patient" as "p"%', '%count(%from "patient" as "p0"%'];

/** How many times this server ran statements like `patterns` (default: the patient screen's lean reads). */
async function patientReads(url: string, patterns = PATIENT_READS): Promise<number> {
  const [row] = await query<{ n: number }>(
    url,
    'select coalesce(sum(calls), 0)::int as n from pg_stat_statements where query like any($1::text[])',
    [patterns],
  );
  return row.n;
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(primaryUrl: string, replicaUrl: string): Promise<void> {
  const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, 'select pg_current_wal_lsn()::text as lsn');
  await expect
    .poll(async () => (await query<{ done: boolean }>(replicaUrl, 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn]))[0].done, {
      timeout: 20_000,
      interval: 100,
    })
    .toBe(true);
}

/** DATABASE_REPLICA_MAX_LAG_MS here: short, so that a paused replica passes it within the test. */
const MAX_LAG_MS = 2_000;

const PATIENT_SCREEN = `query ($id: ID!) { patient(id: $id) { id mrn familyName journey(first: 10) { edges { node { kind } } } } }`;

describe('read replicas', () => {
  let primary: EmbeddedDatabase;
  let replica: EmbeddedDatabase;
  let database: Database;
  let app: HttpApp;
  const logs: string[] = [];
  let primaryUrl: string;
  let replicaUrl: string;
  let replicaUp = true;

  const counts = async (patterns?: string[]) => ({
    primary: await patientReads(primaryUrl, patterns),
    replica: replicaUp ? await patientReads(replicaUrl, patterns) : 0,
  });
  /** The request's result, and how many of the patient screen's reads (or `patterns`) ran on each server meanwhile. */
  const timed = async <T>(request: () => Promise<T>, patterns?: string[]) => {
    const before = await counts(patterns);
    const result = await request();
    const after = await counts(patterns);
    return { result, primary: after.primary - before.primary, replica: after.replica - before.replica };
  };
  const register = (writer: GraphQLClient, familyName: string) =>
    writer.gql<{ registerPatient: { id: string; journey: { edges: { node: { kind: string } }[] } } }>(
      `mutation { registerPatient(input: { familyName: "${familyName}", givenName: "Test", sex: FEMALE, birthDate: "1990-04-01", provinceCode: 8, district: "Ta Khmau" })
         { id journey(first: 10) { edges { node { kind } } } } }`,
    );
  const screenOf = (client: GraphQLClient, id: string) => client.gql<{ patient: { id: string; mrn: string; journey: unknown } | null }>(PATIENT_SCREEN, { id });

  beforeAll(async () => {
    primary = await startEmbeddedPostgres({ dataDir: join(root, 'primary'), port: primaryPort, database: DATABASE, statementStatistics: true });
    primaryUrl = primary.url;
    await query(primaryUrl, 'create extension if not exists pg_stat_statements');
    replica = await startReplica({
      primary: { adminUrl: primary.adminUrl, databaseDir: primary.databaseDir },
      dataDir: join(root, 'replica'),
      port: replicaPort,
      database: DATABASE,
      name: 'test',
      statementStatistics: true,
    });
    replicaUrl = embeddedUrl(replicaPort, DATABASE);
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: replicaUrl,
      DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      SEED_DEMO: 'false',
    });
    database = await openDatabase(config, (message) => logs.push(message));
    app = await startHttpAppOnOrm(database.orm);
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await replica?.stop();
    await primary?.stop();
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('reads from the replica, writes and reads its own writes on the primary, and reads around a stopped replica', async () => {
    // The replica is a hot standby, streaming from the primary.
    expect((await query<{ standby: boolean }>(replicaUrl, 'select pg_is_in_recovery() as standby'))[0].standby).toBe(true);
    expect((await query<{ n: number }>(primaryUrl, `select count(*)::int as n from pg_stat_replication where application_name = 'pj_replica_test' and state = 'streaming'`))[0].n).toBe(1);

    const writer = await app.userWithRoles([Role.CLINICIAN]);
    const reader = await app.userWithRoles([Role.CLINICIAN]);

    // A mutation and its response selection (the new patient's timeline, read lean): the primary.
    const registered = await timed(() => register(writer, 'Replica'));
    expect(registered.result.errors).toBeUndefined();
    expect(registered.result.data!.registerPatient.journey.edges).not.toHaveLength(0);
    expect(registered.primary).toBeGreaterThan(0);
    expect(registered.replica).toBe(0);
    const id = registered.result.data!.registerPatient.id;
    const screen = (client: GraphQLClient) => screenOf(client, id);

    // The writer's next request, a moment later: still the primary (read-your-writes).
    const own = await timed(() => screen(writer));
    expect(own.result.errors).toBeUndefined();
    expect(own.result.data!.patient!.id).toBe(id);
    expect(own.primary).toBeGreaterThan(0);
    expect(own.replica).toBe(0);

    // Anyone else: the replica, with the same data once it has replayed the write.
    await replicaCaughtUp(primaryUrl, replicaUrl);
    const other = await timed(() => screen(reader));
    expect(other.result).toEqual(own.result);
    expect(other.replica).toBeGreaterThan(0);
    expect(other.primary).toBe(0);

    // The replica stops: the same answers, from the primary, no error; said once in the log.
    await replica.stop();
    replicaUp = false;
    for (let i = 0; i < 3; i++) {
      const around = await timed(async () => screen(reader));
      expect(around.result).toEqual(own.result);
      expect(around.primary).toBeGreaterThan(0);
    }
    expect(logs.filter((line) => /Read replica 127\.0\.0\.1:\d+ is not answering/.test(line))).toHaveLength(1);

    // Back again: found by the background probe, and read from once more.
    replica = await startReplica({
      primary: { adminUrl: primary.adminUrl, databaseDir: primary.databaseDir },
      dataDir: join(root, 'replica'),
      port: replicaPort,
      database: DATABASE,
      name: 'test',
      statementStatistics: true,
    });
    replicaUp = true;
    await expect.poll(() => logs.some((line) => /Read replica 127\.0\.0\.1:\d+ answers again/.test(line)), { timeout: 20_000, interval: 200 }).toBe(true);
    // It may answer before it has replayed what the primary wrote while it was stopped (the
    // sessions' last use, the audit trail): it is read from once it has.
    let again = await timed(() => screen(reader));
    for (let i = 0; again.replica === 0 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      again = await timed(() => screen(reader));
    }
    expect(again.result).toEqual(own.result);
    expect(again.replica).toBeGreaterThan(0);
    expect(again.primary).toBe(0);
  }, 120_000);

  it('reads around a replica more than DATABASE_REPLICA_MAX_LAG_MS behind (replay paused), and from it again once it catches up', async () => {
    const writer = await app.userWithRoles([Role.CLINICIAN]);
    const reader = await app.userWithRoles([Role.CLINICIAN]);
    await replicaCaughtUp(primaryUrl, replicaUrl);
    const behind = /Read replica 127\.0\.0\.1:\d+ is \d+\.\d s behind the primary/;
    const caughtUp = /Read replica 127\.0\.0\.1:\d+ has caught up with the primary/;
    // (Back after being stopped, the replica may have been left out until it caught up: said then.)
    const said = (pattern: RegExp) => logs.filter((line) => pattern.test(line)).length;
    const caughtUpBefore = said(caughtUp);
    expect(said(behind)).toBe(0);

    await query(replicaUrl, 'select pg_wal_replay_pause()');
    let id: string;
    try {
      // Written on the primary; the replica receives the WAL but does not apply it.
      const registered = await register(writer, 'Lagging');
      expect(registered.errors).toBeUndefined();
      id = registered.data!.registerPatient.id;
      await expect.poll(() => said(behind), { timeout: 15_000, interval: 100 }).toBe(1);

      // Someone who wrote nothing would read from the replica, where the patient does not exist
      // yet: read from the primary instead, the new patient found, and said once in the log.
      for (let i = 0; i < 3; i++) {
        const around = await timed(() => screenOf(reader, id));
        expect(around.result.errors).toBeUndefined();
        expect(around.result.data!.patient?.id).toBe(id);
        expect(around.primary).toBeGreaterThan(0);
        expect(around.replica).toBe(0);
      }
      expect(said(behind)).toBe(1);
    } finally {
      await query(replicaUrl, 'select pg_wal_replay_resume()');
    }

    // Replay resumed: back in the rotation at the next check, the same answer from the replica.
    await expect.poll(() => said(caughtUp), { timeout: 15_000, interval: 100 }).toBe(caughtUpBefore + 1);
    const back = await timed(() => screenOf(reader, id));
    expect(back.result.data!.patient?.id).toBe(id);
    expect(back.replica).toBeGreaterThan(0);
    expect(back.primary).toBe(0);
    expect(said(caughtUp)).toBe(caughtUpBefore + 1);
  }, 60_000);

  it('pages the ORM-built patient list on the replica for a reader, and on the primary for its writer', async () => {
    const writer = await app.userWithRoles([Role.CLINICIAN]);
    const reader = await app.userWithRoles([Role.CLINICIAN]);
    const created = await register(writer, 'Aardvark');
    expect(created.errors).toBeUndefined();
    type List = { patients: { totalCount: number; edges: { cursor: string; node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const LIST = `query ($after: String) { patients(first: 2, after: $after) { totalCount
      edges { cursor node { id mrn familyName givenName birthDate age createdAt district } } pageInfo { hasNextPage endCursor } } }`;
    const page = (client: GraphQLClient, after: string | null = null) => timed(() => client.gql<List>(LIST, { after }), PATIENT_LIST_READS);

    // The writer, within its window after the mutation: the primary (the page and its count).
    const own = await page(writer);
    expect(own.result.errors).toBeUndefined();
    expect(own.result.data!.patients.edges[0].node.familyName).toBe('Aardvark');
    expect(own.primary).toBeGreaterThanOrEqual(2);
    expect(own.replica).toBe(0);

    // Someone else, once the replica has the patient: the same page (dates and all) from the replica.
    await replicaCaughtUp(primaryUrl, replicaUrl);
    const other = await page(reader);
    expect(other.result).toEqual(own.result);
    expect(other.replica).toBeGreaterThanOrEqual(2);
    expect(other.primary).toBe(0);

    // The next page, from the cursor (its row read on the replica too), as the writer sees it.
    const next = await page(reader, other.result.data!.patients.pageInfo.endCursor);
    const ownNext = await page(writer, own.result.data!.patients.pageInfo.endCursor);
    expect(next.result.errors).toBeUndefined();
    expect(next.result).toEqual(ownNext.result);
    expect(next.result.data!.patients.edges.map((e) => e.node.id)).not.toContain(created.data!.registerPatient.id);
    expect(next.replica).toBeGreaterThanOrEqual(2);
    expect(next.primary).toBe(0);
  }, 60_000);

  it('sends a live update read from the primary while the replica has not replayed it', async () => {
    const writer = await app.userWithRoles([Role.CLINICIAN]);
    const reader = await app.userWithRoles([Role.CLINICIAN]);
    const created = await register(writer, 'Live');
    const patientId = created.data!.registerPatient.id;
    await replicaCaughtUp(primaryUrl, replicaUrl);
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      lazy: false,
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: reader.cookie! } });
        }
      },
    });
    const kinds: string[] = [];
    client.subscribe<{ patientTimeline: { event: { kind: string } } }>(
      { query: 'subscription ($id: ID!) { patientTimeline(patientId: $id) { cursor event { kind } } }', variables: { id: patientId } },
      { next: (result) => kinds.push(result.data?.patientTimeline.event.kind ?? JSON.stringify(result.errors)), error: () => undefined, complete: () => undefined },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // subscribed (new events only)
      await query(replicaUrl, 'select pg_wal_replay_pause()');
      try {
        const referral = await writer.gql(
          `mutation ($id: ID!) { receiveReferral(input: { patientId: $id, sourceType: HEALTH_CENTRE, specialty: PAEDIATRIC_ONCOLOGY, reason: "Abdominal mass", priority: URGENT }) { id } }`,
          { id: patientId },
        );
        expect(referral.errors).toBeUndefined();
        // Announced at the commit on the primary, read there: the replica still has no such event.
        await expect.poll(() => kinds, { timeout: 10_000, interval: 100 }).toEqual(['REFERRAL_RECEIVED']);
      } finally {
        await query(replicaUrl, 'select pg_wal_replay_resume()');
      }
    } finally {
      await client.dispose();
    }
  }, 60_000);
});
