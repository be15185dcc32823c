import {
  AdministrationStatus,
  FATAL_TOXICITY_GRADE,
  FollowUpKind,
  hospitalDate,
  JourneyEventKind,
  ONCOLOGY_REVIEW_AFTER_COMPLETION_DAYS,
  addDays,
  toxicityGradeProblem,
  toxicityTermInfo,
  ToxicityTerm,
  TreatmentPlanStatus,
} from '@pj/shared';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import { bookFollowUp, omitRemainingDoses, pastOrToday } from '../follow-up/follow-up.service.js';
import { DeathRecordedBy } from '../patients/death-record.entity.js';
import { deathInstant, endJourneyAfterDeath } from '../patients/death.service.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import type { ServiceContext } from '../graphql/context.js';
import { onClinicalDay, recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import type {
  CompleteTreatmentPlanInput,
  OmitChemoAdministrationInput,
  RecordResponseAssessmentInput,
  RecordToxicityInput,
  RecordTreatmentRefusalInput,
} from './oncology.input.js';
import { ResponseAssessment, Toxicity } from './oncology-outcome.entity.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

async function planOrFail(em: EntityManager, id: string): Promise<TreatmentPlan> {
  const plan = await em.findOne(TreatmentPlan, { id }, { populate: ['patient', 'protocol'] });
  if (!plan) throw notFound('TreatmentPlan', id);
  return plan;
}

function notDeceased(plan: TreatmentPlan): void {
  refuseIfDeceased(plan.patient);
}

function activeOrFail(plan: TreatmentPlan): void {
  if (plan.status !== TreatmentPlanStatus.ACTIVE) {
    throw conflict('PLAN_NOT_ACTIVE', `The treatment plan is ${words(plan.status)}, not active`);
  }
}

/**
 * Records a toxicity against a plan (and optionally one of its doses). The grade must be one
 * CTCAE v5 defines for the term; grade 5 is death: the patient becomes DECEASED and the
 * journey ends (endJourneyAfterDeath: the plan stops, bookings and follow-ups are cancelled,
 * an open admission is discharged DIED).
 */
export async function recordToxicity(
  ctx: ServiceContext,
  ids: { planId: string; administrationId: string | null },
  input: RecordToxicityInput,
): Promise<Toxicity> {
  const now = ctx.clock();
  const onsetOn = pastOrToday('onsetOn', input.onsetOn, now);
  const problem = toxicityGradeProblem(input.term, input.grade);
  if (problem) throw badInput('grade', problem, 'OUT_OF_RANGE');
  const otherTerm = input.term === ToxicityTerm.OTHER
    ? requiredText('otherTerm', input.otherTerm ?? '', 200)
    : optionalText('otherTerm', input.otherTerm, 200);
  if (input.term !== ToxicityTerm.OTHER && otherTerm) {
    throw badInput('otherTerm', 'otherTerm is only for the term OTHER', 'NOT_ALLOWED');
  }
  const note = optionalText('note', input.note, 2000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const plan = await planOrFail(em, ids.planId);
    notDeceased(plan);
    if (onsetOn < plan.startDate) throw badInput('onsetOn', 'onsetOn is before the plan started', 'BEFORE_PLAN');
    let administration: ChemoAdministration | null = null;
    if (ids.administrationId) {
      administration = await em.findOne(ChemoAdministration, { id: ids.administrationId });
      if (!administration || administration.plan.id !== plan.id) {
        throw badInput('administrationId', 'The dose is not part of this treatment plan', 'NOT_IN_PLAN');
      }
    }
    const toxicity = em.create(Toxicity, {
      patient: plan.patient,
      plan,
      administration,
      term: input.term,
      otherTerm,
      grade: input.grade,
      onsetOn,
      note,
      recordedAt: now,
    });
    const fatal = input.grade >= FATAL_TOXICITY_GRADE;
    const stageBefore = plan.patient.stage;
    const at = deathInstant(onsetOn, now);
    const name = otherTerm ?? toxicityTermInfo(input.term).ctcaeTerm;
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.TOXICITY_RECORDED,
        grade: input.grade,
        ...onClinicalDay(onsetOn, now),
        summary: summaries.toxicity(name, input.grade),
        note,
        toxicity,
        treatmentPlan: plan,
        chemoAdministration: administration,
      },
      ctx.actor,
    );
    if (fatal) await endJourneyAfterDeath(em, plan.patient, { diedAt: at, recordedBy: DeathRecordedBy.TOXICITY, stageBefore, now, actor: ctx.actor });
    return toxicity;
  });
}

