import { describe, expect, it } from 'vitest';
import { ceilToSecond, fromLocalInput, lines, timeProblems, toLocalInput } from './record';

describe('operation record form', () => {
  it('reads and writes Phnom Penh date-times', () => {
    expect(toLocalInput('2026-12-01T01:30:05.600Z')).toBe('2026-12-01T08:30:05');
    expect(ceilToSecond('2026-12-01T01:30:05.600Z')).toBe('2026-12-01T01:30:06.000Z');
    expect(ceilToSecond('2026-12-01T01:30:05.000Z')).toBe('2026-12-01T01:30:05.000Z');
    expect(fromLocalInput('2026-12-01T08:30:07')).toBe('2026-12-01T01:30:07.000Z');
    expect(fromLocalInput('2026-12-01T08:30')).toBe('2026-12-01T01:30:00.000Z');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-12-01T25:00')).toBeNull();
  });

  it('splits lists one per line', () => {
    expect(lines(' Hernia repair \n\n  Orchidopexy')).toEqual(['Hernia repair', 'Orchidopexy']);
  });

  it('requires incision and closure in order', () => {
    expect(timeProblems({ inTheatreAt: null, startedAt: null, endedAt: null, outOfTheatreAt: null })).toEqual({ startedAt: 'REQUIRED', endedAt: 'REQUIRED' });
    const ok = { inTheatreAt: '2026-12-01T01:00:00Z', startedAt: '2026-12-01T01:20:00Z', endedAt: '2026-12-01T02:20:00Z', outOfTheatreAt: '2026-12-01T02:30:00Z' };
    expect(timeProblems(ok)).toEqual({});
    expect(timeProblems({ ...ok, endedAt: '2026-12-01T01:20:00Z' })).toEqual({ endedAt: 'ORDER' });
    expect(timeProblems({ ...ok, inTheatreAt: '2026-12-01T01:30:00Z' })).toEqual({ inTheatreAt: 'ORDER' });
    expect(timeProblems({ ...ok, outOfTheatreAt: '2026-12-01T02:00:00Z' })).toEqual({ outOfTheatreAt: 'ORDER' });
  });
});
