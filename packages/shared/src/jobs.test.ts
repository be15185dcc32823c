import { describe, expect, it } from 'vitest';
import { latestDailyOccurrence, nextDailyOccurrence } from './jobs.js';

describe('daily schedule in Phnom Penh time', () => {
  const at = (iso: string) => new Date(iso);
  it('the latest occurrence is today from 00:05 Phnom Penh, yesterday before it', () => {
    // 00:05 on 3 March in Phnom Penh is 17:05 UTC on 2 March.
    expect(latestDailyOccurrence(at('2026-03-02T17:05:00.000Z'), '00:05').toISOString()).toBe('2026-03-02T17:05:00.000Z');
    expect(latestDailyOccurrence(at('2026-03-02T17:04:59.999Z'), '00:05').toISOString()).toBe('2026-03-01T17:05:00.000Z');
    expect(latestDailyOccurrence(at('2026-03-02T10:00:00.000Z'), '00:05').toISOString()).toBe('2026-03-01T17:05:00.000Z');
  });

  it('the next occurrence is strictly later: 00:05 +07:00 of the next Phnom Penh day', () => {
    expect(nextDailyOccurrence(at('2026-03-02T10:00:00.000Z'), '00:05')).toEqual(new Date('2026-03-03T00:05:00+07:00'));
    expect(nextDailyOccurrence(at('2026-03-02T17:05:00.000Z'), '00:05')).toEqual(new Date('2026-03-04T00:05:00+07:00'));
    expect(nextDailyOccurrence(at('2026-03-02T16:59:00.000Z'), '00:05')).toEqual(new Date('2026-03-03T00:05:00+07:00'));
    // Over a month and a year end.
    expect(nextDailyOccurrence(at('2026-12-31T18:00:00.000Z'), '00:05')).toEqual(new Date('2027-01-02T00:05:00+07:00'));
  });
});
