import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AdmissionStatus,
  CancellationCategory,
  Day30Status,
  DischargeDisposition,
  EpisodeStatus,
  FollowUpOutcome,
  FollowUpStatus,
  hospitalDate,
  isReferralOpen,
  startOfHospitalDay,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
  stageAfter,
  SurgeryStatus,
  TreatmentPlanStatus,
  type StageInput,
} from '@pj/shared';
import { conflict } from '../common/domain-error.js';
import { checkVersion, inTransaction } from '../common/transaction.js';
import { requiredText } from '../common/validate.js';
import { Episode } from '../episodes/episode.entity.js';
import { closeEpisode } from '../episodes/episode.service.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { omitRemainingDoses } from '../follow-up/follow-up.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { applyReferralTransition } from '../referrals/referral.service.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { cancelBooking } from '../surgery/surgery.service.js';
import { DeathRecord, DeathRecordedBy } from './death-record.entity.js';
import type { Patient } from './patient.entity.js';
import { getPatientOrFail } from './patient.service.js';

/**
 * The instant a death known only by its day takes effect for what it closes (an open stay,
 * bookings after it): now when it is today, else the start of that day in Phnom Penh.
 */
export function deathInstant(day: string, now: Date): Date {
  return day === hospitalDate(now) ? now : startOfHospitalDay(day);
}

/** The reason written on everything a death closes or cancels. */
export const DIED = 'The patient died';

/** The stage the event that recorded the death would have led to, had it not been a death. */
function stageIfNotFatal(stageBefore: JourneyStage, recordedBy: DeathRecordedBy): JourneyStage {
  switch (recordedBy) {
    case DeathRecordedBy.DISCHARGE:
      return stageAfter(stageBefore, { kind: JourneyEventKind.DISCHARGED, disposition: DischargeDisposition.HOME });
    case DeathRecordedBy.FOLLOW_UP_CALL:
      return stageAfter(stageBefore, { kind: JourneyEventKind.FOLLOW_UP_RECORDED, outcome: FollowUpOutcome.ATTENDED, day30Status: Day30Status.ALIVE });
    case DeathRecordedBy.COMPLICATION:
    case DeathRecordedBy.TOXICITY:
      return stageBefore;
  }
}

/**
 * What a death ends, in the transaction that records it, whichever way it was recorded
 * (discharge DIED, Clavien-Dindo V, CTCAE grade 5, a day-30 call that found the patient had
 * died). Each step goes through the path the workflow itself uses, with the reason "The
 * patient died" and its timeline entry:
 *
 * - booked operations (SCHEDULED) are cancelled through the surgery service's cancel path,
 *   which releases the theatre, patient and team slots;
 * - open referrals are CANCELLED (history row, timeline entry, their episode closed);
 * - active treatment plans are STOPPED, their planned doses OMITTED;
 * - booked follow-ups are CANCELLED;
 * - an open admission (when the death was not recorded by its discharge) is discharged with
 *   disposition DIED at the time of death, its bed stay closed;
 * - the episodes still open are finished.
 *
 * It writes the death record (one uncorrected death per patient, guaranteed by the database)
 * with the stage a correction would give back. Call it after the event that records the
 * death, with the stage the patient was in before that event.
 */
