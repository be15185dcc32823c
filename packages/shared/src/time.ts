/** The hospital's time zone: "today" means today in Phnom Penh. */
export const HOSPITAL_TIME_ZONE = 'Asia/Phnom_Penh';

/** Phnom Penh keeps UTC+7 all year. */
export const HOSPITAL_UTC_OFFSET = '+07:00';

const HOSPITAL_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar day (YYYY-MM-DD) of an instant, in the hospital's time zone. Arithmetic on the
 * fixed offset (no daylight saving in Cambodia): building an Intl.DateTimeFormat per call cost
 * more than the rest of a worklist request's own work.
 */
export function hospitalDate(instant: Date): string {
  return new Date(instant.getTime() + HOSPITAL_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant to the minute as a Phnom Penh wall clock reads it: `2026-03-20 09:00`. */
export function hospitalDateTime(instant: Date): string {
  return new Date(instant.getTime() + HOSPITAL_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a Phnom Penh day (YYYY-MM-DD) begins: 00:00 there, 17:00 UTC the day before. */
export function startOfHospitalDay(day: string): Date {
  return new Date(`${day}T00:00:00${HOSPITAL_UTC_OFFSET}`);
}

/** Whole years between a birth date (YYYY-MM-DD) and a day (YYYY-MM-DD). */
export function ageInYears(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** A YYYY-MM-DD day plus a number of days. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
