import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('lets a burst through, then one request per refill interval', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 120, burst: 2, now: () => now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
    now += 500;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 1]);
    expect(limiter.take('b')).toBe(0);
  });

  it('never refuses when the limit is off', () => {
    const limiter = new RateLimiter({ perMinute: 0, burst: 0 });
    for (let i = 0; i < 1000; i++) expect(limiter.take('a')).toBe(0);
  });

  it('keeps at most maxKeys buckets, forgetting those that have filled up again', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 1, now: () => now, maxKeys: 100 });
    limiter.take('busy');
    expect(limiter.take('busy')).toBe(1);
    // 500 one-off addresses a second apart: each bucket is full again a second later.
    for (let i = 0; i < 500; i++) {
      now += 10;
      limiter.take(`ip:${i}`);
    }
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });
});
