// One cell of the comparison (a query at a connection count) measured in rounds: the contenders
// take turns, the order rotating each round, and each contender's rounds are pooled into one row.

/**
 * The order in which the contenders run in round `round` (0-based): each round starts one
 * contender further on, so that none always runs straight after the same other one.
 */
export function roundOrder(contenders, round) {
  return contenders.map((_, i) => contenders[(i + round) % contenders.length]);
}

/** The value at percentile `p` of sorted latencies (as load.mjs reports one run's). */
export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * One contender's rounds of a cell as one row: requests and time summed (req/s over the time
 * it ran), p50 and p99 over every request of every round, and CPU and statements per request.
 * `rounds`: `{ load, cpuMs, statements }` each, `load` as load.mjs reports it with its latencies.
 */
export function pooledRow(rounds) {
  const count = rounds.reduce((n, r) => n + r.load.count, 0);
  const elapsedMs = rounds.reduce((n, r) => n + r.load.elapsedMs, 0);
  const latencies = rounds.flatMap((r) => r.load.latencies).sort((a, b) => a - b);
  const n = Math.max(1, count);
  const sum = (key) => rounds.reduce((total, r) => total + r.statements[key], 0);
  return {
    rps: count / (elapsedMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: rounds.reduce((total, r) => total + r.load.errors, 0),
    firstError: rounds.find((r) => r.load.firstError)?.load.firstError ?? null,
    statements: (sum('total') - sum('tx')) / n,
    audit: sum('audit') / n,
    auth: sum('auth') / n,
    tx: sum('tx') / n,
    cpuMs: rounds.reduce((total, r) => total + r.cpuMs, 0) / n,
    rounds: rounds.map((r) => Math.round(r.load.count / (r.load.elapsedMs / 1000))),
  };
}
