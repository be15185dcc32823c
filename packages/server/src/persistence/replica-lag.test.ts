import { describe, expect, it } from 'vitest';
import { parseLsn, PrimaryWalHistory } from './replica-lag.js';

describe('replica lag from WAL positions', () => {
  it('reads a WAL position as PostgreSQL prints it', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('16-B374')).toThrow(/Not a WAL position/);
  });

  it('is as far behind as the oldest primary position it has not replayed', () => {
    const history = new PrimaryWalHistory(10_000);
    expect(history.lagMs(0n, 1_000)).toBe(0); // nothing known yet
    history.add(1_000, 100n);
    history.add(2_000, 200n);
    history.add(3_000, 300n);
    expect(history.lagMs(300n, 3_500)).toBe(0);
    expect(history.lagMs(350n, 3_500)).toBe(0);
    // Replayed up to 250: the primary was at 300 by 3000, so it is 500 ms behind at 3500.
    expect(history.lagMs(250n, 3_500)).toBe(500);
    expect(history.lagMs(200n, 3_500)).toBe(500);
    expect(history.lagMs(150n, 3_500)).toBe(1_500);
    expect(history.lagMs(50n, 3_500)).toBe(2_500);
    // Nothing replayed yet: as far back as the history reaches.
    expect(history.lagMs(null, 3_500)).toBe(2_500);
  });

  it('is not behind on an idle primary once it has replayed its last position, however long ago that was written', () => {
    const history = new PrimaryWalHistory(5_000);
    history.add(0, 500n);
    for (let at = 1_000; at <= 60_000; at += 1_000) history.add(at, 500n);
    expect(history.lagMs(500n, 60_000)).toBe(0);
    // Paused before it: the lag grows, capped by the window kept.
    expect(history.lagMs(499n, 60_000)).toBe(5_000);
    expect(history.size).toBe(6);
  });

  it('keeps the newest position whatever its age, and starts again if the primary goes back', () => {
    const history = new PrimaryWalHistory(1_000);
    history.add(0, 100n);
    history.add(10_000, 100n);
    expect(history.size).toBe(1);
    expect(history.lagMs(99n, 10_500)).toBe(500);
    history.add(11_000, 50n);
    expect(history.size).toBe(1);
    expect(history.lagMs(50n, 11_000)).toBe(0);
  });
});
