import type { EntityManager } from '@mikro-orm/postgresql';
import { ageInYears, AllergySeverity, AllergyStatus, hospitalDate, MAX_ALLERGIES, weightRangeKg } from '@pj/shared';
import { badInput, conflict } from '../common/domain-error.js';
import { checkVersion, inTransaction, lockRow } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { localDate } from '../oncology/oncology.service.js';
import { PatientAllergy, WeightMeasurement } from './allergy-weight.entity.js';
import type { RecordAllergiesInput, RecordWeightInput } from './allergy-weight.input.js';
import { refuseIfDeceased } from './deceased-guard.js';
import type { Patient } from './patient.entity.js';
import { getPatientOrFail } from './patient.service.js';

const SEVERITIES = new Set<string>(Object.values(AllergySeverity));

interface CleanAllergy {
  substance: string;
  reaction: string | null;
  severity: AllergySeverity;
}

/** The list as given, checked: text, severity, no substance twice (letter case and spacing aside). */
function cleanAllergies(input: Pick<RecordAllergiesInput, 'noKnownAllergies' | 'allergies'>): CleanAllergy[] {
  const given = input.allergies ?? [];
  if (input.noKnownAllergies && given.length > 0) {
    throw badInput('allergies', 'No known allergies, yet allergies are listed: choose one', 'ALLERGIES_AND_NONE_KNOWN');
  }
  if (!input.noKnownAllergies && given.length === 0) {
    throw badInput('allergies', 'List at least one allergy, or record that none are known', 'NO_ALLERGY_GIVEN');
  }
  if (given.length > MAX_ALLERGIES) throw badInput('allergies', `At most ${MAX_ALLERGIES} allergies`, 'TOO_MANY');
  const seen = new Set<string>();
  return given.map((allergy, index) => {
    const substance = requiredText(`allergies.${index}.substance`, allergy.substance, 200);
    const key = substance.toLocaleLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) {
      throw badInput(`allergies.${index}.substance`, `${substance} is listed twice`, 'DUPLICATE_ALLERGY', { substance });
    }
    seen.add(key);
    if (!SEVERITIES.has(allergy.severity)) throw badInput(`allergies.${index}.severity`, 'Unknown severity', 'INVALID');
    return { substance, reaction: optionalText(`allergies.${index}.reaction`, allergy.reaction, 500), severity: allergy.severity };
  });
}

/**
 * Records what is known of a patient's allergies (clinical roles): that none are known, or the
 * whole list, which replaces the one recorded. Under the patient's row lock and its
 * `allergiesVersion` (a nurse working from an older list is told, not overwritten); audited as
 * every mutation. Refused for a merged-away record and after a death.
 */
export async function recordAllergies(ctx: ServiceContext, patientId: string, input: RecordAllergiesInput): Promise<Patient> {
  const now = ctx.clock();
  const allergies = cleanAllergies(input);
  return inTransaction(ctx.em, async (em) => {
    await lockRow(em, 'patient', patientId);
    const patient = await getPatientOrFail(em, patientId);
    await em.refresh(patient);
    if (patient.mergedInto) throw conflict('PATIENT_MERGED', `Patient ${patient.mrn} was merged into another record; record this on that one`);
    refuseIfDeceased(patient);
    checkVersion({ version: patient.allergiesVersion }, input.expectedAllergiesVersion, 'allergy record');

    await em.nativeDelete(PatientAllergy, { patient });
    allergies.forEach((allergy, position) => {
      em.create(PatientAllergy, { patient, ...allergy, position, recordedAt: now, recordedBy: ctx.actor });
    });
    patient.allergyStatus = allergies.length > 0 ? AllergyStatus.ALLERGIES : AllergyStatus.NO_KNOWN_ALLERGIES;
    patient.allergiesVersion += 1;
    patient.allergiesRecordedAt = now;
    patient.allergiesRecordedBy = ctx.actor;
    return patient;
  });
}

/** Rounds to 0.01 kg: what the record keeps. */
const roundKg = (kg: number): number => Math.round(kg * 100) / 100;

/**
 * Records a weighing (clinical roles): kilograms within the range for the patient's age on that
 * day (`weightRangeKg`), on a day from birth to today. The latest weighing is the patient's
 * weight (`Patient.latestWeight`).
 */
export async function recordWeight(ctx: ServiceContext, patientId: string, input: RecordWeightInput): Promise<Patient> {
  const now = ctx.clock();
  const measuredOn = localDate('measuredOn', input.measuredOn);
  if (measuredOn > hospitalDate(now)) throw badInput('measuredOn', 'measuredOn is in the future', 'IN_FUTURE');
  if (typeof input.weightKg !== 'number' || !Number.isFinite(input.weightKg)) throw badInput('weightKg', 'weightKg is not a number', 'INVALID');
  const weightKg = roundKg(input.weightKg);
  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, patientId);
    if (patient.mergedInto) throw conflict('PATIENT_MERGED', `Patient ${patient.mrn} was merged into another record; record this on that one`);
    refuseIfDeceased(patient);
    if (measuredOn < patient.birthDate) throw badInput('measuredOn', 'measuredOn is before the patient was born', 'BEFORE_BIRTH');
    const range = weightRangeKg(ageInYears(patient.birthDate, measuredOn));
    if (weightKg < range.min || weightKg > range.max) {
      throw badInput('weightKg', `A weight for this age is from ${range.min} to ${range.max} kg`, 'WEIGHT_OUT_OF_RANGE', { min: range.min, max: range.max });
    }
    addWeight(em, patient, { weightKg, measuredOn, now, actor: ctx.actor });
    return patient;
  });
}

/** Writes a weighing (also from the start of a treatment plan, so the plan's weight is the record's). */
export function addWeight(em: EntityManager, patient: Patient, w: { weightKg: number; measuredOn: string; now: Date; actor: string | null }): WeightMeasurement {
  return em.create(WeightMeasurement, { patient, weightKg: roundKg(w.weightKg), measuredOn: w.measuredOn, recordedAt: w.now, recordedBy: w.actor });
}

/** The patient's latest weighing: latest day, then latest recorded. */
export async function latestWeight(em: EntityManager, patientId: string): Promise<WeightMeasurement | null> {
  return em.findOne(WeightMeasurement, { patient: patientId }, { orderBy: { measuredOn: 'desc', recordedAt: 'desc', id: 'desc' } });
}
