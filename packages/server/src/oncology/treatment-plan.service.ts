import {
  addDays,
  AdministrationStatus,
  bodySurfaceArea,
  hospitalDate,
  JourneyEventKind,
  TreatmentPlanStatus,
} from '@pj/shared';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import type { ServiceContext } from '../graphql/context.js';
import { onClinicalDay, recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { addWeight } from '../patients/allergy-weight.service.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import { optionalText } from '../common/validate.js';
import type { RecordChemoAdministrationInput, StartTreatmentPlanInput } from './oncology.input.js';
import { localDate } from './oncology.service.js';
import { Protocol, ProtocolDose } from './protocol.entity.js';
import { refuseUnlessInUse } from './protocol.service.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';

const round2 = (n: number): number => Math.round(n * 100) / 100;

function measure(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badInput(field, `${field} must be between ${min} and ${max}`, 'OUT_OF_RANGE');
  }
  return value;
}

/**
 * The dose of one protocol entry for a child: per m² of body surface area, or per kg (always,
 * or below the protocol's small-child weight), capped at the protocol's maximum, to 2 decimals.
 */
export function doseFor(dose: ProtocolDose, bsa: number, weightKg: number): number {
  let amount: number;
  if (dose.smallChildWeightKg !== null && dose.smallChildDosePerKg !== null && weightKg < dose.smallChildWeightKg) {
    amount = dose.smallChildDosePerKg * weightKg;
  } else if (dose.dosePerM2 !== null) {
    amount = dose.dosePerM2 * bsa;
  } else if (dose.dosePerKg !== null) {
    amount = dose.dosePerKg * weightKg;
  } else {
    throw new Error(`Protocol dose ${dose.id} has neither a per-m² nor a per-kg dose`);
  }
  if (dose.maxDose !== null) amount = Math.min(amount, dose.maxDose);
  return round2(amount);
}

/**
 * Starts a plan: every administration of the protocol, dated from the start and dosed for the
 * child. The patient needs an oncology diagnosis (CONFLICT NO_ONCOLOGY_DIAGNOSIS) and no other
 * ACTIVE plan (CONFLICT ALREADY_ON_TREATMENT), which a partial unique index guarantees; the
 * protocol must be in use and the revision its current one (PROTOCOL_RETIRED, PROTOCOL_SUPERSEDED).
 * The plan keeps that revision: revising the protocol later changes none of its doses.
 */
