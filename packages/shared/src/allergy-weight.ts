/** What the record says about a patient's allergies: an explicit state, never silence. */
export enum AllergyStatus {
  /** Nobody has asked yet: a warning wherever allergies matter (the theatre checklist). */
  NOT_RECORDED = 'NOT_RECORDED',
  /** Asked, and the patient (or family) knows of none. */
  NO_KNOWN_ALLERGIES = 'NO_KNOWN_ALLERGIES',
  /** One or more allergies are recorded. */
  ALLERGIES = 'ALLERGIES',
}

/** How bad a reaction to the substance was. */
export enum AllergySeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  ANAPHYLAXIS = 'ANAPHYLAXIS',
  UNKNOWN = 'UNKNOWN',
}

/** At most this many allergies on one record. */
export const MAX_ALLERGIES = 30;

/** Weights a patient may have, in kg (inclusive). */
export interface WeightRange {
  min: number;
  max: number;
}

/**
 * The weights (kg) the hospital accepts for a patient of an age (whole years at the day of
 * measurement): wide enough for a premature newborn, a malnourished child or an obese adult, but
 * not for a typo in grams or pounds (3200 for 3.2 kg, 70 for a 7 kg infant).
 */
export function weightRangeKg(ageYears: number): WeightRange {
  if (ageYears < 1) return { min: 0.3, max: 20 };
  if (ageYears < 5) return { min: 2, max: 50 };
  if (ageYears < 18) return { min: 5, max: 200 };
  return { min: 20, max: 350 };
}
