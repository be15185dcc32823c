// The live benchmark's figures and its section of docs/benchmarks.md ("Live"), kept apart
// from the run (live.mjs) so that they can be tested without starting anything.

export const LIVE_HEADING = '## Live (subscribers on two instances under the write load)';

/** The nearest-rank percentile (`p` in 0–100) of `values`, or NaN when there are none. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Count, p50, p99 and the largest of a list of latencies (ms). */
export function summarize(latencies) {
  return {
    n: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies.reduce((a, b) => Math.max(a, b), -Infinity) : NaN,
  };
}

/**
 * Memory each subscriber costs on one instance: what the instance holds with its subscribers
 * open less what it held with none, divided by their number (KB).
 */
export function perSubscriberKb(before, after, subscribers) {
  if (!subscribers) return { rssKb: NaN, heapKb: NaN };
  return {
    rssKb: ((after.rssMb - before.rssMb) * 1024) / subscribers,
    heapKb: ((after.heapUsedMb - before.heapUsedMb) * 1024) / subscribers,
  };
}

/**
 * `section` (starting with `heading`) in place of the section of `previous` with that heading
 * (up to the next `## ` heading); when there is none, before the first of `before` found, or at
 * the end. Other sections are kept as they are.
 */
export function replaceSection(previous, heading, section, before = []) {
  const body = `${section.trimEnd()}\n`;
  const at = previous.indexOf(heading);
  if (at >= 0) {
    const end = previous.indexOf('\n## ', at + heading.length);
    return `${previous.slice(0, at)}${body}${end >= 0 ? `\n${previous.slice(end + 1)}` : ''}`;
  }
  for (const other of before) {
    const next = previous.indexOf(other);
    if (next >= 0) return `${previous.slice(0, next)}${body}\n${previous.slice(next)}`;
  }
  return previous ? `${previous.trimEnd()}\n\n${body}` : body;
}

/** The section of `previous` under `heading`, up to the next `## ` heading ('' when none). */
export function keptSection(previous, heading) {
  const at = previous.indexOf(heading);
  if (at < 0) return '';
  const end = previous.indexOf('\n## ', at + heading.length);
  return `${previous.slice(at, end >= 0 ? end : undefined).trimEnd()}\n\n`;
}

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** The "Live" section of docs/benchmarks.md for one run (`result` as live.mjs saves it). */
export function liveSection(result) {
  const { timeline, census } = result.delivery;
  const lat = result.latency;
  const [a, b] = result.instances;
  const lost = timeline.expected - timeline.delivered;
  const throughput = (t) => `${f(t.rps)} req/s (p50 ${f(t.p50, 1)} ms, p99 ${f(t.p99, 1)} ms, ${t.errors} errors)`;
  const mem = (m) => `${f(m.rssMb, 1)} / ${f(m.heapUsedMb, 1)}`;
  return [
    LIVE_HEADING,
    '',
    `\`pnpm bench live\` on ${result.date} (scale ${result.scale}, Node ${result.node}, ${result.machine}; shared with other work: ` +
      'compare within the run, not with other machines). Two instances of this server on the benchmark database, each with its own ' +
      `LISTEN connection; ${result.subscribers.timeline + result.subscribers.census} graphql-ws subscribers, one socket each, signed in with the ` +
      `benchmark's API token and spread evenly over both: ${result.subscribers.timeline} \`patientTimeline\` for ${result.subscribers.patients} ` +
      `patients the writes touch (from the cursor of the last event before the run) and ${result.subscribers.census} \`censusChanged\` (every ward). ` +
      `The write load is the benchmark's referral transition (query 6) at ${result.connections} connections per instance for ${result.seconds} s ` +
      `against both instances at once, with one bed transfer every ${result.transferEveryMs} ms alongside (the census's changes), first without ` +
      'subscribers, then with them.',
    '',
    'Delivery latency is from a stamp of the write to the update\'s arrival in the harness. All the processes run on one machine and read ' +
      'the same wall clock (`Date.now()` in the servers, `performance.timeOrigin + performance.now()` in the harness and the load generator), ' +
      'so no offset between clocks enters. Two stamps bracket the commit: the event\'s `recordedAt` (for the census, the new stay\'s `since`) ' +
      'is set by the server inside the writing transaction, before it commits, so latency from it includes the rest of that transaction ' +
      '(an upper bound); the end of the write\'s HTTP response (patients whose referral is moved once in the run) comes after the commit, ' +
      'so latency from it leaves out the time from commit to response (a lower bound; an update may even arrive before the response). ' +
      'Both include the harness\'s own event loop, which decodes every message of all the sockets.',
    '',
    '| | p50 ms | p99 ms | max ms | events |',
    '|---|---:|---:|---:|---:|',
    `| patientTimeline | ${f(lat.timeline.p50, 1)} | ${f(lat.timeline.p99, 1)} | ${f(lat.timeline.max, 1)} | ${lat.timeline.n} |`,
    `| censusChanged | ${f(lat.census.p50, 1)} | ${f(lat.census.p99, 1)} | ${f(lat.census.max, 1)} | ${lat.census.n} |`,
    `| timeline, written through the subscriber's instance | ${f(lat.sameInstance.p50, 1)} | ${f(lat.sameInstance.p99, 1)} | ${f(lat.sameInstance.max, 1)} | ${lat.sameInstance.n} |`,
    `| timeline, written through the other instance | ${f(lat.crossInstance.p50, 1)} | ${f(lat.crossInstance.p99, 1)} | ${f(lat.crossInstance.max, 1)} | ${lat.crossInstance.n} |`,
    `| timeline, from the end of the write's HTTP response | ${f(lat.fromResponse.p50, 1)} | ${f(lat.fromResponse.p99, 1)} | ${f(lat.fromResponse.max, 1)} | ${lat.fromResponse.n} |`,
    '',
    `Delivered: **${timeline.delivered} of ${timeline.expected}** timeline events expected (every event recorded for a subscribed patient ` +
      `after the run's first cursor, per subscriber: ${lost === 0 ? 'none lost' : `${lost} missing`}, ${timeline.duplicates} twice); ` +
      `census: ${census.rows} rows for ${census.transfers} transfers, and ${census.converged} of ${census.subscribers} census subscribers end ` +
      'with the beds as the database has them (the census subscription sends each bed whose occupant changed since its last read, so changes ' +
      'that land between two reads arrive as one row).',
    '',
    `Write throughput, both instances together: without subscribers ${throughput(result.throughput.without)}; with them ${throughput(result.throughput.with)} ` +
      `(${f((result.throughput.with.rps / result.throughput.without.rps) * 100)}%).`,
    '',
    'Memory per instance, RSS / V8 heap used in MB, each read after two forced garbage collections (`--expose-gc`); per subscriber is the ' +
      `difference between 0 and ${a.subscribers} subscribers, divided by ${a.subscribers}:`,
    '',
    '| instance | 0 subscribers | subscribed, idle | after the write load | per subscriber RSS KB | per subscriber heap KB |',
    '|---|---:|---:|---:|---:|---:|',
    ...[a, b].map((i) => `| ${i.name} | ${mem(i.memory.idle)} | ${mem(i.memory.subscribed)} | ${mem(i.memory.afterLoad)} | ` +
      `${f(i.perSubscriber.rssKb, 1)} | ${f(i.perSubscriber.heapKb, 1)} |`),
    '',
  ].join('\n');
}
