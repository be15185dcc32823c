import {
  EpisodeStatus,
  ErrorCode,
  JourneyEventKind,
  JourneyStage,
  MANUAL_REFERRAL_TRANSITIONS,
  REFERRAL_TRANSITIONS,
  ReferralStatus,
  Specialty,
  UrgencyBand,
} from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  reasonFor,
  referralInStatus,
  referralInput,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  testClock,
  addedRows,
} from '../../../../tests/support/factories.js';
import { DomainError } from '../common/domain-error.js';
import { Episode } from '../episodes/episode.entity.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import type { ReceiveReferralInput, TransitionReferralInput } from './referral.input.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';
import { receiveReferral, transitionReferral } from './referral.service.js';

const STATUSES = Object.values(ReferralStatus);
const LEGAL: [ReferralStatus, ReferralStatus][] = STATUSES.flatMap((from) =>
  REFERRAL_TRANSITIONS[from].map((to): [ReferralStatus, ReferralStatus] => [from, to]),
);
/** The legal moves a person makes with transitionReferral; the others follow from the operation. */
const BY_HAND: [ReferralStatus, ReferralStatus][] = STATUSES.flatMap((from) =>
  MANUAL_REFERRAL_TRANSITIONS[from].map((to): [ReferralStatus, ReferralStatus] => [from, to]),
);

/** The stage the rules put a (non-inpatient) patient in after their referral moves to a status. */
const STAGE_AFTER: Partial<Record<ReferralStatus, JourneyStage>> = {
  [ReferralStatus.TRIAGED]: JourneyStage.IN_ASSESSMENT,
  [ReferralStatus.ACCEPTED]: JourneyStage.WAITLISTED,
  [ReferralStatus.WAITLISTED]: JourneyStage.WAITLISTED,
  [ReferralStatus.SCHEDULED]: JourneyStage.SURGERY_SCHEDULED,
  [ReferralStatus.DECLINED]: JourneyStage.CLOSED,
  [ReferralStatus.CANCELLED]: JourneyStage.CLOSED,
  // COMPLETED leaves the stage where it was (the surgery events move it).
};

