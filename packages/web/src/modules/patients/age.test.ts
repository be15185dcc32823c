import { describe, expect, it } from 'vitest';
import { ageInMonths, ageParts } from './age';

describe('ageInMonths', () => {
  it('counts whole months, not started ones', () => {
    expect(ageInMonths('2025-01-15', '2025-02-14')).toBe(0);
    expect(ageInMonths('2025-01-15', '2025-02-15')).toBe(1);
    expect(ageInMonths('2024-11-30', '2026-01-01')).toBe(13);
  });

  it('never goes below zero', () => {
    expect(ageInMonths('2026-05-01', '2026-04-01')).toBe(0);
  });
});

describe('ageParts', () => {
  it('uses months under two years and years from two', () => {
    expect(ageParts(1, '2024-12-01', '2026-02-10')).toEqual({ unit: 'months', count: 14 });
    expect(ageParts(0, '2026-01-20', '2026-02-10')).toEqual({ unit: 'months', count: 0 });
    expect(ageParts(2, '2024-01-01', '2026-02-10')).toEqual({ unit: 'years', count: 2 });
    expect(ageParts(67, '1958-04-04', '2026-02-10')).toEqual({ unit: 'years', count: 67 });
  });
});
