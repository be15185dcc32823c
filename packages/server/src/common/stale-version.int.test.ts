import { AdmissionReason, CancellationCategory, ErrorCode } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dischargeInput,
  expectFailsAndChangesNothing,
  operationRecord,
  recordFullChecklist,
  serviceContext,
  surgeryInput,
  testClock,
  vacantBeds,
  waitlistedPatient,
} from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { cancelSurgery, completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';

/** A client that acts on what it saw earlier is told the record moved on, and nothing changes. */
describe('stale versions', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const stale = { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('refuses to complete or cancel an operation from a stale version', async () => {
    const { patient, referral } = await waitlistedPatient(db.orm, clock);
    const start = new Date('2026-03-03T01:00:00Z');
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: referral.id, episodeId: null }, surgeryInput(patient.id, start));
    clock.set('2026-03-03T06:00:00Z');
    await recordFullChecklist(db.orm, clock, surgery.id, start, new Date('2026-03-03T02:00:00Z'));
    const seen = surgery.version - 1;
    await expectFailsAndChangesNothing(
      db.orm,
      () => cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.HOSPITAL, reason: 'Postponed', expectedVersion: seen }),
      stale,
      [patient.id],
    );
    await expectFailsAndChangesNothing(
      db.orm,
      () =>
        completeSurgery(ctx(), surgery.id, {
          surgeryId: surgery.id,
          ...operationRecord(),
          startedAt: start,
          endedAt: new Date('2026-03-03T02:00:00Z'),
          expectedVersion: seen,
        }),
      stale,
      [patient.id],
    );
    // With the current version it goes through.
    const done = await completeSurgery(ctx(), surgery.id, {
      surgeryId: surgery.id,
      ...operationRecord(),
      startedAt: start,
      endedAt: new Date('2026-03-03T02:00:00Z'),
      expectedVersion: surgery.version,
    });
    expect(done.status).toBe('COMPLETED');
  });

  it('refuses to discharge from a stale version of the admission', async () => {
    const { patient } = await waitlistedPatient(db.orm, clock);
    const [bed] = await vacantBeds(db.orm, 1);
    const admission = await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.MEDICAL });
    await expectFailsAndChangesNothing(
      db.orm,
      () => dischargePatient(ctx(), patient.id, { ...dischargeInput(patient.id), expectedVersion: admission.version + 1 }),
      stale,
      [patient.id],
    );
    const discharge = await dischargePatient(ctx(), patient.id, { ...dischargeInput(patient.id), expectedVersion: admission.version });
    expect(discharge.disposition).toBe('HOME');
  });
});
