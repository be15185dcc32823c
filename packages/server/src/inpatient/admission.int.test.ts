import {
  AdmissionReason,
  AdmissionStatus,
  DischargeDisposition,
  EpisodeStatus,
  ErrorCode,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
} from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  admittedPatient,
  dischargeInput,
  dischargePatient,
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  referralInStatus,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  testClock,
  vacantBeds,
  addedRows,
} from '../../../../tests/support/factories.js';
import { DomainError } from '../common/domain-error.js';
import { Episode } from '../episodes/episode.entity.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { Admission, Discharge } from './admission.entity.js';
import type { AdmitPatientInput, DischargePatientInput } from './admission.input.js';
import { admitPatient } from './admission.service.js';
import type { Bed } from './ward.entity.js';

const MINUTE = 60_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000bb';

describe('admissions', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();

  const register = async (givenName = 'Dara'): Promise<Patient> => registerPatient(ctx(), patientInput({ givenName }));
  const admit = (patientId: string, bedId: string, extra: Partial<AdmitPatientInput> = {}) =>
    admitPatient(
      ctx(),
      { patientId, bedId, episodeId: extra.episodeId ?? null },
      { patientId, bedId, reason: AdmissionReason.MEDICAL, ...extra },
    );
  const discharge = (patientId: string, overrides: Partial<DischargePatientInput> = {}) =>
    dischargePatient(ctx(), patientId, dischargeInput(patientId, overrides));
  const vacantBed = async (): Promise<Bed> => {
    const [bed] = await vacantBeds(db.orm);
    if (!bed) throw new Error('no vacant bed left on Adult Surgery');
    return bed;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('admitPatient', () => {
    it('admits to a vacant bed: an open admission, a new episode, an ADMITTED event and stage INPATIENT', async () => {
      const patient = await register();
      const bed = await vacantBed();
      const at = clock.advance(30);
      const before = await snapshotDatabase(db.orm);

      const admission = await admit(patient.id, bed.id);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ admission: 1, episode: 1, journey_event: 1 });

      const em = fresh();
      const stored = await em.findOneOrFail(Admission, { id: admission.id }, { populate: ['episode'] });
      expect(stored).toMatchObject({ status: AdmissionStatus.ADMITTED, reason: AdmissionReason.MEDICAL, dischargedAt: null });
      expect(stored.admittedAt.toISOString()).toBe(at.toISOString());
      expect(stored.bed.id).toBe(bed.id);
      expect(stored.patient.id).toBe(patient.id);
      expect(stored.episode).toMatchObject({ status: EpisodeStatus.ACTIVE, title: 'Admission for medical care' });
      expect(stored.episode.patient.id).toBe(patient.id);

      const events = await em.find(JourneyEvent, { patient: patient.id, kind: JourneyEventKind.ADMITTED });
      expect(events).toHaveLength(1);
      expect(events[0].admission?.id).toBe(admission.id);
      expect(events[0].episode?.id).toBe(stored.episode.id);
      expect(events[0].occurredAt.toISOString()).toBe(at.toISOString());
      expect(events[0].summary).toContain(`bed ${bed.label}`);

      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.INPATIENT);
    });

    it('joins the patient\'s active episode (the referral\'s) instead of opening a new one', async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const before = await snapshotDatabase(db.orm);
      const admission = await admit(patientId, (await vacantBed()).id, { reason: AdmissionReason.PRE_OPERATIVE });
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ admission: 1, journey_event: 1 });
      expect(admission.episode.id).toBe(referral.episode.id);
    });

    it('records an admission time in the past, and refuses one in the future with BAD_USER_INPUT', async () => {
      const patient = await register();
      const bed = await vacantBed();
      const future = new Date(clock().getTime() + 60 * MINUTE);
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patient.id, bed.id, { admittedAt: future }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'admittedAt' },
        [patient.id],
      );
      const past = new Date(clock().getTime() - 6 * 60 * MINUTE);
      const admission = await admit(patient.id, bed.id, { admittedAt: past });
      expect((await fresh().findOneOrFail(Admission, { id: admission.id })).admittedAt.toISOString()).toBe(past.toISOString());
    });

    it('refuses a second admission of the same patient with CONFLICT ALREADY_ADMITTED and changes nothing', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await vacantBed());
      const otherBed = await vacantBed();
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patient.id, otherBed.id),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' },
        [patient.id],
      );
    });

    it('refuses another patient in an occupied bed with CONFLICT BED_OCCUPIED and changes nothing', async () => {
      const bed = await vacantBed();
      await admittedPatient(db.orm, clock, bed);
      const other = await register('Other');
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(other.id, bed.id),
        { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' },
        [other.id],
      );
    });

    it('refuses an unknown bed or an unknown patient with NOT_FOUND', async () => {
      const patient = await register();
      await expectFailsAndChangesNothing(db.orm, () => admit(patient.id, UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }, [
        patient.id,
      ]);
      const bed = await vacantBed();
      await expectFailsAndChangesNothing(db.orm, () => admit(UNKNOWN_ID, bed.id), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
    });

    it('refuses an episode of another patient or a closed episode with BAD_USER_INPUT', async () => {
      const { referral: othersReferral } = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
      const { patientId, referral: declined } = await referralInStatus(db.orm, clock, ReferralStatus.DECLINED);
      const bed = await vacantBed();
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patientId, bed.id, { episodeId: othersReferral.episode.id }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'EPISODE_OF_OTHER_PATIENT', field: 'episodeId' },
        [patientId],
      );
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patientId, bed.id, { episodeId: declined.episode.id }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'EPISODE_CLOSED', field: 'episodeId' },
        [patientId],
      );
    });

    it.each([1, 2])(
      '20 concurrent admissions of 20 patients to one bed (round %i): exactly one wins, 19 fail with CONFLICT, nothing else is written',
      async () => {
        const bed = await vacantBed();
        const patients: Patient[] = [];
        for (let i = 0; i < 20; i++) patients.push(await register(`Race${i}`));
        const ids = patients.map((p) => p.id);
        const before = await snapshotDatabase(db.orm);

        const settled = await Promise.allSettled(
          patients.map((p) =>
            admitPatient(serviceContext(db.orm, clock), { patientId: p.id, bedId: bed.id, episodeId: null }, {
              patientId: p.id,
              bedId: bed.id,
              reason: AdmissionReason.MEDICAL,
            }),
          ),
        );
        const won = settled.filter((r): r is PromiseFulfilledResult<Admission> => r.status === 'fulfilled');
        const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        for (const { reason } of lost) {
          expect(reason, `not a DomainError: ${String(reason)}`).toBeInstanceOf(DomainError);
          expectDomainError(reason, { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' });
        }

        expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ admission: 1, episode: 1, journey_event: 1 });
        const em = fresh();
        const open = await em.find(Admission, { bed: bed.id, status: AdmissionStatus.ADMITTED });
        expect(open).toHaveLength(1);
        expect(await em.count(Admission, { bed: bed.id })).toBe(1);
        const winner = open[0].patient.id;
        expect(winner).toBe(won[0].value.patient.id);
        const admittedEvents = await em.find(JourneyEvent, { patient: { $in: ids }, kind: JourneyEventKind.ADMITTED });
        expect(admittedEvents.map((e) => e.patient.id)).toEqual([winner]);
        expect(await em.count(Episode, { patient: { $in: ids } })).toBe(1);
        for (const p of await em.find(Patient, { id: { $in: ids } })) {
          expect(p.stage).toBe(p.id === winner ? JourneyStage.INPATIENT : JourneyStage.REGISTERED);
        }
      },
    );

    it('concurrent admissions of one patient to five beds: exactly one wins, the others fail with CONFLICT', async () => {
      const patient = await register('Hurry');
      const beds = await vacantBeds(db.orm, 5);
      expect(beds).toHaveLength(5);
      const before = await snapshotDatabase(db.orm);
      const settled = await Promise.allSettled(beds.map((bed) => admit(patient.id, bed.id)));
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of settled) {
        if (r.status === 'rejected') {
          expect(r.reason, `not a DomainError: ${String(r.reason)}`).toBeInstanceOf(DomainError);
          expect((r.reason as DomainError).code).toBe(ErrorCode.CONFLICT);
        }
      }
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ admission: 1, episode: 1, journey_event: 1 });
      expect(await fresh().count(Admission, { patient: patient.id, status: AdmissionStatus.ADMITTED })).toBe(1);
    });

    it('concurrent admissions of one patient to several free beds tell every loser ALREADY_ADMITTED', async () => {
      for (let round = 0; round < 3; round++) {
        const patient = await register(`Twice${round}`);
        const beds = await vacantBeds(db.orm, 5);
        const settled = await Promise.allSettled(beds.map((bed) => admit(patient.id, bed.id)));
        for (const r of settled) {
          if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' });
        }
        await discharge(patient.id);
      }
    });
  });

  describe('dischargePatient', () => {
    it('refuses a patient who is not admitted with CONFLICT NOT_ADMITTED and changes nothing', async () => {
      const never = await register('Never');
      await expectFailsAndChangesNothing(db.orm, () => discharge(never.id), { code: ErrorCode.CONFLICT, reason: 'NOT_ADMITTED' }, [never.id]);

      const { patient } = await admittedPatient(db.orm, clock, await vacantBed());
      clock.advance(60);
      await discharge(patient.id);
      await expectFailsAndChangesNothing(db.orm, () => discharge(patient.id), { code: ErrorCode.CONFLICT, reason: 'NOT_ADMITTED' }, [patient.id]);
    });

    it('writes the discharge, closes the admission and the episode (FINISHED), records DISCHARGED and moves the stage to FOLLOW_UP', async () => {
      const bed = await vacantBed();
      const { patient, admission } = await admittedPatient(db.orm, clock, bed);
      const at = clock.advance(3 * 24 * 60);
      const before = await snapshotDatabase(db.orm);

      const result = await discharge(patient.id);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ discharge: 1, journey_event: 1 });

      const em = fresh();
      const stored = await em.findOneOrFail(Discharge, { id: result.id });
      expect(stored).toMatchObject({
        disposition: DischargeDisposition.HOME,
        diagnosis: 'Right inguinal hernia, repaired',
        condition: 'Well',
        instructions: 'Keep the wound dry for 5 days',
        followUpPlan: 'Wound check at 10 days',
        clinician: 'Dr Vannak',
      });
      expect(stored.dischargedAt.toISOString()).toBe(at.toISOString());
      expect(stored.admission.id).toBe(admission.id);
      expect(stored.patient.id).toBe(patient.id);

      const closed = await em.findOneOrFail(Admission, { id: admission.id }, { populate: ['episode'] });
      expect(closed.status).toBe(AdmissionStatus.DISCHARGED);
      expect(closed.dischargedAt?.toISOString()).toBe(at.toISOString());
      expect(closed.episode.status).toBe(EpisodeStatus.FINISHED);
      expect(closed.episode.endedAt?.toISOString()).toBe(at.toISOString());

      const event = await em.findOneOrFail(JourneyEvent, { patient: patient.id, kind: JourneyEventKind.DISCHARGED });
      expect(event.discharge?.id).toBe(result.id);
      expect(event.admission?.id).toBe(admission.id);
      expect(event.episode?.id).toBe(closed.episode.id);
      expect(event.occurredAt.toISOString()).toBe(at.toISOString());

      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    });

    it('frees the bed: another patient can be admitted to it, and the discharged patient can be admitted again', async () => {
      const bed = await vacantBed();
      const { patient } = await admittedPatient(db.orm, clock, bed);
      clock.advance(24 * 60);
      await discharge(patient.id);

      const next = await register('Next');
      const second = await admit(next.id, bed.id);
      expect(second.status).toBe(AdmissionStatus.ADMITTED);
      expect(await fresh().count(Admission, { bed: bed.id, status: AdmissionStatus.ADMITTED })).toBe(1);

      const readmission = await admit(patient.id, (await vacantBed()).id);
      expect(readmission.status).toBe(AdmissionStatus.ADMITTED);
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.INPATIENT);
      // The old episode is finished, so the readmission opens a new one.
      expect(await fresh().count(Episode, { patient: patient.id })).toBe(2);
    });

    it('a death sets the stage DECEASED, and a later admission fails with CONFLICT PATIENT_DECEASED and changes nothing', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await vacantBed());
      clock.advance(12 * 60);
      await discharge(patient.id, { disposition: DischargeDisposition.DIED, diagnosis: 'Septic shock', condition: null, followUpPlan: null });
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.DECEASED);
      const event = await fresh().findOneOrFail(JourneyEvent, { patient: patient.id, kind: JourneyEventKind.DISCHARGED });
      expect(event.summary).toMatch(/^Died on Adult Surgery/);

      clock.advance(60);
      const bed = await vacantBed();
      await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patient.id, bed.id),
        { code: ErrorCode.CONFLICT, reason: 'PATIENT_DECEASED' },
        [patient.id],
      );
    });

    it.each([
      ['dischargedAt before admittedAt', () => ({ dischargedAt: new Date(clock().getTime() - 48 * 60 * MINUTE) }), 'dischargedAt', 'BEFORE_ADMISSION'],
      ['dischargedAt in the future', () => ({ dischargedAt: new Date(clock().getTime() + 60 * MINUTE) }), 'dischargedAt', 'IN_FUTURE'],
      ['an empty diagnosis', () => ({ diagnosis: '  ' }), 'diagnosis', 'REQUIRED'],
      ['a control character in the instructions', () => ({ instructions: 'Rest\u0000' }), 'instructions', 'CONTROL_CHARACTERS'],
    ] as [string, () => Partial<DischargePatientInput>, string, string][])(
      'refuses %s with BAD_USER_INPUT and changes nothing',
      async (_name, overrides, field, reason) => {
        // Admitted 24 hours ago.
        const { patient, admission } = await admittedPatient(db.orm, clock, await vacantBed());
        clock.advance(24 * 60);
        await expectFailsAndChangesNothing(db.orm, () => discharge(patient.id, overrides()), { code: ErrorCode.BAD_USER_INPUT, reason, field }, [
          patient.id,
        ]);
        expect((await fresh().findOneOrFail(Admission, { id: admission.id })).status).toBe(AdmissionStatus.ADMITTED);
      },
    );

    /** Two requests discharge the same admitted patient at once. */
    async function dischargeRace() {
      const bed = await vacantBed();
      const { patient, admission } = await admittedPatient(db.orm, clock, bed);
      clock.advance(60);
      const before = await snapshotDatabase(db.orm);
      const settled = await Promise.allSettled([0, 1].map(() => dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id))));
      return { patient, admission, bed, before, settled };
    }

    it('two concurrent discharges of one patient: exactly one succeeds and one discharge is written', async () => {
      const { patient, admission, before, settled } = await dischargeRace();
      expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(settled.filter((r) => r.status === 'rejected')).toHaveLength(1);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ discharge: 1, journey_event: 1 });
      expect(await fresh().count(Discharge, { admission: admission.id })).toBe(1);
      expect(await fresh().count(JourneyEvent, { patient: patient.id, kind: JourneyEventKind.DISCHARGED })).toBe(1);
      expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.FOLLOW_UP);
    });

    it('the loser of two concurrent discharges gets a DomainError CONFLICT NOT_ADMITTED', async () => {
      for (let round = 0; round < 2; round++) {
        const { settled } = await dischargeRace();
        const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(lost).toHaveLength(1);
        expectDomainError(lost[0].reason, { code: ErrorCode.CONFLICT, reason: 'NOT_ADMITTED' });
      }
    });

    it('refuses an unknown patient with NOT_FOUND', async () => {
      await expectFailsAndChangesNothing(db.orm, () => discharge(UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
    });
  });
});