export async function endJourneyAfterDeath(
  em: EntityManager,
  patient: Patient,
  death: { diedAt: Date; recordedBy: DeathRecordedBy; stageBefore: JourneyStage; now: Date; actor: string | null },
): Promise<void> {
  const { diedAt, now, actor } = death;
  // The stage the journey would be in without the death: what it ends, then the event that
  // recorded it as if it had not been a death.
  let ifAlive = death.stageBefore;
  const follow = (input: StageInput): void => {
    ifAlive = stageAfter(ifAlive, input);
  };

  // Booked operations, through the surgery service's own cancel path (a referral returns to
  // the waitlist there, and is cancelled below with the other open referrals).
  const booked = await em.find(Surgery, { patient, status: SurgeryStatus.SCHEDULED }, { populate: ['episode', 'referral', 'referral.episode', 'theatre'], orderBy: { scheduledStart: 'asc' } });
  for (const surgery of booked) {
    await cancelBooking(em, surgery, { category: CancellationCategory.PATIENT, reason: DIED, at: now, actor });
    follow({ kind: JourneyEventKind.SURGERY_CANCELLED });
  }

  const referrals = await em.find(Referral, { patient }, { populate: ['episode'], orderBy: { receivedAt: 'asc' } });
  for (const referral of referrals.filter((r) => isReferralOpen(r.status))) {
    applyReferralTransition(em, referral, ReferralStatus.CANCELLED, { at: now, reason: DIED, actor });
    follow({ kind: JourneyEventKind.REFERRAL_STATUS_CHANGED, toStatus: ReferralStatus.CANCELLED });
  }

  const on = hospitalDate(diedAt);
  for (const plan of await em.find(TreatmentPlan, { patient, status: TreatmentPlanStatus.ACTIVE })) {
    plan.status = TreatmentPlanStatus.STOPPED;
    plan.endedOn = on < plan.startDate ? plan.startDate : on;
    plan.endNote = DIED;
    await omitRemainingDoses(em, plan, 'Not given: the patient died');
  }

  for (const followUp of await em.find(FollowUp, { patient, status: FollowUpStatus.SCHEDULED })) {
    followUp.status = FollowUpStatus.CANCELLED;
    followUp.recordedAt = now;
    followUp.notes = followUp.notes ? `${followUp.notes}\nCancelled: the patient died` : 'Cancelled: the patient died';
  }

  const admission = await em.findOne(Admission, { patient, status: AdmissionStatus.ADMITTED }, { populate: ['episode', 'bed', 'bed.ward'] });
  if (admission) {
    const stay = await em.findOne(BedStay, { admission, to: null });
    // At the time of death; never before the patient came into the bed they are in.
    const floor = Math.max(admission.admittedAt.getTime(), stay?.from.getTime() ?? 0);
    const dischargedAt = new Date(Math.max(diedAt.getTime(), floor));
    admission.status = AdmissionStatus.DISCHARGED;
    admission.dischargedAt = dischargedAt;
    if (stay) stay.to = dischargedAt;
    const diagnosis = 'Died during the admission';
    const discharge = em.create(Discharge, { admission, patient, dischargedAt, disposition: DischargeDisposition.DIED, diagnosis, medications: [] });
    closeEpisode(admission.episode, EpisodeStatus.FINISHED, dischargedAt);
    // Alive, the admission would have ended with a discharge home.
    follow({ kind: JourneyEventKind.DISCHARGED, disposition: DischargeDisposition.HOME });
    recordJourneyEvent(em, patient, {
      kind: JourneyEventKind.DISCHARGED,
      disposition: DischargeDisposition.DIED,
      occurredAt: dischargedAt,
      summary: summaries.discharged(DischargeDisposition.DIED, admission.bed.ward.name, diagnosis),
      episode: admission.episode,
      admission,
      discharge,
    }, actor);
  }
  ifAlive = stageIfNotFatal(ifAlive, death.recordedBy);

  for (const episode of await em.find(Episode, { patient, status: EpisodeStatus.ACTIVE })) {
    closeEpisode(episode, EpisodeStatus.FINISHED, diedAt);
  }

  em.create(DeathRecord, {
    patient,
    diedAt,
    recordedBy: death.recordedBy,
    stageIfAlive: ifAlive === JourneyStage.DECEASED ? JourneyStage.CLOSED : ifAlive,
    recordedAt: now,
    actor,
  });
}

/**
 * Corrects a death recorded in error (an administrator's action, audited like every
 * mutation): the patient gets back the stage their journey was in before the death, with
 * what the death ended taken into account, and the timeline records DEATH_CORRECTED with
 * the reason. What the death cancelled or closed (bookings, referrals, plans, follow-ups,
 * an admission) is not brought back: those are re-booked by hand. The record of the death
 * (discharge, complication, toxicity or call) stays as written.
 */
export async function correctRecordedDeath(
  ctx: ServiceContext,
  patientId: string,
  input: { patientId?: string; reason: string; expectedVersion?: number | null },
): Promise<Patient> {
  const now = ctx.clock();
  const reason = requiredText('reason', input.reason, 2000, { multiline: true });
  return inTransaction(
    ctx.em,
    async (em) => {
      const patient = await getPatientOrFail(em, patientId);
      if (patient.mergedInto) throw conflict('PATIENT_MERGED', `Patient ${patient.mrn} was merged into another record; correct that one`);
      checkVersion(patient, input.expectedVersion, 'patient');
      if (patient.stage !== JourneyStage.DECEASED) throw conflict('PATIENT_NOT_DECEASED', 'No death is recorded for this patient');
      const death = await em.findOne(DeathRecord, { patient, correctedAt: null });
      // Deaths recorded before death records were kept: the journey had ended, so follow-up.
      const restored = death?.stageIfAlive ?? JourneyStage.FOLLOW_UP;
      if (death) Object.assign(death, { correctedAt: now, correctedBy: ctx.actor, correctionReason: reason });
      recordJourneyEvent(
        em,
        patient,
        { kind: JourneyEventKind.DEATH_CORRECTED, occurredAt: now, summary: summaries.deathCorrected(reason), note: reason },
        ctx.actor,
      );
      patient.stage = restored;
      return patient;
    },
  );
}
