import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  daysOverdue,
  filtersFromParams,
  hasFilters,
  nextSort,
  paramsWithFilters,
  runBulk,
  tabCount,
  toApiFilter,
} from './filters';

describe('referral worklist filters', () => {
  it('reads the view from the address and ignores nonsense', () => {
    const f = filtersFromParams(
      new URLSearchParams('status=TRIAGED&priority=URGENT&specialty=ENT&assignee=me&source=NGO&from=2026-11-01&to=2026-13-01&overdue=1&q=%20sok%20&sort=due'),
    );
    expect(f).toEqual({
      tab: 'TRIAGED',
      priority: 'URGENT',
      specialty: 'ENT',
      assignee: 'me',
      sourceType: 'NGO',
      from: '2026-11-01',
      to: null,
      overdue: true,
      text: 'sok',
      sort: { field: 'DUE_DATE', direction: 'ASC' },
    });
    expect(filtersFromParams(new URLSearchParams('status=LOST&priority=HIGH&sort=name'))).toEqual(EMPTY_FILTERS);
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('writes the view back, leaving defaults out and keeping other parameters', () => {
    const params = paramsWithFilters(new URLSearchParams('referral=abc&priority=STAT'), {
      ...EMPTY_FILTERS,
      overdue: true,
      sort: { field: 'PRIORITY', direction: 'DESC' },
    });
    expect(params.toString()).toBe('referral=abc&overdue=1&sort=priority&dir=desc');
    expect(paramsWithFilters(new URLSearchParams(), EMPTY_FILTERS).toString()).toBe('');
    const round = filtersFromParams(params);
    expect(round.sort).toEqual({ field: 'PRIORITY', direction: 'DESC' });
  });

  it('asks the API for the tab’s statuses and the chosen filters', () => {
    expect(toApiFilter(EMPTY_FILTERS, 'me-id')).toEqual({
      statuses: ['RECEIVED', 'TRIAGED', 'ACCEPTED', 'WAITLISTED', 'SCHEDULED'],
    });
    expect(toApiFilter({ ...EMPTY_FILTERS, tab: 'RECEIVED', assignee: 'me', priority: 'URGENT', overdue: true, text: ' x ' }, 'u1')).toEqual({
      statuses: ['RECEIVED'],
      assigneeIds: ['u1'],
      priorities: ['URGENT'],
      overdue: true,
      text: 'x',
    });
    expect(toApiFilter({ ...EMPTY_FILTERS, assignee: 'unassigned' }, 'u1').unassigned).toBe(true);
  });

  it('counts tabs from the per-status counts', () => {
    const counts = [
      { status: 'RECEIVED', count: 3 },
      { status: 'TRIAGED', count: 2 },
      { status: 'COMPLETED', count: 7 },
    ] as const;
    expect(tabCount(counts, 'OPEN')).toBe(5);
    expect(tabCount(counts, 'COMPLETED')).toBe(7);
    expect(tabCount(counts, 'DECLINED')).toBe(0);
  });

  it('flips the sort on the same column and starts another at its natural direction', () => {
    expect(nextSort({ field: 'RECEIVED_AT', direction: 'DESC' }, 'RECEIVED_AT')).toEqual({ field: 'RECEIVED_AT', direction: 'ASC' });
    expect(nextSort({ field: 'RECEIVED_AT', direction: 'DESC' }, 'DUE_DATE')).toEqual({ field: 'DUE_DATE', direction: 'ASC' });
  });

  it('counts whole days past the due date', () => {
    expect(daysOverdue('2026-11-20', '2026-11-25')).toBe(5);
    expect(daysOverdue('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysOverdue('2026-12-01', '2026-11-25')).toBe(0);
    expect(daysOverdue(null, '2026-11-25')).toBe(0);
  });

  it('reports which rows of a bulk action failed', async () => {
    const outcome = await runBulk(['a', 'b', 'c'], (id) => (id === 'b' ? Promise.reject(new Error('no')) : Promise.resolve()));
    expect(outcome.succeeded).toEqual(['a', 'c']);
    expect(outcome.failed.map((f) => f.id)).toEqual(['b']);
  });
});
