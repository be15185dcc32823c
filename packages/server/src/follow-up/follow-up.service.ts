import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  AdministrationStatus,
  Day30Status,
  FollowUpKind,
  FollowUpOutcome,
  ErrorCode,
  FollowUpStatus,
  hospitalDate,
  JourneyEventKind,
  JourneyStage,
  LOST_TO_FOLLOW_UP_DAYS,
  lostToFollowUpBecauseOf,
  lostToFollowUpFrom,
  postOperativeFollowUps,
  SurgeryStatus,
  TreatmentPlanStatus,
} from '@pj/shared';
import { badInput, conflict, DomainError, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction, lockRow } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import type { Admission, Discharge } from '../inpatient/admission.entity.js';
import { Discharge as DischargeEntity } from '../inpatient/admission.entity.js';
import { onClinicalDay, recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { localDate } from '../oncology/oncology.service.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { DeathRecordedBy } from '../patients/death-record.entity.js';
import { deathInstant, endJourneyAfterDeath } from '../patients/death.service.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import { Surgery } from '../surgery/surgery.entity.js';
import type { CancelFollowUpInput, MoveFollowUpInput, RecordFollowUpInput, ScheduleFollowUpInput } from './follow-up.input.js';
import { FollowUp } from './follow-up.entity.js';

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ').replace('day 30', 'day-30');

/** A day not after today, or BAD_USER_INPUT. */
export function pastOrToday(field: string, value: string | null | undefined, now: Date): string {
  const today = hospitalDate(now);
  if (value === null || value === undefined) return today;
  const day = localDate(field, value);
  if (day > today) throw badInput(field, `${field} is in the future`, 'IN_FUTURE');
  return day;
}

/** Books a follow-up and puts it on the timeline (inside the caller's transaction). */
export function bookFollowUp(
  em: EntityManager,
  patient: Patient,
  booking: {
    kind: FollowUpKind;
    dueDate: string;
    discharge?: Discharge | null;
    surgery?: Surgery | null;
    treatmentPlan?: TreatmentPlan | null;
    notes?: string | null;
    automatic?: boolean;
    at: Date;
  },
  actor: string | null,
): FollowUp {
  const followUp = em.create(FollowUp, {
    patient,
    kind: booking.kind,
    dueDate: booking.dueDate,
    discharge: booking.discharge ?? null,
    surgery: booking.surgery ?? null,
    treatmentPlan: booking.treatmentPlan ?? null,
    notes: booking.notes ?? null,
    automatic: booking.automatic ?? false,
    scheduledAt: booking.at,
  });
  recordJourneyEvent(
    em,
    patient,
    {
      kind: JourneyEventKind.FOLLOW_UP_SCHEDULED,
      occurredAt: booking.at,
      summary: summaries.followUpScheduled(booking.kind, booking.dueDate, booking.automatic ?? false),
      followUp,
      treatmentPlan: booking.treatmentPlan ?? null,
    },
    actor,
  );
  return followUp;
}

/**
 * The follow-ups a discharge books by itself. After an operation performed during the
 * admission (the latest completed one) and unless the patient died: a wound check 10 days
 * after the operation (or the day after discharge, when later) unless discharged 14 or more
 * days after it, and a day-30 call 30 days after the operation (or the day after discharge).
 * A follow-up of that kind already booked for the same operation is not booked twice.
 * Other discharges (medical, oncology cycles) book nothing by themselves.
 */
export async function bookStandardFollowUps(
  em: EntityManager,
  patient: Patient,
  admission: Admission,
  discharge: Discharge,
  actor: string | null,
): Promise<FollowUp[]> {
  const surgery = await em.findOne(
    Surgery,
    {
      patient,
      status: SurgeryStatus.COMPLETED,
      startedAt: { $gte: admission.admittedAt, $lte: discharge.dischargedAt },
    },
    { orderBy: { startedAt: 'desc' } },
  );
  if (!surgery?.startedAt) return [];
  const existing = await em.find(FollowUp, { surgery, status: { $ne: FollowUpStatus.CANCELLED } });
  return postOperativeFollowUps(hospitalDate(surgery.startedAt), hospitalDate(discharge.dischargedAt))
    .filter((planned) => !existing.some((f) => f.kind === planned.kind))
    .map((planned) =>
      bookFollowUp(em, patient, { ...planned, discharge, surgery, automatic: true, at: discharge.dischargedAt }, actor),
    );
}

/** Marks every dose of the plan not yet given as OMITTED with `reason`. */
export async function omitRemainingDoses(em: EntityManager, plan: TreatmentPlan, reason: string): Promise<number> {
  const planned = await em.find(ChemoAdministration, { plan, status: AdministrationStatus.PLANNED });
  for (const dose of planned) {
    dose.status = AdministrationStatus.OMITTED;
    dose.omissionReason = reason;
  }
  return planned.length;
}

/** Books a follow-up by hand. */
export async function scheduleFollowUp(
  ctx: ServiceContext,
  ids: { patientId: string; dischargeId: string | null; surgeryId: string | null; treatmentPlanId: string | null },
  input: ScheduleFollowUpInput,
): Promise<FollowUp> {
  const now = ctx.clock();
  const dueDate = bookableDay(input.dueDate, now);
  const notes = optionalText('notes', input.notes, 2000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, ids.patientId);
    refuseIfDeceased(patient);
    const discharge = ids.dischargeId ? await em.findOne(DischargeEntity, { id: ids.dischargeId }) : null;
    if (ids.dischargeId && (!discharge || discharge.patient.id !== patient.id)) {
      throw badInput('dischargeId', 'The discharge is not this patient\'s', 'NOT_THE_PATIENTS');
    }
    const surgery = ids.surgeryId ? await em.findOne(Surgery, { id: ids.surgeryId }) : null;
    if (ids.surgeryId && (!surgery || surgery.patient.id !== patient.id)) {
      throw badInput('surgeryId', 'The operation is not this patient\'s', 'NOT_THE_PATIENTS');
    }
    const plan = ids.treatmentPlanId ? await em.findOne(TreatmentPlan, { id: ids.treatmentPlanId }) : null;
    if (ids.treatmentPlanId && (!plan || plan.patient.id !== patient.id)) {
      throw badInput('treatmentPlanId', 'The treatment plan is not this patient\'s', 'NOT_THE_PATIENTS');
    }
    if (surgery && (await em.count(FollowUp, { surgery, kind: input.kind, status: FollowUpStatus.SCHEDULED }))) {
      throw alreadyBooked(input.kind);
    }
    return bookFollowUp(em, patient, { kind: input.kind, dueDate, discharge, surgery, treatmentPlan: plan, notes, at: now }, ctx.actor);
  }, { follow_up_one_open_per_surgery_kind: () => alreadyBooked(input.kind) });
}

