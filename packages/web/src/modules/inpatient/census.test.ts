import { describe, expect, it } from 'vitest';
import {
  bedOperation,
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

describe('bedOperation', () => {
  const op = (procedure: string, status: string, scheduledStart: string, endedAt: string | null = null) => ({ procedure, status, scheduledStart, endedAt });

  it('counts the post-operative day in Phnom Penh days from the operation performed during the stay', () => {
    const ops = [op('Hernia repair', 'COMPLETED', '2026-11-18T02:00:00Z', '2026-11-18T18:30:00Z'), op('Old', 'COMPLETED', '2025-01-01T02:00:00Z', '2025-01-01T03:00:00Z')];
    // Ended 01:30 on 19 November in Phnom Penh: day 0 that day, day 2 on the 21st.
    expect(bedOperation(ops, '2026-11-17T03:00:00Z', '2026-11-19')).toEqual({ procedure: 'Hernia repair', postOperativeDay: 0 });
    expect(bedOperation(ops, '2026-11-17T03:00:00Z', '2026-11-21')).toEqual({ procedure: 'Hernia repair', postOperativeDay: 2 });
  });

  it('ignores operations before the admission and cancelled ones; shows the next booked one without a day', () => {
    const ops = [
      op('Cancelled', 'CANCELLED', '2026-11-22T02:00:00Z'),
      op('Later', 'SCHEDULED', '2026-11-25T02:00:00Z'),
      op('Next', 'SCHEDULED', '2026-11-21T02:00:00Z'),
      op('Before the stay', 'COMPLETED', '2026-10-01T02:00:00Z', '2026-10-01T03:00:00Z'),
    ];
    expect(bedOperation(ops, '2026-11-17T03:00:00Z', '2026-11-19')).toEqual({ procedure: 'Next', postOperativeDay: null });
    expect(bedOperation([], '2026-11-17T03:00:00Z', '2026-11-19')).toBeNull();
  });
});
