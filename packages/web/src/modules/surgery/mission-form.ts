import { addDays } from '@pj/shared';
import type { Specialty } from '../../generated/graphql';

export interface MissionForm {
  name: string;
  institution: string;
  startDate: string;
  endDate: string;
  dailyCapacityMinutes: number | string;
  specialties: Specialty[];
  theatreIds: string[];
  memberIds: string[];
  notes: string;
}

export interface MissionSummary {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  theatres: readonly { id: string; name: string }[];
}

export type MissionProblem = 'REQUIRED' | 'DATE' | 'END_BEFORE_START' | 'TOO_LONG' | 'CAPACITY';

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** What is wrong with a new mission, by field (the server refuses the same). */
export function missionProblems(form: MissionForm): Partial<Record<keyof MissionForm, MissionProblem>> {
  const problems: Partial<Record<keyof MissionForm, MissionProblem>> = {};
  if (!form.name.trim()) problems.name = 'REQUIRED';
  if (!form.institution.trim()) problems.institution = 'REQUIRED';
  if (!isDay(form.startDate)) problems.startDate = 'DATE';
  if (!isDay(form.endDate)) problems.endDate = 'DATE';
  else if (isDay(form.startDate) && form.endDate < form.startDate) problems.endDate = 'END_BEFORE_START';
  else if (isDay(form.startDate) && addDays(form.startDate, 13) < form.endDate) problems.endDate = 'TOO_LONG';
  const capacity = Number(form.dailyCapacityMinutes);
  if (!Number.isInteger(capacity) || capacity < 30 || capacity > 1440) problems.dailyCapacityMinutes = 'CAPACITY';
  if (form.specialties.length === 0) problems.specialties = 'REQUIRED';
  if (form.theatreIds.length === 0) problems.theatreIds = 'REQUIRED';
  return problems;
}

/**
 * Other missions that use one of the chosen theatres on overlapping days. A warning, not a
 * refusal: a mission's theatres are a plan of capacity, not a booking (each operation's booking
 * is what the database keeps from clashing), and two small teams may share a theatre's day.
 */
export function missionOverlaps(form: Pick<MissionForm, 'startDate' | 'endDate' | 'theatreIds'>, missions: readonly MissionSummary[]): { mission: MissionSummary; theatre: string }[] {
  if (!isDay(form.startDate) || !isDay(form.endDate) || form.endDate < form.startDate) return [];
  const out: { mission: MissionSummary; theatre: string }[] = [];
  for (const mission of missions) {
    if (mission.startDate > form.endDate || mission.endDate < form.startDate) continue;
    for (const theatre of mission.theatres) if (form.theatreIds.includes(theatre.id)) out.push({ mission, theatre: theatre.name });
  }
  return out;
}
