/** Whole calendar months between a birth date and a day (both `YYYY-MM-DD`). */
export function ageInMonths(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  return Math.max(0, months);
}

export type AgeParts = { unit: 'years' | 'months'; count: number };

/**
 * How to state an age: in months under two years (what paediatric wards use), else in whole
 * years. `years` is the server's age in Phnom Penh time; `today` is Phnom Penh's date.
 */
export function ageParts(years: number, birthDate: string, today: string): AgeParts {
  if (years >= 2) return { unit: 'years', count: years };
  return { unit: 'months', count: ageInMonths(birthDate, today) };
}
