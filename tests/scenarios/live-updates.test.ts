import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type GraphQLClient } from '../support/http-app.js';
import { sleep, startLiveCluster, subscribeTo, until, type LiveCluster } from '../support/live-cluster.js';

/**
 * Live updates across server instances: two server processes on one database. A change made
 * through instance A reaches a subscriber of instance B (PostgreSQL LISTEN/NOTIFY, sent from the
 * writing transaction), in order and none lost; a subscriber that reconnects with its cursor
 * receives what it missed exactly once; a role that may not open records receives no patient;
 * a socket whose session is revoked is closed.
 */

// Below the ephemeral range, in this test's own band (32500–32999): see product-lifecycle.test.ts.
const basePort = 32_500 + Math.floor(Math.random() * 250) * 2;

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const ADMIT = `mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`;
const TRANSFER = `mutation ($input: TransferPatientInput!) { transferPatient(input: $input) { id } }`;
const TIMELINE = `subscription ($patientId: ID!, $after: String) { patientTimeline(patientId: $patientId, after: $after) { cursor event { kind } } }`;
const CENSUS = `subscription { censusChanged { bed { id label } since occupant { id familyName } } }`;

interface TimelineData {
  patientTimeline: { cursor: string; event: { kind: string } };
}
interface CensusData {
  censusChanged: { bed: { id: string; label: string }; since: string | null; occupant: { id: string } | null };
}

