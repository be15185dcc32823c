import { describe, expect, it } from 'vitest';
import {
  censusFiltersFromParams,
  groupCensusByWard,
  hospitalInstant,
  paramsWithCensusFilters,
  wardsOf,
} from './census';

const ward = (id: string) => ({ id });
const row = (wardId: string, label: string, occupied: boolean) => ({ bed: { id: `${wardId}-${label}`, label, ward: ward(wardId) }, occupied });

describe('hospitalInstant', () => {
  it('reads a wall-clock time as Phnom Penh time (UTC+7)', () => {
    expect(hospitalInstant('2026-11-20T08:30')).toBe('2026-11-20T01:30:00.000Z');
    expect(hospitalInstant('2026-01-01T03:00')).toBe('2025-12-31T20:00:00.000Z');
  });

  it('gives null for empty or malformed input', () => {
    expect(hospitalInstant('')).toBeNull();
    expect(hospitalInstant('2026-11-20')).toBeNull();
    expect(hospitalInstant('2026-13-20T08:30')).toBeNull();
    expect(hospitalInstant('2026-11-20T24:00')).toBeNull();
  });
});

describe('census filters in the address', () => {
  it('round-trips and drops empty values', () => {
    const params = paramsWithCensusFilters(new URLSearchParams('x=1'), { at: '2026-11-20T08:30', ward: 'W1' });
    expect(params.toString()).toBe('x=1&at=2026-11-20T08%3A30&ward=W1');
    expect(censusFiltersFromParams(params)).toEqual({ at: '2026-11-20T08:30', ward: 'W1' });
    expect(paramsWithCensusFilters(params, { at: '', ward: '' }).toString()).toBe('x=1');
  });

  it('ignores a malformed time', () => {
    expect(censusFiltersFromParams(new URLSearchParams('at=yesterday'))).toEqual({ at: '', ward: '' });
  });
});

describe('groupCensusByWard', () => {
  const rows = [row('A', '01', true), row('A', '02', false), row('B', '01', false), row('B', '02', true), row('B', '03', true)];

  it('keeps the server order, one section per ward, and counts taken beds', () => {
    const sections = groupCensusByWard(rows, '', (r) => r.occupied);
    expect(sections.map((s) => [s.ward.id, s.beds.map((b) => b.bed.label), s.occupied])).toEqual([
      ['A', ['01', '02'], 1],
      ['B', ['01', '02', '03'], 2],
    ]);
  });

  it('shows only the chosen ward, and nothing for an unknown one', () => {
    expect(groupCensusByWard(rows, 'B', (r) => r.occupied).map((s) => s.ward.id)).toEqual(['B']);
    expect(groupCensusByWard(rows, 'Z', (r) => r.occupied)).toEqual([]);
  });

  it('lists each ward once', () => {
    expect(wardsOf(rows).map((w) => w.id)).toEqual(['A', 'B']);
  });
});
