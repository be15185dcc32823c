import { describe, expect, it } from 'vitest';
import {
  FollowUpKind,
  FollowUpStatus,
  lostToFollowUpBecauseOf,
  lostToFollowUpFrom,
  postOperativeFollowUps,
  type FollowUpFacts,
} from './follow-up.js';

const missed = (dueDate: string): FollowUpFacts => ({ dueDate, status: FollowUpStatus.MISSED, outcomeOn: dueDate });
const booked = (dueDate: string): FollowUpFacts => ({ dueDate, status: FollowUpStatus.SCHEDULED, outcomeOn: null });
const attended = (dueDate: string, outcomeOn = dueDate): FollowUpFacts => ({ dueDate, status: FollowUpStatus.ATTENDED, outcomeOn });

describe('lost to follow-up', () => {
  it('is lost from day 61 after a missed follow-up, not on day 60', () => {
    const list = [missed('2026-01-01')];
    expect(lostToFollowUpBecauseOf(list, '2026-03-02')).toBeNull(); // 60 days
    expect(lostToFollowUpBecauseOf(list, '2026-03-03')).toBe(list[0]); // 61 days
    expect(lostToFollowUpFrom('2026-01-01')).toBe('2026-03-03');
  });

  it('counts a follow-up never recorded like a missed one', () => {
    const list = [booked('2026-01-01')];
    expect(lostToFollowUpBecauseOf(list, '2026-03-02')).toBeNull();
    expect(lostToFollowUpBecauseOf(list, '2026-03-03')).toBe(list[0]);
  });

  it('is not lost when a follow-up was attended on or after the missed one', () => {
    expect(lostToFollowUpBecauseOf([missed('2026-01-01'), attended('2026-01-20')], '2026-06-01')).toBeNull();
    expect(lostToFollowUpBecauseOf([missed('2026-01-01'), attended('2026-01-01')], '2026-06-01')).toBeNull();
    // Attended before the missed one does not count.
    const list = [attended('2025-12-20'), missed('2026-01-01')];
    expect(lostToFollowUpBecauseOf(list, '2026-03-03')).toBe(list[1]);
  });

  it('ignores cancelled follow-ups and ones not yet due', () => {
    expect(lostToFollowUpBecauseOf([{ dueDate: '2025-01-01', status: FollowUpStatus.CANCELLED, outcomeOn: null }], '2026-06-01')).toBeNull();
    expect(lostToFollowUpBecauseOf([booked('2026-06-01')], '2026-06-01')).toBeNull();
  });

  it('names the earliest lapsed follow-up as the cause', () => {
    const list = [missed('2026-02-01'), missed('2026-01-01')];
    expect(lostToFollowUpBecauseOf(list, '2026-06-01')).toBe(list[1]);
  });
});

describe('standard follow-ups after an operation', () => {
  it('books a wound check at 10 days and a day-30 call at 30 days after the operation', () => {
    expect(postOperativeFollowUps('2026-03-01', '2026-03-03')).toEqual([
      { kind: FollowUpKind.WOUND_CHECK, dueDate: '2026-03-11' },
      { kind: FollowUpKind.DAY_30_CALL, dueDate: '2026-03-31' },
    ]);
  });

  it('books the wound check the day after discharge when that is later, and none from 14 days after the operation', () => {
    expect(postOperativeFollowUps('2026-03-01', '2026-03-12')[0]).toEqual({ kind: FollowUpKind.WOUND_CHECK, dueDate: '2026-03-13' });
    expect(postOperativeFollowUps('2026-03-01', '2026-03-14')[0]).toEqual({ kind: FollowUpKind.WOUND_CHECK, dueDate: '2026-03-15' });
    expect(postOperativeFollowUps('2026-03-01', '2026-03-15')).toEqual([{ kind: FollowUpKind.DAY_30_CALL, dueDate: '2026-03-31' }]);
    expect(postOperativeFollowUps('2026-03-01', '2026-04-10')).toEqual([{ kind: FollowUpKind.DAY_30_CALL, dueDate: '2026-04-11' }]);
  });
});
