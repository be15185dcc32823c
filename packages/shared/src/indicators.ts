/** The hospital's indicators (issue 17): what they are keyed by and how they are grouped. */

/** One indicator; its definition (numerator, denominator, period) is served with it. */
export enum IndicatorKey {
  SURGICAL_VOLUME = 'SURGICAL_VOLUME',
  PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY = 'PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY',
  PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY = 'PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY',
  SURGICAL_SITE_INFECTION = 'SURGICAL_SITE_INFECTION',
  CLAVIEN_DINDO_III_PLUS = 'CLAVIEN_DINDO_III_PLUS',
  WAIT_REFERRAL_TO_OPERATION = 'WAIT_REFERRAL_TO_OPERATION',
  OPERATED_WITHIN_TARGET = 'OPERATED_WITHIN_TARGET',
  WAIT_REFERRAL_TO_TRIAGE = 'WAIT_REFERRAL_TO_TRIAGE',
  DAY_OF_SURGERY_CANCELLATIONS = 'DAY_OF_SURGERY_CANCELLATIONS',
  THEATRE_UTILISATION = 'THEATRE_UTILISATION',
  LOCAL_PRIMARY_SURGEON_SHARE = 'LOCAL_PRIMARY_SURGEON_SHARE',
  ONCOLOGY_NEW_DIAGNOSES = 'ONCOLOGY_NEW_DIAGNOSES',
  TREATMENT_ABANDONMENT = 'TREATMENT_ABANDONMENT',
  TREATMENT_PLANS_COMPLETED = 'TREATMENT_PLANS_COMPLETED',
  DIAGNOSIS_TO_FIRST_DOSE = 'DIAGNOSIS_TO_FIRST_DOSE',
  FOLLOW_UP_DAY_30_KNOWN = 'FOLLOW_UP_DAY_30_KNOWN',
  LOST_TO_FOLLOW_UP = 'LOST_TO_FOLLOW_UP',
  TRAVEL_WITHIN_TWO_HOURS = 'TRAVEL_WITHIN_TWO_HOURS',
}

/** A grouping of an indicator's cases. */
export enum IndicatorDimension {
  MONTH = 'MONTH',
  SPECIALTY = 'SPECIALTY',
  AGE_GROUP = 'AGE_GROUP',
  MISSION = 'MISSION',
  URGENCY_BAND = 'URGENCY_BAND',
  WOUND_CLASS = 'WOUND_CLASS',
  CANCELLATION_CATEGORY = 'CANCELLATION_CATEGORY',
  THEATRE = 'THEATRE',
  CANCER_TYPE = 'CANCER_TYPE',
}

/** What an indicator's figure is. */
export enum IndicatorKind {
  /** A number of cases. */
  COUNT = 'COUNT',
  /** Numerator over denominator (a rate from 0 to 1). */
  PROPORTION = 'PROPORTION',
  /** Days from one event to another: median and 90th percentile. */
  DURATION = 'DURATION',
}

/** A patient is a child (AGE_GROUP CHILD) below this age on the day that places the case. */
export const ADULT_AGE_YEARS = 18;

/** Counts from 1 to this minus one are written `<5` in exports by roles that may not open records. */
export const SMALL_NUMBER_THRESHOLD = 5;

/** Value of a group whose cases have no value for the dimension (an operation on no mission). */
export const NO_GROUP_VALUE = 'NONE';

/** At most this many dimensions at once. */
export const MAX_INDICATOR_DIMENSIONS = 2;

/**
 * At most this many rows (groups) per indicator in one `indicators` answer: two years by month
 * and specialty fit (192). The CSV export has no such limit.
 */
export const MAX_INDICATOR_ROWS = 200;
