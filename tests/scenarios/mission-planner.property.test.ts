import { MissionPlanProblem, UrgencyBand, comparePlannerCases, planMission, type PlannerCase, type PlannerInput } from '@pj/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The mission planner is a pure function: its rules hold for any list of cases, days and theatres. */
const BANDS = [UrgencyBand.DAYS_30, UrgencyBand.DAYS_90, UrgencyBand.DAYS_365];
const T0 = Date.parse('2026-01-01T00:00:00Z');

const caseArb = fc.record({
  id: fc.uuid(),
  urgencyBand: fc.constantFrom(...BANDS),
  waitingSince: fc.integer({ min: 0, max: 400 }).map((d) => new Date(T0 + d * 86_400_000)),
  expectedDurationMinutes: fc.integer({ min: 5, max: 600 }),
});

const inputArb: fc.Arbitrary<PlannerInput> = fc.record({
  cases: fc.uniqueArray(caseArb, { maxLength: 60, selector: (c) => c.id }),
  days: fc.uniqueArray(fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`), { minLength: 1, maxLength: 5 }),
  theatreIds: fc.uniqueArray(fc.constantFrom('OT1', 'OT2', 'OT3', 'OT4'), { minLength: 1, maxLength: 4 }),
  dailyCapacityMinutes: fc.integer({ min: 30, max: 720 }),
  dayStartMinute: fc.constantFrom(420, 480, 510),
});

const RUNS = { numRuns: 300 };

describe('mission planner', () => {
  it('never fills a theatre day beyond its capacity, never overlaps, and fits every operation in one day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { slots } = planMission(input);
        const used = new Map<string, number>();
        for (const slot of slots) {
          const key = `${slot.day}|${slot.theatreId}`;
          used.set(key, (used.get(key) ?? 0) + slot.durationMinutes);
          expect(input.days).toContain(slot.day);
          expect(input.theatreIds).toContain(slot.theatreId);
          expect(slot.startMinute).toBeGreaterThanOrEqual(input.dayStartMinute);
          expect(slot.startMinute + slot.durationMinutes).toBeLessThanOrEqual(input.dayStartMinute + input.dailyCapacityMinutes);
        }
        for (const minutes of used.values()) expect(minutes).toBeLessThanOrEqual(input.dailyCapacityMinutes);
        // No two operations in one theatre at once.
        const byTheatreDay = new Map<string, typeof slots>();
        for (const s of slots) byTheatreDay.set(`${s.day}|${s.theatreId}`, [...(byTheatreDay.get(`${s.day}|${s.theatreId}`) ?? []), s]);
        for (const list of byTheatreDay.values()) {
          const sorted = [...list].sort((a, b) => a.startMinute - b.startMinute);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i].startMinute).toBeGreaterThanOrEqual(sorted[i - 1].startMinute + sorted[i - 1].durationMinutes);
        }
      }),
      RUNS,
    );
  });

  it('plans or explains every case exactly once, keeping its duration', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { slots, unplanned } = planMission(input);
        const ids = [...slots.map((s) => s.caseId), ...unplanned.map((u) => u.caseId)].sort();
        expect(ids).toEqual(input.cases.map((c) => c.id).sort());
        const byId = new Map(input.cases.map((c) => [c.id, c]));
        for (const slot of slots) expect(slot.durationMinutes).toBe(byId.get(slot.caseId)!.expectedDurationMinutes);
        for (const u of unplanned) {
          const tooLong = byId.get(u.caseId)!.expectedDurationMinutes > input.dailyCapacityMinutes;
          expect(u.reason).toBe(tooLong ? MissionPlanProblem.LONGER_THAN_A_THEATRE_DAY : MissionPlanProblem.NO_CAPACITY_LEFT);
        }
      }),
      RUNS,
    );
  });

  it('puts a more urgent band, and within a band the longer wait, on the same or an earlier day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { slots } = planMission(input);
        const byId = new Map(input.cases.map((c) => [c.id, c]));
        for (const a of slots) {
          for (const b of slots) {
            if (comparePlannerCases(byId.get(a.caseId)!, byId.get(b.caseId)!) < 0) expect(a.day <= b.day, `${a.caseId} before ${b.caseId}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same cases in any order give the same plan', () => {
    fc.assert(
      fc.property(inputArb, fc.func(fc.integer()), (input, key) => {
        const shuffled = { ...input, cases: [...input.cases].sort((a, b) => key(a.id) - key(b.id)), days: [...input.days].reverse() };
        expect(planMission(shuffled)).toEqual(planMission(input));
      }),
      RUNS,
    );
  });

  it('an urgent case goes before routine ones, even those that waited longer', () => {
    const routineLongWait: PlannerCase = { id: 'routine', urgencyBand: UrgencyBand.DAYS_365, waitingSince: new Date('2025-01-01T00:00:00Z'), expectedDurationMinutes: 240 };
    const urgentRecent: PlannerCase = { id: 'urgent', urgencyBand: UrgencyBand.DAYS_30, waitingSince: new Date('2026-01-20T00:00:00Z'), expectedDurationMinutes: 240 };
    const routineRecent: PlannerCase = { id: 'routine-recent', urgencyBand: UrgencyBand.DAYS_365, waitingSince: new Date('2026-01-25T00:00:00Z'), expectedDurationMinutes: 240 };
    const plan = planMission({
      cases: [routineRecent, routineLongWait, urgentRecent],
      days: ['2026-02-02', '2026-02-03'],
      theatreIds: ['OT1'],
      dailyCapacityMinutes: 300,
      dayStartMinute: 480,
    });
    expect(plan.slots.map((s) => [s.caseId, s.day, s.startMinute])).toEqual([
      ['urgent', '2026-02-02', 480],
      ['routine', '2026-02-03', 480],
    ]);
    expect(plan.unplanned).toEqual([{ caseId: 'routine-recent', reason: MissionPlanProblem.NO_CAPACITY_LEFT }]);
  });

  it('leaves out an operation longer than a theatre day, and fills theatres side by side', () => {
    const plan = planMission({
      cases: [
        { id: 'long', urgencyBand: UrgencyBand.DAYS_30, waitingSince: new Date(T0), expectedDurationMinutes: 500 },
        { id: 'a', urgencyBand: UrgencyBand.DAYS_90, waitingSince: new Date(T0), expectedDurationMinutes: 120 },
        { id: 'b', urgencyBand: UrgencyBand.DAYS_90, waitingSince: new Date(T0 + 1), expectedDurationMinutes: 120 },
      ],
      days: ['2026-02-02'],
      theatreIds: ['OT1', 'OT2'],
      dailyCapacityMinutes: 480,
      dayStartMinute: 480,
    });
    expect(plan.unplanned).toEqual([{ caseId: 'long', reason: MissionPlanProblem.LONGER_THAN_A_THEATRE_DAY }]);
    expect(plan.slots.map((s) => [s.caseId, s.theatreId, s.startMinute])).toEqual([['a', 'OT1', 480], ['b', 'OT2', 480]]);
  });
});
