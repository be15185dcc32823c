import { describe, expect, it } from 'vitest';
import { addDays, ageInYears, hospitalDate, hospitalDateTime, startOfHospitalDay } from './time.js';

describe('hospital time', () => {
  it('takes "today" in Phnom Penh (UTC+7), not UTC', () => {
    expect(hospitalDate(new Date('2026-11-24T16:59:59Z'))).toBe('2026-11-24');
    expect(hospitalDate(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
  });

  it('reads an instant on a Phnom Penh wall clock, and finds where a Phnom Penh day begins', () => {
    expect(hospitalDateTime(new Date('2026-03-20T02:00:00Z'))).toBe('2026-03-20 09:00');
    expect(hospitalDateTime(new Date('2026-03-21T23:30:00Z'))).toBe('2026-03-22 06:30');
    expect(startOfHospitalDay('2026-03-02').toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(hospitalDate(startOfHospitalDay('2026-03-02'))).toBe('2026-03-02');
  });

  it('counts whole years, turning on the birthday itself', () => {
    expect(ageInYears('2020-03-15', '2026-03-14')).toBe(5);
    expect(ageInYears('2020-03-15', '2026-03-15')).toBe(6);
    expect(ageInYears('2020-02-29', '2026-02-28')).toBe(5);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });
});
