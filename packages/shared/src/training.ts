import { StaffRole, TeamRole } from './surgery.js';

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

/** The levels at which a trainer supervises the performer: their entries need a supervisor. */
export const SUPERVISED_LEVELS: readonly LogbookLevel[] = [LogbookLevel.PERFORMED_TRAINER_SCRUBBED, LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED];

/** A member of an operation's team, as the logbook derives levels from it. */
export interface LogbookTeamMember {
  staffId: string;
  teamRole: TeamRole;
  staffRole: StaffRole;
  visiting: boolean;
}

/** The level and supervisor an operation's record gives one team member's logbook entry. */
export interface DerivedLogbookLevel {
  level: LogbookLevel;
  /** The staff member who countersigns it; null: nobody does (the entry is final once confirmed). */
  supervisorId: string | null;
}

/** A surgeon who can train the primary surgeon from across the table: a staff surgeon or a visiting member. */
const isTrainer = (member: LogbookTeamMember): boolean => member.staffRole === StaffRole.SURGEON || member.visiting;

/**
 * The level (and supervisor) of `member`'s entry for an operation performed by `team`:
 * - PRIMARY_SURGEON: PERFORMED_TRAINER_SCRUBBED when a trainer (a staff surgeon or a visiting
 *   member) assists, and that trainer (the first in team order) supervises; else
 *   PERFORMED_TRAINER_UNSCRUBBED when the primary is a RESIDENT (the record does not name the
 *   trainer in the building: the trainee names them when confirming); else
 *   PERFORMED_INDEPENDENTLY, unsupervised.
 * - ASSISTANT: ASSISTED; OBSERVER: OBSERVED. Their supervisor is the primary surgeon when the
 *   primary operated independently, otherwise the primary's own trainer (never themselves), and
 *   nobody when there is no primary surgeon.
 * - ANAESTHETIST, SCRUB_NURSE: PERFORMED_INDEPENDENTLY with no supervisor: their own discipline,
 *   kept in their logbook but not counted for surgical training.
 * The trainee may change the level and supervisor when confirming (e.g. a trainer's entry to TAUGHT).
 */
export function logbookLevelOf(member: LogbookTeamMember, team: readonly LogbookTeamMember[]): DerivedLogbookLevel {
  const primary = team.find((m) => m.teamRole === TeamRole.PRIMARY_SURGEON) ?? null;
  const primaryTrainer = primary
    ? (team.find((m) => m.teamRole === TeamRole.ASSISTANT && m.staffId !== primary.staffId && isTrainer(m)) ?? null)
    : null;
  switch (member.teamRole) {
    case TeamRole.PRIMARY_SURGEON:
      if (primaryTrainer) return { level: LogbookLevel.PERFORMED_TRAINER_SCRUBBED, supervisorId: primaryTrainer.staffId };
      if (member.staffRole === StaffRole.RESIDENT) return { level: LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED, supervisorId: null };
      return { level: LogbookLevel.PERFORMED_INDEPENDENTLY, supervisorId: null };
    case TeamRole.ASSISTANT:
    case TeamRole.OBSERVER: {
      const level = member.teamRole === TeamRole.ASSISTANT ? LogbookLevel.ASSISTED : LogbookLevel.OBSERVED;
      if (!primary) return { level, supervisorId: null };
      const primaryLevel = logbookLevelOf(primary, team);
      const supervisor = primaryLevel.level === LogbookLevel.PERFORMED_INDEPENDENTLY ? primary.staffId : primaryLevel.supervisorId;
      return { level, supervisorId: supervisor === member.staffId ? null : supervisor };
    }
    case TeamRole.ANAESTHETIST:
    case TeamRole.SCRUB_NURSE:
      return { level: LogbookLevel.PERFORMED_INDEPENDENTLY, supervisorId: null };
  }
}

/** True for a team role whose entries count for surgical training (null: a transcribed entry, which counts too). */
export const countsForSurgicalTraining = (teamRole: TeamRole | null): boolean =>
  teamRole === null || teamRole === TeamRole.PRIMARY_SURGEON || teamRole === TeamRole.ASSISTANT || teamRole === TeamRole.OBSERVER;

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

/** Development activities one staff member's profile holds at most (more is BAD_USER_INPUT TOO_MANY). */
export const MAX_DEVELOPMENT_ACTIVITIES = 200;

/** Development beyond the theatre, on a staff member's profile. */
export enum DevelopmentKind {
  COURSE = 'COURSE',
  OVERSEAS_MISSION = 'OVERSEAS_MISSION',
  STUDY_ABROAD = 'STUDY_ABROAD',
  TEACHING = 'TEACHING',
  LEADERSHIP = 'LEADERSHIP',
}