describe('live updates across two server instances', () => {
  let cluster: LiveCluster;
  let urls: string[];
  let clerkOnA: GraphQLClient;
  let beds: { id: string; label: string }[];
  const user = (username: string, roles: Role[], url: string) => cluster.user(username, roles, url);
  const wsClient = (url: string, cookie: string | null, onClosed?: (code: number) => void) => cluster.wsClient(url, cookie, onClosed);

  const register = async (familyName: string): Promise<string> =>
    (
      await ok<{ registerPatient: { id: string } }>(clerkOnA, REGISTER, {
        input: { familyName, givenName: 'Dara', sex: 'FEMALE', birthDate: '1980-05-05', phones: [], provinceCode: 12, confirmNotDuplicate: true },
      })
    ).registerPatient.id;

  beforeAll(async () => {
    cluster = await startLiveCluster(basePort);
    urls = cluster.urls;
    clerkOnA = await user('live-clerk', [Role.CLINICIAN], urls[0]);
    const { wards } = await ok<{ wards: { beds: { id: string; label: string }[] }[] }>(clerkOnA, `{ wards { beds { id label } } }`, {});
    beds = wards.flatMap((ward) => ward.beds);
    expect(beds.length).toBeGreaterThan(6);
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('a change through instance A reaches a subscriber of instance B, in order, none lost', async () => {
    const patientId = await register('Across');
    const nurseOnB = await user('live-nurse', [Role.NURSE], urls[1]);
    const timeline = subscribeTo<TimelineData>(wsClient(urls[1], nurseOnB.cookie), TIMELINE, { patientId });
    await sleep(500); // subscribed (new events only: no `after`)
    await ok(clerkOnA, ADMIT, { input: { patientId, bedId: beds[0].id, reason: 'MEDICAL' } });
    for (const bed of [beds[1], beds[2], beds[3]]) await ok(clerkOnA, TRANSFER, { input: { patientId, bedId: bed.id, reason: 'Moved' } });
    await until('four events', () => timeline.results.length >= 4);
    await sleep(300);
    expect(timeline.results.map((r) => r.errors ?? r.data!.patientTimeline.event.kind)).toEqual(['ADMITTED', 'TRANSFERRED', 'TRANSFERRED', 'TRANSFERRED']);
    const cursors = timeline.results.map((r) => r.data!.patientTimeline.cursor);
    expect(new Set(cursors).size).toBe(4);
    timeline.stop();
  });

  it('a subscriber reconnecting with its cursor receives what it missed exactly once, then new events', async () => {
    const patientId = await register('Reconnected');
    const nurseOnB = await user('live-nurse-2', [Role.NURSE], urls[1]);
    const first = wsClient(urls[1], nurseOnB.cookie);
    const before = subscribeTo<TimelineData>(first, TIMELINE, { patientId });
    await sleep(500);
    await ok(clerkOnA, ADMIT, { input: { patientId, bedId: beds[4].id, reason: 'MEDICAL' } });
    await until('the admission', () => before.results.length === 1);
    const cursor = before.results[0].data!.patientTimeline.cursor;
    // The connection drops; meanwhile two transfers are recorded through A.
    await first.dispose();
    await ok(clerkOnA, TRANSFER, { input: { patientId, bedId: beds[5].id, reason: 'Moved' } });
    await ok(clerkOnA, TRANSFER, { input: { patientId, bedId: beds[6].id, reason: 'Moved' } });

    const after = subscribeTo<TimelineData>(wsClient(urls[1], nurseOnB.cookie), TIMELINE, { patientId, after: cursor });
    await until('the two missed transfers', () => after.results.length >= 2);
    await ok(clerkOnA, TRANSFER, { input: { patientId, bedId: beds[4].id, reason: 'Moved' } });
    await until('the new transfer', () => after.results.length >= 3);
    await sleep(500);
    expect(after.results.map((r) => r.errors ?? r.data!.patientTimeline.event.kind)).toEqual(['TRANSFERRED', 'TRANSFERRED', 'TRANSFERRED']);
    const cursors = [cursor, ...after.results.map((r) => r.data!.patientTimeline.cursor)];
    expect(new Set(cursors).size).toBe(4);
    after.stop();
  });

  it('a role that may not open records receives no patient: no timeline, census rows without the occupant', async () => {
    const patientId = await register('Private');
    const analystOnB = await user('live-analyst', [Role.ANALYST], urls[1]);
    const client = wsClient(urls[1], analystOnB.cookie);
    const timeline = subscribeTo<TimelineData>(client, TIMELINE, { patientId });
    const census = subscribeTo<CensusData>(client, CENSUS);
    await sleep(500);
    const bed = beds.at(-1)!;
    await ok(clerkOnA, ADMIT, { input: { patientId, bedId: bed.id, reason: 'MEDICAL' } });
    await until('the census row', () => census.results.length >= 1);
    await sleep(500);
    // Refused when subscribing; nothing after.
    expect(timeline.results.map((r) => [r.data ?? null, r.errors?.map((e) => e.extensions?.code)])).toEqual([[null, ['FORBIDDEN']]]);
    // The bed is taken; who is in it is not said.
    expect(census.results).toHaveLength(1);
    expect(census.results[0].data!.censusChanged).toMatchObject({ bed: { id: bed.id }, occupant: null });
    expect(census.results[0].data!.censusChanged.since).not.toBeNull();
    expect(census.results[0].errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['censusChanged', 'occupant'], 'FORBIDDEN']]);
    census.stop();
  });

  it('refuses a socket without a session, and closes one whose session is revoked (signed out through the other instance)', async () => {
    const closed: number[] = [];
    const anonymous = subscribeTo<CensusData>(wsClient(urls[1], null, (code) => closed.push(code)), CENSUS);
    await anonymous.ended;
    expect(closed).toEqual([4403]);

    const nurseOnA = await user('live-nurse-3', [Role.NURSE], urls[0]);
    const codes: number[] = [];
    const census = subscribeTo<CensusData>(wsClient(urls[1], nurseOnA.cookie, (code) => codes.push(code)), CENSUS);
    await sleep(500);
    expect(codes).toEqual([]);
    expect((await nurseOnA.gql<{ logout: boolean }>(`mutation { logout }`)).data?.logout).toBe(true);
    await census.ended;
    expect(codes).toEqual([4403]);
    expect(census.results).toEqual([]);
  });

  it('reads the census once per change on an instance, whatever the number of its census subscribers', async () => {
    const sql = cluster.db.orm.em.fork().getConnection();
    await sql.execute('create extension if not exists pg_stat_statements');
    const censusReads = async () =>
      (
        await sql.execute<{ n: number }[]>(
          `select coalesce(sum(calls), 0)::int as n from pg_stat_statements
           where dbid = (select oid from pg_database where datname = current_database()) and query like '%left join bed_stay s on s.bed_id = b.id%'`,
        )
      )[0].n;
    const nurseOnB = await user('live-nurse-5', [Role.NURSE], urls[1]);
    const subscribers = Array.from({ length: 5 }, () => subscribeTo<CensusData>(wsClient(urls[1], nurseOnB.cookie), CENSUS));
    await sleep(800);
    const before = await censusReads();
    const patientId = await register('Shared');
    await ok(clerkOnA, ADMIT, { input: { patientId, bedId: beds.at(-2)!.id, reason: 'MEDICAL' } });
    await until('the row at every subscriber', () => subscribers.every((s) => s.results.length >= 1));
    await sleep(300);
    expect(subscribers.map((s) => s.results.map((r) => r.data?.censusChanged.bed.id))).toEqual(Array(5).fill([beds.at(-2)!.id]));
    // One read on instance B for the five of them (instance A has no census subscriber).
    expect((await censusReads()) - before).toBe(1);
    for (const subscriber of subscribers) subscriber.stop();
  });

  it('writes what a subscriber was shown to the audit trail, like a query', async () => {
    const rows = await cluster.db.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; username: string; outcome: string }[]>(
        `select action, username, outcome from audit_entry where username in ('live-nurse', 'live-analyst') and action in ('read:journey', 'read:census', 'subscribe:patientTimeline') order by id`,
      );
    expect(rows.filter((r) => r.username === 'live-nurse' && r.action === 'read:journey')).toHaveLength(4);
    // One: the analyst's census subscription was stopped before the later admissions, and a
    // stopped subscription reads and audits nothing more (live-pubsub.ts, liveEvents).
    expect(rows.filter((r) => r.username === 'live-analyst' && r.action === 'read:census')).toHaveLength(1);
    // The analyst's refused timeline subscription is kept, as a refused query is.
    expect(rows.filter((r) => r.username === 'live-analyst' && r.action === 'subscribe:patientTimeline').map((r) => r.outcome)).toEqual(['FORBIDDEN']);
  });
});