export async function startTreatmentPlan(
  ctx: ServiceContext,
  ids: { patientId: string; protocolId: string },
  input: StartTreatmentPlanInput,
): Promise<TreatmentPlan> {
  const now = ctx.clock();
  const startDate = localDate('startDate', input.startDate);
  const heightCm = measure('heightCm', input.heightCm, 30, 220);
  const weightKg = measure('weightKg', input.weightKg, 1, 150);
  const bsa = bodySurfaceArea(heightCm, weightKg);

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, ids.patientId);
    refuseIfDeceased(patient);
    const protocol = await em.findOne(Protocol, { id: ids.protocolId });
    if (!protocol) throw notFound('Protocol', ids.protocolId);
    // Retired protocols and superseded revisions start no plan (a trigger refuses it too).
    await refuseUnlessInUse(em, protocol);
    if (!(await em.count(OncologyDiagnosis, { patient }))) {
      throw conflict('NO_ONCOLOGY_DIAGNOSIS', 'A treatment plan needs the patient\'s oncology diagnosis: record it first');
    }
    if (await em.count(TreatmentPlan, { patient, status: TreatmentPlanStatus.ACTIVE })) {
      throw conflict('ALREADY_ON_TREATMENT', 'The patient already has an active treatment plan');
    }
    const doses = await em.find(
      ProtocolDose,
      { phase: { protocol } },
      { orderBy: [{ dayOffset: 'asc' }, { phase: { position: 'asc' } }, { drug: 'asc' }] },
    );
    const plan = em.create(TreatmentPlan, {
      patient,
      protocol,
      startDate,
      heightCm,
      weightKg,
      bodySurfaceArea: bsa,
      createdAt: now,
    });
    // The weight the doses come from is a weighing on the record too (one source of truth for
    // the patient's latest weight), on the day the plan starts or today for a plan made ahead.
    addWeight(em, patient, { weightKg, measuredOn: startDate < hospitalDate(now) ? startDate : hospitalDate(now), now, actor: ctx.actor });
    doses.forEach((dose, i) => {
      em.create(ChemoAdministration, {
        plan,
        position: i + 1,
        drug: dose.drug,
        route: dose.route,
        unit: dose.unit,
        plannedDate: addDays(startDate, dose.dayOffset),
        plannedDose: doseFor(dose, bsa, weightKg),
      });
    });
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.TREATMENT_PLAN_STARTED,
        // On the day treatment starts, or today for a plan made ahead of its start: the timeline holds no future.
        ...onClinicalDay(startDate < hospitalDate(now) ? startDate : hospitalDate(now), now),
        summary: summaries.treatmentStarted(protocol.name, bsa, doses.length),
        treatmentPlan: plan,
      },
      ctx.actor,
    );
    return plan;
  }, {
    // Another start for the same child committed between our check and our insert.
    treatment_plan_one_active_per_patient: () => conflict('ALREADY_ON_TREATMENT', 'The patient was started on another treatment plan just now'),
  });
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Records a given dose. Given later than planned, it needs a reason, is DELAYED, and every
 * other still-PLANNED dose of the plan due on or after its planned day moves by the same
 * number of days: a delayed cycle pushes the rest of the protocol.
 */
export async function recordChemoAdministration(
  ctx: ServiceContext,
  administrationId: string,
  input: RecordChemoAdministrationInput,
): Promise<ChemoAdministration> {
  const now = ctx.clock();
  const givenOn = localDate('givenOn', input.givenOn);
  if (givenOn > hospitalDate(now)) throw badInput('givenOn', 'givenOn is in the future', 'IN_FUTURE');
  const dose = measure('dose', input.dose, 0.001, 100_000);
  const delayReason = optionalText('delayReason', input.delayReason, 1000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const administration = await em.findOne(ChemoAdministration, { id: administrationId }, { populate: ['plan', 'plan.patient'] });
    if (!administration) throw notFound('ChemoAdministration', administrationId);
    const plan = administration.plan;
    refuseIfDeceased(plan.patient);
    if (administration.status !== AdministrationStatus.PLANNED) {
      throw conflict('ALREADY_RECORDED', 'This dose has already been recorded');
    }
    if (plan.status !== TreatmentPlanStatus.ACTIVE) throw conflict('PLAN_NOT_ACTIVE', 'The treatment plan is not active');
    const delay = daysBetween(administration.plannedDate, givenOn);
    if (delay > 0 && !delayReason) {
      throw badInput('delayReason', 'A dose given later than planned needs a reason for the delay', 'REQUIRED');
    }
    if (delay > 0) {
      const later = await em.find(ChemoAdministration, {
        plan,
        status: AdministrationStatus.PLANNED,
        plannedDate: { $gte: administration.plannedDate },
        id: { $ne: administration.id },
      });
      for (const next of later) next.plannedDate = addDays(next.plannedDate, delay);
    }
    administration.status = delay > 0 ? AdministrationStatus.DELAYED : AdministrationStatus.GIVEN;
    administration.actualDate = givenOn;
    administration.actualDose = dose;
    administration.delayReason = delayReason;
    recordJourneyEvent(
      em,
      plan.patient,
      {
        kind: JourneyEventKind.CHEMO_ADMINISTERED,
        ...onClinicalDay(givenOn, now),
        summary: summaries.chemoGiven(administration.drug, dose, administration.unit, administration.route, delay),
        treatmentPlan: plan,
        chemoAdministration: administration,
      },
      ctx.actor,
    );
    return administration;
  });
}
