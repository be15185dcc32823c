import { addDays, hospitalDate, HOSPITAL_UTC_OFFSET } from './time.js';

/** The jobs the server runs by itself. */
export enum ScheduledJobName {
  /** Marks patients lost to follow-up (60 days past a follow-up with nothing attended since). */
  LOST_TO_FOLLOW_UP = 'LOST_TO_FOLLOW_UP',
  /** Takes the nightly backup of the embedded database into BACKUP_DIR (only when BACKUP_DIR is set). */
  DAILY_BACKUP = 'DAILY_BACKUP',
  /** Announces the open referrals that became overdue since its last run (live worklists). */
  REFERRALS_OVERDUE = 'REFERRALS_OVERDUE',
}

/** How a run of a scheduled job ended. */
export enum JobRunOutcome {
  SUCCEEDED = 'SUCCEEDED',
  /** Nothing it did was kept; it is tried again later. */
  FAILED = 'FAILED',
}

/** The instant of `HH:MM` Phnom Penh time on a hospital day. */
export function atHospitalTime(day: string, time: string): Date {
  return new Date(`${day}T${time}:00${HOSPITAL_UTC_OFFSET}`);
}

/** The latest daily occurrence of `HH:MM` (Phnom Penh) at or before `now`. */
export function latestDailyOccurrence(now: Date, time: string): Date {
  const today = hospitalDate(now);
  const candidate = atHospitalTime(today, time);
  return candidate.getTime() <= now.getTime() ? candidate : atHospitalTime(addDays(today, -1), time);
}

/** The first daily occurrence of `HH:MM` (Phnom Penh) strictly after `now`. */
export function nextDailyOccurrence(now: Date, time: string): Date {
  return atHospitalTime(addDays(hospitalDate(latestDailyOccurrence(now, time)), 1), time);
}
