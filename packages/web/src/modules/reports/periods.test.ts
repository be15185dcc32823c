import { describe, expect, it } from 'vitest';
import { periodFromParams, presetOf, presetPeriod } from './periods';

describe('report periods', () => {
  it('reads presets on a given Phnom Penh day', () => {
    expect(presetPeriod('thisMonth', '2026-03-14')).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(presetPeriod('lastMonth', '2026-03-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetPeriod('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('thisYear', '2026-03-14')).toEqual({ from: '2026-01-01', to: '2026-03-14' });
  });

  it('reads the period from the address, this month when absent, none when malformed', () => {
    const today = '2026-03-14';
    expect(periodFromParams(new URLSearchParams(''), today)).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(periodFromParams(new URLSearchParams('from=2026-01-05&to=2026-02-10'), today)).toEqual({ from: '2026-01-05', to: '2026-02-10' });
    expect(periodFromParams(new URLSearchParams('from=2026-02-10&to=2026-01-05'), today)).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=2026-02-30&to=2026-03-05'), today)).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=yesterday'), today)).toBeNull();
    expect(presetOf({ from: '2026-02-01', to: '2026-02-28' }, today)).toBe('lastMonth');
    expect(presetOf({ from: '2026-02-02', to: '2026-02-28' }, today)).toBeNull();
  });
});
