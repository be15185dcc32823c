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
