import type { JourneyEventKind } from './journey.js';

/**
 * How a timeline event's one-line summary is written: which sentence of its kind
 * (`variant`) and the values it speaks of (`params`). The server stores both with the event
 * and writes the English summary from them; the web app writes the same sentence in the
 * reader's language from the translation `timeline.<KIND>.<variant>`.
 */

/** How a value of a summary is shown: as written, as a number, an instant or a day (Phnom Penh), or an enum's label. */
export enum SummaryParamType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE_TIME = 'DATE_TIME',
  LOCAL_DATE = 'LOCAL_DATE',
  ENUM = 'ENUM',
}

/** One value a summary speaks of. */
export interface SummaryParam {
  name: string;
  /** The value as text: a number in decimal, an instant in ISO 8601, a day `YYYY-MM-DD`, an enum value. */
  value: string;
  type: SummaryParamType;
  /** For an ENUM: the GraphQL enum it is a value of (`ReferralStatus`). */
  enumName?: string | null;
}

/** The sentences each kind may be summarised with; `count` marks one whose wording depends on the number `count` (plural forms). */
export const JOURNEY_SUMMARY_VARIANTS = {
  PATIENT_REGISTERED: ['default'],
  REFERRAL_RECEIVED: ['default'],
  REFERRAL_STATUS_CHANGED: ['default', 'withReason'],
  SURGERY_SCHEDULED: ['default'],
  SURGERY_CANCELLED: ['default'],
  SURGERY_PERFORMED: ['default'],
  ADMITTED: ['default'],
  DISCHARGED: ['default', 'died'],
  PATIENTS_MERGED: ['default'],
  TRANSFERRED: ['default', 'sameWard'],
  ONCOLOGY_DIAGNOSED: ['default'],
  TREATMENT_PLAN_STARTED: ['default'],
  CHEMO_ADMINISTERED: ['default', 'late'],
  CHEMO_OMITTED: ['default'],
  TOXICITY_RECORDED: ['default', 'died'],
  RESPONSE_ASSESSED: ['default'],
  TREATMENT_REFUSED: ['default'],
  TREATMENT_COMPLETED: ['default', 'withOmitted'],
  FOLLOW_UP_SCHEDULED: ['default', 'standard', 'moved', 'cancelled'],
  FOLLOW_UP_RECORDED: ['attended', 'missed', 'call'],
  LOST_TO_FOLLOW_UP: ['missed', 'neverAttended'],
  SURGERY_RESCHEDULED: ['default'],
  CHECKLIST_PHASE_RECORDED: ['default'],
  COMPLICATION_RECORDED: ['default', 'infection', 'died', 'diedInfection'],
  MISSION_ASSIGNED: ['default'],
  MISSION_UNASSIGNED: ['default'],
  DEATH_CORRECTED: ['default'],
} as const satisfies { readonly [K in JourneyEventKind]: readonly [string, ...string[]] };

/** The sentences of one kind. */
export type SummaryVariant<K extends JourneyEventKind = JourneyEventKind> = (typeof JOURNEY_SUMMARY_VARIANTS)[K][number];

/** Variants whose translation has plural forms by `count` (`timeline.<KIND>.<variant>_one` / `_other`). */
export const PLURAL_SUMMARY_VARIANTS: readonly string[] = ['CHEMO_ADMINISTERED.late', 'TREATMENT_REFUSED.default', 'TREATMENT_COMPLETED.withOmitted'];
