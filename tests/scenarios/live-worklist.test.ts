import { addDays, hospitalDate, Role, ScheduledJobName } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEDULED_JOBS } from '../../packages/server/src/jobs/scheduled-jobs.js';
import { createScheduler } from '../../packages/server/src/jobs/scheduler.js';
import { fromGlobalId } from '../../packages/server/src/graphql/relay.js';
import { ok, type GraphQLClient } from '../support/http-app.js';
import { sleep, startLiveCluster, subscribeTo, until, type LiveCluster, type Received } from '../support/live-cluster.js';

/**
 * The referral worklist live across server instances: a referral received, moved and assigned
 * through instance A reaches a subscriber of instance B; so does a change written by hand in SQL
 * (announced by the table's trigger) and a referral becoming overdue (announced by the daily job,
 * which runs once whichever instance runs it). A role that may not open records is served the
 * rows without the patient (FORBIDDEN on that field); a credential without the worklist's
 * permission is refused and sent nothing.
 */

// Below the ephemeral range, in this test's own band (33500–33999): see product-lifecycle.test.ts.
const basePort = 33_500 + Math.floor(Math.random() * 250) * 2;

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const RECEIVE = `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id version } }`;
const TRANSITION = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { id version } }`;
const ASSIGN = `mutation ($input: AssignReferralInput!) { assignReferral(input: $input) { id version } }`;
const CHANGED = `subscription ($filter: ReferralFilter) {
  referralChanged(filter: $filter) { id status priority dueDate urgencyBand assignee { username } patient { familyName } }
}`;

interface Changed {
  referralChanged: {
    id: string;
    status: string;
    priority: string;
    dueDate: string | null;
    urgencyBand: string | null;
    assignee: { username: string } | null;
    patient: { familyName: string } | null;
  };
}

describe('the referral worklist live across two server instances', () => {
  let cluster: LiveCluster;
  let urls: string[];
  let clerkOnA: GraphQLClient;
  let managerOnB: GraphQLClient;
  let managerId: string;

  const register = async (familyName: string): Promise<string> =>
    (
      await ok<{ registerPatient: { id: string } }>(clerkOnA, REGISTER, {
        input: { familyName, givenName: 'Sophea', sex: 'FEMALE', birthDate: '1975-03-03', phones: [], provinceCode: 12, confirmNotDuplicate: true },
      })
    ).registerPatient.id;

  const receive = async (familyName: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> =>
    (
      await ok<{ receiveReferral: { id: string; version: number } }>(clerkOnA, RECEIVE, {
        input: { patientId: await register(familyName), sourceType: 'HEALTH_CENTRE', specialty: 'GENERAL_SURGERY', reason: 'Inguinal hernia', ...extra },
      })
    ).receiveReferral;

  /** The deliveries of `received` for referral `id`, as data (or the errors' codes). */
  const deliveriesOf = (received: Received<Changed>, id: string) =>
    received.results.filter((r) => r.data?.referralChanged?.id === id);

  beforeAll(async () => {
    cluster = await startLiveCluster(basePort);
    urls = cluster.urls;
    clerkOnA = await cluster.user('worklist-clerk', [Role.CLINICIAN], urls[0]);
    managerOnB = await cluster.user('worklist-manager', [Role.CASE_MANAGER], urls[1]);
    const { caseManagers } = await ok<{ caseManagers: { id: string; username: string }[] }>(managerOnB, `{ caseManagers { id username } }`);
    managerId = caseManagers.find((u) => u.username === 'worklist-manager')!.id;
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('a referral received, triaged, waitlisted, assigned and unassigned through A reaches a subscriber of B each time, as it is now', async () => {
    const live = subscribeTo<Changed>(cluster.wsClient(urls[1], managerOnB.cookie), CHANGED);
    await sleep(500); // subscribed
    let referral = await receive('Received');
    await until('the new referral', () => deliveriesOf(live, referral.id).length >= 1);
    expect(deliveriesOf(live, referral.id)[0].data!.referralChanged).toMatchObject({ status: 'RECEIVED', assignee: null, patient: { familyName: 'Received' } });

    const moved = async (query: string, input: Record<string, unknown>, count: number) => {
      referral = Object.values(await ok<Record<string, { id: string; version: number }>>(clerkOnA, query, { input: { referralId: referral.id, expectedVersion: referral.version, ...input } }))[0];
      await until(`delivery ${count}`, () => deliveriesOf(live, referral.id).length >= count);
      return deliveriesOf(live, referral.id)[count - 1].data!.referralChanged;
    };
    expect(await moved(TRANSITION, { to: 'TRIAGED', urgencyBand: 'DAYS_90' }, 2)).toMatchObject({ status: 'TRIAGED', urgencyBand: 'DAYS_90' });
    expect((await moved(TRANSITION, { to: 'ACCEPTED' }, 3)).status).toBe('ACCEPTED');
    expect((await moved(TRANSITION, { to: 'WAITLISTED' }, 4)).status).toBe('WAITLISTED');
    expect((await moved(ASSIGN, { assigneeId: managerId }, 5)).assignee).toEqual({ username: 'worklist-manager' });
    expect((await moved(ASSIGN, { assigneeId: null }, 6)).assignee).toBeNull();
    await sleep(300);
    // One delivery per change, each once, none with an error.
    expect(deliveriesOf(live, referral.id)).toHaveLength(6);
    expect(live.results.filter((r) => r.errors)).toEqual([]);
    live.stop();
  });

  it('with a filter, only referrals that match it after the change', async () => {
    const urgent = subscribeTo<Changed>(cluster.wsClient(urls[1], managerOnB.cookie), CHANGED, { filter: { priorities: ['URGENT'] } });
    await sleep(500);
    const routine = await receive('Routine', { priority: 'ROUTINE' });
    const urgentOne = await receive('Urgent', { priority: 'URGENT' });
    await until('the urgent referral', () => deliveriesOf(urgent, urgentOne.id).length >= 1);
    await sleep(500);
    expect(urgent.results.map((r) => r.data?.referralChanged.id)).toEqual([urgentOne.id]);
    expect(deliveriesOf(urgent, routine.id)).toEqual([]);
    urgent.stop();
  });

  it('a role that may not open records receives the rows without the patient (FORBIDDEN on that field)', async () => {
    const analystOnB = await cluster.user('worklist-analyst', [Role.ANALYST], urls[1]);
    const live = subscribeTo<Changed>(cluster.wsClient(urls[1], analystOnB.cookie), CHANGED);
    await sleep(500);
    const referral = await receive('Hidden');
    await until('the new referral', () => deliveriesOf(live, referral.id).length >= 1);
    const [delivered] = deliveriesOf(live, referral.id);
    expect(delivered.data!.referralChanged).toMatchObject({ id: referral.id, status: 'RECEIVED', patient: null });
    expect(delivered.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['referralChanged', 'patient'], 'FORBIDDEN']]);
    expect(JSON.stringify(live.results)).not.toContain('Hidden');
    live.stop();
  });

  it('a credential without the worklist\'s permission is refused, and sent nothing', async () => {
    const client = await cluster.powerlessTokenClient('worklist-former-analyst', urls[1]);
    try {
      const live = subscribeTo<Changed>(client, CHANGED);
      await sleep(500);
      await receive('NotForThem');
      await until('the refusal', () => live.results.length >= 1);
      await sleep(1_000);
      expect(live.results.map((r) => [r.data ?? null, r.errors?.map((e) => e.extensions?.code)])).toEqual([[null, ['FORBIDDEN']]]);
    } finally {
      await client.dispose();
    }
  });

  it('announces a change written by hand in SQL, and none that changes no column of the row', async () => {
    const referral = await receive('ByHand');
    const live = subscribeTo<Changed>(cluster.wsClient(urls[1], managerOnB.cookie), CHANGED);
    await sleep(500);
    const sql = cluster.db.orm.em.fork().getConnection();
    const key = fromGlobalId(referral.id)!.key;
    await sql.execute(`update referral set reason = 'Not in the row' where id = ?`, [key]);
    await sql.execute(`update referral set priority = 'STAT' where id = ?`, [key]);
    await until('the hand-written change', () => deliveriesOf(live, referral.id).length >= 1);
    // A rolled-back change is never announced.
    await sql.execute(`begin; update referral set priority = 'ASAP' where id = '${key}'; rollback;`).catch(() => undefined);
    await sleep(700);
    expect(deliveriesOf(live, referral.id).map((r) => r.data!.referralChanged.priority)).toEqual(['STAT']);
    live.stop();
  });

  it('announces a referral becoming overdue, once, from the daily job whichever instance runs it', async () => {
    // Due today (Phnom Penh): overdue from the start of tomorrow.
    const today = hospitalDate(new Date());
    const due = await receive('DueToday');
    const notYet = await receive('DueTomorrow');
    // Subscribed first, the two due dates set by hand are delivered before the job runs: only
    // what comes after is the job's (on a busy machine an announcement can reach the other
    // instance after a subscription made half a second later).
    const live = subscribeTo<Changed>(cluster.wsClient(urls[1], managerOnB.cookie), CHANGED);
    await sleep(500);
    const sql = cluster.db.orm.em.fork().getConnection();
    await sql.execute(`update referral set due_date = ? where id = ?`, [today, fromGlobalId(due.id)!.key]);
    await sql.execute(`update referral set due_date = ? where id = ?`, [addDays(today, 1), fromGlobalId(notYet.id)!.key]);
    await until('the due dates set by hand', () => deliveriesOf(live, due.id).length >= 1 && deliveriesOf(live, notYet.id).length >= 1);
    const before = live.results.length;
    // Two instances tick at 00:00:30 tomorrow: one runs the job, the other finds it running or done.
    const tomorrow = new Date(`${addDays(today, 1)}T00:00:30+07:00`);
    const jobs = SCHEDULED_JOBS.filter((job) => job.name === ScheduledJobName.REFERRALS_OVERDUE);
    const ticks = (
      await Promise.all([0, 1].map((i) => createScheduler({ orm: cluster.db.orm, clock: () => tomorrow, jobs, instance: `test-${i}` }).tick()))
    ).flat();
    expect(ticks.filter((t) => t.outcome === 'RAN')).toHaveLength(1);
    const run = ticks.find((t) => t.outcome === 'RAN')!.run!;
    expect(run).toMatchObject({ asOf: addDays(today, 1), coversFrom: addDays(today, 1), changedCount: 1 });

    await until('the overdue announcement', () => live.results.length > before);
    await sleep(700);
    const afterTheJob = live.results.slice(before);
    expect(afterTheJob.map((r) => r.data?.referralChanged.id)).toEqual([due.id]);
    expect(afterTheJob[0].data!.referralChanged).toMatchObject({ dueDate: today, status: 'RECEIVED' });
    live.stop();
  });

  it('writes what a subscriber was shown to the audit trail, like the worklist query', async () => {
    const rows = await cluster.db.orm.em
      .fork()
      .getConnection()
      .execute<{ username: string; outcome: string }[]>(
        `select username, outcome from audit_entry where action = 'read:referrals' and username in ('worklist-manager', 'worklist-analyst')`,
      );
    // Six deliveries of the first referral, one filtered, one by hand, two due dates set by hand,
    // one overdue (and the manager's queries, none here).
    expect(rows.filter((r) => r.username === 'worklist-manager')).toHaveLength(11);
    expect(rows.filter((r) => r.username === 'worklist-analyst')).toHaveLength(1);
  });
});
