/**
 * How far behind the primary a read replica is, in time, measured without trusting either
 * server's idea of "now" for the data: the primary's WAL position (`pg_current_wal_lsn()`) is
 * sampled every probe, and a replica that has replayed up to LSN R is behind by the age of the
 * oldest sample that was already past R — the primary had written WAL beyond R then, and the
 * replica has still not replayed it. An idle primary writes no WAL, its position stays put, a
 * replica that has replayed it is 0 behind however long ago the last transaction was (unlike
 * `now() - pg_last_xact_replay_timestamp()`, which grows on an idle primary). The resolution is
 * the probe's interval; samples older than the window are dropped, so lag saturates at the
 * window's length, which is longer than any limit it is compared with.
 */

/** A WAL position as PostgreSQL prints it (`16/B374D848`: high and low 32-bit halves in hex). */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`Not a WAL position: "${text}"`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export class PrimaryWalHistory {
  /** (time, position) samples of the primary, oldest first; positions never go down. */
  private readonly samples: { at: number; lsn: bigint }[] = [];

  constructor(private readonly windowMs: number) {}

  /** Records the primary's position `lsn` read at `at` (ms). */
  add(at: number, lsn: bigint): void {
    const last = this.samples.at(-1);
    // A primary restarted from a backup could go back: start again rather than compare across.
    if (last && lsn < last.lsn) this.samples.length = 0;
    this.samples.push({ at, lsn });
    // Keep the newest sample whatever its age: on an idle primary it is the position to reach.
    while (this.samples.length > 1 && this.samples[0].at < at - this.windowMs) this.samples.shift();
  }

  /**
   * How long (ms, at `now`) the primary has had WAL that a replica which replayed up to `replayed`
   * has not: 0 when it has replayed everything sampled, or nothing is known yet. A replica that
   * has replayed nothing (`null`: still starting) is as far behind as the window reaches.
   */
  lagMs(replayed: bigint | null, now: number): number {
    if (this.samples.length === 0) return 0;
    if (replayed === null) return now - this.samples[0].at;
    const ahead = this.samples.find((sample) => sample.lsn > replayed);
    return ahead ? Math.max(0, now - ahead.at) : 0;
  }

  get size(): number {
    return this.samples.length;
  }
}
