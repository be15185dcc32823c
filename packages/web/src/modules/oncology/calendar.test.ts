import { describe, expect, it } from 'vitest';
import { buildCalendar, daysBetween, doseState, isRecordable, type CalendarAdministration } from './calendar';

let position = 0;
const dose = (drug: string, plannedDate: string, state: CalendarAdministration['state'] = 'UPCOMING', route = 'IV') => ({
  id: `A${++position}`,
  position,
  drug,
  route,
  plannedDate,
  state,
});

describe('daysBetween', () => {
  it('counts calendar days, across months and years, either way', () => {
    expect(daysBetween('2026-11-01', '2026-11-08')).toBe(7);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});

describe('doseState', () => {
  it('follows the server: given, late, omitted and the three kinds of not-yet-given', () => {
    const states = (['GIVEN', 'DELAYED', 'OMITTED', 'OVERDUE', 'DUE', 'UPCOMING'] as const).map((state) => doseState({ state }));
    expect(states).toEqual(['given', 'delayed', 'omitted', 'overdue', 'due', 'planned']);
  });

  it('lets only due and overdue doses be recorded', () => {
    expect(['given', 'delayed', 'omitted', 'overdue', 'due', 'planned'].filter((s) => isRecordable(s as never))).toEqual([
      'overdue',
      'due',
    ]);
  });
});

describe('buildCalendar', () => {
  it('puts each drug on a row and each dose in its week, with the empty weeks in between', () => {
    const plan = [
      dose('Vincristine', '2026-11-01', 'GIVEN'),
      dose('Dactinomycin', '2026-11-01', 'DELAYED'),
      dose('Vincristine', '2026-11-08', 'OVERDUE'),
      dose('Vincristine', '2026-11-15', 'DUE'),
      dose('Vincristine', '2026-11-29'),
      dose('Dactinomycin', '2026-11-29'),
    ];
    const calendar = buildCalendar('2026-11-01', plan);
    expect(calendar.weeks).toEqual([0, 1, 2, 3, 4]);
    expect(calendar.rows.map((r) => r.drug)).toEqual(['Vincristine', 'Dactinomycin']);
    const [vcr, act] = calendar.rows;
    expect([...vcr.cells].map(([week, doses]) => [week, doses.map((d) => d.state)])).toEqual([
      [0, ['given']],
      [1, ['overdue']],
      [2, ['due']],
      [4, ['planned']],
    ]);
    expect([...act.cells.keys()]).toEqual([0, 4]);
    expect(act.cells.get(4)![0].day).toBe(28);
    expect(calendar.counts).toEqual({ given: 1, delayed: 1, omitted: 0, overdue: 1, due: 1, planned: 2 });
  });

  it('keeps several doses of one drug in a week in date order, and drugs by route apart', () => {
    const plan = [
      dose('Cytarabine', '2026-11-03', 'UPCOMING', 'IV'),
      dose('Cytarabine', '2026-11-02', 'UPCOMING', 'IV'),
      dose('Cytarabine', '2026-11-02', 'OMITTED', 'IT'),
    ];
    const calendar = buildCalendar('2026-11-02', plan);
    expect(calendar.rows.map((r) => r.key)).toEqual(['Cytarabine|IV', 'Cytarabine|IT']);
    expect(calendar.rows[0].cells.get(0)!.map((d) => d.administration.plannedDate)).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('is empty for a plan without doses', () => {
    expect(buildCalendar('2026-11-02', [])).toMatchObject({ weeks: [], rows: [] });
  });
});
