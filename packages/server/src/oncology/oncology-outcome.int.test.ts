import {
  AdministrationStatus,
  AssessmentMethod,
  ErrorCode,
  FollowUpKind,
  FollowUpStatus,
  JourneyEventKind,
  JourneyStage,
  OncologyAlertLevel,
  RefusedBy,
  ResponseCategory,
  ToxicityTerm,
  TreatmentPlanStatus,
} from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  childGuardian,
  diagnoseWilms,
  expectFailsAndChangesNothing,
  patientInput,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  testClock,
  testUser,
} from '../../../../tests/support/factories.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { scheduleFollowUp } from '../follow-up/follow-up.service.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { readJourney } from '../journey/journey.service.js';
import type { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { oncologyAlerts } from './oncology-alerts.js';
import type { RecordToxicityInput } from './oncology.input.js';
import { Toxicity } from './oncology-outcome.entity.js';
import {
  completeTreatmentPlan,
  omitChemoAdministration,
  recordResponseAssessment,
  recordToxicity,
  recordTreatmentRefusal,
} from './oncology-outcome.service.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

const WILMS = '0c010000-0000-4000-8000-000000000001';

describe('toxicities, response, refusal, completion and omitted doses', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  let child: Patient;
  let plan: TreatmentPlan;

  const doses = (planId = plan.id) =>
    fresh().find(ChemoAdministration, { plan: planId }, { orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }] });
  const toxicity = (overrides: Partial<RecordToxicityInput> = {}, administrationId: string | null = null) => {
    const input = { treatmentPlanId: plan.id, term: ToxicityTerm.VOMITING, grade: 2, onsetOn: '2026-03-03', ...overrides };
    return recordToxicity(ctx(), { planId: input.treatmentPlanId, administrationId }, input);
  };
  const alertsFor = async (asOf: string, planId = plan.id) =>
    (await oncologyAlerts(fresh(), asOf)).filter((a) => a.treatmentPlan.id === planId).map((a) => [a.level, a.daysMissed]);
  const newPlan = async (startDate = '2026-03-02') => {
    const kid = await registerPatient(ctx(), patientInput({ givenName: 'Dara', birthDate: '2020-02-02', phones: [], guardian: childGuardian }));
    await diagnoseWilms(db.orm, clock, kid.id);
    return startTreatmentPlan(ctx(), { patientId: kid.id, protocolId: WILMS }, { patientId: kid.id, protocolId: WILMS, startDate, heightCm: 110, weightKg: 18 });
  };
  const gql = async (source: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, never>;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  beforeEach(async () => {
    clock.set('2026-03-01T02:00:00.000Z');
    child = await registerPatient(ctx(), patientInput({ givenName: 'Pisey', birthDate: '2020-01-05', phones: [], guardian: childGuardian }));
    await diagnoseWilms(db.orm, clock, child.id);
    plan = await startTreatmentPlan(ctx(), { patientId: child.id, protocolId: WILMS }, {
      patientId: child.id, protocolId: WILMS, startDate: '2026-03-02', heightCm: 110, weightKg: 18,
    });
    clock.set('2026-03-05T02:00:00.000Z');
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('recordToxicity', () => {
    it('records a CTCAE term and grade against the plan and a dose, on the timeline, without moving the stage', async () => {
      const [first] = await doses();
      const before = await snapshotDatabase(db.orm);
      const recorded = await toxicity({ term: ToxicityTerm.FEBRILE_NEUTROPENIA, grade: 3, note: 'Fever 38.9, ANC 0.3' }, first.id);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ toxicity: 1, journey_event: 1 });
      const stored = await fresh().findOneOrFail(Toxicity, { id: recorded.id });
      expect(stored).toMatchObject({ term: ToxicityTerm.FEBRILE_NEUTROPENIA, grade: 3, onsetOn: '2026-03-03', otherTerm: null });
      expect(stored.administration?.id).toBe(first.id);
      expect((await reloadPatient(db.orm, child.id)).stage).toBe(JourneyStage.REGISTERED);
      const [event] = (await readJourney(fresh(), child.id, { first: 1 })).nodes;
      expect(event).toMatchObject({ kind: JourneyEventKind.TOXICITY_RECORDED, summary: 'Toxicity: Febrile neutropenia, grade 3' });
      expect(event.toxicity?.id).toBe(recorded.id);
      expect(event.treatmentPlan?.id).toBe(plan.id);
    });

    it('refuses grades outside 1–5 and outside what CTCAE defines for the term, and changes nothing', async () => {
      const bad = { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'grade' } as const;
      for (const [term, grade] of [
        [ToxicityTerm.VOMITING, 0],
        [ToxicityTerm.VOMITING, 6],
        [ToxicityTerm.VOMITING, 2.5],
        [ToxicityTerm.FEBRILE_NEUTROPENIA, 2],
        [ToxicityTerm.ALOPECIA, 3],
        [ToxicityTerm.PLATELET_COUNT_DECREASED, 5],
      ] as const) {
        await expectFailsAndChangesNothing(db.orm, () => toxicity({ term, grade }), bad, [child.id]);
      }
      // The edges that are allowed.
      await toxicity({ term: ToxicityTerm.VOMITING, grade: 1 });
      await toxicity({ term: ToxicityTerm.FEBRILE_NEUTROPENIA, grade: 4 });
      await toxicity({ term: ToxicityTerm.ALOPECIA, grade: 2 });
      expect(await fresh().count(Toxicity, { plan: plan.id })).toBe(3);
    });

    it('needs the term written out for OTHER, and only for OTHER', async () => {
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ term: ToxicityTerm.OTHER }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'otherTerm' });
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ term: ToxicityTerm.OTHER, otherTerm: '   ' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'otherTerm' });
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ otherTerm: 'Hiccups' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_ALLOWED', field: 'otherTerm' });
      const other = await toxicity({ term: ToxicityTerm.OTHER, otherTerm: 'Hypokalaemia', grade: 2 });
      expect(other.otherTerm).toBe('Hypokalaemia');
    });

    it('refuses an onset in the future or before the plan, and a dose of another plan', async () => {
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ onsetOn: '2026-03-06' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'onsetOn' });
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ onsetOn: '2026-03-01' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'BEFORE_PLAN', field: 'onsetOn' });
      const other = await newPlan();
      const [foreign] = await doses(other.id);
      await expectFailsAndChangesNothing(db.orm, () => toxicity({}, foreign.id), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_IN_PLAN', field: 'administrationId' });
    });

    it('grade 5 is death: the patient is DECEASED, the plan stops, its doses and booked follow-ups end, nothing more can be recorded', async () => {
      const booked = await scheduleFollowUp(ctx(), { patientId: child.id, dischargeId: null, surgeryId: null, treatmentPlanId: plan.id }, {
        patientId: child.id, kind: FollowUpKind.ONCOLOGY_REVIEW, dueDate: '2026-04-01',
      });
      await toxicity({ term: ToxicityTerm.SEPSIS, grade: 5, onsetOn: '2026-03-05' });
      expect((await reloadPatient(db.orm, child.id)).stage).toBe(JourneyStage.DECEASED);
      const stopped = await fresh().findOneOrFail(TreatmentPlan, { id: plan.id });
      expect(stopped).toMatchObject({ status: TreatmentPlanStatus.STOPPED, endedOn: '2026-03-05', endNote: 'The patient died' });
      expect(new Set((await doses()).map((d) => d.status))).toEqual(new Set([AdministrationStatus.OMITTED]));
      expect((await fresh().findOneOrFail(FollowUp, { id: booked.id })).status).toBe(FollowUpStatus.CANCELLED);
      const [event] = (await readJourney(fresh(), child.id, { first: 1 })).nodes;
      expect(event).toMatchObject({ kind: JourneyEventKind.TOXICITY_RECORDED, summary: 'Died of a treatment toxicity: Sepsis (grade 5)' });
      expect(await alertsFor('2026-04-30')).toEqual([]);

      const deceased = { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' } as const;
      await expectFailsAndChangesNothing(db.orm, () => toxicity({ grade: 1 }), deceased, [child.id]);
      await expectFailsAndChangesNothing(
        db.orm,
        () => recordResponseAssessment(ctx(), plan.id, { treatmentPlanId: plan.id, assessedOn: '2026-03-05', method: AssessmentMethod.CLINICAL, response: ResponseCategory.PD }),
        deceased,
        [child.id],
      );
    });
  });

  describe('recordResponseAssessment', () => {
    it('records date, method and response on the plan and the timeline', async () => {
      const assessment = await recordResponseAssessment(ctx(), plan.id, {
        treatmentPlanId: plan.id, assessedOn: '2026-03-04', method: AssessmentMethod.IMAGING, response: ResponseCategory.PR, note: 'Tumour 40% smaller on ultrasound',
      });
      expect(assessment).toMatchObject({ assessedOn: '2026-03-04', method: AssessmentMethod.IMAGING, response: ResponseCategory.PR });
      const [event] = (await readJourney(fresh(), child.id, { first: 1 })).nodes;
      expect(event).toMatchObject({ kind: JourneyEventKind.RESPONSE_ASSESSED, summary: 'Response assessed (imaging): PR' });
      expect(event.responseAssessment?.id).toBe(assessment.id);
    });

    it('refuses a day in the future or before the plan', async () => {
      const input = { treatmentPlanId: plan.id, method: AssessmentMethod.CLINICAL, response: ResponseCategory.SD };
      await expectFailsAndChangesNothing(db.orm, () => recordResponseAssessment(ctx(), plan.id, { ...input, assessedOn: '2026-03-06' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'assessedOn' });
      await expectFailsAndChangesNothing(db.orm, () => recordResponseAssessment(ctx(), plan.id, { ...input, assessedOn: '2026-02-01' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'BEFORE_PLAN', field: 'assessedOn' });
      await expectFailsAndChangesNothing(db.orm, () => recordResponseAssessment(ctx(), plan.id, { ...input, assessedOn: '2026-02-30' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_DATE', field: 'assessedOn' });
    });
  });

  describe('refusal and abandonment', () => {
    it('an unrefused plan with nothing given: nothing at 20 days, WARNING at 21, ABANDONMENT at 28', async () => {
      expect(await alertsFor('2026-03-22')).toEqual([]);
      expect(await alertsFor('2026-03-23')).toEqual([[OncologyAlertLevel.WARNING, 21]]);
      expect(await alertsFor('2026-03-30')).toEqual([[OncologyAlertLevel.ABANDONMENT, 28]]);
    });

    it('a refusal stops the plan (REFUSED, remaining doses OMITTED) and it never raises an abandonment alert', async () => {
      const [first] = await doses();
      await recordChemoAdministration(ctx(), first.id, { administrationId: first.id, givenOn: '2026-03-02', dose: first.plannedDose });
      const before = await snapshotDatabase(db.orm);
      const refused = await recordTreatmentRefusal(ctx(), plan.id, {
        treatmentPlanId: plan.id, refusedBy: RefusedBy.PARENTS, reason: 'Family chose traditional medicine', refusedOn: '2026-03-04',
      });
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ journey_event: 1 });
      expect(refused).toMatchObject({ status: TreatmentPlanStatus.REFUSED, refusedBy: RefusedBy.PARENTS, endedOn: '2026-03-04', endNote: 'Family chose traditional medicine' });
      const after = await doses();
      expect(after.map((d) => d.status)).toEqual([
        AdministrationStatus.GIVEN,
        ...Array(after.length - 1).fill(AdministrationStatus.OMITTED),
      ]);
      expect(after[1].omissionReason).toBe('Not given: treatment refused');
      for (const asOf of ['2026-03-23', '2026-03-30', '2026-06-30']) expect(await alertsFor(asOf)).toEqual([]);
      const [event] = (await readJourney(fresh(), child.id, { first: 1 })).nodes;
      expect(event).toMatchObject({ kind: JourneyEventKind.TREATMENT_REFUSED, note: 'Family chose traditional medicine' });
      expect((await reloadPatient(db.orm, child.id)).stage).toBe(JourneyStage.REGISTERED);
    });

    it('refuses a second refusal, a refusal without a reason, a stale version, and doses on a refused plan', async () => {
      const input = { treatmentPlanId: plan.id, refusedBy: RefusedBy.PATIENT, reason: 'Does not want more injections' };
      await expectFailsAndChangesNothing(db.orm, () => recordTreatmentRefusal(ctx(), plan.id, { ...input, reason: ' ' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' });
      await expectFailsAndChangesNothing(db.orm, () => recordTreatmentRefusal(ctx(), plan.id, { ...input, expectedVersion: 7 }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      await recordTreatmentRefusal(ctx(), plan.id, { ...input, expectedVersion: 1 });
      await expectFailsAndChangesNothing(db.orm, () => recordTreatmentRefusal(ctx(), plan.id, input), { code: ErrorCode.CONFLICT, reason: 'PLAN_NOT_ACTIVE' });
      await expectFailsAndChangesNothing(db.orm, () => completeTreatmentPlan(ctx(), plan.id, { treatmentPlanId: plan.id }), { code: ErrorCode.CONFLICT, reason: 'PLAN_NOT_ACTIVE' });
      const [first] = await doses();
      await expectFailsAndChangesNothing(
        db.orm,
        () => recordChemoAdministration(ctx(), first.id, { administrationId: first.id, givenOn: '2026-03-02', dose: 1 }),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' },
      );
    });
  });

  describe('completeTreatmentPlan', () => {
    it('completes the plan, omits what was not given, books an oncology review 28 days later, and the plan never alerts', async () => {
      const all = await doses();
      clock.set('2026-03-30T02:00:00.000Z');
      for (const d of all) await recordChemoAdministration(ctx(), d.id, { administrationId: d.id, givenOn: d.plannedDate, dose: d.plannedDose });
      // One more dose would be due later than the last: none here, so nothing is omitted.
      const before = await snapshotDatabase(db.orm);
      const done = await completeTreatmentPlan(ctx(), plan.id, { treatmentPlanId: plan.id, completedOn: '2026-03-28', note: 'Pre-operative chemotherapy complete' });
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ follow_up: 1, journey_event: 2 });
      expect(done).toMatchObject({ status: TreatmentPlanStatus.COMPLETED, endedOn: '2026-03-28' });
      const review = await fresh().findOneOrFail(FollowUp, { treatmentPlan: plan.id });
      expect(review).toMatchObject({ kind: FollowUpKind.ONCOLOGY_REVIEW, dueDate: '2026-04-25', status: FollowUpStatus.SCHEDULED, automatic: true });
      const kinds = (await readJourney(fresh(), child.id, { first: 2 })).nodes.map((e) => e.kind);
      expect(kinds.sort()).toEqual([JourneyEventKind.FOLLOW_UP_SCHEDULED, JourneyEventKind.TREATMENT_COMPLETED]);
    });

    it('a plan completed early omits the doses not given and stops the abandonment clock', async () => {
      clock.set('2026-04-01T02:00:00.000Z');
      expect(await alertsFor('2026-04-01')).toEqual([[OncologyAlertLevel.ABANDONMENT, 30]]);
      await completeTreatmentPlan(ctx(), plan.id, { treatmentPlanId: plan.id });
      expect(new Set((await doses()).map((d) => [d.status, d.omissionReason].join()))).toEqual(new Set(['OMITTED,Not given: plan completed']));
      expect(await alertsFor('2026-04-01')).toEqual([]);
      const stored = await fresh().findOneOrFail(TreatmentPlan, { id: plan.id });
      expect(stored.endedOn).toBe('2026-04-01');
    });
  });

  describe('omitChemoAdministration', () => {
    it('omits one dose with its reason: later doses keep their dates, and the abandonment clock moves to the next planned dose', async () => {
      const list = await doses();
      const first = list.filter((d) => d.plannedDate === '2026-03-02');
      const datesBefore = list.map((d) => d.plannedDate);
      for (const d of first) await omitChemoAdministration(ctx(), d.id, { administrationId: d.id, reason: 'Neutropenic, ANC 0.4' });
      const after = await doses();
      expect(after.map((d) => d.plannedDate)).toEqual(datesBefore);
      expect(after.filter((d) => d.status === AdministrationStatus.OMITTED).map((d) => d.omissionReason)).toEqual(['Neutropenic, ANC 0.4', 'Neutropenic, ANC 0.4']);
      // Next planned: vincristine on 9 March, 21 days before 30 March.
      expect(await alertsFor('2026-03-29')).toEqual([]);
      expect(await alertsFor('2026-03-30')).toEqual([[OncologyAlertLevel.WARNING, 21]]);
      const [event] = (await readJourney(fresh(), child.id, { first: 1 })).nodes;
      expect(event).toMatchObject({ kind: JourneyEventKind.CHEMO_OMITTED, note: 'Neutropenic, ANC 0.4' });
      expect(event.chemoAdministration?.id).toBe(first[1].id);
    });

    it('refuses an omission without a reason, of a dose already recorded, or with a stale version', async () => {
      const [a, b] = await doses();
      await expectFailsAndChangesNothing(db.orm, () => omitChemoAdministration(ctx(), a.id, { administrationId: a.id, reason: '' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' });
      await expectFailsAndChangesNothing(db.orm, () => omitChemoAdministration(ctx(), a.id, { administrationId: a.id, reason: 'x', expectedVersion: 5 }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      await recordChemoAdministration(ctx(), b.id, { administrationId: b.id, givenOn: '2026-03-02', dose: b.plannedDose });
      await expectFailsAndChangesNothing(db.orm, () => omitChemoAdministration(ctx(), b.id, { administrationId: b.id, reason: 'x' }), { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' });
    });
  });

  describe('over GraphQL', () => {
    it('serves the plan calendar with each dose\'s state against today, toxicities and assessments, and node(id) for the records', async () => {
      // Dactinomycin and vincristine on 2 March, vincristine on 9 March.
      const [dact, vin1, vin2] = await doses();
      await recordChemoAdministration(ctx(), dact.id, { administrationId: dact.id, givenOn: '2026-03-02', dose: dact.plannedDose });
      await omitChemoAdministration(ctx(), vin1.id, { administrationId: vin1.id, reason: 'Jaw pain' });
      clock.set('2026-03-16T02:00:00.000Z');
      // Vincristine of 9 March given 3 days late: every later planned dose moves by 3 days.
      await recordChemoAdministration(ctx(), vin2.id, { administrationId: vin2.id, givenOn: '2026-03-12', dose: vin2.plannedDose, delayReason: 'Low counts' });
      const tox = await toxicity({ term: ToxicityTerm.PERIPHERAL_SENSORY_NEUROPATHY, grade: 2, onsetOn: '2026-03-10' }, vin2.id);
      await recordResponseAssessment(ctx(), plan.id, { treatmentPlanId: plan.id, assessedOn: '2026-03-15', method: AssessmentMethod.IMAGING, response: ResponseCategory.PR });

      const data = await gql(
        `query ($id: ID!) { node(id: $id) { ... on TreatmentPlan { status
            calendar { date state administrations { drug status state daysOverdue } }
            toxicities { id term ctcaeTerm grade administration { id } treatmentPlan { id } }
            responseAssessments { response method assessedOn }
            patient { id } } } }`,
        { id: toGlobalId('TreatmentPlan', plan.id) },
      );
      const node = data.node as {
        calendar: { date: string; state: string; administrations: { drug: string; state: string; daysOverdue: number | null }[] }[];
        toxicities: { id: string; ctcaeTerm: string; grade: number; administration: { id: string } }[];
        responseAssessments: { response: string }[];
      };
      expect(node.calendar.map((d) => [d.date, d.state, d.administrations.map((a) => `${a.drug}:${a.state}`).join(' ')])).toEqual([
        ['2026-03-02', 'GIVEN', 'Dactinomycin:GIVEN Vincristine:OMITTED'],
        ['2026-03-12', 'DELAYED', 'Vincristine:DELAYED'],
        ['2026-03-19', 'UPCOMING', 'Dactinomycin:UPCOMING Vincristine:UPCOMING'],
        ['2026-03-26', 'UPCOMING', 'Vincristine:UPCOMING'],
      ]);
      expect(node.toxicities).toEqual([
        expect.objectContaining({ id: toGlobalId('Toxicity', tox.id), ctcaeTerm: 'Peripheral sensory neuropathy', grade: 2, administration: { id: toGlobalId('ChemoAdministration', vin2.id) } }),
      ]);
      expect(node.responseAssessments.map((r) => r.response)).toEqual(['PR']);

      // Due today, then overdue as the clock moves on.
      clock.set('2026-03-19T02:00:00.000Z');
      const due = await gql(`query ($id: ID!) { node(id: $id) { ... on TreatmentPlan { calendar { date state } } } }`, { id: toGlobalId('TreatmentPlan', plan.id) });
      expect((due.node as { calendar: { date: string; state: string }[] }).calendar.find((d) => d.date === '2026-03-19')?.state).toBe('DUE');
      clock.set('2026-03-21T02:00:00.000Z');
      const overdue = await gql(
        `query ($id: ID!) { node(id: $id) { ... on TreatmentPlan { calendar { date state administrations { daysOverdue } } } } }`,
        { id: toGlobalId('TreatmentPlan', plan.id) },
      );
      const day = (overdue.node as { calendar: { date: string; state: string; administrations: { daysOverdue: number }[] }[] }).calendar.find((d) => d.date === '2026-03-19');
      expect(day).toMatchObject({ state: 'OVERDUE', administrations: [{ daysOverdue: 2 }, { daysOverdue: 2 }] });

      for (const [type, id, typename] of [
        ['Toxicity', tox.id, 'Toxicity'],
        ['ChemoAdministration', vin2.id, 'ChemoAdministration'],
        ['Protocol', WILMS, 'Protocol'],
      ] as const) {
        const found = await gql(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id: toGlobalId(type, id) });
        expect(found.node).toEqual({ __typename: typename, id: toGlobalId(type, id) });
      }
    });

    it('lists the curated CTCAE terms with their grades', async () => {
      const data = await gql(`{ toxicityTerms { term ctcaeTerm minGrade maxGrade } }`);
      const terms = data.toxicityTerms as { term: string; minGrade: number; maxGrade: number }[];
      expect(terms.find((t) => t.term === 'FEBRILE_NEUTROPENIA')).toMatchObject({ minGrade: 3, maxGrade: 5 });
      expect(terms.map((t) => t.term)).toContain('OTHER');
    });
  });
});