/** An operation has one open follow-up of each kind (`follow_up_one_open_per_surgery_kind`). */
const alreadyBooked = (kind: FollowUpKind): DomainError =>
  new DomainError(ErrorCode.CONFLICT, `A ${words(kind)} is already booked for this operation; move that one instead`, {
    reason: 'FOLLOW_UP_ALREADY_BOOKED',
    params: { kind },
  });

/** A day from today to three years ahead, for a booking. */
function bookableDay(value: string, now: Date): string {
  const dueDate = localDate('dueDate', value);
  if (dueDate < hospitalDate(now)) throw badInput('dueDate', 'dueDate is in the past', 'IN_PAST');
  if (dueDate > addDays(hospitalDate(now), 3 * 366)) throw badInput('dueDate', 'dueDate is more than 3 years ahead', 'TOO_FAR');
  return dueDate;
}

/** The booked follow-up, locked, still open and as the caller saw it; or the refusal that says why not. */
async function openFollowUp(em: EntityManager, followUpId: string, expectedVersion: number | null | undefined): Promise<FollowUp> {
  await lockRow(em, 'follow_up', followUpId);
  const followUp = await em.findOne(FollowUp, { id: followUpId }, { populate: ['patient'] });
  if (!followUp) throw notFound('FollowUp', followUpId);
  refuseIfDeceased(followUp.patient);
  if (followUp.status !== FollowUpStatus.SCHEDULED) {
    throw new DomainError(ErrorCode.CONFLICT, `This follow-up is already ${words(followUp.status)}: it can no longer be moved or cancelled`, {
      reason: 'FOLLOW_UP_CLOSED',
      params: { status: followUp.status },
    });
  }
  checkVersion(followUp, expectedVersion, 'follow-up');
  return followUp;
}

/**
 * Moves a booked follow-up to another day (today or later), with a reason. Only a SCHEDULED
 * follow-up moves (CONFLICT FOLLOW_UP_CLOSED otherwise); the timeline records the new booking
 * with the reason.
 */
