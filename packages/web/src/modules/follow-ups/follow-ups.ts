import type { Day30Status, FollowUpKind, FollowUpOutcome, RecordFollowUpInput } from '../../generated/graphql';

export const FOLLOW_UP_KINDS = [
  'WOUND_CHECK',
  'SUTURE_REMOVAL',
  'DAY_30_CALL',
  'CLINIC',
  'ONCOLOGY_REVIEW',
] as const satisfies readonly FollowUpKind[];

export function isFollowUpKind(value: unknown): value is FollowUpKind {
  return typeof value === 'string' && (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

/** The follow-up list's filters in the address (`?date=&kind=`); '' when unset. */
export interface FollowUpFilters {
  /** `YYYY-MM-DD`; '' for today. */
  date: string;
  kind: FollowUpKind | '';
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function followUpFiltersFromParams(params: URLSearchParams): FollowUpFilters {
  const date = params.get('date') ?? '';
  const kind = params.get('kind');
  return { date: DAY.test(date) ? date : '', kind: isFollowUpKind(kind) ? kind : '' };
}

export function paramsWithFollowUpFilters(base: URLSearchParams, filters: FollowUpFilters): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ['date', 'kind'] as const) {
    if (filters[key]) next.set(key, filters[key]);
    else next.delete(key);
  }
  return next;
}

interface Dated {
  dueDate: string;
}

/** Splits the list into those due before `day` (overdue) and those due on it, order kept. */
export function splitOverdue<F extends Dated>(followUps: readonly F[], day: string): { overdue: F[]; due: F[] } {
  const overdue: F[] = [];
  const due: F[] = [];
  for (const f of followUps) (f.dueDate < day ? overdue : due).push(f);
  return { overdue, due };
}

/** What the person recording chose: seen / not seen, and for a day-30 call the child's status. */
export type OutcomeChoice =
  | { outcome: Extract<FollowUpOutcome, 'MISSED'> }
  | { outcome: Extract<FollowUpOutcome, 'ATTENDED'>; day30Status?: Day30Status };

/**
 * The mutation input for an outcome. A day-30 call that reached the family must say how the
 * child is; other follow-ups never carry a day-30 status. Null when the choice is incomplete.
 */
export function toRecordFollowUpInput(
  followUp: { id: string; version: number; kind: FollowUpKind },
  choice: OutcomeChoice,
  notes: string,
): RecordFollowUpInput | null {
  const base = { followUpId: followUp.id, expectedVersion: followUp.version, notes: notes.trim() || null };
  if (choice.outcome === 'MISSED') return { ...base, outcome: 'MISSED' };
  if (followUp.kind === 'DAY_30_CALL') {
    if (!choice.day30Status) return null;
    return { ...base, outcome: 'ATTENDED', day30Status: choice.day30Status };
  }
  return { ...base, outcome: 'ATTENDED' };
}

/** What the list needs of a follow-up to tell whether it belongs in it. */
export interface ListedFollowUp {
  id: string;
  dueDate: string;
  status: string;
  kind: FollowUpKind;
}

/** The follow-up list's filter as the server applies it: still booked, due on or before `day`, of `kinds` (null: any). */
export function belongsToList(f: Omit<ListedFollowUp, 'id'>, day: string, kinds: readonly FollowUpKind[] | null): boolean {
  return f.status === 'SCHEDULED' && f.dueDate <= day && (!kinds || kinds.includes(f.kind));
}

/**
 * How many of the follow-ups changed elsewhere (`changed`, as last announced) make the list
 * shown differ from what a refresh would show, besides the rows updated in place: a row shown
 * that has left the filter (recorded, cancelled, moved later), or one not shown that now belongs
 * in it — unless it sorts after the last row loaded while more pages remain (it is on a page not
 * loaded yet). `shown` are the rows shown, as the cache has them now (already updated in place).
 */
export function listChanges(
  changed: ReadonlyMap<string, ListedFollowUp>,
  shown: readonly ListedFollowUp[],
  day: string,
  kinds: readonly FollowUpKind[] | null,
  hasMore: boolean,
): number {
  const byId = new Map(shown.map((f) => [f.id, f]));
  const lastDue = shown.at(-1)?.dueDate ?? null;
  let count = 0;
  for (const f of changed.values()) {
    const row = byId.get(f.id);
    if (row) {
      if (!belongsToList(row, day, kinds)) count += 1;
    } else if (belongsToList(f, day, kinds) && !(hasMore && lastDue !== null && f.dueDate > lastDue)) {
      count += 1;
    }
  }
  return count;
}
