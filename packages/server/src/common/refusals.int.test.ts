import { CancellationCategory, ChecklistPhase, ErrorCode, FollowUpKind, FollowUpOutcome, JourneyStage, ReferralStatus, Specialty } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  checklistAnswers,
  expectDomainError,
  expectFailsAndChangesNothing,
  operationRecord,
  patientInput,
  recordFullChecklist,
  referralInput,
  reloadPatient,
  serviceContext,
  surgeryInput,
  testClock,
  waitlistedPatient,
} from '../../../../tests/support/factories.js';
import type { FollowUp } from '../follow-up/follow-up.entity.js';
import { recordFollowUp, scheduleFollowUp } from '../follow-up/follow-up.service.js';
import { Patient } from '../patients/patient.entity.js';
import { registerPatient, updatePatient } from '../patients/patient.service.js';
import { Referral } from '../referrals/referral.entity.js';
import { receiveReferral, transitionReferral } from '../referrals/referral.service.js';
import { cancelSurgery, completeSurgery, recordChecklistPhase, scheduleSurgery } from '../surgery/surgery.service.js';
import { DomainError } from './domain-error.js';
import { checkVersion, inTransaction } from './transaction.js';

/** Refusals tell the truth: a repeat says it is a repeat; STALE_VERSION only for a version the caller sent. */
describe('refusals', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  async function bookedFollowUp(): Promise<FollowUp> {
    const patient = await registerPatient(ctx(), patientInput());
    return scheduleFollowUp(ctx(), { patientId: patient.id, dischargeId: null, surgeryId: null, treatmentPlanId: null }, { patientId: patient.id, kind: FollowUpKind.CLINIC, dueDate: '2026-03-02' });
  }

  describe('a follow-up recorded twice without a version', () => {
    it('one after the other: the second is ALREADY_RECORDED', async () => {
      const followUp = await bookedFollowUp();
      await recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED });
      await expectFailsAndChangesNothing(
        db.orm,
        () => recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED }),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' },
      );
    });

    it('at the same moment (a double click, two clerks): one is recorded, the other is ALREADY_RECORDED, never STALE_VERSION', async () => {
      for (let round = 0; round < 5; round++) {
        const followUp = await bookedFollowUp();
        const settled = await Promise.allSettled(
          Array.from({ length: 4 }, () => recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED })),
        );
        expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of settled) {
          if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_RECORDED' });
        }
      }
    });

    it('with a stale version sent for a follow-up still open: STALE_VERSION', async () => {
      const followUp = await bookedFollowUp();
      await expectFailsAndChangesNothing(
        db.orm,
        () => recordFollowUp(ctx(), followUp.id, { followUpId: followUp.id, outcome: FollowUpOutcome.ATTENDED, expectedVersion: followUp.version + 3 }),
        { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
      );
    });
  });

  describe('an operation', () => {
    let day = 0;
    async function booked() {
      const { patient } = await waitlistedPatient(db.orm, clock);
      const start = new Date(Date.parse('2026-03-03T01:00:00Z') + day++ * 24 * 3_600_000);
      const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: null, episodeId: null }, surgeryInput(patient.id, start, { specialty: Specialty.GENERAL_SURGERY }));
      return { patient, surgery, start };
    }

    it('completed twice: ALREADY_COMPLETED, also when the second sends no version and races the first', async () => {
      const { surgery, start } = await booked();
      const end = new Date(start.getTime() + 3_600_000);
      const saved = clock();
      clock.set(new Date(start.getTime() + 30 * 24 * 3_600_000).toISOString());
      await recordFullChecklist(db.orm, clock, surgery.id, start, end);
      const complete = () => completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: start, endedAt: end });
      const settled = await Promise.allSettled([complete(), complete(), complete()]);
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of settled) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_COMPLETED' });
      await expectFailsAndChangesNothing(db.orm, complete, { code: ErrorCode.CONFLICT, reason: 'ALREADY_COMPLETED' });
      clock.set(saved.toISOString());
    });

    it('cancelled twice: ALREADY_CANCELLED', async () => {
      const { surgery } = await booked();
      const cancel = () => cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.HOSPITAL, reason: 'Theatre closed' });
      await cancel();
      await expectFailsAndChangesNothing(db.orm, cancel, { code: ErrorCode.CONFLICT, reason: 'ALREADY_CANCELLED' });
    });

    it('a checklist phase recorded twice: CHECKLIST_PHASE_ALREADY_RECORDED', async () => {
      const { surgery } = await booked();
      const signIn = () => recordChecklistPhase(ctx(), surgery.id, { surgeryId: surgery.id, phase: ChecklistPhase.SIGN_IN, answers: checklistAnswers(ChecklistPhase.SIGN_IN) });
      await signIn();
      await expectFailsAndChangesNothing(db.orm, signIn, { code: ErrorCode.CONFLICT, reason: 'CHECKLIST_PHASE_ALREADY_RECORDED' });
    });
  });

  it('a referral moved twice to the same status: ALREADY_IN_STATUS', async () => {
    const patient = await registerPatient(ctx(), patientInput());
    const referral = await receiveReferral(ctx(), patient.id, referralInput(patient.id));
    await transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.TRIAGED });
    await expectFailsAndChangesNothing(
      db.orm,
      () => transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.TRIAGED }),
      { code: ErrorCode.CONFLICT, reason: 'ALREADY_IN_STATUS' },
    );
  });

  describe('a record changed by someone else between reading and writing', () => {
    /** Reads a referral, lets another connection change it, then writes: the optimistic lock refuses. */
    async function raced(expectedVersion: number | null): Promise<unknown> {
      const patient = await registerPatient(ctx(), patientInput());
      const { id } = await receiveReferral(ctx(), patient.id, referralInput(patient.id));
      try {
        await inTransaction(db.orm.em.fork(), async (em) => {
          const referral = await em.findOneOrFail(Referral, { id });
          checkVersion(referral, expectedVersion, 'referral');
          await db.orm.em.fork().execute(`update "referral" set "version" = "version" + 1 where "id" = ?`, [id]);
          referral.targetMission = 'Changed here';
          await em.flush();
        });
      } catch (error) {
        return error;
      }
      throw new Error('the write went through');
    }

    it('is CONCURRENT_CHANGE when the caller sent no version', async () => {
      const error = await raced(null);
      expect(error).toBeInstanceOf(DomainError);
      expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'CONCURRENT_CHANGE' });
    });

    it('is STALE_VERSION when the caller sent the version it saw', async () => {
      const error = await raced(1);
      expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
    });
  });

  describe('demographics are versioned apart from journey progress', () => {
    it('a correction loaded before a referral arrived still applies; the stage moved, the version did not', async () => {
      const registered = await registerPatient(ctx(), patientInput({ familyName: 'Chea', givenName: 'Loaded' }));
      const loaded = await reloadPatient(db.orm, registered.id);
      await receiveReferral(ctx(), loaded.id, referralInput(loaded.id));
      const after = await reloadPatient(db.orm, loaded.id);
      expect(after.stage).toBe(JourneyStage.REFERRED);
      expect(after.version).toBe(loaded.version);
      const updated = await updatePatient(ctx(), loaded.id, { patientId: loaded.id, expectedVersion: loaded.version, village: 'Phum Thmei' });
      expect(updated.version).toBe(loaded.version + 1);
      expect(await reloadPatient(db.orm, loaded.id)).toMatchObject({ village: 'Phum Thmei', stage: JourneyStage.REFERRED, version: loaded.version + 1 });
    });

    it('two corrections from the same loaded version: one applies, the other is STALE_VERSION', async () => {
      for (let round = 0; round < 4; round++) {
        const patient = await registerPatient(ctx(), patientInput({ familyName: 'Chea', givenName: `Twice${round}` }));
        const settled = await Promise.allSettled(
          ['Phum 1', 'Phum 2', 'Phum 3'].map((village) => updatePatient(ctx(), patient.id, { patientId: patient.id, expectedVersion: patient.version, village })),
        );
        expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of settled) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
        const stored = await db.orm.em.fork().findOneOrFail(Patient, { id: patient.id });
        expect(stored.version).toBe(patient.version + 1);
      }
    });
  });
});
