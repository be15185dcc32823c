import { AdministrationStatus, bodySurfaceArea, ErrorCode, JourneyEventKind, TreatmentPlanStatus } from '@pj/shared';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  childGuardian,
  diagnoseWilms,
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  serviceContext,
  snapshotDatabase,
  testClock,
} from '../../../../tests/support/factories.js';
import { readJourney } from '../journey/journey.service.js';
import type { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import type { StartTreatmentPlanInput } from './oncology.input.js';
import { Protocol } from './protocol.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

/** Seeded by the oncology migration. */
const WILMS = '0c010000-0000-4000-8000-000000000001';
const ALL_INDUCTION = '0c010000-0000-4000-8000-000000000002';
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000dd';

describe('treatment plans', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();

  const registerChild = async (): Promise<Patient> => {
    const child = await registerPatient(ctx(), patientInput({ givenName: 'Sreyleak', birthDate: '2021-06-10', phones: [], guardian: childGuardian }));
    await diagnoseWilms(db.orm, clock, child.id);
    return child;
  };
  const start = (patientId: string, protocolId = WILMS, overrides: Partial<StartTreatmentPlanInput> = {}) =>
    startTreatmentPlan(ctx(), { patientId, protocolId }, {
      patientId,
      protocolId,
      startDate: '2026-03-02',
      heightCm: 110,
      weightKg: 18,
      ...overrides,
    });
  const administrations = (planId: string) =>
    fresh().find(ChemoAdministration, { plan: planId }, { orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }] });
  const rows = async () => ({
    plans: await fresh().count(TreatmentPlan, {}),
    administrations: await fresh().count(ChemoAdministration, {}),
  });
  const planned = (list: ChemoAdministration[]) =>
    list.map((a) => [a.plannedDate, a.drug, a.plannedDose, a.unit, a.route, a.status]);

  const give = (administrationId: string, givenOn: string, dose: number, delayReason: string | null = null) =>
    recordChemoAdministration(ctx(), administrationId, { administrationId, givenOn, dose, delayReason });
  const datesOf = async (planId: string) => (await administrations(planId)).map((a) => [a.drug, a.plannedDate, a.status]);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('computes body surface area by Mosteller, to 2 decimals', () => {
    expect(bodySurfaceArea(110, 18)).toBe(0.74); // √0.55 = 0.7416…
    expect(bodySurfaceArea(150, 60)).toBe(1.58); // √2.5 = 1.5811…
    expect(bodySurfaceArea(70, 8)).toBe(0.39); // √0.1556 = 0.3944…
  });

  it('seeds the protocols as data: SIOP localised Wilms (AV, nephrectomy week 5) and an ALL induction', async () => {
    const protocols = await fresh().find(Protocol, {}, { orderBy: { code: 'asc' } });
    expect(protocols.map((p) => [p.id, p.code])).toEqual([
      [ALL_INDUCTION, 'ALL-INDUCTION-SIMPLIFIED'],
      [WILMS, 'SIOP-WILMS-LOCALISED-PREOP'],
    ]);
  });

  it('generates every administration of the Wilms regimen, dated and dosed for a 110 cm, 18 kg child', async () => {
    const child = await registerChild();
    const before = await snapshotDatabase(db.orm);
    const plan = await start(child.id);
    expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ treatment_plan: 1, chemo_administration: 6, journey_event: 1 });

    const stored = await fresh().findOneOrFail(TreatmentPlan, { id: plan.id });
    expect(stored).toMatchObject({ startDate: '2026-03-02', heightCm: 110, weightKg: 18, bodySurfaceArea: 0.74, status: TreatmentPlanStatus.ACTIVE });
    // Vincristine 1.5 mg/m² × 0.74 = 1.11 mg weekly ×4; dactinomycin 45 µg/kg × 18 = 810 µg in weeks 1 and 3.
    expect(planned(await administrations(plan.id))).toEqual([
      ['2026-03-02', 'Dactinomycin', 810, 'µg', 'IV', AdministrationStatus.PLANNED],
      ['2026-03-02', 'Vincristine', 1.11, 'mg', 'IV', AdministrationStatus.PLANNED],
      ['2026-03-09', 'Vincristine', 1.11, 'mg', 'IV', AdministrationStatus.PLANNED],
      ['2026-03-16', 'Dactinomycin', 810, 'µg', 'IV', AdministrationStatus.PLANNED],
      ['2026-03-16', 'Vincristine', 1.11, 'mg', 'IV', AdministrationStatus.PLANNED],
      ['2026-03-23', 'Vincristine', 1.11, 'mg', 'IV', AdministrationStatus.PLANNED],
    ]);

    const page = await readJourney(fresh(), child.id, { first: 10 });
    const event = page.nodes.find((e) => e.kind === JourneyEventKind.TREATMENT_PLAN_STARTED);
    expect(event?.treatmentPlan).toMatchObject({ id: plan.id, bodySurfaceArea: 0.74 });
    expect(event?.summary).toBe('Treatment started: SIOP localised Wilms tumour: pre-operative AV (BSA 0.74 m², 6 doses planned)');
    expect(event?.occurredAt.toISOString()).toBe('2026-03-01T17:00:00.000Z');
  });

  it('caps vincristine at 2 mg and dactinomycin at 2000 µg, and doses a child under 10 kg per kg', async () => {
    const big = await start((await registerChild()).id, WILMS, { heightCm: 150, weightKg: 60 });
    const bigDoses = await administrations(big.id);
    expect(bigDoses.find((a) => a.drug === 'Vincristine')?.plannedDose).toBe(2); // 1.5 × 1.58 = 2.37
    expect(bigDoses.find((a) => a.drug === 'Dactinomycin')?.plannedDose).toBe(2000); // 45 × 60 = 2700

    const small = await start((await registerChild()).id, WILMS, { heightCm: 70, weightKg: 8 });
    const smallDoses = await administrations(small.id);
    expect(smallDoses.find((a) => a.drug === 'Vincristine')?.plannedDose).toBe(0.4); // 0.05 mg/kg × 8
    expect(smallDoses.find((a) => a.drug === 'Dactinomycin')?.plannedDose).toBe(360); // 45 µg/kg × 8
  });

  it('plans dexamethasone daily for 28 days in the ALL induction', async () => {
    const plan = await start((await registerChild()).id, ALL_INDUCTION);
    const list = await administrations(plan.id);
    const dex = list.filter((a) => a.drug === 'Dexamethasone');
    expect(dex).toHaveLength(28);
    expect(dex[0]).toMatchObject({ plannedDate: '2026-03-02', plannedDose: 4.44, route: 'PO' }); // 6 × 0.74
    expect(dex[27]?.plannedDate).toBe('2026-03-29');
    expect(list.filter((a) => a.drug === 'Vincristine').map((a) => a.plannedDate)).toEqual([
      '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23',
    ]);
  });

  it('refuses bad measurements, an unknown protocol or patient, and a second active plan, changing nothing', async () => {
    const child = await registerChild();
    const before = await rows();
    const cases: [() => Promise<unknown>, { code: ErrorCode; reason: string; field?: string }][] = [
      [() => start(child.id, WILMS, { heightCm: 0 }), { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'heightCm' }],
      [() => start(child.id, WILMS, { weightKg: 400 }), { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'weightKg' }],
      [() => start(child.id, WILMS, { weightKg: Number.NaN }), { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'weightKg' }],
      [() => start(child.id, WILMS, { startDate: '2026-13-01' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_DATE', field: 'startDate' }],
      [() => start(child.id, UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }],
      [() => start(UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }],
    ];
    for (const [action, expected] of cases) await expectFailsAndChangesNothing(db.orm, action, expected, [child.id]);
    expect(await rows()).toEqual(before);

    await start(child.id);
    const withPlan = await rows();
    await expectFailsAndChangesNothing(db.orm, () => start(child.id, ALL_INDUCTION), { code: ErrorCode.CONFLICT, reason: 'ALREADY_ON_TREATMENT' }, [child.id]);
    expect(await rows()).toEqual(withPlan);
  });

  it('refuses a plan for a patient with no oncology diagnosis (issue 12), changing nothing', async () => {
    const child = await registerPatient(ctx(), patientInput({ givenName: 'Undiagnosed', birthDate: '2021-06-10', phones: [], guardian: childGuardian }));
    await expectFailsAndChangesNothing(db.orm, () => start(child.id), { code: ErrorCode.CONFLICT, reason: 'NO_ONCOLOGY_DIAGNOSIS' }, [child.id]);
  });

  it('of 20 concurrent starts for one child exactly one succeeds: one ACTIVE plan, one timeline event (issue 12: ten succeeded)', async () => {
    const child = await registerChild();
    // Open every pooled connection first, so the 20 starts really run side by side.
    await Promise.all(Array.from({ length: 10 }, () => fresh().getConnection().execute('select pg_sleep(0.05)')));
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => start(child.id)));
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const lost of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expectDomainError(lost.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_ON_TREATMENT' });
    }
    expect(await fresh().count(TreatmentPlan, { patient: child.id, status: TreatmentPlanStatus.ACTIVE })).toBe(1);
    expect(await fresh().count(JourneyEvent, { patient: child.id, kind: JourneyEventKind.TREATMENT_PLAN_STARTED })).toBe(1);
  });

  it('the database refuses a second ACTIVE plan for a child written around the service', async () => {
    const child = await registerChild();
    const plan = await start(child.id);
    const insert = (status: string) =>
      fresh().getConnection().execute(
        `insert into treatment_plan (id, patient_id, protocol_id, start_date, height_cm, weight_kg, body_surface_area, created_at, status, ended_on)
         select gen_random_uuid(), patient_id, protocol_id, start_date, height_cm, weight_kg, body_surface_area, now(), ?::text,
                case when ?::text = 'ACTIVE' then null else start_date end
           from treatment_plan where id = ?`,
        [status, status, plan.id],
      );
    await expect(insert('ACTIVE')).rejects.toMatchObject({ constraint: 'treatment_plan_one_active_per_patient' });
    // A finished plan beside the active one is fine.
    await insert('COMPLETED');
    expect(await fresh().count(TreatmentPlan, { patient: child.id })).toBe(2);
  });

  describe('recordChemoAdministration', () => {
    it('records a dose given on time: GIVEN, actual date and dose, nothing moves, event linked', async () => {
      clock.set('2026-03-02T05:00:00.000Z');
      const child = await registerChild();
      const plan = await start(child.id);
      const [first] = await administrations(plan.id);
      const before = await datesOf(plan.id);
      await give(first.id, '2026-03-02', 810);
      const after = await administrations(plan.id);
      expect(after[0]).toMatchObject({ status: AdministrationStatus.GIVEN, actualDate: '2026-03-02', actualDose: 810, delayReason: null });
      expect((await datesOf(plan.id)).slice(1)).toEqual(before.slice(1));

      const page = await readJourney(fresh(), child.id, { first: 10 });
      const event = page.nodes.find((e) => e.kind === JourneyEventKind.CHEMO_ADMINISTERED);
      expect(event?.chemoAdministration).toMatchObject({ id: first.id, actualDose: 810 });
      expect(event?.treatmentPlan).toMatchObject({ id: plan.id });
      expect(event?.summary).toBe('Dactinomycin 810 µg IV given');
    });

    it('a dose 7 days late needs a reason and pushes every later planned dose by 7 days, earlier ones not', async () => {
      clock.set('2026-04-01T05:00:00.000Z');
      const child = await registerChild();
      const plan = await start(child.id);
      const list = await administrations(plan.id);
      // Weeks 1 and 2 on time.
      for (const a of list.slice(0, 3)) await give(a.id, a.plannedDate, a.plannedDose);
      const week3Vincristine = list[4];
      expect([week3Vincristine.drug, week3Vincristine.plannedDate]).toEqual(['Vincristine', '2026-03-16']);

      // Without a reason: refused, and nothing changes.
      const unchanged = await datesOf(plan.id);
      await expectFailsAndChangesNothing(
        db.orm,
        () => give(week3Vincristine.id, '2026-03-23', 1.11),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'delayReason' },
        [child.id],
      );
      await expectFailsAndChangesNothing(
        db.orm,
        () => give(week3Vincristine.id, '2026-03-23', 1.11, '   '),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'delayReason' },
        [child.id],
      );
      expect(await datesOf(plan.id)).toEqual(unchanged);

      await give(week3Vincristine.id, '2026-03-23', 1.11, 'Neutropenia: ANC 0.4');
      expect(await datesOf(plan.id)).toEqual([
        ['Dactinomycin', '2026-03-02', AdministrationStatus.GIVEN],
        ['Vincristine', '2026-03-02', AdministrationStatus.GIVEN],
        ['Vincristine', '2026-03-09', AdministrationStatus.GIVEN],
        ['Vincristine', '2026-03-16', AdministrationStatus.DELAYED], // keeps its planned date; given on the 23rd
        ['Dactinomycin', '2026-03-23', AdministrationStatus.PLANNED], // same cycle: moved with it
        ['Vincristine', '2026-03-30', AdministrationStatus.PLANNED],
      ]);
      const delayed = await fresh().findOneOrFail(ChemoAdministration, { id: week3Vincristine.id });
      expect(delayed).toMatchObject({ actualDate: '2026-03-23', actualDose: 1.11, delayReason: 'Neutropenia: ANC 0.4' });
    });

    it('refuses a second record, a future day, a bad dose and an unknown administration, changing nothing', async () => {
      clock.set('2026-03-02T05:00:00.000Z');
      const child = await registerChild();
      const plan = await start(child.id);
      const [first, second] = await administrations(plan.id);
      await give(first.id, '2026-03-02', 810);
      const cases: [() => Promise<unknown>, { code: ErrorCode; reason: string; field?: string }][] = [
        [() => give(first.id, '2026-03-02', 810), { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' }],
        [() => give(second.id, '2026-03-03', 1.11), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'givenOn' }],
        [() => give(second.id, '2026-03-02', 0), { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'dose' }],
        [() => give(UNKNOWN_ID, '2026-03-02', 1), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }],
      ];
      const before = await datesOf(plan.id);
      for (const [action, expected] of cases) await expectFailsAndChangesNothing(db.orm, action, expected, [child.id]);
      expect(await datesOf(plan.id)).toEqual(before);
    });
  });
});
