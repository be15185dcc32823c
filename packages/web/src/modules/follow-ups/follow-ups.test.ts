import { describe, expect, it } from 'vitest';
import { followUpFiltersFromParams, listChanges, paramsWithFollowUpFilters, splitOverdue, toRecordFollowUpInput, type ListedFollowUp } from './follow-ups';

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

describe('listChanges (follow-ups changed elsewhere that a refresh would show)', () => {
  const day = '2026-11-25';
  const row = (id: string, dueDate: string, status = 'SCHEDULED', kind: ListedFollowUp['kind'] = 'CLINIC'): ListedFollowUp => ({ id, dueDate, status, kind });
  const changes = (...list: ListedFollowUp[]) => new Map(list.map((f) => [f.id, f]));

  it('counts nothing for a row shown that still belongs (it is updated in place)', () => {
    const shown = [row('a', '2026-11-20'), row('b', day)];
    expect(listChanges(changes(row('b', day)), shown, day, null, false)).toBe(0);
  });

  it('counts a row shown that left the filter: recorded, cancelled, moved after the day, or of a kind not shown', () => {
    const shown = [row('a', '2026-11-20', 'ATTENDED'), row('b', '2026-11-26'), row('c', day, 'SCHEDULED', 'WOUND_CHECK')];
    expect(listChanges(changes(shown[0], shown[1], shown[2]), shown, day, ['CLINIC'], false)).toBe(3);
  });

  it('counts a follow-up not shown that now belongs, but not one that does not, nor one on a page not loaded yet', () => {
    const shown = [row('a', '2026-11-20')];
    expect(listChanges(changes(row('new', day)), shown, day, null, false)).toBe(1);
    expect(listChanges(changes(row('new', day, 'ATTENDED')), shown, day, null, false)).toBe(0);
    expect(listChanges(changes(row('new', '2026-12-01')), shown, day, null, false)).toBe(0);
    expect(listChanges(changes(row('new', day)), shown, day, null, true)).toBe(0);
    expect(listChanges(changes(row('new', '2026-11-19')), shown, day, null, true)).toBe(1);
  });

  it('forgets a row recorded here once the list is read again without it', () => {
    expect(listChanges(changes(row('a', '2026-11-20', 'ATTENDED')), [], day, null, false)).toBe(0);
  });
});
