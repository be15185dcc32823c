import { ageInYears, weightRangeKg, type WeightRange } from '@pj/shared';
import type { AllergySeverity } from '../../generated/graphql';

/** The allergy part of a patient as the screens read it. */
export interface AllergyRecord {
  allergyStatus: 'NOT_RECORDED' | 'NO_KNOWN_ALLERGIES' | 'ALLERGIES';
  allergies: readonly { substance: string; reaction?: string | null; severity: string }[];
}

/**
 * How the allergy record is shown: a list in red (there are allergies), "No known allergies"
 * in calm colours, or a warning that nobody has asked (never silence, never a green "none").
 */
export type AllergyDisplay =
  | { kind: 'NOT_RECORDED'; tone: 'warning' }
  | { kind: 'NONE_KNOWN'; tone: 'safe' }
  | { kind: 'LIST'; tone: 'danger'; items: AllergyRecord['allergies']; severe: boolean };

const SEVERE = new Set(['SEVERE', 'ANAPHYLAXIS']);

export function allergyDisplay(record: AllergyRecord): AllergyDisplay {
  if (record.allergyStatus === 'ALLERGIES' && record.allergies.length > 0) {
    return { kind: 'LIST', tone: 'danger', items: record.allergies, severe: record.allergies.some((a) => SEVERE.has(a.severity)) };
  }
  if (record.allergyStatus === 'NO_KNOWN_ALLERGIES') return { kind: 'NONE_KNOWN', tone: 'safe' };
  return { kind: 'NOT_RECORDED', tone: 'warning' };
}

/**
 * What the checklist's "Known allergy?" item should be answered from the record: YES with
 * allergies, NO with none known, null when not recorded (ask the patient). `disagrees` when an
 * answer given says otherwise than the record.
 */
export function knownAllergyFromRecord(record: AllergyRecord, answer: string | undefined): { expected: 'YES' | 'NO' | null; disagrees: boolean } {
  const display = allergyDisplay(record);
  const expected = display.kind === 'LIST' ? 'YES' : display.kind === 'NONE_KNOWN' ? 'NO' : null;
  return { expected, disagrees: expected !== null && (answer === 'YES' || answer === 'NO') && answer !== expected };
}

/** A weight as typed: "12.5" or "12,5" (kilograms); NaN when it is not a number. */
export function parseWeight(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(t) ? Number(t) : Number.NaN;
}

export type WeightProblem = { kind: 'required' } | { kind: 'invalid' } | { kind: 'range'; range: WeightRange } | { kind: 'future' } | { kind: 'beforeBirth' };

/** Checks a weighing before it is sent (the server checks the same): a number within the range for the age that day, a day from birth to today. */
export function weightProblems(form: { weight: string; measuredOn: string }, birthDate: string, today: string): { weight?: WeightProblem; measuredOn?: WeightProblem } {
  const problems: { weight?: WeightProblem; measuredOn?: WeightProblem } = {};
  if (!form.measuredOn) problems.measuredOn = { kind: 'required' };
  else if (form.measuredOn > today) problems.measuredOn = { kind: 'future' };
  else if (form.measuredOn < birthDate) problems.measuredOn = { kind: 'beforeBirth' };
  if (form.weight.trim() === '') problems.weight = { kind: 'required' };
  else {
    const kg = parseWeight(form.weight);
    if (Number.isNaN(kg)) problems.weight = { kind: 'invalid' };
    else {
      const day = problems.measuredOn ? today : form.measuredOn;
      const range = weightRangeKg(ageInYears(birthDate, day < birthDate ? birthDate : day));
      if (kg < range.min || kg > range.max) problems.weight = { kind: 'range', range };
    }
  }
  return problems;
}

/** The allergy form: none known, or rows of substance, reaction and severity. */
export interface AllergyRow {
  substance: string;
  reaction: string;
  severity: AllergySeverity;
}

export type AllergyFormProblem = 'choose' | 'noRows' | 'substanceRequired' | 'duplicate';

/** What stops the allergy form from being sent: by row index, or for the whole form. */
export function allergyFormProblems(noneKnown: boolean | null, rows: readonly AllergyRow[]): { form?: AllergyFormProblem; rows: Record<number, AllergyFormProblem> } {
  const result: { form?: AllergyFormProblem; rows: Record<number, AllergyFormProblem> } = { rows: {} };
  if (noneKnown === null) return { ...result, form: 'choose' };
  if (noneKnown) return result;
  const filled = rows.filter((r) => r.substance.trim() !== '' || r.reaction.trim() !== '');
  if (filled.length === 0) return { ...result, form: 'noRows' };
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = row.substance.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
    if (key === '') {
      if (row.reaction.trim() !== '') result.rows[index] = 'substanceRequired';
      return;
    }
    if (seen.has(key)) result.rows[index] = 'duplicate';
    seen.add(key);
  });
  return result;
}

/** The input of recordAllergies from the form (empty rows dropped). */
export function toAllergiesInput(patientId: string, noneKnown: boolean, rows: readonly AllergyRow[], expectedAllergiesVersion: number) {
  return {
    patientId,
    noKnownAllergies: noneKnown,
    allergies: noneKnown
      ? []
      : rows
          .filter((r) => r.substance.trim() !== '')
          .map((r) => ({ substance: r.substance.trim(), reaction: r.reaction.trim() || null, severity: r.severity })),
    expectedAllergiesVersion,
  };
}
