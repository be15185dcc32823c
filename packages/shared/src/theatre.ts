import { SurgicalUrgency } from './care.js';

/** The side of the body an operation is on (WHO checklist: "site marked"). */
export enum OperationSide {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
  BILATERAL = 'BILATERAL',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/**
 * The usual theatre session, in minutes after midnight Phnom Penh time: 08:00 to 17:00.
 * Planned operations (elective, expedited) are booked inside it; emergencies at any hour.
 */
export const THEATRE_SESSION = { startMinute: 8 * 60, endMinute: 17 * 60 } as const;

/** Phnom Penh is UTC+7 all year (no daylight saving). */
const OFFSET_MINUTES = 7 * 60;
const DAY_MINUTES = 24 * 60;

/** An emergency (NCEPOD immediate or urgent) may be booked outside the usual session hours. */
export function isEmergency(urgency: SurgicalUrgency): boolean {
  return urgency === SurgicalUrgency.IMMEDIATE || urgency === SurgicalUrgency.URGENT;
}

/** Whether [start, end) lies inside one day's session (Phnom Penh time). */
export function withinTheatreSession(start: Date, end: Date): boolean {
  const startMinute = Math.floor(start.getTime() / 60_000) + OFFSET_MINUTES;
  const endMinute = Math.ceil(end.getTime() / 60_000) + OFFSET_MINUTES;
  const day = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES;
  return startMinute - day >= THEATRE_SESSION.startMinute && endMinute - day <= THEATRE_SESSION.endMinute;
}
