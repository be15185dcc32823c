/** Where a planned dose stands on the treatment calendar. */
export type DoseState = 'given' | 'delayed' | 'omitted' | 'overdue' | 'due' | 'planned';

/** The server's state of a dose against today (Phnom Penh). */
export type AdministrationState = 'GIVEN' | 'DELAYED' | 'OMITTED' | 'OVERDUE' | 'DUE' | 'UPCOMING';

export interface CalendarAdministration {
  id: string;
  position: number;
  drug: string;
  route: string;
  plannedDate: string;
  state: AdministrationState;
}

export interface CalendarDose<A extends CalendarAdministration> {
  administration: A;
  state: DoseState;
  /** Day of the plan (day 0 = start date) the dose is planned for. */
  day: number;
}

export interface CalendarRow<A extends CalendarAdministration> {
  /** `drug|route`: one row per drug and route. */
  key: string;
  drug: string;
  route: string;
  /** Doses by week index (0 = the first week of the plan). */
  cells: Map<number, CalendarDose<A>[]>;
}

export interface TreatmentCalendar<A extends CalendarAdministration> {
  /** Week indexes from 0 to the last week with a dose (every week, also empty ones). */
  weeks: number[];
  rows: CalendarRow<A>[];
  counts: Record<DoseState, number>;
}

/** Whole days from `from` to `to` (calendar days `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const STATE_OF: Record<AdministrationState, DoseState> = {
  GIVEN: 'given',
  DELAYED: 'delayed',
  OMITTED: 'omitted',
  OVERDUE: 'overdue',
  DUE: 'due',
  UPCOMING: 'planned',
};

/**
 * The calendar state of a dose, as the server reckons it against today (Phnom Penh): given on
 * time, given late, left out, or not given yet — due today, overdue, or still to come.
 */
export function doseState(a: Pick<CalendarAdministration, 'state'>): DoseState {
  return STATE_OF[a.state];
}

/** May a dose in this state be recorded as given now? (Not one still to come, nor one done.) */
export function isRecordable(state: DoseState): boolean {
  return state === 'due' || state === 'overdue';
}

/**
 * The plan as a grid: one row per drug (and route), in the order the drugs first appear in the
 * plan; one column per week from the start date; each cell the doses of that drug that week.
 */
export function buildCalendar<A extends CalendarAdministration>(
  startDate: string,
  administrations: readonly A[],
): TreatmentCalendar<A> {
  const rows = new Map<string, CalendarRow<A>>();
  const counts: Record<DoseState, number> = { given: 0, delayed: 0, omitted: 0, overdue: 0, due: 0, planned: 0 };
  let lastWeek = -1;
  const ordered = [...administrations].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.position - b.position);
  for (const a of [...administrations].sort((x, y) => x.position - y.position)) {
    const key = `${a.drug}|${a.route}`;
    if (!rows.has(key)) rows.set(key, { key, drug: a.drug, route: a.route, cells: new Map() });
  }
  for (const a of ordered) {
    const row = rows.get(`${a.drug}|${a.route}`);
    if (!row) continue;
    const day = daysBetween(startDate, a.plannedDate);
    const week = Math.max(0, Math.floor(day / 7));
    const state = doseState(a);
    counts[state] += 1;
    lastWeek = Math.max(lastWeek, week);
    const cell = row.cells.get(week);
    if (cell) cell.push({ administration: a, state, day });
    else row.cells.set(week, [{ administration: a, state, day }]);
  }
  return { weeks: Array.from({ length: lastWeek + 1 }, (_, i) => i), rows: [...rows.values()], counts };
}
