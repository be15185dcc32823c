import { addDays } from './time.js';

/** What a follow-up is for. */
export enum FollowUpKind {
  /** Wound check 7–14 days after an operation. */
  WOUND_CHECK = 'WOUND_CHECK',
  SUTURE_REMOVAL = 'SUTURE_REMOVAL',
  /** Phone call 30 days after an operation: 30-day mortality and readmission. */
  DAY_30_CALL = 'DAY_30_CALL',
  /** Oncology review after (or between) treatment, per protocol. */
  ONCOLOGY_REVIEW = 'ONCOLOGY_REVIEW',
  CLINIC = 'CLINIC',
}

/** Where a follow-up stands. */
export enum FollowUpStatus {
  SCHEDULED = 'SCHEDULED',
  ATTENDED = 'ATTENDED',
  MISSED = 'MISSED',
  /** No longer needed: the patient died. */
  CANCELLED = 'CANCELLED',
}

/** The outcome a follow-up can be recorded with. */
export enum FollowUpOutcome {
  /** Seen (or, for a phone call, reached). */
  ATTENDED = 'ATTENDED',
  /** Not seen (or not reached). */
  MISSED = 'MISSED',
}

/** What a day-30 phone call found out. */
export enum Day30Status {
  ALIVE = 'ALIVE',
  /** Alive, but admitted again (here or elsewhere) since discharge. */
  READMITTED = 'READMITTED',
  DIED = 'DIED',
}

/** Days after a missed (or still unrecorded) follow-up was due beyond which the patient is lost to follow-up. */
export const LOST_TO_FOLLOW_UP_DAYS = 60;

/** Days a post-operative wound check is due after the operation (within the 7–14 day window). */
export const WOUND_CHECK_DAYS = 10;
/** Discharged this many days or more after the operation, the wound was checked on the ward. */
export const WOUND_CHECK_WINDOW_END_DAYS = 14;
export const DAY_30_CALL_DAYS = 30;

const daysFrom = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export interface FollowUpFacts {
  dueDate: string;
  status: FollowUpStatus;
  /** Day the outcome happened (ATTENDED / MISSED). */
  outcomeOn: string | null;
}

/**
 * The follow-up that makes a patient lost to follow-up on `asOf`, or null: one missed, or
 * still not recorded, whose due date is more than LOST_TO_FOLLOW_UP_DAYS days before `asOf`
 * (60 days: not yet; 61: lost), with no follow-up attended on or after that due date.
 */
export function lostToFollowUpBecauseOf<T extends FollowUpFacts>(followUps: readonly T[], asOf: string): T | null {
  const attended = followUps
    .filter((f) => f.status === FollowUpStatus.ATTENDED)
    .map((f) => f.outcomeOn ?? f.dueDate);
  const lapsed = followUps
    .filter((f) => f.status === FollowUpStatus.MISSED || (f.status === FollowUpStatus.SCHEDULED && f.dueDate < asOf))
    .filter((f) => daysFrom(f.dueDate, asOf) > LOST_TO_FOLLOW_UP_DAYS)
    .filter((f) => !attended.some((day) => day >= f.dueDate))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return lapsed[0] ?? null;
}

/** The first day on which a follow-up due on `dueDate` and never attended makes the patient lost. */
export const lostToFollowUpFrom = (dueDate: string): string => addDays(dueDate, LOST_TO_FOLLOW_UP_DAYS + 1);

/**
 * The follow-ups a post-operative discharge schedules: a wound check 10 days after the
 * operation (or the day after discharge when that is later), unless the patient was discharged
 * 14 or more days after the operation; and a day-30 call 30 days after the operation (or the
 * day after discharge when later).
 */
export function postOperativeFollowUps(operatedOn: string, dischargedOn: string): { kind: FollowUpKind; dueDate: string }[] {
  const later = (a: string, b: string): string => (a > b ? a : b);
  const dayAfter = addDays(dischargedOn, 1);
  const out: { kind: FollowUpKind; dueDate: string }[] = [];
  if (daysFrom(operatedOn, dischargedOn) < WOUND_CHECK_WINDOW_END_DAYS) {
    out.push({ kind: FollowUpKind.WOUND_CHECK, dueDate: later(addDays(operatedOn, WOUND_CHECK_DAYS), dayAfter) });
  }
  out.push({ kind: FollowUpKind.DAY_30_CALL, dueDate: later(addDays(operatedOn, DAY_30_CALL_DAYS), dayAfter) });
  return out;
}

/** Completing a treatment plan schedules an oncology review this many days later. */
export const ONCOLOGY_REVIEW_AFTER_COMPLETION_DAYS = 28;