export async function moveFollowUp(ctx: ServiceContext, followUpId: string, input: MoveFollowUpInput): Promise<FollowUp> {
  const now = ctx.clock();
  const dueDate = bookableDay(input.dueDate, now);
  const reason = requiredText('reason', input.reason, 500, { multiline: true });
  return inTransaction(ctx.em, async (em) => {
    const followUp = await openFollowUp(em, followUpId, input.expectedVersion);
    if (followUp.dueDate === dueDate) {
      throw badInput('dueDate', `The follow-up is already due on ${dueDate}`, 'SAME_DAY');
    }
    const from = followUp.dueDate;
    followUp.dueDate = dueDate;
    recordJourneyEvent(
      em,
      followUp.patient,
      {
        kind: JourneyEventKind.FOLLOW_UP_SCHEDULED,
        occurredAt: now,
        summary: summaries.followUpMoved(followUp.kind, dueDate, from),
        note: reason,
        followUp,
        treatmentPlan: followUp.treatmentPlan,
      },
      ctx.actor,
    );
    return followUp;
  });
}

/**
 * Cancels a booked follow-up with a reason, kept on the row (`cancelReason`, `cancelledAt`),
 * in the audit trail and on the timeline (variant `cancelled`, with the reason). Only a SCHEDULED follow-up (CONFLICT FOLLOW_UP_CLOSED otherwise).
 */
export async function cancelFollowUp(ctx: ServiceContext, followUpId: string, input: CancelFollowUpInput): Promise<FollowUp> {
  const now = ctx.clock();
  const reason = requiredText('reason', input.reason, 500, { multiline: true });
  return inTransaction(ctx.em, async (em) => {
    const followUp = await openFollowUp(em, followUpId, input.expectedVersion);
    followUp.status = FollowUpStatus.CANCELLED;
    followUp.cancelReason = reason;
    followUp.cancelledAt = now;
    recordJourneyEvent(
      em,
      followUp.patient,
      {
        kind: JourneyEventKind.FOLLOW_UP_SCHEDULED,
        occurredAt: now,
        summary: summaries.followUpCancelled(followUp.kind, followUp.dueDate, reason),
        note: reason,
        followUp,
        treatmentPlan: followUp.treatmentPlan,
      },
      ctx.actor,
    );
    return followUp;
  });
}

/**
 * Records a follow-up's outcome. Rules: only a SCHEDULED follow-up; a follow-up cannot be
 * missed before its due day; an attended day-30 call needs day30Status and nothing else may
 * have one; DIED makes the patient DECEASED and ends the journey (endJourneyAfterDeath). A missed
 * follow-up is checked at once for loss to follow-up.
 */
export async function recordFollowUp(ctx: ServiceContext, followUpId: string, input: RecordFollowUpInput): Promise<FollowUp> {
  const now = ctx.clock();
  const outcomeOn = pastOrToday('outcomeOn', input.outcomeOn, now);
  const notes = optionalText('notes', input.notes, 2000, { multiline: true });
  const day30Status = input.day30Status ?? null;

  return inTransaction(ctx.em, async (em) => {
    // A second recording of the same follow-up waits here for the first, then is told it is recorded.
    await lockRow(em, 'follow_up', followUpId);
    // The operation and the admission it follows name its episode of care on the timeline.
    const followUp = await em.findOne(FollowUp, { id: followUpId }, { populate: ['patient', 'surgery', 'discharge.admission'] });
    if (!followUp) throw notFound('FollowUp', followUpId);
    const patient = followUp.patient;
    refuseIfDeceased(patient);
    if (followUp.status !== FollowUpStatus.SCHEDULED) {
      throw conflict('ALREADY_RECORDED', `This follow-up is already ${words(followUp.status)}`);
    }
    checkVersion(followUp, input.expectedVersion, 'follow-up');
    const stageBefore = patient.stage;
    const call = followUp.kind === FollowUpKind.DAY_30_CALL;
    if (call && input.outcome === FollowUpOutcome.ATTENDED && !day30Status) {
      throw badInput('day30Status', 'A day-30 call that reached the family needs its result: alive, readmitted or died', 'REQUIRED');
    }
    if (day30Status && !(call && input.outcome === FollowUpOutcome.ATTENDED)) {
      throw badInput('day30Status', 'day30Status is only for a day-30 call that reached the family', 'NOT_ALLOWED');
    }
    if (input.outcome === FollowUpOutcome.MISSED && outcomeOn < followUp.dueDate) {
      throw badInput('outcomeOn', 'A follow-up cannot be missed before the day it is due', 'BEFORE_DUE');
    }
    if (outcomeOn < hospitalDate(followUp.scheduledAt)) {
      throw badInput('outcomeOn', 'outcomeOn is before the follow-up was booked', 'BEFORE_BOOKING');
    }
    followUp.status = input.outcome === FollowUpOutcome.ATTENDED ? FollowUpStatus.ATTENDED : FollowUpStatus.MISSED;
    followUp.outcomeOn = outcomeOn;
    followUp.day30Status = day30Status;
    if (notes) followUp.notes = followUp.notes ? `${followUp.notes}\n${notes}` : notes;
    followUp.recordedAt = now;
    const at = deathInstant(outcomeOn, now);
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.FOLLOW_UP_RECORDED,
        outcome: input.outcome,
        day30Status,
        ...onClinicalDay(outcomeOn, now),
        summary: summaries.followUpRecorded(followUp.kind, input.outcome, day30Status),
        note: notes,
        followUp,
        treatmentPlan: followUp.treatmentPlan,
      },
      ctx.actor,
    );
    if (day30Status === Day30Status.DIED) {
      await endJourneyAfterDeath(em, patient, { diedAt: at, recordedBy: DeathRecordedBy.FOLLOW_UP_CALL, stageBefore, now, actor: ctx.actor });
    }
    if (followUp.status === FollowUpStatus.MISSED) await markIfLost(em, patient, hospitalDate(now), now, ctx.actor);
    return followUp;
  });
}

