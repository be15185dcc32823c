/**
 * The surgical training logbook (issue "Toward 2030"): what a person did in one operation, on a
 * scale from watching to teaching, and the levels supervisors entrust them with per procedure group.
 */

/** A person's part in one operation, from least to most responsibility (the order matters). */
export enum LogbookLevel {
  OBSERVED = 'OBSERVED',
  ASSISTED = 'ASSISTED',
  /** Performed it with the trainer scrubbed in. */
  PERFORMED_TRAINER_SCRUBBED = 'PERFORMED_TRAINER_SCRUBBED',
  /** Performed it with the trainer unscrubbed but in the building. */
  PERFORMED_TRAINER_UNSCRUBBED = 'PERFORMED_TRAINER_UNSCRUBBED',
  PERFORMED_INDEPENDENTLY = 'PERFORMED_INDEPENDENTLY',
  /** Taught another person performing it. */
  TAUGHT = 'TAUGHT',
}

/** The levels in order, least responsibility first. */
export const LOGBOOK_LEVELS: readonly LogbookLevel[] = Object.values(LogbookLevel);

/** Negative, zero or positive as `a` is below, equal to or above `b` on the scale. */
export function compareLogbookLevels(a: LogbookLevel, b: LogbookLevel): number {
  return LOGBOOK_LEVELS.indexOf(a) - LOGBOOK_LEVELS.indexOf(b);
}

/** Where a logbook entry came from. */
export enum LogbookSource {
  /** Made by the product when the operation was completed. */
  OPERATION = 'OPERATION',
  /** Copied from a paper logbook kept before the product (no operation record behind it). */
  TRANSCRIBED = 'TRANSCRIBED',
}

/** Where an entry is in its life: made, confirmed by its owner, countersigned by the supervisor. */
export enum LogbookEntryStatus {
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  AWAITING_COUNTERSIGNATURE = 'AWAITING_COUNTERSIGNATURE',
  COUNTERSIGNED = 'COUNTERSIGNED',
  /** Replaced by a correction (kept beside it, audited). */
  CORRECTED = 'CORRECTED',
}

/** Development beyond the theatre, on a staff member's profile. */
export enum DevelopmentKind {
  COURSE = 'COURSE',
  OVERSEAS_MISSION = 'OVERSEAS_MISSION',
  STUDY_ABROAD = 'STUDY_ABROAD',
  TEACHING = 'TEACHING',
  LEADERSHIP = 'LEADERSHIP',
}