/** Row-count differences between two snapshots, only for the tables that changed. */
describe('referrals', () => {
  let db: TestDatabase;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();

  const newPatient = async () => (await registerPatient(ctx(), patientInput())).id;
  const receive = (patientId: string, overrides: Partial<ReceiveReferralInput> = {}) =>
    receiveReferral(ctx(), patientId, referralInput(patientId, overrides));
  const transition = (referralId: string, to: ReferralStatus, extra: Partial<TransitionReferralInput> = {}) =>
    transitionReferral(ctx(), referralId, { referralId, to, reason: reasonFor(to), ...extra });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('receiveReferral', () => {
    it('opens a new ACTIVE episode, records RECEIVED in the history and a REFERRAL_RECEIVED event, and moves the patient to REFERRED', async () => {
      const patientId = await newPatient();
      const before = await snapshotDatabase(db.orm);
      const referral = await receive(patientId, { specialty: Specialty.UROLOGY, reason: '  Bladder stone  ' });
      // New rows: the episode, the referral, its first history entry and the timeline event (the patient is updated).
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ episode: 1, referral: 1, referral_status_change: 1, journey_event: 1 });

      const em = fresh();
      const stored = await em.findOneOrFail(Referral, { id: referral.id }, { populate: ['episode'] });
      expect(stored).toMatchObject({ status: ReferralStatus.RECEIVED, version: 1, reason: 'Bladder stone', specialty: Specialty.UROLOGY });
      expect(stored.receivedAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');
      expect(stored.patient.id).toBe(patientId);

      const episode = stored.episode;
      expect(episode).toMatchObject({ status: EpisodeStatus.ACTIVE, specialty: Specialty.UROLOGY, title: 'Bladder stone', endedAt: null });
      expect(episode.patient.id).toBe(patientId);
      expect(episode.startedAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');

      const history = await em.find(ReferralStatusChange, { referral: referral.id });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: ReferralStatus.RECEIVED, changedBy: 'test' });
      expect(history[0].changedAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');

      const events = await em.find(JourneyEvent, { patient: patientId, kind: JourneyEventKind.REFERRAL_RECEIVED });
      expect(events).toHaveLength(1);
      expect(events[0].referral?.id).toBe(referral.id);
      expect(events[0].episode?.id).toBe(episode.id);
      expect(events[0].toStatus).toBe(ReferralStatus.RECEIVED);
      expect(events[0].occurredAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');

      expect((await reloadPatient(db.orm, patientId)).stage).toBe(JourneyStage.REFERRED);
    });

    it('opens a separate episode for each referral of the same patient', async () => {
      const patientId = await newPatient();
      const first = await receive(patientId);
      const second = await receive(patientId, { specialty: Specialty.ENT, reason: 'Chronic otitis media' });
      expect(first.episode.id).not.toBe(second.episode.id);
      const episodes = await fresh().find(Episode, { patient: patientId });
      expect(episodes.map((e) => e.status)).toEqual([EpisodeStatus.ACTIVE, EpisodeStatus.ACTIVE]);
    });

    // Received at 01:30 on 2 March in Phnom Penh, which is still 1 March in UTC.
    it.each([
      [UrgencyBand.DAYS_30, '2026-04-01'],
      [UrgencyBand.DAYS_90, '2026-05-31'],
      [UrgencyBand.DAYS_365, '2027-03-02'],
      [null, null],
    ])('sets dueDate to the Phnom Penh day of receipt plus the band (%s → %s)', async (urgencyBand, dueDate) => {
      const patientId = await newPatient();
      const referral = await receive(patientId, { urgencyBand, receivedAt: new Date('2026-03-01T18:30:00.000Z') });
      const stored = await fresh().findOneOrFail(Referral, { id: referral.id });
      expect(stored.dueDate).toBe(dueDate);
      expect(stored.urgencyBand).toBe(urgencyBand);
      expect(stored.receivedAt.toISOString()).toBe('2026-03-01T18:30:00.000Z');
    });

    it('defaults receivedAt to now and counts the band from today in Phnom Penh', async () => {
      clock.set('2026-03-02T17:30:00.000Z'); // 00:30 on 3 March in Phnom Penh
      try {
        const referral = await receive(await newPatient(), { urgencyBand: UrgencyBand.DAYS_30 });
        const stored = await fresh().findOneOrFail(Referral, { id: referral.id });
        expect(stored.receivedAt.toISOString()).toBe('2026-03-02T17:30:00.000Z');
        expect(stored.dueDate).toBe('2026-04-02');
      } finally {
        clock.set('2026-03-02T02:00:00.000Z');
      }
    });

    it('rejects receivedAt in the future with BAD_USER_INPUT and writes nothing', async () => {
      const patientId = await newPatient();
      await expectFailsAndChangesNothing(
        db.orm,
        () => receive(patientId, { receivedAt: new Date('2026-03-02T02:30:00.000Z') }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'receivedAt' },
        [patientId],
      );
      await expectFailsAndChangesNothing(
        db.orm,
        () => receive(patientId, { receivedAt: new Date('2027-01-01T00:00:00.000Z') }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'receivedAt' },
        [patientId],
      );
    });

    it('rejects an empty reason with BAD_USER_INPUT and writes nothing', async () => {
      const patientId = await newPatient();
      await expectFailsAndChangesNothing(db.orm, () => receive(patientId, { reason: '   ' }), {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'REQUIRED',
        field: 'reason',
      });
    });

    it('rejects an unknown patient with NOT_FOUND and writes nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expectFailsAndChangesNothing(db.orm, () => receive(unknown), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
    });
  });

  describe('transitionReferral', () => {
    it('the table has 13 legal moves and 51 illegal ones among the 8 statuses; 8 of the legal ones are made by hand', () => {
      expect(STATUSES).toHaveLength(8);
      expect(LEGAL).toHaveLength(13);
      expect(BY_HAND).toHaveLength(8);
    });

    it.each(BY_HAND)('%s → %s is allowed: one history row, one event, version + 1, and the stage and episode follow', async (from, to) => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, from);
      expect(referral.status).toBe(from);
      const stageBefore = (await reloadPatient(db.orm, patientId)).stage;
      const before = await snapshotDatabase(db.orm);
      const at = clock.advance(90);

      const result = await transition(referral.id, to);
      expect(result.status).toBe(to);
      expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ referral_status_change: 1, journey_event: 1 });

      const em = fresh();
      const stored = await em.findOneOrFail(Referral, { id: referral.id }, { populate: ['episode'] });
      expect(stored.status).toBe(to);
      expect(stored.version).toBe(referral.version + 1);

      const change = await em.findOneOrFail(ReferralStatusChange, { referral: referral.id, fromStatus: from, toStatus: to });
      expect(change).toMatchObject({ reason: reasonFor(to), changedBy: 'test' });
      expect(change.changedAt.toISOString()).toBe(at.toISOString());

      const event = await em.findOneOrFail(JourneyEvent, {
        patient: patientId,
        kind: JourneyEventKind.REFERRAL_STATUS_CHANGED,
        fromStatus: from,
        toStatus: to,
      });
      expect(event.referral?.id).toBe(referral.id);
      expect(event.episode?.id).toBe(stored.episode.id);
      expect(event.note).toBe(reasonFor(to));
      expect(event.occurredAt.toISOString()).toBe(at.toISOString());

      expect((await reloadPatient(db.orm, patientId)).stage).toBe(STAGE_AFTER[to] ?? stageBefore);

      const closes = to === ReferralStatus.DECLINED || to === ReferralStatus.CANCELLED;
      expect(stored.episode.status).toBe(closes ? EpisodeStatus.CANCELLED : EpisodeStatus.ACTIVE);
      expect(stored.episode.endedAt?.toISOString() ?? null).toBe(closes ? at.toISOString() : null);
    });

    it.each(STATUSES)('from %s, every move not in the table fails with CONFLICT ILLEGAL_TRANSITION and changes nothing', async (from) => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, from);
      const illegal = STATUSES.filter((to) => to !== from && !MANUAL_REFERRAL_TRANSITIONS[from].includes(to));
      // Staying put is not a move: the referral is already there.
      await expectFailsAndChangesNothing(db.orm, () => transition(referral.id, from, { reason: 'Again' }), { code: ErrorCode.CONFLICT, reason: 'ALREADY_IN_STATUS' }, [patientId]);
      for (const to of illegal) {
        await expectFailsAndChangesNothing(
          db.orm,
          () => transition(referral.id, to, { reason: 'Because the test says so' }),
          { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
          [patientId],
        );
      }
      const stored = await fresh().findOneOrFail(Referral, { id: referral.id });
      expect(stored).toMatchObject({ status: from, version: referral.version });
    });

    it.each([
      [ReferralStatus.TRIAGED, ReferralStatus.DECLINED, null],
      [ReferralStatus.TRIAGED, ReferralStatus.DECLINED, '   '],
      [ReferralStatus.RECEIVED, ReferralStatus.CANCELLED, null],
      [ReferralStatus.WAITLISTED, ReferralStatus.CANCELLED, ''],
      [ReferralStatus.ACCEPTED, ReferralStatus.CANCELLED, null],
    ])('%s → %s without a reason (%j) fails with BAD_USER_INPUT REASON_REQUIRED and changes nothing', async (from, to, reason) => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, from);
      await expectFailsAndChangesNothing(
        db.orm,
        () => transition(referral.id, to, { reason }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REASON_REQUIRED', field: 'reason' },
        [patientId],
      );
      const episode = await fresh().findOneOrFail(Episode, { id: referral.episode.id });
      expect(episode.status).toBe(EpisodeStatus.ACTIVE);
    });

    it('moves the stage REFERRED → IN_ASSESSMENT → CLOSED when declined, and closes the episode as CANCELLED', async () => {
      const patientId = await newPatient();
      const referral = await receive(patientId);
      const stages = [(await reloadPatient(db.orm, patientId)).stage];
      await transition(referral.id, ReferralStatus.TRIAGED);
      stages.push((await reloadPatient(db.orm, patientId)).stage);
      const declinedAt = clock.advance(30);
      await transition(referral.id, ReferralStatus.DECLINED, { reason: 'Not operable here; refer to Calmette' });
      stages.push((await reloadPatient(db.orm, patientId)).stage);
      expect(stages).toEqual([JourneyStage.REFERRED, JourneyStage.IN_ASSESSMENT, JourneyStage.CLOSED]);

      const episode = await fresh().findOneOrFail(Episode, { id: referral.episode.id });
      expect(episode.status).toBe(EpisodeStatus.CANCELLED);
      expect(episode.endedAt?.toISOString()).toBe(declinedAt.toISOString());
      const history = await fresh().find(ReferralStatusChange, { referral: referral.id, toStatus: ReferralStatus.DECLINED });
      expect(history.map((h) => h.reason)).toEqual(['Not operable here; refer to Calmette']);
    });

    it('moves the stage REFERRED → IN_ASSESSMENT → WAITLISTED → WAITLISTED when accepted and waitlisted', async () => {
      const patientId = await newPatient();
      const referral = await receive(patientId);
      const stages = [(await reloadPatient(db.orm, patientId)).stage];
      for (const to of [ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED]) {
        await transition(referral.id, to);
        stages.push((await reloadPatient(db.orm, patientId)).stage);
      }
      expect(stages).toEqual([JourneyStage.REFERRED, JourneyStage.IN_ASSESSMENT, JourneyStage.WAITLISTED, JourneyStage.WAITLISTED]);
      const episode = await fresh().findOneOrFail(Episode, { id: referral.episode.id });
      expect(episode.status).toBe(EpisodeStatus.ACTIVE);
    });

    it('setting the urgency band at triage computes dueDate from the day of receipt, not the day of triage', async () => {
      const patientId = await newPatient();
      const referral = await receive(patientId, { urgencyBand: null, receivedAt: new Date('2026-03-01T18:30:00.000Z') });
      expect((await fresh().findOneOrFail(Referral, { id: referral.id })).dueDate).toBeNull();
      clock.advance(10 * 24 * 60);
      try {
        await transition(referral.id, ReferralStatus.TRIAGED, { urgencyBand: UrgencyBand.DAYS_30 });
        const stored = await fresh().findOneOrFail(Referral, { id: referral.id });
        expect(stored).toMatchObject({ urgencyBand: UrgencyBand.DAYS_30, dueDate: '2026-04-01' });
      } finally {
        clock.set('2026-03-02T02:00:00.000Z');
      }
    });

    it('rejects a stale expectedVersion with CONFLICT STALE_VERSION and changes nothing; the current version works', async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.TRIAGED);
      expect(referral.version).toBe(2);
      for (const expectedVersion of [1, 3]) {
        await expectFailsAndChangesNothing(
          db.orm,
          () => transition(referral.id, ReferralStatus.ACCEPTED, { expectedVersion }),
          { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
          [patientId],
        );
      }
      const accepted = await transition(referral.id, ReferralStatus.ACCEPTED, { expectedVersion: 2 });
      expect(accepted).toMatchObject({ status: ReferralStatus.ACCEPTED, version: 3 });
    });

    it('rejects an unknown referral with NOT_FOUND and changes nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000001';
      await expectFailsAndChangesNothing(db.orm, () => transition(unknown, ReferralStatus.TRIAGED), {
        code: ErrorCode.NOT_FOUND,
        reason: 'NOT_FOUND',
      });
    });

    describe('two concurrent transitions of the same referral', () => {
      const ROUNDS = 6;

      /** Races two requests (own contexts) from TRIAGED; returns the settled results per round. */
      async function race(round: number) {
        const { referral } = await referralInStatus(db.orm, clock, ReferralStatus.TRIAGED);
        const before = await snapshotDatabase(db.orm);
        const expectedVersion = round % 2 === 0 ? null : referral.version;
        const settled = await Promise.allSettled([
          transitionReferral(ctx(), referral.id, { referralId: referral.id, to: ReferralStatus.ACCEPTED, expectedVersion }),
          transitionReferral(ctx(), referral.id, {
            referralId: referral.id,
            to: round % 3 === 0 ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED,
            reason: 'No theatre time this year',
            expectedVersion,
          }),
        ]);
        return { referral, before, settled };
      }

      it('exactly one succeeds, and exactly one history row and one event are added', async () => {
        for (let round = 0; round < ROUNDS; round++) {
          const { referral, before, settled } = await race(round);
          const winners = settled.filter((r): r is PromiseFulfilledResult<Referral> => r.status === 'fulfilled');
          expect(winners).toHaveLength(1);
          expect(settled.filter((r) => r.status === 'rejected')).toHaveLength(1);

          expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ referral_status_change: 1, journey_event: 1 });
          const stored = await fresh().findOneOrFail(Referral, { id: referral.id }, { populate: ['episode'] });
          expect(stored.status).toBe(winners[0].value.status);
          expect(stored.version).toBe(referral.version + 1);
          const history = await fresh().find(ReferralStatusChange, { referral: referral.id, fromStatus: ReferralStatus.TRIAGED });
          expect(history.map((h) => h.toStatus)).toEqual([stored.status]);
          expect(stored.episode.status).toBe(stored.status === ReferralStatus.DECLINED ? EpisodeStatus.CANCELLED : EpisodeStatus.ACTIVE);
        }
      });

      it('the loser is told the truth: ALREADY_IN_STATUS for the same move, STALE_VERSION only when it sent a version, else ILLEGAL_TRANSITION', async () => {
        for (let round = 0; round < ROUNDS; round++) {
          const { settled } = await race(round);
          const losers = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
          expect(losers).toHaveLength(1);
          const error: unknown = losers[0].reason;
          expect(error, `not a DomainError: ${String(error)}`).toBeInstanceOf(DomainError);
          const sameMove = round % 3 === 0;
          const versionSent = round % 2 === 1;
          expectDomainError(error, {
            code: ErrorCode.CONFLICT,
            reason: sameMove ? 'ALREADY_IN_STATUS' : versionSent ? 'STALE_VERSION' : 'ILLEGAL_TRANSITION',
          });
        }
      });
    });
  });
});
