import { describe, expect, it } from 'vitest';
import { formatBirthDate, formatDateTime, formatDayWithWeekday, formatLocalDate, formatMonth, formatNumber, formatTime } from './format';
import { ensureTranslation, loadPageText } from './index';

describe('date formatting (Phnom Penh time, UTC+7)', () => {
  it('formats instants in the hospital time zone', () => {
    expect(formatDateTime('2026-06-02T01:30:00Z', 'en')).toBe('2 Jun 2026, 08:30');
    expect(formatDateTime('2026-06-02T01:30:00Z', 'km')).toBe('2 មិថុនា 2026 ម៉ោង 08:30');
  });

  it('moves to the next day when it is already tomorrow in Phnom Penh', () => {
    expect(formatDateTime('2026-12-31T17:05:00Z', 'en')).toBe('1 Jan 2027, 00:05');
    expect(formatDateTime('2026-12-31T17:05:00Z', 'km')).toBe('1 មករា 2027 ម៉ោង 00:05');
  });

  it('formats a month (a Phnom Penh calendar month) without shifting it, in every language', () => {
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-12', 'km')).toBe('ធ្នូ 2026');
    expect(formatMonth('2026-01', 'ja')).toBe('2026年1月');
    expect(formatMonth('NONE', 'en')).toBe('NONE');
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

describe('one format per language', () => {
  it('writes Japanese dates the Japanese way, in Phnom Penh time', () => {
    expect(formatDateTime('2026-05-08T23:00:00Z', 'ja')).toBe('2026年5月9日 06:00');
    expect(formatLocalDate('2019-03-14', 'ja')).toBe('2019年3月14日');
  });

  it('gives day pages their weekday in every language', () => {
    expect(formatDayWithWeekday('2026-05-09', 'en')).toBe('Sat 9 May 2026');
    expect(formatDayWithWeekday('2026-05-09', 'km')).toBe('ថ្ងៃសៅរ៍ 9 ឧសភា 2026');
    expect(formatDayWithWeekday('2026-05-09', 'ja')).toBe('2026年5月9日(土)');
  });

  it('writes numbers in Latin digits in every language', () => {
    for (const language of ['en', 'km', 'ja'] as const) expect(formatNumber(1234, language)).toMatch(/^1,?234$/);
    expect(formatNumber(0.25, 'km', { style: 'percent' })).toBe('25%');
  });
});

describe('birth dates', () => {
  it('shows an estimated birth date as an estimate, in every language', async () => {
    await loadPageText('data');
    await ensureTranslation('km');
    await ensureTranslation('ja');
    expect(formatBirthDate('2019-07-01', false, 'en')).toBe('1 Jul 2019');
    expect(formatBirthDate('2019-07-01', true, 'en')).toBe('about 2019 (estimated)');
    expect(formatBirthDate('2019-07-01', true, 'km')).toBe('ប្រហែលឆ្នាំ 2019 (ប៉ាន់ស្មាន)');
    expect(formatBirthDate('2019-07-01', true, 'ja')).toBe('2019年ごろ（推定）');
  });
});
