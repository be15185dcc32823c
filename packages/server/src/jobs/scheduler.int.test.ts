import { AdmissionReason, Day30Status, DischargeDisposition, FollowUpOutcome, JobRunOutcome, JourneyEventKind, JourneyStage, Role, ScheduledJobName, Specialty } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  dischargeInput,
  operationRecord,
  patientInput,
  recordFullChecklist,
  reloadPatient,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { recordFollowUp } from '../follow-up/follow-up.service.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { registerPatient } from '../patients/patient.service.js';
import { completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { JobRun } from './job-run.entity.js';
import { SCHEDULED_JOBS, type ScheduledJob } from './scheduled-jobs.js';
import { createScheduler, RETRY_AFTER_MS } from './scheduler.js';
import { Theatre } from '../surgery/staff.entity.js';

/** The answer as a client receives it (instants as ISO strings). */
const plain = (data: unknown): unknown => JSON.parse(JSON.stringify(data));

/** 00:05 in Phnom Penh on `day`, as an ISO instant. */
const fiveAfterMidnight = (day: string) => new Date(`${day}T00:05:00+07:00`).toISOString();

describe('the daily loss-to-follow-up job', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  /** Loss to follow-up alone (the other jobs have tests of their own). */
  const lossJob = SCHEDULED_JOBS.filter((job) => job.name === ScheduledJobName.LOST_TO_FOLLOW_UP);
  const scheduler = (jobs: readonly ScheduledJob[] = lossJob) => createScheduler({ orm: db.orm, clock, jobs });

  let theatres = 0;

  /** A patient operated on `day` and discharged two days later: a wound check due 10 days after, a day-30 call after 30. */
  async function operatedAndDischarged(day: string) {
    clock.set(`${day}T01:00:00.000Z`);
    const patient = await registerPatient(ctx(), patientInput());
    // A bed free from now on: other patients of this file lay in beds on later days.
    const [bed] = await vacantBeds(db.orm, 1, 'Adult Surgery', clock());
    await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
    const [incision, closure] = [new Date(`${day}T03:00:00.000Z`), new Date(`${day}T04:00:00.000Z`)];
    // A performed operation keeps its theatre slot: each patient is operated in a theatre of their own.
    const em = fresh();
    const theatre = em.create(Theatre, { name: `Job test theatre ${++theatres}`, sortOrder: 100 + theatres });
    await em.flush();
    const surgery = await scheduleSurgery(
      ctx(),
      { patientId: patient.id, referralId: null, episodeId: null },
      surgeryInput(patient.id, incision, { specialty: Specialty.GENERAL_SURGERY, theatreId: theatre.id }),
    );
    clock.set(`${day}T06:00:00.000Z`);
    await recordFullChecklist(db.orm, clock, surgery.id, incision, closure);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: incision, endedAt: closure });
    clock.set(new Date(Date.parse(`${day}T03:00:00.000Z`) + 2 * 86_400_000).toISOString());
    await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { disposition: DischargeDisposition.HOME }));
    const followUps = await fresh().find(FollowUp, { patient: patient.id }, { orderBy: { dueDate: 'asc' } });
    return { patient, followUps };
  }

  const runs = () => fresh().find(JobRun, {}, { orderBy: { startedAt: 'asc', id: 'asc' } });
  const lostEvents = async (patientId: string) =>
    fresh().getConnection().execute<{ occurred_at: Date; actor: string | null }[]>(
      `select occurred_at, actor from journey_event where patient_id = ? and kind = ? order by occurred_at`,
      [patientId, JourneyEventKind.LOST_TO_FOLLOW_UP],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('marks the patients the rule names at 00:05 Phnom Penh, without anyone calling markLostToFollowUp', async () => {
    // Wound checks due 12 March, never recorded: day 60 is 11 May, day 61 is 12 May.
    const lapsed = await operatedAndDischarged('2026-03-02');
    // The same, but the later day-30 call (1 April) reached the family: nothing lapsed since.
    const called = await operatedAndDischarged('2026-03-02');
    clock.set('2026-04-01T03:00:00.000Z');
    await recordFollowUp(ctx(), called.followUps[1].id, { followUpId: called.followUps[1].id, outcome: FollowUpOutcome.ATTENDED, day30Status: Day30Status.ALIVE });

    const jobs = scheduler();
    clock.set('2026-05-11T17:04:00.000Z'); // 00:04 on 12 May in Phnom Penh: the run for 11 May
    const [first] = await jobs.tick();
    expect(first).toMatchObject({ job: ScheduledJobName.LOST_TO_FOLLOW_UP, outcome: 'RAN' });
    expect(first.scheduledFor.toISOString()).toBe(fiveAfterMidnight('2026-05-11'));
    expect(first.run).toMatchObject({ asOf: '2026-05-11', coversFrom: '2026-05-11', changedCount: 0, patientIds: [], outcome: JobRunOutcome.SUCCEEDED });
    expect((await reloadPatient(db.orm, lapsed.patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    // Ticking again the same day does nothing.
    clock.set('2026-05-11T17:04:30.000Z');
    expect((await jobs.tick()).map((r) => r.outcome)).toEqual(['DONE']);

    clock.set('2026-05-11T17:05:00.000Z'); // 00:05 on 12 May
    const [second] = await jobs.tick();
    expect(second.outcome).toBe('RAN');
    expect(second.run).toMatchObject({ asOf: '2026-05-12', coversFrom: '2026-05-12', changedCount: 1, patientIds: [lapsed.patient.id] });
    expect((await reloadPatient(db.orm, lapsed.patient.id)).stage).toBe(JourneyStage.LOST_TO_FOLLOW_UP);
    expect((await reloadPatient(db.orm, called.patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    const events = await lostEvents(lapsed.patient.id);
    expect(events.map((e) => [new Date(e.occurred_at).toISOString(), e.actor])).toEqual([['2026-05-11T17:00:00.000Z', 'Scheduled job']]);
    const stored = await runs();
    expect(stored.map((r) => [r.scheduledFor.toISOString(), r.outcome, r.changedCount])).toEqual([
      [fiveAfterMidnight('2026-05-11'), JobRunOutcome.SUCCEEDED, 0],
      [fiveAfterMidnight('2026-05-12'), JobRunOutcome.SUCCEEDED, 1],
    ]);
  });

  it('runs once when many server instances tick at the same moment: one job_run row, one timeline event per patient', async () => {
    const lapsed = await operatedAndDischarged('2026-05-01'); // wound check due 11 May: lost from 11 July
    clock.set('2026-07-10T17:06:00.000Z'); // 00:06 on 11 July
    const instances = Array.from({ length: 20 }, () => scheduler());
    const results = (await Promise.all(instances.map((s) => s.tick()))).flat();
    expect(results.filter((r) => r.outcome === 'RAN')).toHaveLength(1);
    expect(results.filter((r) => !['RAN', 'DONE', 'BUSY'].includes(r.outcome)).map((r) => [r.outcome, r.run?.error])).toEqual([]);
    const forTheDay = (await runs()).filter((r) => r.scheduledFor.toISOString() === fiveAfterMidnight('2026-07-11'));
    expect(forTheDay).toHaveLength(1);
    expect(forTheDay[0].patientIds).toContain(lapsed.patient.id);
    expect(await lostEvents(lapsed.patient.id)).toHaveLength(1);
    // The instances that stepped aside see the run as done at their next tick.
    for (const instance of instances) expect((await instance.tick())[0].outcome).toBe('DONE');
    expect((await runs()).filter((r) => r.scheduledFor.toISOString() === fiveAfterMidnight('2026-07-11'))).toHaveLength(1);
  });

  it('the database refuses a second successful run for the same scheduled instant, written without the scheduler', async () => {
    const insert = (outcome: string, error: string | null) =>
      fresh().getConnection().execute(
        `insert into job_run (id, job, scheduled_for, as_of, covers_from, started_at, finished_at, outcome, error)
         values (gen_random_uuid(), 'LOST_TO_FOLLOW_UP', ?, '2026-07-11', '2026-07-11', now(), now(), ?, ?)`,
        [fiveAfterMidnight('2026-07-11'), outcome, error],
      );
    await expect(insert('SUCCEEDED', null)).rejects.toMatchObject({ code: '23505', constraint: 'job_run_once' });
    // A failed attempt for the same instant may be recorded (it is retried later).
    await insert('FAILED', 'connection lost');
    await fresh().getConnection().execute(`delete from job_run where outcome = 'FAILED'`);
  });

  it('catches up after downtime with one run as of today that stands for the missed days', async () => {
    // Lost from 20 July and from 23 July: both while the server was down.
    const early = await operatedAndDischarged('2026-05-10');
    const late = await operatedAndDischarged('2026-05-13');
    const jobs = scheduler();
    clock.set('2026-07-12T02:00:00.000Z');
    expect((await jobs.tick())[0].outcome).toBe('RAN'); // the run for 12 July
    const before = (await runs()).length;

    clock.set('2026-07-25T09:30:00.000Z'); // back thirteen days later
    const restarted = scheduler();
    const [caughtUp] = await restarted.tick();
    expect(caughtUp.outcome).toBe('RAN');
    expect(caughtUp.scheduledFor.toISOString()).toBe(fiveAfterMidnight('2026-07-25'));
    expect(caughtUp.run).toMatchObject({ coversFrom: '2026-07-13', asOf: '2026-07-25' });
    expect([...caughtUp.run!.patientIds].sort()).toEqual([early.patient.id, late.patient.id].sort());
    expect(await runs()).toHaveLength(before + 1);
    // Each patient's loss is dated to the day they became lost, not to the day of the catch-up.
    expect((await lostEvents(early.patient.id)).map((e) => new Date(e.occurred_at).toISOString())).toEqual([new Date('2026-07-20T00:00:00+07:00').toISOString()]);
    expect((await lostEvents(late.patient.id)).map((e) => new Date(e.occurred_at).toISOString())).toEqual([new Date('2026-07-23T00:00:00+07:00').toISOString()]);
    expect((await restarted.tick())[0].outcome).toBe('DONE');
  });

  it('catches up on start and stops cleanly; a failed run changes nothing, is recorded, and is tried again 15 minutes later', async () => {
    clock.set('2026-07-26T01:00:00.000Z');
    const started = scheduler();
    started.start();
    await started.stop();
    expect((await runs()).at(-1)).toMatchObject({ asOf: '2026-07-26', outcome: JobRunOutcome.SUCCEEDED });

    const lapsed = await operatedAndDischarged('2026-06-01'); // lost from 12 August
    let failures = 1;
    const flaky: ScheduledJob = {
      ...SCHEDULED_JOBS[0],
      async run(em, asOf, now, actor, coversFrom) {
        const changes = await SCHEDULED_JOBS[0].run(em, asOf, now, actor, coversFrom);
        if (failures-- > 0) throw new Error('the connection was lost');
        return changes;
      },
    };
    const jobs = scheduler([flaky]);
    clock.set('2026-08-12T00:00:00.000Z');
    const [failed] = await jobs.tick();
    expect(failed.outcome).toBe('FAILED');
    expect((await runs()).at(-1)).toMatchObject({ outcome: JobRunOutcome.FAILED, error: 'the connection was lost', asOf: '2026-08-12', changedCount: 0 });
    expect((await reloadPatient(db.orm, lapsed.patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    expect(await lostEvents(lapsed.patient.id)).toEqual([]);

    const query = `{ scheduledJobs { name dailyAt nextRunAt lastRun { outcome error } } }`;
    const ask = async () => {
      const result = await graphql({ schema, source: query, contextValue: createContext(db.orm.em, clock, { user: testUser([Role.ADMINISTRATOR]) }) });
      expect(result.errors).toBeUndefined();
      return (plain(result.data) as { scheduledJobs: { nextRunAt: string; lastRun: { outcome: string } }[] }).scheduledJobs[0];
    };
    expect(await ask()).toMatchObject({ nextRunAt: new Date(Date.parse('2026-08-12T00:00:00.000Z') + RETRY_AFTER_MS).toISOString(), lastRun: { outcome: 'FAILED' } });

    clock.set(new Date(Date.parse('2026-08-12T00:00:00.000Z') + RETRY_AFTER_MS - 1000).toISOString());
    expect((await jobs.tick())[0].outcome).toBe('WAITING');
    clock.set(new Date(Date.parse('2026-08-12T00:00:00.000Z') + RETRY_AFTER_MS).toISOString());
    const [retried] = await jobs.tick();
    expect(retried.outcome).toBe('RAN');
    expect(retried.run?.patientIds).toEqual([lapsed.patient.id]);
    expect(await lostEvents(lapsed.patient.id)).toHaveLength(1);
  });

  it('shows administrators the last run, what it changed and the next run (00:05 Phnom Penh the next day)', async () => {
    const lapsed = await operatedAndDischarged('2026-07-01'); // lost from 11 September
    clock.set('2026-09-11T05:00:00.000Z'); // noon in Phnom Penh
    await scheduler().tick();
    const query = `{ scheduledJobs { name description dailyAt nextRunAt
      lastRun { scheduledFor asOf coversFrom startedAt finishedAt outcome changedCount error instance patients { id mrn } }
      lastSuccessfulRun { asOf } runs(first: 2) { asOf } } }`;
    const result = await graphql({ schema, source: query, contextValue: createContext(db.orm.em, clock, { user: testUser([Role.ADMINISTRATOR]) }) });
    expect(result.errors).toBeUndefined();
    const [job] = (plain(result.data) as { scheduledJobs: Record<string, unknown>[] }).scheduledJobs;
    expect(job).toMatchObject({
      name: 'LOST_TO_FOLLOW_UP',
      dailyAt: '00:05',
      nextRunAt: new Date('2026-09-12T00:05:00+07:00').toISOString(),
      lastRun: {
        scheduledFor: new Date('2026-09-11T00:05:00+07:00').toISOString(),
        asOf: '2026-09-11',
        outcome: 'SUCCEEDED',
        changedCount: 1,
        error: null,
        patients: [{ id: toGlobalId('Patient', lapsed.patient.id) }],
      },
      lastSuccessfulRun: { asOf: '2026-09-11' },
      runs: [{ asOf: '2026-09-11' }, { asOf: '2026-08-12' }],
    });

    const nurse = await graphql({ schema, source: '{ scheduledJobs { name } }', contextValue: createContext(db.orm.em, clock, { user: testUser([Role.NURSE]) }) });
    expect(nurse.errors?.[0]?.extensions?.code ?? (nurse.errors?.[0]?.originalError as { code?: string } | undefined)?.code).toBe('FORBIDDEN');
  });
});