/** Records a response assessment of a plan. */
export async function recordResponseAssessment(
  ctx: ServiceContext,
  planId: string,
  input: RecordResponseAssessmentInput,
): Promise<ResponseAssessment> {
  const now = ctx.clock();
  const assessedOn = pastOrToday('assessedOn', input.assessedOn, now);
  const note = optionalText('note', input.note, 2000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const plan = await planOrFail(em, planId);
    notDeceased(plan);
    if (assessedOn < plan.startDate) throw badInput('assessedOn', 'assessedOn is before the plan started', 'BEFORE_PLAN');
    const assessment = em.create(ResponseAssessment, {
      patient: plan.patient,
      plan,
      assessedOn,
      method: input.method,
      response: input.response,
      note,
      recordedAt: now,
    });
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.RESPONSE_ASSESSED,
        ...onClinicalDay(assessedOn, now),
        summary: summaries.responseAssessed(input.method, input.response),
        note,
        responseAssessment: assessment,
        treatmentPlan: plan,
      },
      ctx.actor,
    );
    return assessment;
  });
}

/**
 * Records that treatment was refused: the plan becomes REFUSED (who refused and why are kept
 * on it), its remaining doses OMITTED, so it raises no abandonment alert: refusal is recorded
 * apart from abandonment.
 */
export async function recordTreatmentRefusal(
  ctx: ServiceContext,
  planId: string,
  input: RecordTreatmentRefusalInput,
): Promise<TreatmentPlan> {
  const now = ctx.clock();
  const refusedOn = pastOrToday('refusedOn', input.refusedOn, now);
  const reason = requiredText('reason', input.reason, 2000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const plan = await planOrFail(em, planId);
    notDeceased(plan);
    checkVersion(plan, input.expectedVersion, 'treatment plan');
    activeOrFail(plan);
    if (refusedOn < hospitalDate(plan.createdAt) && refusedOn < plan.startDate) {
      throw badInput('refusedOn', 'refusedOn is before the plan was made', 'BEFORE_PLAN');
    }
    plan.status = TreatmentPlanStatus.REFUSED;
    plan.refusedBy = input.refusedBy;
    plan.endedOn = refusedOn;
    plan.endNote = reason;
    const omitted = await omitRemainingDoses(em, plan, 'Not given: treatment refused');
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.TREATMENT_REFUSED,
        ...onClinicalDay(refusedOn, now),
        summary: summaries.treatmentRefused(input.refusedBy, plan.protocol.name, omitted),
        note: reason,
        treatmentPlan: plan,
      },
      ctx.actor,
    );
    return plan;
  });
}

/**
 * Completes a plan: COMPLETED, doses still planned OMITTED, and an oncology review booked
 * 28 days after completion (or today, when that day has passed).
 */
export async function completeTreatmentPlan(
  ctx: ServiceContext,
  planId: string,
  input: CompleteTreatmentPlanInput,
): Promise<TreatmentPlan> {
  const now = ctx.clock();
  const completedOn = pastOrToday('completedOn', input.completedOn, now);
  const note = optionalText('note', input.note, 2000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const plan = await planOrFail(em, planId);
    notDeceased(plan);
    checkVersion(plan, input.expectedVersion, 'treatment plan');
    activeOrFail(plan);
    if (completedOn < plan.startDate) throw badInput('completedOn', 'completedOn is before the plan started', 'BEFORE_PLAN');
    plan.status = TreatmentPlanStatus.COMPLETED;
    plan.endedOn = completedOn;
    plan.endNote = note;
    const omitted = await omitRemainingDoses(em, plan, 'Not given: plan completed');
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.TREATMENT_COMPLETED,
        ...onClinicalDay(completedOn, now),
        summary: summaries.treatmentCompleted(plan.protocol.name, omitted),
        note,
        treatmentPlan: plan,
      },
      ctx.actor,
    );
    const review = addDays(completedOn, ONCOLOGY_REVIEW_AFTER_COMPLETION_DAYS);
    const today = hospitalDate(now);
    bookFollowUp(
      em,
      plan.patient,
      { kind: FollowUpKind.ONCOLOGY_REVIEW, dueDate: review > today ? review : today, treatmentPlan: plan, automatic: true, at: now },
      ctx.actor,
    );
    return plan;
  });
}

/** Records that a planned dose will not be given; later doses keep their dates. */
export async function omitChemoAdministration(
  ctx: ServiceContext,
  administrationId: string,
  input: OmitChemoAdministrationInput,
): Promise<ChemoAdministration> {
  const now = ctx.clock();
  const reason = requiredText('reason', input.reason, 1000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const administration = await em.findOne(ChemoAdministration, { id: administrationId }, { populate: ['plan', 'plan.patient'] });
    if (!administration) throw notFound('ChemoAdministration', administrationId);
    const plan = administration.plan;
    notDeceased(plan);
    checkVersion(administration, input.expectedVersion, 'dose');
    if (administration.status !== AdministrationStatus.PLANNED) {
      throw conflict('ALREADY_RECORDED', 'This dose has already been recorded');
    }
    activeOrFail(plan);
    administration.status = AdministrationStatus.OMITTED;
    administration.omissionReason = reason;
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.CHEMO_OMITTED,
        occurredAt: now,
        summary: summaries.chemoOmitted(administration.drug, administration.plannedDose, administration.unit, administration.plannedDate),
        note: reason,
        chemoAdministration: administration,
        treatmentPlan: plan,
      },
      ctx.actor,
    );
    return administration;
  });
}
