import { addDays, hospitalDate, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { ok, type GraphQLClient } from '../support/http-app.js';
import { sleep, startLiveCluster, subscribeTo, until, type LiveCluster } from '../support/live-cluster.js';

/**
 * The live oncology alerts and follow-up list across server instances: two server processes on
 * one database. A change through instance A that raises or clears an alert reaches a subscriber
 * of instance B, as do follow-ups booked and recorded through A; a role that may not open
 * records is refused the alerts; a write made directly in SQL is announced too (the triggers).
 */

// Below the ephemeral range, in this test's own band (34000–34499): see product-lifecycle.test.ts.
const basePort = 34_000 + Math.floor(Math.random() * 250) * 2;

const WILMS = toGlobalId('Protocol', '0c010000-0000-4000-8000-000000000001');

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const DIAGNOSE = `mutation ($input: RecordOncologyDiagnosisInput!) { recordOncologyDiagnosis(input: $input) { id } }`;
const START = `mutation ($input: StartTreatmentPlanInput!) { startTreatmentPlan(input: $input) { id } }`;
const REFUSE = `mutation ($input: RecordTreatmentRefusalInput!) { recordTreatmentRefusal(input: $input) { id status } }`;
const SCHEDULE = `mutation ($input: ScheduleFollowUpInput!) { scheduleFollowUp(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id status } }`;
const ALERTS = `subscription { oncologyAlertsChanged { level daysMissed treatmentPlan { id } patient { id familyName } } }`;
const FOLLOW_UPS = `subscription ($date: LocalDate) { followUpChanged(date: $date) { id status dueDate kind patient { id familyName } } }`;

interface AlertsData {
  oncologyAlertsChanged: { level: string; daysMissed: number; treatmentPlan: { id: string }; patient: { id: string; familyName: string } }[];
}
interface FollowUpData {
  followUpChanged: { id: string; status: string; dueDate: string; kind: string; patient: { id: string; familyName: string } | null };
}

describe('live oncology alerts and follow-ups across two server instances', () => {
  let cluster: LiveCluster;
  let urls: string[];
  let clerkOnA: GraphQLClient;
  const today = hospitalDate(new Date());

  const register = async (familyName: string, birthDate = '2019-04-04'): Promise<string> =>
    (
      await ok<{ registerPatient: { id: string } }>(clerkOnA, REGISTER, {
        input: {
          familyName,
          givenName: 'Pisey',
          sex: 'FEMALE',
          birthDate,
          phones: [],
          provinceCode: 12,
          confirmNotDuplicate: true,
          guardian: { name: 'Chan Sophea', relation: 'MOTHER', phones: ['097 765 4321'] },
        },
      })
    ).registerPatient.id;

  /** A child with a Wilms tumour on a plan started `daysAgo` days ago: its first dose is as late. */
  const onPlanStarted = async (familyName: string, daysAgo: number): Promise<{ patientId: string; planId: string }> => {
    const patientId = await register(familyName);
    await ok(clerkOnA, DIAGNOSE, {
      input: { patientId, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: addDays(today, -daysAgo - 7), stageScheme: 'SIOP_WILMS', stage: 'II' },
    });
    const { startTreatmentPlan } = await ok<{ startTreatmentPlan: { id: string } }>(clerkOnA, START, {
      input: { patientId, protocolId: WILMS, startDate: addDays(today, -daysAgo), heightCm: 110, weightKg: 18 },
    });
    return { patientId, planId: startTreatmentPlan.id };
  };

  const alertPlans = (result: { data?: AlertsData | null }) => (result.data?.oncologyAlertsChanged ?? []).map((a) => a.treatmentPlan.id);

  beforeAll(async () => {
    cluster = await startLiveCluster(basePort);
    urls = cluster.urls;
    clerkOnA = await cluster.user('alerts-clerk', [Role.CLINICIAN, Role.ONCOLOGY], urls[0]);
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('an alert raised and then cleared through instance A reaches a subscriber of instance B', async () => {
    const nurseOnB = await cluster.user('alerts-nurse', [Role.NURSE], urls[1]);
    const alerts = subscribeTo<AlertsData>(cluster.wsClient(urls[1], nurseOnB.cookie), ALERTS);
    await sleep(500); // subscribed: nothing is sent until the list changes
    expect(alerts.results).toEqual([]);

    // A plan started 30 days ago whose first dose was never given: ABANDONMENT at once.
    const { patientId, planId } = await onPlanStarted('Alertraised', 30);
    await until('the raised alert', () => alerts.results.some((r) => alertPlans(r).includes(planId)));
    const raised = alerts.results.at(-1)!;
    expect(raised.errors).toBeUndefined();
    expect(raised.data!.oncologyAlertsChanged.find((a) => a.treatmentPlan.id === planId)).toEqual({
      level: 'ABANDONMENT',
      daysMissed: 30,
      treatmentPlan: { id: planId },
      patient: { id: patientId, familyName: 'Alertraised' },
    });
    const count = alerts.results.length;

    // The family refuses treatment: refused plans never alert.
    await ok(clerkOnA, REFUSE, { input: { treatmentPlanId: planId, refusedBy: 'PARENTS', reason: 'Moving to another province' } });
    await until('the cleared alert', () => alerts.results.length > count);
    await sleep(300);
    expect(alerts.results.slice(count).map(alertPlans)).toEqual([[]]);
    alerts.stop();
  });

  it('follow-ups booked and recorded through instance A reach a subscriber of instance B; another day\'s subscriber hears nothing', async () => {
    const patientId = await register('Followlive', '1985-02-02');
    const nurseOnB = await cluster.user('follow-nurse', [Role.NURSE], urls[1]);
    const client = cluster.wsClient(urls[1], nurseOnB.cookie);
    const todays = subscribeTo<FollowUpData>(client, FOLLOW_UPS, { date: today });
    const any = subscribeTo<FollowUpData>(client, FOLLOW_UPS, {});
    const otherDay = subscribeTo<FollowUpData>(client, FOLLOW_UPS, { date: addDays(today, 3) });
    await sleep(500);

    const { scheduleFollowUp } = await ok<{ scheduleFollowUp: { id: string } }>(clerkOnA, SCHEDULE, { input: { patientId, kind: 'CLINIC', dueDate: today } });
    await until('the booking', () => todays.results.length >= 1 && any.results.length >= 1);
    await ok(clerkOnA, RECORD, { input: { followUpId: scheduleFollowUp.id, outcome: 'ATTENDED' } });
    await until('the outcome', () => todays.results.length >= 2 && any.results.length >= 2);
    await sleep(500);

    const seen = (r: { data?: FollowUpData | null; errors?: unknown }) => r.errors ?? [r.data!.followUpChanged.id, r.data!.followUpChanged.status];
    expect(todays.results.map(seen)).toEqual([
      [scheduleFollowUp.id, 'SCHEDULED'],
      [scheduleFollowUp.id, 'ATTENDED'],
    ]);
    expect(any.results.map(seen)).toEqual(todays.results.map(seen));
    expect(todays.results[1].data!.followUpChanged).toMatchObject({ dueDate: today, kind: 'CLINIC', patient: { id: patientId, familyName: 'Followlive' } });
    expect(otherDay.results).toEqual([]);
    for (const s of [todays, any, otherDay]) s.stop();
  });

  it('a role that may not open records is refused the alerts and sent nothing; its follow-ups come without the patient', async () => {
    const analystOnB = await cluster.user('alerts-analyst', [Role.ANALYST], urls[1]);
    const client = cluster.wsClient(urls[1], analystOnB.cookie);
    const alerts = subscribeTo<AlertsData>(client, ALERTS);
    const followUps = subscribeTo<FollowUpData>(client, FOLLOW_UPS, { date: today });
    await sleep(500);
    const { planId } = await onPlanStarted('Alertprivate', 25);
    const patientId = await register('Followprivate', '1985-03-03');
    await ok(clerkOnA, SCHEDULE, { input: { patientId, kind: 'CLINIC', dueDate: today } });
    await until('the follow-up', () => followUps.results.length >= 1);
    await sleep(700);

    expect(alerts.results.map((r) => [r.data ?? null, r.errors?.map((e) => e.extensions?.code)])).toEqual([[null, ['FORBIDDEN']]]);
    expect(planId).toBeTruthy();
    expect(followUps.results).toHaveLength(1);
    expect(followUps.results[0].data!.followUpChanged).toMatchObject({ status: 'SCHEDULED', patient: null });
    expect(followUps.results[0].errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['followUpChanged', 'patient'], 'FORBIDDEN']]);
    followUps.stop();
  });

  it('announces writes made directly in SQL: a follow-up moved to another day, a plan stopped', async () => {
    const nurseOnB = await cluster.user('sql-nurse', [Role.NURSE], urls[1]);
    const client = cluster.wsClient(urls[1], nurseOnB.cookie);
    const patientId = await register('Followsql', '1985-04-04');
    const { scheduleFollowUp } = await ok<{ scheduleFollowUp: { id: string } }>(clerkOnA, SCHEDULE, { input: { patientId, kind: 'CLINIC', dueDate: today } });
    const { planId } = await onPlanStarted('Alertsql', 40);
    const alerts = subscribeTo<AlertsData>(client, ALERTS);
    const todays = subscribeTo<FollowUpData>(client, FOLLOW_UPS, { date: today });
    await sleep(500);

    const sql = cluster.db.orm.em.fork().getConnection();
    const tomorrow = addDays(today, 1);
    await sql.execute(`update follow_up set due_date = ?, version = version + 1 where id = ?`, [tomorrow, fromGlobalId(scheduleFollowUp.id)!.key]);
    await sql.execute(`update treatment_plan set status = 'STOPPED', ended_on = current_date where id = ?`, [fromGlobalId(planId)!.key]);
    await until('the moved follow-up', () => todays.results.length >= 1);
    await until('the stopped plan\'s alert cleared', () => alerts.results.length >= 1);
    await sleep(300);
    // A subscriber of today's list learns the follow-up left it.
    expect(todays.results.map((r) => r.data?.followUpChanged.dueDate)).toEqual([tomorrow]);
    expect(alerts.results.at(-1)!.errors).toBeUndefined();
    expect(alertPlans(alerts.results.at(-1)!)).not.toContain(planId);
    alerts.stop();
    todays.stop();
  });

  it('after the servers\' LISTEN connections are cut, subscribers of a day\'s follow-ups and of every follow-up are sent what changed meanwhile', async () => {
    const nurseOnB = await cluster.user('resync-nurse', [Role.NURSE], urls[1]);
    const patientId = await register('Followresync', '1985-05-05');
    const day = addDays(today, 2);
    const { scheduleFollowUp } = await ok<{ scheduleFollowUp: { id: string } }>(clerkOnA, SCHEDULE, { input: { patientId, kind: 'CLINIC', dueDate: day } });
    const client = cluster.wsClient(urls[1], nurseOnB.cookie);
    const ofDay = subscribeTo<FollowUpData>(client, FOLLOW_UPS, { date: day });
    const every = subscribeTo<FollowUpData>(client, FOLLOW_UPS, {});
    await sleep(500);

    // In one transaction: every LISTEN connection is ended, then the follow-up is cancelled by
    // hand; its announcement, sent at commit, reaches no one (they reconnect after 250 ms).
    await cluster.db.orm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen pj_live'`);
      await em.execute(`update follow_up set status = 'CANCELLED', cancel_reason = 'Fixed by hand', cancelled_at = now(), version = version + 1 where id = ?`, [
        fromGlobalId(scheduleFollowUp.id)!.key,
      ]);
    });
    await until('the follow-up read again after the LISTEN connection came back', () => ofDay.results.length >= 1 && every.results.length >= 1);
    await sleep(300);
    const seen = (r: { data?: FollowUpData | null; errors?: unknown }) => r.errors ?? [r.data!.followUpChanged.id, r.data!.followUpChanged.status];
    expect(ofDay.results.map(seen)).toEqual([[scheduleFollowUp.id, 'CANCELLED']]);
    // Without a day, every follow-up written since it subscribed: the one cancelled among them.
    expect(every.results.map(seen)).toContainEqual([scheduleFollowUp.id, 'CANCELLED']);
    ofDay.stop();
    every.stop();
  });

  it('writes what a subscriber was shown to the audit trail, like the lists\' queries', async () => {
    const rows = await cluster.db.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; username: string; outcome: string }[]>(
        `select action, username, outcome from audit_entry where username in ('alerts-nurse', 'follow-nurse', 'alerts-analyst')
           and action in ('read:oncologyAlerts', 'read:followUps') order by id`,
      );
    expect(rows.filter((r) => r.username === 'alerts-nurse' && r.action === 'read:oncologyAlerts').length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.username === 'follow-nurse' && r.action === 'read:followUps')).toHaveLength(4);
    // Refused when subscribing (before any event): shown nothing, so no read is written.
    expect(rows.filter((r) => r.username === 'alerts-analyst' && r.action === 'read:oncologyAlerts')).toEqual([]);
    expect(rows.filter((r) => r.username === 'alerts-analyst' && r.action === 'read:followUps').map((r) => r.outcome)).toEqual(['OK']);
  });
});

