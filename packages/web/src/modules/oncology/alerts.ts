import { ABANDONMENT_DAYS, ABANDONMENT_WARNING_DAYS } from '@pj/shared';

interface AlertLike {
  level: 'WARNING' | 'ABANDONMENT';
  daysMissed: number;
}

/** Abandonment first, then warnings; the longest absences first within each. */
export function sortAlerts<A extends AlertLike>(alerts: readonly A[]): A[] {
  const rank = (a: AlertLike) => (a.level === 'ABANDONMENT' ? 0 : 1);
  return [...alerts].sort((a, b) => rank(a) - rank(b) || b.daysMissed - a.daysMissed);
}

/** Days left before a warning becomes abandonment (0 once it is). */
export function daysToAbandonment(daysMissed: number): number {
  return Math.max(0, ABANDONMENT_DAYS - daysMissed);
}

export { ABANDONMENT_DAYS, ABANDONMENT_WARNING_DAYS };
