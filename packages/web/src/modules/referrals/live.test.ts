import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type ReferralFilters } from './filters';
import { fitsView, needsRefresh, type LiveReferral } from './live';

const ME = 'user-me';
const row = (patch: Partial<LiveReferral> = {}): LiveReferral => ({
  id: 'r1',
  status: 'RECEIVED',
  priority: 'ROUTINE',
  specialty: 'ENT',
  sourceType: 'NGO',
  receivedAt: '2026-11-30T18:00:00.000Z', // 1 December in Phnom Penh
  dueDate: '2026-12-30',
  overdue: false,
  assignee: null,
  ...patch,
});
const view = (patch: Partial<ReferralFilters> = {}): ReferralFilters => ({ ...EMPTY_FILTERS, ...patch });

describe('the live worklist', () => {
  it('tells whether a referral belongs in the view, by each filter but the text', () => {
    expect(fitsView(row(), view(), ME)).toBe(true);
    expect(fitsView(row({ status: 'COMPLETED' }), view(), ME)).toBe(false);
    expect(fitsView(row({ status: 'COMPLETED' }), view({ tab: 'COMPLETED' }), ME)).toBe(true);
    expect(fitsView(row(), view({ tab: 'TRIAGED' }), ME)).toBe(false);
    expect(fitsView(row(), view({ priority: 'STAT' }), ME)).toBe(false);
    expect(fitsView(row(), view({ specialty: 'UROLOGY' }), ME)).toBe(false);
    expect(fitsView(row(), view({ sourceType: 'SELF' }), ME)).toBe(false);
    expect(fitsView(row(), view({ assignee: 'unassigned' }), ME)).toBe(true);
    expect(fitsView(row({ assignee: { id: ME } }), view({ assignee: 'unassigned' }), ME)).toBe(false);
    expect(fitsView(row({ assignee: { id: ME } }), view({ assignee: 'me' }), ME)).toBe(true);
    expect(fitsView(row({ assignee: { id: 'other' } }), view({ assignee: 'me' }), ME)).toBe(false);
    expect(fitsView(row({ assignee: { id: 'other' } }), view({ assignee: 'other' }), ME)).toBe(true);
    // Received days are Phnom Penh days.
    expect(fitsView(row(), view({ from: '2026-12-01', to: '2026-12-01' }), ME)).toBe(true);
    expect(fitsView(row(), view({ to: '2026-11-30' }), ME)).toBe(false);
    expect(fitsView(row(), view({ overdue: true }), ME)).toBe(false);
    expect(fitsView(row({ overdue: true }), view({ overdue: true }), ME)).toBe(true);
    expect(fitsView(row(), view({ text: 'anything' }), ME)).toBe(true);
  });

  it('reads the page again for a new referral of the view, a row that left it or moved in its order; not for a row updated in place', () => {
    // Not shown: new, or moved into the view.
    expect(needsRefresh(row(), undefined, view(), ME)).toBe(true);
    expect(needsRefresh(row({ status: 'CANCELLED' }), undefined, view(), ME)).toBe(false);
    // Shown, still in the view: updated in place.
    expect(needsRefresh(row({ status: 'TRIAGED' }), row(), view(), ME)).toBe(false);
    expect(needsRefresh(row({ assignee: { id: ME } }), row(), view(), ME)).toBe(false);
    // Shown, left the view.
    expect(needsRefresh(row({ status: 'TRIAGED' }), row(), view({ tab: 'RECEIVED' }), ME)).toBe(true);
    expect(needsRefresh(row({ assignee: { id: 'other' } }), row({ assignee: { id: ME } }), view({ assignee: 'me' }), ME)).toBe(true);
    // Shown, its sort key changed.
    expect(needsRefresh(row({ dueDate: '2026-12-10' }), row(), view({ sort: { field: 'DUE_DATE', direction: 'ASC' } }), ME)).toBe(true);
    expect(needsRefresh(row({ dueDate: '2026-12-10' }), row(), view(), ME)).toBe(false);
    expect(needsRefresh(row({ priority: 'STAT' }), row(), view({ sort: { field: 'PRIORITY', direction: 'DESC' } }), ME)).toBe(true);
  });
});
