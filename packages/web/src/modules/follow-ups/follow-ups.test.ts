import { describe, expect, it } from 'vitest';
import { followUpFiltersFromParams, paramsWithFollowUpFilters, splitOverdue, toRecordFollowUpInput } from './follow-ups';

describe('follow-up filters in the address', () => {
  it('round-trips, dropping empty values and ignoring unknown ones', () => {
    const params = paramsWithFollowUpFilters(new URLSearchParams(), { date: '2026-11-25', kind: 'DAY_30_CALL' });
    expect(params.toString()).toBe('date=2026-11-25&kind=DAY_30_CALL');
    expect(followUpFiltersFromParams(params)).toEqual({ date: '2026-11-25', kind: 'DAY_30_CALL' });
    expect(followUpFiltersFromParams(new URLSearchParams('date=tomorrow&kind=PARTY'))).toEqual({ date: '', kind: '' });
  });
});

describe('splitOverdue', () => {
  it('puts what was due before the day first, keeping the order', () => {
    const list = [{ id: 1, dueDate: '2026-11-01' }, { id: 2, dueDate: '2026-11-24' }, { id: 3, dueDate: '2026-11-25' }];
    const { overdue, due } = splitOverdue(list, '2026-11-25');
    expect(overdue.map((f) => f.id)).toEqual([1, 2]);
    expect(due.map((f) => f.id)).toEqual([3]);
  });
});

describe('toRecordFollowUpInput', () => {
  const wound = { id: 'F1', version: 2, kind: 'WOUND_CHECK' as const };
  const call = { id: 'F2', version: 1, kind: 'DAY_30_CALL' as const };

  it('records a missed follow-up without a day-30 status', () => {
    expect(toRecordFollowUpInput(call, { outcome: 'MISSED' }, '  no answer ')).toEqual({
      followUpId: 'F2',
      expectedVersion: 1,
      notes: 'no answer',
      outcome: 'MISSED',
    });
  });

  it('needs the child’s status for a day-30 call that reached the family', () => {
    expect(toRecordFollowUpInput(call, { outcome: 'ATTENDED' }, '')).toBeNull();
    expect(toRecordFollowUpInput(call, { outcome: 'ATTENDED', day30Status: 'READMITTED' }, '')).toMatchObject({
      outcome: 'ATTENDED',
      day30Status: 'READMITTED',
      notes: null,
    });
  });

  it('never sends a day-30 status for other follow-ups', () => {
    expect(toRecordFollowUpInput(wound, { outcome: 'ATTENDED', day30Status: 'DIED' }, '')).toEqual({
      followUpId: 'F1',
      expectedVersion: 2,
      notes: null,
      outcome: 'ATTENDED',
    });
  });
});
