import {
  AdmissionReason,
  CancellationCategory,
  EpisodeStatus,
  ErrorCode,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
  Specialty,
  SurgeryStatus,
  SurgicalUrgency,
  addDays,
  hospitalDate,
} from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectFailsAndChangesNothing,
  patientInput,
  referralInStatus,
  referralInput,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  sessionSlot,
  surgeryInput,
  testClock,
  vacantBeds,
  addedRows,
  operationRecord,
  recordFullChecklist,
} from '../../../../tests/support/factories.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Episode } from '../episodes/episode.entity.js';
import { admitPatient } from '../inpatient/admission.service.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { Referral, ReferralStatusChange } from '../referrals/referral.entity.js';
import type { ReceiveReferralInput } from '../referrals/referral.input.js';
import { receiveReferral, transitionReferral } from '../referrals/referral.service.js';
import { Surgery } from './surgery.entity.js';
import type { CompleteSurgeryInput, ScheduleSurgeryInput } from './surgery.input.js';
import { cancelSurgery, completeSurgery, rescheduleSurgery, scheduleSurgery } from './surgery.service.js';

const MINUTE = 60_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000aa';

describe('surgery', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  /**
   * A theatre slot a week or more from the test clock, inside the session (08:00, 09:30, 11:00,
   * 12:30 or 14:00 Phnom Penh); each call a later one, so bookings never clash by accident.
   */
  let slots = 0;
  const slot = () => sessionSlot(clock(), slots++);

  const schedule = (
    patientId: string,
    ids: { referralId?: string | null; episodeId?: string | null } = {},
    overrides: Partial<ScheduleSurgeryInput> = {},
  ) =>
    scheduleSurgery(
      ctx(),
      { patientId, referralId: ids.referralId ?? null, episodeId: ids.episodeId ?? null },
      surgeryInput(patientId, slot(), { referralId: ids.referralId ?? null, ...overrides }),
    );

  /** A waitlisted referral with a booked operation. */
  async function scheduled(referral: Partial<ReceiveReferralInput> = {}) {
    const { patientId, referral: waitlisted } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { referral });
    const surgery = await schedule(patientId, { referralId: waitlisted.id });
    return { patientId, referralId: waitlisted.id, episodeId: waitlisted.episode.id, surgery };
  }

  /** An operation that ended `minutesAgo` ago and lasted 95 minutes. */
  function operationTimes(minutesAgo = 30): Pick<CompleteSurgeryInput, 'startedAt' | 'endedAt'> {
    const endedAt = new Date(clock().getTime() - minutesAgo * MINUTE);
    return { startedAt: new Date(endedAt.getTime() - 95 * MINUTE), endedAt };
  }

  /** Completes an operation: the whole WHO checklist around the given times, then the operation record. */
  async function complete(surgeryId: string, input: Partial<CompleteSurgeryInput> = {}) {
    const times = { ...operationTimes(), ...input };
    await recordFullChecklist(db.orm, clock, surgeryId, times.startedAt!, times.endedAt!);
    return completeOnly(surgeryId, input);
  }

  const completeOnly = (surgeryId: string, input: Partial<CompleteSurgeryInput> = {}) =>
    completeSurgery(ctx(), surgeryId, { surgeryId, ...operationTimes(), ...operationRecord(), findings: 'Indirect hernia', operativeNote: 'Mesh repair', ...input });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('scheduleSurgery', () => {
    it('with a WAITLISTED referral: books it in the referral\'s episode and specialty and moves the referral to SCHEDULED', async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, {
        referral: { specialty: Specialty.UROLOGY, reason: 'Urethral stricture' },
      });
      const before = await snapshotDatabase(db.orm);
      const at = clock.advance(60);
      const start = slot();

      const surgery = await schedule(patientId, { referralId: referral.id }, { procedure: 'Urethroplasty', specialty: null, scheduledStart: start });
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ surgery: 1, referral_status_change: 1, journey_event: 2 });

      const em = fresh();
      const stored = await em.findOneOrFail(Surgery, { id: surgery.id });
      expect(stored).toMatchObject({
        status: SurgeryStatus.SCHEDULED,
        procedure: 'Urethroplasty',
        specialty: Specialty.UROLOGY,
        expectedDurationMinutes: 60,
        urgency: SurgicalUrgency.ELECTIVE,
      });
      expect(stored.theatre.id).toBe(THEATRE_KEYS['OT 1']);
      expect(stored.scheduledEnd.getTime() - stored.scheduledStart.getTime()).toBe(60 * MINUTE);
      expect(stored.scheduledStart.toISOString()).toBe(start.toISOString());
      expect(stored.episode.id).toBe(referral.episode.id);
      expect(stored.referral?.id).toBe(referral.id);
      expect(stored.patient.id).toBe(patientId);

      const storedReferral = await em.findOneOrFail(Referral, { id: referral.id });
      expect(storedReferral).toMatchObject({ status: ReferralStatus.SCHEDULED, version: referral.version + 1 });
      const change = await em.findOneOrFail(ReferralStatusChange, { referral: referral.id, toStatus: ReferralStatus.SCHEDULED });
      expect(change.fromStatus).toBe(ReferralStatus.WAITLISTED);
      expect(change.changedAt.toISOString()).toBe(at.toISOString());

      const events = await em.find(JourneyEvent, { patient: patientId, occurredAt: at }, { orderBy: { id: 'asc' } });
      expect(events.map((e) => e.kind).sort()).toEqual([JourneyEventKind.REFERRAL_STATUS_CHANGED, JourneyEventKind.SURGERY_SCHEDULED]);
      const booked = events.find((e) => e.kind === JourneyEventKind.SURGERY_SCHEDULED)!;
      expect(booked.surgery?.id).toBe(surgery.id);
      expect(booked.referral?.id).toBe(referral.id);
      expect(booked.episode?.id).toBe(referral.episode.id);
      const moved = events.find((e) => e.kind === JourneyEventKind.REFERRAL_STATUS_CHANGED)!;
      expect(moved).toMatchObject({ fromStatus: ReferralStatus.WAITLISTED, toStatus: ReferralStatus.SCHEDULED });

      expect(await em.count(Episode, { patient: patientId })).toBe(1);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.SURGERY_SCHEDULED);
    });

    it('with an ACCEPTED referral: books it and moves the referral straight to SCHEDULED', async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.ACCEPTED);
      await schedule(patientId, { referralId: referral.id });
      expect((await fresh().findOneOrFail(Referral, { id: referral.id })).status).toBe(ReferralStatus.SCHEDULED);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.SURGERY_SCHEDULED);
    });

    it.each([ReferralStatus.RECEIVED, ReferralStatus.TRIAGED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.CANCELLED])(
      'refuses a %s referral with CONFLICT ILLEGAL_TRANSITION and books nothing',
      async (status) => {
        const { patientId, referral } = await referralInStatus(db.orm, clock, status);
        // A COMPLETED referral got there by its performed operation; nothing more is booked.
        const before = await fresh().count(Surgery, { patient: patientId });
        await expectFailsAndChangesNothing(
          db.orm,
          () => schedule(patientId, { referralId: referral.id }),
          { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
          [patientId],
        );
        expect(await fresh().count(Surgery, { patient: patientId })).toBe(before);
        expect(before).toBe(status === ReferralStatus.COMPLETED ? 1 : 0);
      },
    );

    it('refuses a referral of another patient with BAD_USER_INPUT and changes nothing', async () => {
      const { patientId: owner, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const other = (await registerPatient(ctx(), patientInput({ givenName: 'Other' }))).id;
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(other, { referralId: referral.id }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REFERRAL_OF_OTHER_PATIENT', field: 'referralId' },
        [owner, other],
      );
    });

    it('refuses to book without a referral or a specialty with BAD_USER_INPUT', async () => {
      const patientId = (await registerPatient(ctx(), patientInput())).id;
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, {}, { specialty: null }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'specialty' },
        [patientId],
      );
    });

    it.each([0, 4, 1441, 2000, -60, 30.5])('refuses an expected duration of %s minutes with BAD_USER_INPUT', async (minutes) => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, { referralId: referral.id }, { expectedDurationMinutes: minutes }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'expectedDurationMinutes' },
        [patientId],
      );
    });

    it.each([
      ['an empty procedure', { procedure: ' ' }, 'procedure', 'REQUIRED'],
      ['an invalid start', { scheduledStart: new Date('not a date') }, 'scheduledStart', 'INVALID_DATE'],
    ] as [string, Partial<ScheduleSurgeryInput>, string, string][])('refuses %s with BAD_USER_INPUT', async (_name, overrides, field, reason) => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, { referralId: referral.id }, overrides),
        { code: ErrorCode.BAD_USER_INPUT, reason, field },
        [patientId],
      );
    });

    it('books a planned operation only within the session of its day (08:00–17:00 Phnom Penh); an emergency or a retrospective entry at any hour', async () => {
      const day = addDays(hospitalDate(clock()), 40);
      const at = (time: string) => new Date(`${day}T${time}:00+07:00`);
      const { patientId } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const book = (start: Date, overrides: Partial<ScheduleSurgeryInput> = {}) =>
        scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, surgeryInput(patientId, start, { specialty: Specialty.GENERAL_SURGERY, ...overrides }));
      // Starts before 08:00, ends after 17:00, or starts after it: refused with the session's hours, nothing written.
      for (const [start, minutes, urgency] of [
        ['07:59', 60, SurgicalUrgency.ELECTIVE],
        ['16:30', 60, SurgicalUrgency.EXPEDITED],
        ['17:00', 30, SurgicalUrgency.ELECTIVE],
        ['22:00', 60, SurgicalUrgency.ELECTIVE],
      ] as const) {
        const error = await expectFailsAndChangesNothing(db.orm, () => book(at(start), { expectedDurationMinutes: minutes, urgency }), {
          code: ErrorCode.BAD_USER_INPUT,
          reason: 'OUTSIDE_SESSION',
          field: 'scheduledStart',
        });
        expect(error.details.params).toEqual({ from: '08:00', to: '17:00' });
      }
      // The whole session is bookable, to the minute.
      const first = await book(at('08:00'), { expectedDurationMinutes: 60 });
      const last = await book(at('16:00'), { expectedDurationMinutes: 60, theatreId: THEATRE_KEYS['OT 2'], procedure: 'Second' });
      expect([first.urgency, last.scheduledEnd.toISOString()]).toEqual([SurgicalUrgency.ELECTIVE, at('17:00').toISOString()]);
      // An emergency (a caesarean at night) at any hour.
      const night = await book(at('23:30'), { urgency: SurgicalUrgency.IMMEDIATE, theatreId: THEATRE_KEYS['OT 3'], expectedDurationMinutes: 90 });
      expect(night.scheduledStart.toISOString()).toBe(at('23:30').toISOString());
      // A retrospective entry records when the operation really happened, whatever the hour.
      const yesterday = addDays(hospitalDate(clock()), -1);
      const entered = await book(new Date(`${yesterday}T19:00:00+07:00`), { retrospective: true, retrospectiveReason: 'Entered after the operation' });
      expect(entered.retrospective).toBe(true);
      // Moving a planned operation keeps it in the session; an emergency moves anywhere.
      await expectFailsAndChangesNothing(
        db.orm,
        () => rescheduleSurgery(ctx(), first.id, { theatreId: null, team: null }, { surgeryId: first.id, scheduledStart: at('18:00') }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'OUTSIDE_SESSION', field: 'scheduledStart' },
      );
      await expectFailsAndChangesNothing(
        db.orm,
        () => rescheduleSurgery(ctx(), last.id, { theatreId: null, team: null }, { surgeryId: last.id, expectedDurationMinutes: 90 }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'OUTSIDE_SESSION', field: 'scheduledStart' },
      );
      const moved = await rescheduleSurgery(ctx(), night.id, { theatreId: null, team: null }, { surgeryId: night.id, scheduledStart: at('03:00') });
      expect(moved.scheduledStart.toISOString()).toBe(at('03:00').toISOString());
    });

    it('refuses an unknown patient or referral with NOT_FOUND', async () => {
      const { patientId } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      await expectFailsAndChangesNothing(db.orm, () => schedule(UNKNOWN_ID, {}, { specialty: Specialty.ENT }), {
        code: ErrorCode.NOT_FOUND,
        reason: 'NOT_FOUND',
      });
      await expectFailsAndChangesNothing(db.orm, () => schedule(patientId, { referralId: UNKNOWN_ID }), {
        code: ErrorCode.NOT_FOUND,
        reason: 'NOT_FOUND',
      });
    });

    it('without a referral: opens an episode titled after the procedure, or uses the patient\'s active one', async () => {
      const patientId = (await registerPatient(ctx(), patientInput())).id;
      const first = await schedule(patientId, {}, { specialty: Specialty.PLASTIC_SURGERY, procedure: 'Cleft lip repair' });
      const episode = await fresh().findOneOrFail(Episode, { id: first.episode.id });
      expect(episode).toMatchObject({ title: 'Cleft lip repair', specialty: Specialty.PLASTIC_SURGERY, status: EpisodeStatus.ACTIVE });
      expect(episode.patient.id).toBe(patientId);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.SURGERY_SCHEDULED);

      const second = await schedule(patientId, {}, { specialty: Specialty.PLASTIC_SURGERY, procedure: 'Palate repair' });
      expect(second.episode.id).toBe(first.episode.id);
      expect(await fresh().count(Episode, { patient: patientId })).toBe(1);
    });

    it('refuses an episode of another patient, or a closed one, with BAD_USER_INPUT', async () => {
      const { referral: otherReferral } = await referralInStatus(db.orm, clock, ReferralStatus.RECEIVED);
      const { patientId, referral: declined } = await referralInStatus(db.orm, clock, ReferralStatus.DECLINED);
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, { episodeId: otherReferral.episode.id }, { specialty: Specialty.ENT }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'EPISODE_OF_OTHER_PATIENT', field: 'episodeId' },
        [patientId],
      );
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, { episodeId: declined.episode.id }, { specialty: Specialty.ENT }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'EPISODE_CLOSED', field: 'episodeId' },
        [patientId],
      );
    });
  });

  describe('completeSurgery', () => {
    it('records the operation, completes the referral at closure and writes SURGERY_PERFORMED at incision; stage OPERATED', async () => {
      const { patientId, referralId, episodeId, surgery } = await scheduled();
      clock.advance(8 * 24 * 60);
      const times = operationTimes(30);
      const before = await snapshotDatabase(db.orm);

      const done = await complete(surgery.id, times);
      expect(done.status).toBe(SurgeryStatus.COMPLETED);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ surgery_checklist_phase: 3, referral_status_change: 1, journey_event: 5 });

      const em = fresh();
      const stored = await em.findOneOrFail(Surgery, { id: surgery.id });
      expect(stored).toMatchObject({ status: SurgeryStatus.COMPLETED, findings: 'Indirect hernia', operativeNote: 'Mesh repair' });
      expect(stored.startedAt?.toISOString()).toBe(times.startedAt!.toISOString());
      expect(stored.endedAt?.toISOString()).toBe(times.endedAt!.toISOString());
      expect(stored.version).toBe(surgery.version + 1);

      expect((await em.findOneOrFail(Referral, { id: referralId })).status).toBe(ReferralStatus.COMPLETED);
      const change = await em.findOneOrFail(ReferralStatusChange, { referral: referralId, toStatus: ReferralStatus.COMPLETED });
      expect(change.fromStatus).toBe(ReferralStatus.SCHEDULED);
      expect(change.changedAt.toISOString()).toBe(times.endedAt!.toISOString());

      const performed = await em.findOneOrFail(JourneyEvent, { patient: patientId, kind: JourneyEventKind.SURGERY_PERFORMED });
      expect(performed.occurredAt.toISOString()).toBe(times.startedAt!.toISOString());
      expect(performed.surgery?.id).toBe(surgery.id);
      expect(performed.referral?.id).toBe(referralId);
      expect(performed.episode?.id).toBe(episodeId);
      expect(performed.summary).toContain('95 min');

      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.OPERATED);
      expect((await em.findOneOrFail(Episode, { id: episodeId })).status).toBe(EpisodeStatus.ACTIVE);
    });

    it('leaves the stage INPATIENT when the patient is on the ward', async () => {
      const { patientId, referralId, surgery } = await scheduled();
      const [bed] = await vacantBeds(db.orm);
      await admitPatient(ctx(), { patientId, bedId: bed.id, episodeId: null }, { patientId, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.INPATIENT);
      clock.advance(180);

      await complete(surgery.id);
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.INPATIENT);
      expect((await fresh().findOneOrFail(Referral, { id: referralId })).status).toBe(ReferralStatus.COMPLETED);
    });

    it('completes an operation booked without a referral; stage OPERATED and no referral history', async () => {
      const patientId = (await registerPatient(ctx(), patientInput())).id;
      const surgery = await schedule(patientId, {}, { specialty: Specialty.GENERAL_SURGERY });
      clock.advance(120);
      const before = await snapshotDatabase(db.orm);
      await complete(surgery.id);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ surgery_checklist_phase: 3, journey_event: 4 });
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.OPERATED);
    });

    it('takes the incision and closure as incisionAt and closureAt, or by their deprecated names, never both', async () => {
      const { patientId, surgery } = await scheduled();
      clock.advance(120);
      const { startedAt, endedAt } = operationTimes();
      await recordFullChecklist(db.orm, clock, surgery.id, startedAt!, endedAt!);
      const named = { startedAt: null, endedAt: null, incisionAt: startedAt, closureAt: endedAt };
      await expectFailsAndChangesNothing(db.orm, () => completeOnly(surgery.id, { ...named, startedAt }), {
        code: ErrorCode.BAD_USER_INPUT, field: 'startedAt', reason: 'BOTH_NAMES',
      }, [patientId]);
      await expectFailsAndChangesNothing(db.orm, () => completeOnly(surgery.id, { ...named, closureAt: null }), {
        code: ErrorCode.BAD_USER_INPUT, field: 'closureAt', reason: 'REQUIRED',
      }, [patientId]);
      await expectFailsAndChangesNothing(db.orm, () => completeOnly(surgery.id, { ...named, closureAt: startedAt }), {
        code: ErrorCode.BAD_USER_INPUT, field: 'closureAt', reason: 'END_BEFORE_START',
      }, [patientId]);
      await completeOnly(surgery.id, named);
      const stored = await fresh().findOneOrFail(Surgery, { id: surgery.id });
      expect([stored.startedAt?.toISOString(), stored.endedAt?.toISOString()]).toEqual([startedAt!.toISOString(), endedAt!.toISOString()]);
    });

    it('refuses a cancelled surgery with CONFLICT SURGERY_NOT_SCHEDULED and changes nothing', async () => {
      const { patientId, surgery } = await scheduled();
      await cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.PATIENT, reason: 'Patient has a chest infection' });
      clock.advance(60);
      await expectFailsAndChangesNothing(
        db.orm,
        () => complete(surgery.id),
        { code: ErrorCode.CONFLICT, reason: 'SURGERY_NOT_SCHEDULED' },
        [patientId],
      );
    });

    it('refuses to complete the same operation twice with CONFLICT ALREADY_COMPLETED and keeps the first record', async () => {
      const { patientId, surgery } = await scheduled();
      clock.advance(240);
      const first = operationTimes(60);
      await complete(surgery.id, first);
      await expectFailsAndChangesNothing(
        db.orm,
        () => completeOnly(surgery.id, { ...operationTimes(10), findings: 'Second attempt' }),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_COMPLETED' },
        [patientId],
      );
      const stored = await fresh().findOneOrFail(Surgery, { id: surgery.id });
      expect(stored.findings).toBe('Indirect hernia');
      expect(stored.startedAt?.toISOString()).toBe(first.startedAt!.toISOString());
      expect(await fresh().count(JourneyEvent, { patient: patientId, kind: JourneyEventKind.SURGERY_PERFORMED })).toBe(1);
    });

    it.each([
      ['endedAt before startedAt', () => ({ startedAt: new Date(clock().getTime() - 60 * MINUTE), endedAt: new Date(clock().getTime() - 120 * MINUTE) }), 'endedAt', 'END_BEFORE_START'],
      ['endedAt equal to startedAt', () => ({ startedAt: new Date(clock().getTime() - 60 * MINUTE), endedAt: new Date(clock().getTime() - 60 * MINUTE) }), 'endedAt', 'END_BEFORE_START'],
      ['endedAt in the future', () => ({ startedAt: new Date(clock().getTime() - 60 * MINUTE), endedAt: new Date(clock().getTime() + 60 * MINUTE) }), 'endedAt', 'IN_FUTURE'],
      ['startedAt in the future', () => ({ startedAt: new Date(clock().getTime() + 60 * MINUTE), endedAt: new Date(clock().getTime() + 120 * MINUTE) }), 'startedAt', 'IN_FUTURE'],
      ['an operation of more than 24 hours', () => ({ startedAt: new Date(clock().getTime() - 25 * 60 * MINUTE), endedAt: new Date(clock().getTime() - 30 * MINUTE) }), 'endedAt', 'OUT_OF_RANGE'],
      ['an invalid startedAt', () => ({ startedAt: new Date('nonsense'), endedAt: new Date(clock().getTime() - 30 * MINUTE) }), 'startedAt', 'INVALID_DATE'],
    ] as [string, () => Pick<CompleteSurgeryInput, 'startedAt' | 'endedAt'>, string, string][])(
      'refuses %s with BAD_USER_INPUT and changes nothing',
      async (_name, times, field, reason) => {
        const { patientId, surgery } = await scheduled();
        clock.advance(8 * 24 * 60);
        const twoDaysAgo = new Date(clock().getTime() - 48 * 60 * MINUTE);
        await recordFullChecklist(db.orm, clock, surgery.id, twoDaysAgo, twoDaysAgo);
        await expectFailsAndChangesNothing(db.orm, () => completeOnly(surgery.id, times()), { code: ErrorCode.BAD_USER_INPUT, reason, field }, [patientId]);
        expect((await fresh().findOneOrFail(Surgery, { id: surgery.id })).status).toBe(SurgeryStatus.SCHEDULED);
      },
    );

    it('refuses an unknown surgery with NOT_FOUND', async () => {
      await expectFailsAndChangesNothing(db.orm, () => completeOnly(UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
    });
  });

  describe('cancelSurgery', () => {
    it('cancels the booking, puts the referral back on the waitlist with the reason, and the stage back to WAITLISTED', async () => {
      const { patientId, referralId, surgery } = await scheduled();
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.SURGERY_SCHEDULED);
      const at = clock.advance(60);
      const before = await snapshotDatabase(db.orm);

      await cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.HOSPITAL, reason: '  Visiting team postponed  ' });
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ referral_status_change: 1, journey_event: 2 });

      const em = fresh();
      expect(await em.findOneOrFail(Surgery, { id: surgery.id })).toMatchObject({
        status: SurgeryStatus.CANCELLED,
        cancellationCategory: CancellationCategory.HOSPITAL,
        cancellationReason: 'Visiting team postponed',
      });
      expect((await em.findOneOrFail(Referral, { id: referralId })).status).toBe(ReferralStatus.WAITLISTED);
      const change = await em.findOneOrFail(ReferralStatusChange, { referral: referralId, fromStatus: ReferralStatus.SCHEDULED });
      expect(change).toMatchObject({ toStatus: ReferralStatus.WAITLISTED, reason: 'Visiting team postponed' });
      const event = await em.findOneOrFail(JourneyEvent, { patient: patientId, kind: JourneyEventKind.SURGERY_CANCELLED });
      expect(event).toMatchObject({ note: 'Visiting team postponed' });
      expect(event.surgery?.id).toBe(surgery.id);
      expect(event.occurredAt.toISOString()).toBe(at.toISOString());
      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.WAITLISTED);

      // Back on the waitlist, the referral can be booked again.
      await schedule(patientId, { referralId });
      expect((await fresh().findOneOrFail(Referral, { id: referralId })).status).toBe(ReferralStatus.SCHEDULED);
    });

    it('refuses to cancel without a reason with BAD_USER_INPUT', async () => {
      const { patientId, surgery } = await scheduled();
      await expectFailsAndChangesNothing(
        db.orm,
        () => cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.PATIENT, reason: '  ' }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' },
        [patientId],
      );
    });

    it('refuses to cancel a completed operation (SURGERY_NOT_SCHEDULED) or an already cancelled one (ALREADY_CANCELLED)', async () => {
      const done = await scheduled();
      clock.advance(240);
      await complete(done.surgery.id);
      await expectFailsAndChangesNothing(
        db.orm,
        () => cancelSurgery(ctx(), done.surgery.id, { surgeryId: done.surgery.id, category: CancellationCategory.PATIENT, reason: 'Too late' }),
        { code: ErrorCode.CONFLICT, reason: 'SURGERY_NOT_SCHEDULED' },
        [done.patientId],
      );
      const cancelled = await scheduled();
      await cancelSurgery(ctx(), cancelled.surgery.id, { surgeryId: cancelled.surgery.id, category: CancellationCategory.PATIENT, reason: 'Postponed' });
      await expectFailsAndChangesNothing(
        db.orm,
        () => cancelSurgery(ctx(), cancelled.surgery.id, { surgeryId: cancelled.surgery.id, category: CancellationCategory.PATIENT, reason: 'Again' }),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_CANCELLED' },
        [cancelled.patientId],
      );
    });

    it('refuses a second booking while the referral has one, changing nothing', async () => {
      const { patientId, referralId } = await scheduled();
      await expectFailsAndChangesNothing(
        db.orm,
        () => schedule(patientId, { referralId }, { theatreId: THEATRE_KEYS['OT 2'] }),
        { code: ErrorCode.CONFLICT, reason: 'REFERRAL_ALREADY_SCHEDULED' },
        [patientId],
      );
    });
  });

  it('scheduling, cancelling and completing keep one episode for the whole referral', async () => {
    const patientId = (await registerPatient(ctx(), patientInput())).id;
    const referral = await receiveReferral(ctx(), patientId, referralInput(patientId));
    for (const to of [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED]) {
      await transitionReferral(ctx(), referral.id, { referralId: referral.id, to });
    }
    const a = await schedule(patientId, { referralId: referral.id });
    await cancelSurgery(ctx(), a.id, { surgeryId: a.id, category: CancellationCategory.PATIENT, reason: 'Postponed' });
    const b = await schedule(patientId, { referralId: referral.id });
    clock.advance(8 * 24 * 60);
    await complete(b.id);
    const surgeries = await fresh().find(Surgery, { patient: patientId });
    expect(new Set(surgeries.map((s) => s.episode.id))).toEqual(new Set([referral.episode.id]));
    expect(await fresh().count(Episode, { patient: patientId })).toBe(1);
    expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.OPERATED);
  });
});
