import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatMinute,
  instantOf,
  localDayAndMinute,
  moveSlot,
  parseMinute,
  planProblems,
  removeSlot,
  toSlotInputs,
  updateSlot,
  usedMinutes,
  type PlanSlot,
} from './plan';

const slot = (referralId: string, day: string, theatreId: string, startMinute: number, durationMinutes: number): PlanSlot => ({
  referralId,
  day,
  theatreId,
  startMinute,
  durationMinutes,
  procedure: `Procedure ${referralId}`,
});

const plan = [slot('a', '2026-12-01', 'T1', 480, 120), slot('b', '2026-12-01', 'T1', 600, 90), slot('c', '2026-12-02', 'T2', 480, 60)];

describe('mission schedule editing', () => {
  it('reads and writes Phnom Penh wall-clock times', () => {
    expect(localDayAndMinute('2026-12-01T01:00:00.000Z')).toEqual({ day: '2026-12-01', minute: 480 });
    // 23:30 UTC is already the next morning in Phnom Penh.
    expect(localDayAndMinute('2026-11-30T23:30:00.000Z')).toEqual({ day: '2026-12-01', minute: 390 });
    expect(instantOf('2026-12-01', 480)).toBe('2026-12-01T01:00:00.000Z');
    expect(instantOf('2026-12-01', 60)).toBe('2026-11-30T18:00:00.000Z');
    expect(formatMinute(545)).toBe('09:05');
    expect(parseMinute('9:05')).toBe(545);
    expect(parseMinute('24:00')).toBeNull();
    expect(parseMinute('noon')).toBeNull();
    expect(daysBetween('2026-11-30', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('sums the minutes used per theatre day', () => {
    expect(usedMinutes(plan, '2026-12-01', 'T1')).toBe(210);
    expect(usedMinutes(plan, '2026-12-01', 'T2')).toBe(0);
    expect(usedMinutes(plan, '2026-12-02', 'T2')).toBe(60);
  });

  it('moves a case to the end of another theatre day', () => {
    const moved = moveSlot(plan, 'a', '2026-12-02', 'T2');
    expect(moved.find((s) => s.referralId === 'a')).toMatchObject({ day: '2026-12-02', theatreId: 'T2', startMinute: 540 });
    expect(usedMinutes(moved, '2026-12-01', 'T1')).toBe(90);
    expect(usedMinutes(moved, '2026-12-02', 'T2')).toBe(180);
    // The original is untouched.
    expect(plan[0].day).toBe('2026-12-01');
    // To an empty day: the start of the theatre day.
    expect(moveSlot(plan, 'c', '2026-12-03', 'T1').find((s) => s.referralId === 'c')!.startMinute).toBe(480);
  });

  it('finds capacity overruns and overlaps, and none in a clean plan', () => {
    expect(planProblems(plan, 240)).toEqual([]);
    expect(planProblems(plan, 200)).toEqual([{ kind: 'OVER_CAPACITY', day: '2026-12-01', theatreId: 'T1', used: 210, capacity: 200 }]);
    const longer = updateSlot(plan, 'a', { durationMinutes: 150 });
    expect(planProblems(longer, 480)).toEqual([{ kind: 'OVERLAP', day: '2026-12-01', theatreId: 'T1', referralIds: ['a', 'b'] }]);
    const late = updateSlot(plan, 'c', { startMinute: 23 * 60 + 30 });
    expect(planProblems(late, 480)).toEqual([{ kind: 'PAST_MIDNIGHT', referralId: 'c' }]);
  });

  it('removes a case and builds the slots to confirm in day, theatre, time order', () => {
    const left = removeSlot(plan, 'b');
    expect(left.map((s) => s.referralId)).toEqual(['a', 'c']);
    const inputs = toSlotInputs([plan[2], plan[1], plan[0]]);
    expect(inputs.map((s) => s.referralId)).toEqual(['a', 'b', 'c']);
    expect(inputs[1]).toEqual({
      referralId: 'b',
      theatreId: 'T1',
      scheduledStart: '2026-12-01T03:00:00.000Z',
      expectedDurationMinutes: 90,
      procedure: 'Procedure b',
    });
  });
});
