import { URGENCY_BAND_DAYS, type UrgencyBand } from './referral.js';

/** A waitlisted patient to fit into a mission's theatre days. */
export interface PlannerCase {
  id: string;
  urgencyBand: UrgencyBand;
  /** When the patient joined the waitlist (earlier = waited longer). */
  waitingSince: Date;
  expectedDurationMinutes: number;
}

export interface PlannerInput {
  cases: readonly PlannerCase[];
  /** Operating days, as LocalDate strings (YYYY-MM-DD), in any order. */
  days: readonly string[];
  /** Theatre IDs available on every operating day, in the order to fill them. */
  theatreIds: readonly string[];
  /** Theatre minutes per theatre per day. */
  dailyCapacityMinutes: number;
  /** Start of the theatre day in minutes after local midnight (e.g. 8:00 = 480). */
  dayStartMinute: number;
}

export interface PlannedSlot {
  caseId: string;
  day: string;
  theatreId: string;
  /** Minutes after local midnight. */
  startMinute: number;
  durationMinutes: number;
}

/** Why the planner left a case out. */
export enum MissionPlanProblem {
  LONGER_THAN_A_THEATRE_DAY = 'LONGER_THAN_A_THEATRE_DAY',
  NO_CAPACITY_LEFT = 'NO_CAPACITY_LEFT',
}

export interface PlannerResult {
  slots: PlannedSlot[];
  unplanned: { caseId: string; reason: MissionPlanProblem }[];
}

/**
 * The order in which cases get theatre time: the most urgent band first; within a band, who
 * has waited longest; then the longer operation (it is harder to fit later); then the ID, so
 * the order is total and the plan deterministic.
 */
export function comparePlannerCases(a: PlannerCase, b: PlannerCase): number {
  return (
    URGENCY_BAND_DAYS[a.urgencyBand] - URGENCY_BAND_DAYS[b.urgencyBand] ||
    a.waitingSince.getTime() - b.waitingSince.getTime() ||
    b.expectedDurationMinutes - a.expectedDurationMinutes ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Proposes a mission's theatre lists. Cases are taken in priority order
 * (`comparePlannerCases`) and each goes to the earliest operating day, no earlier than the
 * case before it, with a theatre that still has room for the whole operation (the least
 * loaded such theatre that day); within a theatre, operations follow each other from the
 * start of the day. So a theatre's day never exceeds its capacity, no operation spans two
 * days, and a more urgent (or, in one band, longer-waiting) case is never on a later day
 * than a less urgent one. Pure and deterministic: the same input gives the same plan.
 */
export function planMission(input: PlannerInput): PlannerResult {
  const days = [...new Set(input.days)].sort();
  const theatres = [...new Set(input.theatreIds)];
  const capacity = Math.max(0, Math.floor(input.dailyCapacityMinutes));
  const used = days.map(() => theatres.map(() => 0));
  const slots: PlannedSlot[] = [];
  const unplanned: PlannerResult['unplanned'] = [];
  let cursor = 0;

  for (const c of [...input.cases].sort(comparePlannerCases)) {
    const duration = c.expectedDurationMinutes;
    if (!(duration > 0) || duration > capacity || theatres.length === 0) {
      unplanned.push({ caseId: c.id, reason: MissionPlanProblem.LONGER_THAN_A_THEATRE_DAY });
      continue;
    }
    let placed = false;
    for (let d = cursor; d < days.length && !placed; d++) {
      let best = -1;
      for (let t = 0; t < theatres.length; t++) {
        if (used[d][t] + duration <= capacity && (best < 0 || used[d][t] < used[d][best])) best = t;
      }
      if (best >= 0) {
        slots.push({ caseId: c.id, day: days[d], theatreId: theatres[best], startMinute: input.dayStartMinute + used[d][best], durationMinutes: duration });
        used[d][best] += duration;
        cursor = d;
        placed = true;
      }
    }
    if (!placed) unplanned.push({ caseId: c.id, reason: MissionPlanProblem.NO_CAPACITY_LEFT });
  }
  return { slots, unplanned };
}
