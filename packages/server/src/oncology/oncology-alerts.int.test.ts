import { OncologyAlertLevel } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { childGuardian, diagnoseWilms, patientInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { registerPatient } from '../patients/patient.service.js';
import { oncologyAlerts } from './oncology-alerts.js';
import { ChemoAdministration, type TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

const WILMS = '0c010000-0000-4000-8000-000000000001';

describe('abandonment watch (oncologyAlerts)', () => {
  let db: TestDatabase;
  const clock = testClock('2026-05-01T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let plan: TreatmentPlan;

  const alertFor = async (asOf: string) =>
    (await oncologyAlerts(db.orm.em.fork(), asOf))
      .filter((a) => a.treatmentPlan.id === plan.id)
      .map((a) => ({ level: a.level, daysMissed: a.daysMissed, overdueSince: a.overdueSince, patient: a.patient.id }));

  beforeAll(async () => {
    db = await createTestDatabase();
    const child = await registerPatient(ctx(), patientInput({ givenName: 'Pisey', birthDate: '2020-01-05', phones: [], guardian: childGuardian }));
    await diagnoseWilms(db.orm, clock, child.id);
    plan = await startTreatmentPlan(ctx(), { patientId: child.id, protocolId: WILMS }, {
      patientId: child.id, protocolId: WILMS, startDate: '2026-03-02', heightCm: 110, weightKg: 18,
    });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('warns at 21 days past the earliest planned dose not given, flags abandonment at 28, nothing at 20', async () => {
    expect(await alertFor('2026-03-02')).toEqual([]);
    expect(await alertFor('2026-03-22')).toEqual([]); // 20 days
    const warning = { level: OncologyAlertLevel.WARNING, overdueSince: '2026-03-02', patient: plan.patient.id };
    expect(await alertFor('2026-03-23')).toEqual([{ ...warning, daysMissed: 21 }]);
    expect(await alertFor('2026-03-29')).toEqual([{ ...warning, daysMissed: 27 }]);
    expect(await alertFor('2026-03-30')).toEqual([
      { level: OncologyAlertLevel.ABANDONMENT, overdueSince: '2026-03-02', daysMissed: 28, patient: plan.patient.id },
    ]);
  });

  it('counts from the earliest dose still planned once earlier ones are given', async () => {
    const list = await db.orm.em.fork().find(ChemoAdministration, { plan: plan.id }, { orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }] });
    for (const a of list.slice(0, 2)) {
      await recordChemoAdministration(ctx(), a.id, { administrationId: a.id, givenOn: a.plannedDate, dose: a.plannedDose });
    }
    // Next planned: vincristine on 9 March.
    expect(await alertFor('2026-03-29')).toEqual([]); // 20 days
    expect(await alertFor('2026-03-30')).toEqual([
      { level: OncologyAlertLevel.WARNING, overdueSince: '2026-03-09', daysMissed: 21, patient: plan.patient.id },
    ]);
    expect(await alertFor('2026-04-06')).toEqual([
      { level: OncologyAlertLevel.ABANDONMENT, overdueSince: '2026-03-09', daysMissed: 28, patient: plan.patient.id },
    ]);
  });
});
