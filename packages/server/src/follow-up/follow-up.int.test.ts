import {
  AdmissionReason,
  Day30Status,
  DischargeDisposition,
  ErrorCode,
  FollowUpKind,
  FollowUpOutcome,
  FollowUpStatus,
  JourneyEventKind,
  JourneyStage,
  Specialty,
} from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  childGuardian,
  dischargeInput,
  expectDomainError,
  expectFailsAndChangesNothing,
  operationRecord,
  patientInput,
  recordFullChecklist,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  surgeryInput,
  diagnoseWilms,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { readJourney } from '../journey/journey.service.js';
import { startTreatmentPlan } from '../oncology/treatment-plan.service.js';
import { registerPatient } from '../patients/patient.service.js';
import { completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { createScheduler } from '../jobs/scheduler.js';
import { Theatre } from '../surgery/staff.entity.js';
import { FollowUp } from './follow-up.entity.js';
import type { RecordFollowUpInput } from './follow-up.input.js';
import { cancelFollowUp, markLostToFollowUp, moveFollowUp, recordFollowUp, scheduleFollowUp } from './follow-up.service.js';

const WILMS = '0c010000-0000-4000-8000-000000000001';

describe('follow-up', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();

  let theatres = 0;

  /** A patient admitted on 2 March, operated that day, discharged (by default) on 4 March. */
  async function operatedAndDischarged(options: { dischargeOn?: string; disposition?: DischargeDisposition; operate?: boolean } = {}) {
    clock.set('2026-03-02T01:00:00.000Z');
    const patient = await registerPatient(ctx(), patientInput());
    // Every case is admitted on 2 March: a bed nobody has been in since.
    const [bed] = await vacantBeds(db.orm, 1, 'Adult Surgery', clock());
    await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
    let surgery = null;
    if (options.operate !== false) {
      // A performed operation keeps its theatre slot: each patient is operated in a theatre of their own.
      const em = fresh();
      const theatre = em.create(Theatre, { name: `Follow-up theatre ${++theatres}`, sortOrder: 100 + theatres });
      await em.flush();
      surgery = await scheduleSurgery(
        ctx(),
        { patientId: patient.id, referralId: null, episodeId: null },
        surgeryInput(patient.id, new Date('2026-03-02T03:00:00.000Z'), { specialty: Specialty.GENERAL_SURGERY, theatreId: theatre.id }),
      );
      clock.set('2026-03-02T06:00:00.000Z');
      const [incision, closure] = [new Date('2026-03-02T03:00:00.000Z'), new Date('2026-03-02T04:00:00.000Z')];
      await recordFullChecklist(db.orm, clock, surgery.id, incision, closure);
      surgery = await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: incision, endedAt: closure });
    }
    clock.set(`${options.dischargeOn ?? '2026-03-04'}T03:00:00.000Z`);
    const before = await snapshotDatabase(db.orm);
    const discharge = await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { disposition: options.disposition ?? DischargeDisposition.HOME }));
    const added = addedRows(before, await snapshotDatabase(db.orm));
    const followUps = await fresh().find(FollowUp, { patient: patient.id }, { orderBy: { dueDate: 'asc' } });
    return { patient, surgery, discharge, followUps, added };
  }

  const record = (followUp: FollowUp, input: Partial<RecordFollowUpInput> = {}) =>
    recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED, ...input });
  const latestEvent = async (patientId: string) => (await readJourney(fresh(), patientId, { first: 1 })).nodes[0];
  const sweep = async (asOf: string, patientId: string) => (await markLostToFollowUp(ctx(), asOf)).some((p) => p.id === patientId);
  /** The scheduler's run for `asOf` (at 00:06 Phnom Penh that day, earlier runs forgotten); whether it marked the patient. */
  const sweepByJob = async (asOf: string, patientId: string) => {
    const saved = clock();
    await fresh().getConnection().execute('delete from job_run');
    clock.set(new Date(`${asOf}T00:06:00+07:00`).toISOString());
    const [result] = await createScheduler({ orm: db.orm, clock }).tick();
    clock.set(saved.toISOString());
    expect(result.outcome).toBe('RAN');
    return result.run?.patientIds.includes(patientId) ?? false;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('the standard follow-ups a discharge books', () => {
    it('after an operation: a wound check at 10 days and a day-30 call, linked to the discharge and the operation, on the timeline', async () => {
      const { patient, surgery, discharge, followUps, added } = await operatedAndDischarged();
      expect(added).toEqual({ discharge: 1, follow_up: 2, journey_event: 3 });
      expect(followUps.map((f) => [f.kind, f.dueDate, f.status, f.automatic, f.discharge?.id, f.surgery?.id])).toEqual([
        [FollowUpKind.WOUND_CHECK, '2026-03-12', FollowUpStatus.SCHEDULED, true, discharge.id, surgery!.id],
        [FollowUpKind.DAY_30_CALL, '2026-04-01', FollowUpStatus.SCHEDULED, true, discharge.id, surgery!.id],
      ]);
      const events = (await readJourney(fresh(), patient.id, { first: 3 })).nodes;
      expect(events.map((e) => e.kind)).toEqual([JourneyEventKind.FOLLOW_UP_SCHEDULED, JourneyEventKind.FOLLOW_UP_SCHEDULED, JourneyEventKind.DISCHARGED]);
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    });

    it('no wound check when discharged 14 days or more after the operation; nothing without an operation or after a death', async () => {
      const late = await operatedAndDischarged({ dischargeOn: '2026-03-16' });
      expect(late.followUps.map((f) => [f.kind, f.dueDate])).toEqual([[FollowUpKind.DAY_30_CALL, '2026-04-01']]);
      const medical = await operatedAndDischarged({ operate: false });
      expect(medical.followUps).toEqual([]);
      expect(medical.added).toEqual({ discharge: 1, journey_event: 1 });
      const died = await operatedAndDischarged({ disposition: DischargeDisposition.DIED });
      expect(died.followUps).toEqual([]);
      expect((await reloadPatient(db.orm, died.patient.id)).stage).toBe(JourneyStage.DECEASED);
    });
  });

  describe('recordFollowUp', () => {
    it('records a wound check attended, and a day-30 call that found the patient alive', async () => {
      const { patient, followUps: [wound, call] } = await operatedAndDischarged();
      clock.set('2026-03-12T03:00:00.000Z');
      const seen = await record(wound, { notes: 'Healing well' });
      expect(seen).toMatchObject({ status: FollowUpStatus.ATTENDED, outcomeOn: '2026-03-12', day30Status: null, notes: 'Healing well' });
      expect(await latestEvent(patient.id)).toMatchObject({ kind: JourneyEventKind.FOLLOW_UP_RECORDED, summary: 'Wound check attended' });
      clock.set('2026-04-01T03:00:00.000Z');
      await record(call, { day30Status: Day30Status.READMITTED });
      expect(await latestEvent(patient.id)).toMatchObject({ summary: 'Day-30 call done: readmitted' });
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    });

    it('enforces the outcome rules and changes nothing when they are broken', async () => {
      const { patient, followUps: [wound, call] } = await operatedAndDischarged();
      clock.set('2026-03-11T03:00:00.000Z');
      const bad = (reason: string, field: string) => ({ code: ErrorCode.BAD_USER_INPUT, reason, field }) as const;
      await expectFailsAndChangesNothing(db.orm, () => record(wound, { outcome: FollowUpOutcome.MISSED }), bad('BEFORE_DUE', 'outcomeOn'), [patient.id]);
      await expectFailsAndChangesNothing(db.orm, () => record(wound, { outcomeOn: '2026-03-12' }), bad('IN_FUTURE', 'outcomeOn'));
      await expectFailsAndChangesNothing(db.orm, () => record(wound, { outcomeOn: '2026-03-01' }), bad('BEFORE_BOOKING', 'outcomeOn'));
      await expectFailsAndChangesNothing(db.orm, () => record(wound, { day30Status: Day30Status.ALIVE }), bad('NOT_ALLOWED', 'day30Status'));
      await expectFailsAndChangesNothing(db.orm, () => record(call), bad('REQUIRED', 'day30Status'));
      clock.set('2026-04-02T03:00:00.000Z');
      await expectFailsAndChangesNothing(db.orm, () => record(call, { outcome: FollowUpOutcome.MISSED, day30Status: Day30Status.ALIVE }), bad('NOT_ALLOWED', 'day30Status'));
      await expectFailsAndChangesNothing(db.orm, () => record(wound, { expectedVersion: 9 }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      // An early visit counts as attended; a call not answered is MISSED.
      await record(wound, { outcomeOn: '2026-03-11' });
      await record(call, { outcome: FollowUpOutcome.MISSED });
      await expectFailsAndChangesNothing(db.orm, () => record(wound), { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' });
    });

    it('a day-30 call that learns the patient died makes them DECEASED and cancels what is still booked', async () => {
      const { patient, followUps: [wound, call] } = await operatedAndDischarged();
      clock.set('2026-04-01T03:00:00.000Z');
      await record(call, { day30Status: Day30Status.DIED, notes: 'Died at home on 25 March, per the family' });
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.DECEASED);
      expect(await latestEvent(patient.id)).toMatchObject({ kind: JourneyEventKind.FOLLOW_UP_RECORDED, summary: 'Day-30 call done: the patient died' });
      expect((await fresh().findOneOrFail(FollowUp, { id: wound.id })).status).toBe(FollowUpStatus.CANCELLED);
      await expectFailsAndChangesNothing(
        db.orm,
        () => scheduleFollowUp(ctx(), { patientId: patient.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, { patientId: patient.id, kind: FollowUpKind.CLINIC, dueDate: '2026-04-10' }),
        { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' },
        [patient.id],
      );
      clock.set('2026-12-01T03:00:00.000Z');
      expect(await sweep('2026-12-01', patient.id)).toBe(false);
    });
  });

  describe('scheduleFollowUp', () => {
    it('books a follow-up from today on, linked only to the patient\'s own records', async () => {
      const mine = await operatedAndDischarged();
      const other = await operatedAndDischarged();
      const ids = { patientId: mine.patient.id, dischargeId: null, surgeryId: null, treatmentPlanId: null };
      const input = { patientId: mine.patient.id, kind: FollowUpKind.SUTURE_REMOVAL, dueDate: '2026-03-04' };
      const booked = await scheduleFollowUp(ctx(), { ...ids, surgeryId: mine.surgery!.id }, input);
      expect(booked).toMatchObject({ kind: FollowUpKind.SUTURE_REMOVAL, dueDate: '2026-03-04', automatic: false });
      await expectFailsAndChangesNothing(db.orm, () => scheduleFollowUp(ctx(), ids, { ...input, dueDate: '2026-03-03' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_PAST', field: 'dueDate' });
      await expectFailsAndChangesNothing(db.orm, () => scheduleFollowUp(ctx(), { ...ids, dischargeId: other.discharge.id }, input), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_THE_PATIENTS', field: 'dischargeId' });
      await expectFailsAndChangesNothing(db.orm, () => scheduleFollowUp(ctx(), { ...ids, surgeryId: other.surgery!.id }, input), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_THE_PATIENTS', field: 'surgeryId' });
    });
  });

  describe.each([
    ['by hand (markLostToFollowUp)', sweep],
    ['by the daily job at 00:05 Phnom Penh', sweepByJob],
  ] as const)('lost to follow-up, %s', (_how, sweepWith) => {
    it('marks a patient whose follow-up was never recorded from day 61, not on day 60; once; on the timeline and the stage', async () => {
      const { patient } = await operatedAndDischarged();
      clock.set('2026-06-01T03:00:00.000Z');
      // Wound check due 12 March: day 60 is 11 May, day 61 is 12 May.
      expect(await sweepWith('2026-05-11', patient.id)).toBe(false);
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
      expect(await sweepWith('2026-05-12', patient.id)).toBe(true);
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.LOST_TO_FOLLOW_UP);
      const event = await latestEvent(patient.id);
      expect(event.kind).toBe(JourneyEventKind.LOST_TO_FOLLOW_UP);
      expect(event.occurredAt.toISOString()).toBe('2026-05-11T17:00:00.000Z'); // 12 May, 00:00 in Phnom Penh
      expect(event.followUp?.kind).toBe(FollowUpKind.WOUND_CHECK);
      const events = () => fresh().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from journey_event where patient_id = ?`, [patient.id]);
      const before = await events();
      expect(await sweepWith('2026-06-01', patient.id)).toBe(false);
      expect(await events()).toEqual(before);
    });

    it('does not mark a patient who attended a follow-up on or after the one missed, nor one on an active treatment plan', async () => {
      const attended = await operatedAndDischarged();
      clock.set('2026-04-01T03:00:00.000Z');
      await record(attended.followUps[0], { outcome: FollowUpOutcome.MISSED, outcomeOn: '2026-03-12' });
      await record(attended.followUps[1], { day30Status: Day30Status.ALIVE });
      const onTreatment = await operatedAndDischarged();
      clock.set('2026-04-01T03:00:00.000Z');
      await diagnoseWilms(db.orm, clock, onTreatment.patient.id, '2026-03-30');
      await startTreatmentPlan(ctx(), { patientId: onTreatment.patient.id, protocolId: WILMS }, {
        patientId: onTreatment.patient.id, protocolId: WILMS, startDate: '2026-04-01', heightCm: 160, weightKg: 50,
      });
      clock.set('2026-08-01T03:00:00.000Z');
      expect(await sweepWith('2026-08-01', attended.patient.id)).toBe(false);
      expect(await sweepWith('2026-08-01', onTreatment.patient.id)).toBe(false);
      expect((await reloadPatient(db.orm, attended.patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    });

    it('marks at once when a follow-up over 60 days old is recorded missed, and an attended follow-up brings the patient back', async () => {
      const { patient, followUps: [wound] } = await operatedAndDischarged();
      clock.set('2026-05-12T03:00:00.000Z');
      await record(wound, { outcome: FollowUpOutcome.MISSED, outcomeOn: '2026-03-12' });
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.LOST_TO_FOLLOW_UP);
      const booked = await scheduleFollowUp(ctx(), { patientId: patient.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, {
        patientId: patient.id, kind: FollowUpKind.CLINIC, dueDate: '2026-05-20',
      });
      clock.set('2026-05-20T03:00:00.000Z');
      await record(booked, {});
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
      expect(await sweepWith('2026-05-20', patient.id)).toBe(false);
    });
  });

  describe('followUps (the day\'s list)', () => {
    it('lists follow-ups due on or before the day, overdue first, with patients, paged by cursor', async () => {
      clock.set('2027-01-02T03:00:00.000Z');
      const kid = await registerPatient(ctx(), patientInput({ givenName: 'Sokha', birthDate: '2019-01-01', phones: [], guardian: childGuardian }));
      const book = (dueDate: string, kind = FollowUpKind.CLINIC) =>
        scheduleFollowUp(ctx(), { patientId: kid.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, { patientId: kid.id, kind, dueDate });
      const overdue = await book('2027-01-05');
      const overdue2 = await book('2027-01-10', FollowUpKind.WOUND_CHECK);
      const done = await book('2027-01-10');
      const today = await book('2027-01-20');
      await book('2027-01-25'); // not due yet
      clock.set('2027-01-10T03:00:00.000Z');
      // Seen early, before the others were due: it supersedes none of them.
      await record(done, { outcomeOn: '2027-01-04' });
      clock.set('2027-01-20T03:00:00.000Z');

      const query = `query ($first: Int, $after: String, $statuses: [FollowUpStatus!], $kinds: [FollowUpKind!]) {
        followUps(dueFrom: "2027-01-01", first: $first, after: $after, statuses: $statuses, kinds: $kinds) {
          totalCount edges { cursor node { id kind dueDate status daysOverdue patient { givenName } } } pageInfo { hasNextPage endCursor } } }`;
      const run = async (variables: Record<string, unknown>) => {
        const result = await graphql({ schema, source: query, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
        expect(result.errors).toBeUndefined();
        return (result.data as { followUps: { totalCount: number; edges: { node: { id: string; daysOverdue: number | null; patient: { givenName: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).followUps;
      };
      const page1 = await run({ first: 2 });
      expect(page1.totalCount).toBe(3);
      expect(page1.edges.map((e) => [e.node.id, e.node.daysOverdue, e.node.patient.givenName])).toEqual([
        [toGlobalId('FollowUp', overdue.id), 15, 'Sokha'],
        [toGlobalId('FollowUp', overdue2.id), 10, 'Sokha'],
      ]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await run({ first: 2, after: page1.pageInfo.endCursor });
      expect(page2.edges.map((e) => [e.node.id, e.node.daysOverdue])).toEqual([[toGlobalId('FollowUp', today.id), null]]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      expect((await run({ statuses: ['ATTENDED'] })).edges.map((e) => e.node.id)).toEqual([toGlobalId('FollowUp', done.id)]);
      expect((await run({ kinds: ['WOUND_CHECK'] })).edges.map((e) => e.node.id)).toEqual([toGlobalId('FollowUp', overdue2.id)]);

      const forged = await graphql({ schema, source: query, variableValues: { after: 'bm90LWEtY3Vyc29y' }, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      expect((forged.errors?.[0]?.originalError as { code?: string }).code).toBe('BAD_USER_INPUT');
    });

    it('leaves out a follow-up superseded by a later attended one: no 200-day-old wound check above a day-30 call attended since', async () => {
      const superseded = await operatedAndDischarged();
      const lapsed = await operatedAndDischarged();
      // The wound checks (due 12 March) are never recorded; the first patient's day-30 call (1 April) reaches the family.
      clock.set('2026-04-01T03:00:00.000Z');
      await record(superseded.followUps[1], { day30Status: Day30Status.ALIVE });
      clock.set('2026-09-28T03:00:00.000Z'); // 200 days after 12 March
      const query = `{ followUps(first: 100) { totalCount edges { node { id kind daysOverdue } } } }`;
      const result = await graphql({ schema, source: query, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      expect(result.errors).toBeUndefined();
      const list = (result.data as { followUps: { totalCount: number; edges: { node: { id: string; daysOverdue: number } }[] } }).followUps;
      const ids = list.edges.map((e) => e.node.id);
      expect(ids).not.toContain(toGlobalId('FollowUp', superseded.followUps[0].id));
      // Nothing attended since: still due (and the first on the list of these two patients).
      expect(ids).toContain(toGlobalId('FollowUp', lapsed.followUps[0].id));
      expect(list.edges.find((e) => e.node.id === toGlobalId('FollowUp', lapsed.followUps[0].id))?.node.daysOverdue).toBe(200);
      expect(list.totalCount).toBe(list.edges.length);
      // A contact attended before a follow-up was due does not supersede it.
      const sameDay = await operatedAndDischarged();
      const extra = await scheduleFollowUp(ctx(), { patientId: sameDay.patient.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, {
        patientId: sameDay.patient.id, kind: FollowUpKind.CLINIC, dueDate: '2026-03-05',
      });
      clock.set('2026-03-12T03:00:00.000Z');
      await record(extra, { outcomeOn: '2026-03-05' });
      clock.set('2026-09-28T03:00:00.000Z');
      const again = await graphql({ schema, source: query, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      const ids2 = (again.data as { followUps: { edges: { node: { id: string } }[] } }).followUps.edges.map((e) => e.node.id);
      expect(ids2).toContain(toGlobalId('FollowUp', sameDay.followUps[0].id));
      expect(ids2).not.toContain(toGlobalId('FollowUp', superseded.followUps[0].id));
    });

    it('serves follow-ups on the patient, the discharge and node(id), and bed stays by node(id)', async () => {
      const { patient, discharge, followUps } = await operatedAndDischarged();
      const result = await graphql({
        schema,
        source: `query ($p: ID!, $f: ID!) {
          patient(id: $p) { stage followUps { kind } admissions { discharge { followUps { kind automatic surgery { id } } } } }
          node(id: $f) { __typename ... on FollowUp { kind discharge { id } } } }`,
        variableValues: { p: toGlobalId('Patient', patient.id), f: toGlobalId('FollowUp', followUps[0].id) },
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expect(result.errors).toBeUndefined();
      const data = result.data as { patient: { followUps: { kind: string }[]; admissions: { discharge: { followUps: { kind: string }[] } }[] }; node: unknown };
      expect(data.patient.followUps.map((f) => f.kind)).toEqual(['DAY_30_CALL', 'WOUND_CHECK']);
      expect(data.patient.admissions[0].discharge.followUps.map((f) => f.kind)).toEqual(['WOUND_CHECK', 'DAY_30_CALL']);
      expect(data.node).toEqual({ __typename: 'FollowUp', kind: 'WOUND_CHECK', discharge: { id: toGlobalId('Discharge', discharge.id) } });

      const stayId = (await fresh().getConnection().execute<{ id: string }[]>(`select s.id from bed_stay s join admission a on a.id = s.admission_id where a.patient_id = ?`, [patient.id]))[0].id;
      const stay = await graphql({
        schema,
        source: `query ($id: ID!) { node(id: $id) { __typename ... on BedStay { bed { label } admission { id } to } } }`,
        variableValues: { id: toGlobalId('BedStay', stayId) },
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expect(stay.errors).toBeUndefined();
      expect(stay.data?.node).toMatchObject({ __typename: 'BedStay', bed: { label: expect.any(String) as string } });
      expect(new Date(String((stay.data?.node as { to: unknown }).to)).toISOString()).toBe('2026-03-04T03:00:00.000Z');
    });
  });
  describe('moving and cancelling a follow-up by hand', () => {
    const move = (f: FollowUp, dueDate: string, extra: { expectedVersion?: number } = {}) =>
      moveFollowUp(ctx(), f.id, { followUpId: f.id, dueDate, reason: 'Family asked for a later day', ...extra });
    const cancel = (f: FollowUp, extra: { expectedVersion?: number } = {}) =>
      cancelFollowUp(ctx(), f.id, { followUpId: f.id, reason: 'Seen at the provincial hospital', ...extra });

    it('moves a booked follow-up to a later day with its reason on the timeline, and cancels one with a reason kept on it', async () => {
      const { patient, followUps: [wound, call] } = await operatedAndDischarged();
      clock.set('2026-03-05T03:00:00.000Z');
      const moved = await move(wound, '2026-03-14', { expectedVersion: wound.version });
      expect([moved.dueDate, moved.status, moved.version]).toEqual(['2026-03-14', FollowUpStatus.SCHEDULED, wound.version + 1]);
      const event = await latestEvent(patient.id);
      expect(event).toMatchObject({ kind: JourneyEventKind.FOLLOW_UP_SCHEDULED, note: 'Family asked for a later day' });
      expect(event.summary).toContain('on 2026-03-14 (was 2026-03-12)');

      const cancelled = await cancel(call);
      expect([cancelled.status, cancelled.cancelReason, cancelled.cancelledAt?.toISOString()]).toEqual([
        FollowUpStatus.CANCELLED, 'Seen at the provincial hospital', '2026-03-05T03:00:00.000Z',
      ]);
      const stored = await fresh().findOneOrFail(FollowUp, call.id);
      expect([stored.status, stored.cancelReason]).toEqual([FollowUpStatus.CANCELLED, 'Seen at the provincial hospital']);
      const cancelEvent = await latestEvent(patient.id);
      expect(cancelEvent).toMatchObject({
        kind: JourneyEventKind.FOLLOW_UP_SCHEDULED,
        note: 'Seen at the provincial hospital',
        summaryVariant: 'cancelled',
        summary: 'Follow-up cancelled: day-30 call due 2026-04-01: Seen at the provincial hospital',
      });
      expect(cancelEvent.summaryParams).toEqual([
        { name: 'followUp', value: 'DAY_30_CALL', type: 'ENUM', enumName: 'FollowUpKind' },
        { name: 'due', value: call.dueDate, type: 'LOCAL_DATE' },
        { name: 'reason', value: 'Seen at the provincial hospital', type: 'TEXT' },
      ]);
      expect(cancelEvent.id).not.toBe(event.id);
    });

    it('refuses, changing nothing: a recorded or cancelled follow-up, a stale version, a day in the past or the same day, no reason', async () => {
      const { followUps: [wound, call] } = await operatedAndDischarged();
      clock.set('2026-03-12T03:00:00.000Z');
      await record(wound);
      await cancel(call);
      for (const closed of [wound, call]) {
        await expectFailsAndChangesNothing(db.orm, () => move(closed, '2026-03-20'), { code: ErrorCode.CONFLICT, reason: 'FOLLOW_UP_CLOSED' });
        await expectFailsAndChangesNothing(db.orm, () => cancel(closed), { code: ErrorCode.CONFLICT, reason: 'FOLLOW_UP_CLOSED' });
      }
      const error = await cancel(wound).catch((e: unknown) => e);
      expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'FOLLOW_UP_CLOSED' });
      expect(error.details.params).toEqual({ status: FollowUpStatus.ATTENDED });

      const { followUps: [open] } = await operatedAndDischarged({ dischargeOn: '2026-03-13' });
      clock.set('2026-03-14T03:00:00.000Z');
      await expectFailsAndChangesNothing(db.orm, () => move(open, '2026-03-20', { expectedVersion: open.version - 1 }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      await expectFailsAndChangesNothing(db.orm, () => move(open, '2026-03-13'), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_PAST', field: 'dueDate' });
      await expectFailsAndChangesNothing(db.orm, () => move(open, open.dueDate), { code: ErrorCode.BAD_USER_INPUT, reason: 'SAME_DAY', field: 'dueDate' });
      await expectFailsAndChangesNothing(
        db.orm,
        () => cancelFollowUp(ctx(), open.id, { followUpId: open.id, reason: '  ' }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' },
      );
    });

    it('an operation has one open follow-up of each kind: 20 concurrent bookings, exactly one wins; the database refuses a second on its own', async () => {
      const { patient, surgery } = await operatedAndDischarged();
      clock.set('2026-03-05T03:00:00.000Z');
      const book = () =>
        scheduleFollowUp(ctx(), { patientId: patient.id, dischargeId: null, surgeryId: surgery!.id, treatmentPlanId: null }, {
          patientId: patient.id, kind: FollowUpKind.SUTURE_REMOVAL, dueDate: '2026-03-10',
        });
      const settled = await Promise.allSettled(Array.from({ length: 20 }, book));
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of settled) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'FOLLOW_UP_ALREADY_BOOKED' });
      await expectFailsAndChangesNothing(db.orm, book, { code: ErrorCode.CONFLICT, reason: 'FOLLOW_UP_ALREADY_BOOKED' });

      const conn = fresh().getConnection();
      await expect(
        conn.execute(
          `insert into follow_up (id, patient_id, kind, due_date, status, surgery_id, scheduled_at)
           values (gen_random_uuid(), ?, 'WOUND_CHECK', '2026-03-20', 'SCHEDULED', ?, now())`,
          [patient.id, surgery!.id],
        ),
      ).rejects.toThrow(/follow_up_one_open_per_surgery_kind/);
      // Once the booked one is cancelled, another may be booked.
      const [suture] = await fresh().find(FollowUp, { surgery: surgery!.id, kind: FollowUpKind.SUTURE_REMOVAL });
      await cancel(suture);
      expect((await book()).status).toBe(FollowUpStatus.SCHEDULED);
    });
  });
});
