/*
 * What the live worklist does with a referral that changed on another screen: a row already
 * shown is updated in place by the normalised cache; whether the page must be read again (a new
 * referral, one that left or entered the view, one whose place in the order moved) is decided here.
 */
import { hospitalDate } from '@pj/shared';
import { statusesOf, type ReferralFilters } from './filters';

/** What of a referral decides whether and where the worklist shows it. */
export interface LiveReferral {
  id: string;
  status: string;
  priority: string;
  specialty: string;
  sourceType: string;
  receivedAt: string;
  dueDate?: string | null;
  overdue: boolean;
  assignee?: { id: string } | null;
}

/**
 * Whether the referral, as it is now, belongs in the view: its tab, priority, specialty,
 * assignee (`me` is the signed-in user), source, received days and overdue flag. The text search
 * is not checked (it matches the patient's names and the reason, which the server knows): a row
 * is taken to match it.
 */
export function fitsView(referral: LiveReferral, filters: ReferralFilters, me: string): boolean {
  if (!(statusesOf(filters.tab) as string[]).includes(referral.status)) return false;
  if (filters.priority && referral.priority !== filters.priority) return false;
  if (filters.specialty && referral.specialty !== filters.specialty) return false;
  if (filters.sourceType && referral.sourceType !== filters.sourceType) return false;
  const assignee = referral.assignee?.id ?? null;
  if (filters.assignee === 'unassigned' && assignee !== null) return false;
  if (filters.assignee === 'me' && assignee !== me) return false;
  if (filters.assignee && filters.assignee !== 'me' && filters.assignee !== 'unassigned' && assignee !== filters.assignee) return false;
  const received = hospitalDate(new Date(referral.receivedAt));
  if (filters.from && received < filters.from) return false;
  if (filters.to && received > filters.to) return false;
  if (filters.overdue && !referral.overdue) return false;
  return true;
}

/**
 * Whether a change calls for reading the page again rather than only updating a row in place:
 * a referral not shown (`before` undefined) that now belongs in the view (new, or moved into it
 * — where it goes in a paged list only the server can say); a row shown that no longer belongs;
 * a row shown whose sort key changed (its place in the order may have moved).
 */
export function needsRefresh(referral: LiveReferral, before: LiveReferral | undefined, filters: ReferralFilters, me: string): boolean {
  const fits = fitsView(referral, filters, me);
  if (!before) return fits;
  if (!fits) return true;
  if (filters.sort.field === 'DUE_DATE') return (before.dueDate ?? null) !== (referral.dueDate ?? null);
  if (filters.sort.field === 'PRIORITY') return before.priority !== referral.priority;
  return false;
}