/** Marks one patient lost to follow-up if the rule says so on `asOf`; says whether it did. */
async function markIfLost(em: EntityManager, patient: Patient, asOf: string, now: Date, actor: string | null): Promise<boolean> {
  if (patient.stage !== JourneyStage.FOLLOW_UP) return false;
  if (await em.count(TreatmentPlan, { patient, status: TreatmentPlanStatus.ACTIVE })) return false;
  const followUps = await em.find(FollowUp, { patient }, { orderBy: { dueDate: 'asc', id: 'asc' }, populate: ['surgery', 'discharge.admission'] });
  const cause = lostToFollowUpBecauseOf(followUps, asOf);
  if (!cause) return false;
  recordJourneyEvent(
    em,
    patient,
    {
      kind: JourneyEventKind.LOST_TO_FOLLOW_UP,
      ...onClinicalDay(lostToFollowUpFrom(cause.dueDate), now),
      summary: summaries.lostToFollowUp(cause.kind, cause.dueDate, cause.status, LOST_TO_FOLLOW_UP_DAYS),
      followUp: cause,
    },
    actor,
  );
  return true;
}

/**
 * The sweep: marks LOST_TO_FOLLOW_UP every patient in FOLLOW_UP (not on an active treatment
 * plan, where the abandonment watch applies instead) with a follow-up missed, or still not
 * recorded, more than 60 days before `asOf` and nothing attended since. Returns them.
 * Run by hand with `markLostToFollowUp`, and every day by the scheduler (jobs/).
 */
export async function markLostToFollowUp(ctx: ServiceContext, asOfInput: string | null | undefined): Promise<Patient[]> {
  const now = ctx.clock();
  const asOf = pastOrToday('asOf', asOfInput, now);
  return inTransaction(ctx.em, (em) => markLostAsOf(em, asOf, now, ctx.actor));
}

/** The sweep inside the caller's transaction; the patients it marked, by id. */
export async function markLostAsOf(em: EntityManager, asOf: string, now: Date, actor: string | null): Promise<Patient[]> {
  const threshold = addDays(asOf, -LOST_TO_FOLLOW_UP_DAYS);
  const lapsed = await em.find(
    FollowUp,
    {
      status: { $in: [FollowUpStatus.MISSED, FollowUpStatus.SCHEDULED] },
      dueDate: { $lt: threshold },
      patient: { stage: JourneyStage.FOLLOW_UP },
    },
    { fields: ['patient'] },
  );
  const ids = [...new Set(lapsed.map((f) => f.patient.id))];
  const candidates = ids.length ? await em.find(Patient, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  const marked: Patient[] = [];
  for (const patient of candidates) {
    if (await markIfLost(em, patient, asOf, now, actor)) marked.push(patient);
  }
  return marked;
}
