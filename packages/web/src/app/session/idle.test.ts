import { describe, expect, it } from 'vitest';
import { idleTooLong, lastActiveAt, markActive } from './idle';

describe('the idle timer of the screen lock', () => {
  it('locks once input has stopped for the lock time, not before', () => {
    const t0 = 1_800_000_000_000;
    markActive(t0);
    expect(lastActiveAt()).toBe(t0);
    expect(idleTooLong(15 * 60_000, t0 + 15 * 60_000 - 1)).toBe(false);
    expect(idleTooLong(15 * 60_000, t0 + 15 * 60_000)).toBe(true);
    // Input starts the wait again.
    markActive(t0 + 10 * 60_000);
    expect(idleTooLong(15 * 60_000, t0 + 15 * 60_000)).toBe(false);
  });
});
