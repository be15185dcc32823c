import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './live-status';

describe('the live connection', () => {
  it('waits longer after each failed attempt, up to 30 s, with jitter so browsers spread out', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, 0.5))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(retryDelayMs(0, 0)).toBe(750);
    expect(retryDelayMs(10, 1)).toBe(37_500);
  });
});
