import { describe, expect, it } from 'vitest';
import { complicationProblems, recordsDeath, rescheduleFormOf, rescheduleInput, reschedulesIntoPast } from './actions';

const booked = { id: 'S1', version: 3, scheduledStart: '2026-11-24T01:30:00.000Z', expectedDurationMinutes: 90, theatre: { id: 'T1' } };
/** Before the booking: 20 November 2026. */
const NOW = new Date('2026-11-20T00:00:00.000Z');

describe('rescheduleInput', () => {
  it('starts from the booking in Phnom Penh time and refuses an unchanged booking', () => {
    const form = rescheduleFormOf(booked);
    expect(form).toEqual({ start: '2026-11-24T08:30', duration: 90, theatreId: 'T1', reason: '', retrospective: false, retrospectiveReason: '' });
    expect(rescheduleInput(booked, form, NOW)).toEqual({ ok: false, problem: 'UNCHANGED' });
  });

  it('sends only what changed, with the version seen and a trimmed reason', () => {
    const result = rescheduleInput(booked, { ...rescheduleFormOf(booked), start: '2026-11-24T10:00', reason: '  surgeon late ' }, NOW);
    expect(result).toEqual({ ok: true, input: { surgeryId: 'S1', expectedVersion: 3, scheduledStart: '2026-11-24T03:00:00.000Z', reason: 'surgeon late' } });
    const moved = rescheduleInput(booked, { ...rescheduleFormOf(booked), theatreId: 'T2', duration: '120' }, NOW);
    expect(moved).toEqual({ ok: true, input: { surgeryId: 'S1', expectedVersion: 3, expectedDurationMinutes: 120, theatreId: 'T2' } });
  });

  it('refuses an unreadable start and a duration outside whole minutes 1…1440', () => {
    expect(rescheduleInput(booked, { ...rescheduleFormOf(booked), start: '' }, NOW)).toEqual({ ok: false, problem: 'START' });
    expect(rescheduleInput(booked, { ...rescheduleFormOf(booked), start: '2026-11-24T25:00' }, NOW)).toEqual({ ok: false, problem: 'START' });
    for (const duration of [0, -5, 1441, 12.5, '', 'abc']) {
      expect(rescheduleInput(booked, { ...rescheduleFormOf(booked), duration }, NOW)).toEqual({ ok: false, problem: 'DURATION' });
    }
    expect(rescheduleInput(booked, { ...rescheduleFormOf(booked), duration: 1440 }, NOW).ok).toBe(true);
  });

  it('a move to a time that has passed needs the retrospective switch and a reason, and sends both', () => {
    const later = new Date('2026-11-25T00:00:00.000Z');
    const back = { ...rescheduleFormOf(booked), start: '2026-11-24T07:00' };
    expect(reschedulesIntoPast(booked, back, later)).toBe(true);
    expect(reschedulesIntoPast(booked, back, NOW)).toBe(false);
    expect(reschedulesIntoPast(booked, { ...rescheduleFormOf(booked), duration: 120 }, later)).toBe(false);
    expect(rescheduleInput(booked, back, later)).toEqual({ ok: false, problem: 'IN_PAST' });
    expect(rescheduleInput(booked, { ...back, retrospective: true, retrospectiveReason: '  ' }, later)).toEqual({ ok: false, problem: 'RETROSPECTIVE_REASON' });
    expect(rescheduleInput(booked, { ...back, retrospective: true, retrospectiveReason: ' Started early, entered after ' }, later)).toEqual({
      ok: true,
      input: { surgeryId: 'S1', expectedVersion: 3, scheduledStart: '2026-11-24T00:00:00.000Z', retrospective: true, retrospectiveReason: 'Started early, entered after' },
    });
  });
});

describe('complicationProblems', () => {
  const now = new Date('2026-11-25T05:00:00Z'); // 12:00 in Phnom Penh
  const form = { grade: 'II' as const, disabilityAtDischarge: true, surgicalSiteInfection: true, description: 'Wound infection', occurredAt: '2026-11-25T11:00' };

  it('accepts a described complication in the past', () => {
    expect(complicationProblems(form, now)).toEqual({});
  });

  it('needs a description and a time not in the future', () => {
    expect(complicationProblems({ ...form, description: '  ', occurredAt: '' }, now)).toEqual({ description: 'DESCRIPTION', occurredAt: 'OCCURRED_AT' });
    expect(complicationProblems({ ...form, occurredAt: '2026-11-25T12:01' }, now)).toEqual({ occurredAt: 'FUTURE' });
    expect(complicationProblems({ ...form, occurredAt: '2026-11-25T12:00' }, now)).toEqual({});
  });

  it('grade V is a death: no disability suffix, and it needs a confirmation', () => {
    expect(complicationProblems({ ...form, grade: 'V' }, now)).toEqual({ disabilityAtDischarge: 'DISABILITY_WITH_DEATH' });
    expect(complicationProblems({ ...form, grade: 'V', disabilityAtDischarge: false }, now)).toEqual({});
    expect(recordsDeath('V')).toBe(true);
    expect(['I', 'II', 'IIIA', 'IIIB', 'IVA', 'IVB'].map((g) => recordsDeath(g as 'I'))).toEqual([false, false, false, false, false, false]);
  });
});
