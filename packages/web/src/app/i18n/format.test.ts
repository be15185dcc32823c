import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate, formatTime } from './format';

describe('date formatting (Phnom Penh time, UTC+7)', () => {
  it('formats instants in the hospital time zone', () => {
    expect(formatDateTime('2026-06-02T01:30:00Z', 'en')).toBe('2 Jun 2026, 08:30');
    expect(formatDateTime('2026-06-02T01:30:00Z', 'km')).toBe('2 មិថុនា 2026 ម៉ោង 08:30');
  });

  it('moves to the next day when it is already tomorrow in Phnom Penh', () => {
    expect(formatDateTime('2026-12-31T17:05:00Z', 'en')).toBe('1 Jan 2027, 00:05');
    expect(formatDateTime('2026-12-31T17:05:00Z', 'km')).toBe('1 មករា 2027 ម៉ោង 00:05');
  });

  it('formats the time of day alone', () => {
    expect(formatTime('2026-06-02T13:07:00Z', 'en')).toBe('20:07');
  });

  it('formats calendar days without shifting them', () => {
    expect(formatLocalDate('2019-03-14', 'en')).toBe('14 Mar 2019');
    expect(formatLocalDate('2019-03-14', 'km')).toBe('14 មីនា 2019');
    expect(formatLocalDate('2020-12-31', 'km')).toBe('31 ធ្នូ 2020');
  });
});
