import { describe, expect, it } from 'vitest';
import { percentile, pooledRow, roundOrder, type Round } from '../../packages/bench/src/cells.mjs';

// How the benchmark pools a cell's rounds (packages/bench/src/cells.mjs). Pure arithmetic: no
// server, no time.

function round(latencies: number[], elapsedMs: number, cpuMs: number, statements = { total: 3 * latencies.length, tx: 0, audit: latencies.length, auth: 0 }): Round {
  return { load: { count: latencies.length, elapsedMs, errors: 0, firstError: null, latencies }, cpuMs, statements };
}

describe('benchmark cells in rounds', () => {
  it('rotates who runs first, so every contender runs after each other one', () => {
    const kinds = ['server', 'postgraphile', 'raw'];
    expect([0, 1, 2, 3].map((r) => roundOrder(kinds, r))).toEqual([
      ['server', 'postgraphile', 'raw'],
      ['postgraphile', 'raw', 'server'],
      ['raw', 'server', 'postgraphile'],
      ['server', 'postgraphile', 'raw'],
    ]);
  });

  it('takes percentiles as the load generator does', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(101);
    expect(percentile(sorted, 99)).toBe(199);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('pools rounds by requests and time, not by averaging each round\'s rate or percentile', () => {
    // A slow round (the machine busy) and a fast one: 100 requests in 1 s, then 300 in 1 s.
    const slow = round(Array.from({ length: 100 }, () => 40), 1000, 200);
    const fast = round(Array.from({ length: 300 }, () => 10), 1000, 300);
    const row = pooledRow([slow, fast]);
    expect(row.rps).toBe(200);
    expect(row.rounds).toEqual([100, 300]);
    // Of 400 latencies, the 100 slow ones are the top quarter: p50 is fast, p99 slow.
    expect(row.p50).toBe(10);
    expect(row.p99).toBe(40);
    expect(row.cpuMs).toBe(500 / 400);
    expect(row.statements).toBe(3);
    expect(row.audit).toBe(1);
  });

  it('leaves transaction control out of the statements and keeps the first error', () => {
    const a = round([5, 5], 100, 2, { total: 8, tx: 4, audit: 0, auth: 2 });
    const b = { ...round([5, 5], 100, 2, { total: 8, tx: 4, audit: 0, auth: 0 }) };
    b.load = { ...b.load, errors: 1, firstError: '500 boom' };
    const row = pooledRow([a, b]);
    expect(row.statements).toBe(2);
    expect(row.tx).toBe(2);
    expect(row.auth).toBe(0.5);
    expect(row.errors).toBe(1);
    expect(row.firstError).toBe('500 boom');
  });
});
