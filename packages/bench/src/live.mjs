// pnpm bench live [scale]: live updates on more than one server. Two instances of this server on
// the benchmark database; LIVE_SUBSCRIBERS (500) graphql-ws subscribers spread over both (four in
// five `patientTimeline` for patients the writes touch, one in five `censusChanged`); the write
// load (the benchmark's referral transition, both instances at once, and a bed transfer every
// LIVE_TRANSFER_MS alongside) run for LIVE_SECONDS without subscribers and again with them.
// Measures delivery latency (p50/p99), delivered against expected, write throughput with and
// without subscribers, and memory per subscriber; writes the "Live" section of docs/benchmarks.md
// (and docs/benchmarks.md.live.json). Also the last step of `pnpm bench` (run.mjs).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { migrate, REPO_ROOT, startDatabaseServer, withClient } from './database.mjs';
import { BENCH_TOKEN, generate, SCALES } from './generate.mjs';
import { lookUpContext, resetWritePool, runLoad, send, startContender } from './harness.mjs';
import { LIVE_HEADING, liveSection, perSubscriberKb, replaceSection, summarize } from './live-report.mjs';
import { queries } from './queries.mjs';

const PORTS = [4706, 4707];
const PROBE = fileURLToPath(new URL('./live-probe.mjs', import.meta.url));
/** How long subscribers may take, after the load, to receive what was written. */
const DRAIN_MS = 30_000;
/** Sockets opened at once while subscribing. */
const OPEN_BATCH = 25;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const globalId = (type, key) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
const seqOf = (cursor) => String(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))[0]);
const cursorOf = (seq) => Buffer.from(JSON.stringify([seq]), 'utf8').toString('base64url');

const TIMELINE = `subscription Live($patientId: ID!, $after: String) {
  patientTimeline(patientId: $patientId, after: $after) { cursor event { id kind recordedAt } } }`;
const CENSUS = `subscription Census { censusChanged { bed { id } stay { id } since } }`;
const TRANSFER = `mutation Move($input: TransferPatientInput!) { transferPatient(input: $input) { id } }`;

const graphql = (query, variables) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` },
  body: JSON.stringify({ query, variables }),
});

/** An admitted patient, their bed and a free bed on the same ward: the transfers go back and forth between the two. */
async function transferPlan(client) {
  const { rows } = await client.query(`
    select a.patient_id as "patientId", s.bed_id as "bedId", f.id as "freeBedId"
    from bed_stay s
    join admission a on a.id = s.admission_id and a.status = 'ADMITTED'
    join bed b on b.id = s.bed_id
    join lateral (
      select b2.id from bed b2
      where b2.ward_id = b.ward_id and b2.id <> b.id
        and not exists (select 1 from bed_stay s2 where s2.bed_id = b2.id and (s2.to_at is null or s2.to_at > now()))
      order by b2.id limit 1) f on true
    where s.to_at is null and s.from_at < now() - interval '1 minute'
    order by a.patient_id limit 1`);
  if (!rows[0]) throw new Error('No admitted patient with a free bed on their ward to move');
  return rows[0];
}

/** Each bed's open stay (null when free) among `beds`, as the database has it now. */
async function occupancy(client, beds) {
  const { rows } = await client.query(`select bed_id as "bedId", id from bed_stay where bed_id = any($1::uuid[]) and to_at is null`, [beds]);
  return Object.fromEntries(beds.map((bed) => [bed, rows.find((r) => r.bedId === bed)?.id ?? null]));
}

/** Moves the patient to the other bed every `everyMs` until `until`, through the instances in turn. */
async function transfers(ports, plan, everyMs, until) {
  let done = 0;
  let errors = 0;
  let firstError = null;
  while (Date.now() < until) {
    const started = Date.now();
    const res = await send(ports[(done + errors) % ports.length], graphql(TRANSFER, {
      input: { patientId: globalId('Patient', plan.patientId), bedId: globalId('Bed', plan.freeBedId), reason: 'Benchmark: moved to the next bed' },
    }));
    if (res.status === 200 && res.body?.data?.transferPatient) {
      done++;
      [plan.bedId, plan.freeBedId] = [plan.freeBedId, plan.bedId];
    } else {
      errors++;
      firstError ??= `${res.status} ${JSON.stringify(res.body ?? res.text).slice(0, 300)}`;
    }
    await sleep(Math.max(0, everyMs - (Date.now() - started)));
  }
  return { done, errors, firstError };
}

/** Asks an instance's probe (live-probe.mjs) for its memory after garbage collection. */
async function memoryOf(instance) {
  const lines = () => (existsSync(instance.probeFile) ? readFileSync(instance.probeFile, 'utf8').trim().split('\n').filter(Boolean) : []);
  const before = lines().length;
  process.kill(instance.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const now = lines();
    if (now.length > before) return JSON.parse(now.at(-1));
    await sleep(50);
  }
  throw new Error(`${instance.name} did not report its memory`);
}

/** A graphql-ws client of `port`, signed in with the benchmark's API token, connected. */
async function connect(port) {
  let connected;
  const ready = new Promise((resolve, reject) => (connected = { resolve, reject }));
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${BENCH_TOKEN}` },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: (error) => connected.reject(error),
    on: { connected: () => connected.resolve() },
  });
  await ready;
  return client;
}

const withoutStamps = ({ stamps, ...rest }) => (void stamps, rest);

/** Both loads at once (one per instance) and the transfers; their totals. */
async function writeLoad({ instances, requests, connections, seconds, plan, transferEveryMs }) {
  const until = Date.now() + seconds * 1000;
  const [moves, ...loads] = await Promise.all([
    transfers(instances.map((i) => i.port), plan, transferEveryMs, until),
    ...instances.map((instance, i) => runLoad({ port: instance.port, connections, durationMs: seconds * 1000, requests: requests[i], once: true })),
  ]);
  const count = loads.reduce((a, l) => a + l.count, 0);
  return {
    count,
    rps: count / (Math.max(...loads.map((l) => l.elapsedMs)) / 1000),
    // Each instance's load reports its own percentiles: the worse of the two.
    p50: Math.max(...loads.map((l) => l.p50)),
    p99: Math.max(...loads.map((l) => l.p99)),
    errors: loads.reduce((a, l) => a + l.errors, 0),
    firstError: loads.find((l) => l.firstError)?.firstError ?? null,
    transfers: moves.done,
    transferErrors: moves.errors,
    firstTransferError: moves.firstError,
    stamps: Object.assign({}, ...loads.map((l) => l.stamps)),
  };
}

/**
 * The live benchmark on the database at `url` (migrated, generated). Starts and stops its two
 * instances; returns what liveSection() renders.
 */
export async function runLive({ url, scale, log = () => undefined }) {
  const seconds = Number(process.env.LIVE_SECONDS ?? 10);
  const connections = Number(process.env.LIVE_CONNECTIONS ?? 10);
  const total = Number(process.env.LIVE_SUBSCRIBERS ?? 500);
  const transferEveryMs = Number(process.env.LIVE_TRANSFER_MS ?? 1000);
  // Four in five follow a timeline, every subscribed patient with subscribers on both instances:
  // each event is delivered by the instance its write went through and by the other.
  const timelineCount = Math.floor((total * 4) / 5 / 2) * 2;
  const censusCount = total - timelineCount;

  const { ctx, plan } = await withClient(url, async (client) => ({ ctx: await lookUpContext(client), plan: await transferPlan(client) }));
  const write = queries(ctx).find((q) => q.name === 'write');
  // The write pool split by patient: a patient's referrals are all moved through one instance.
  const patients = [...new Set(ctx.writePool.map((r) => r.patientId))];
  const sideOf = new Map(patients.map((p, i) => [p, i % 2]));
  const indexes = [0, 1].map((side) => ctx.writePool.flatMap((r, i) => (sideOf.get(r.patientId) === side ? [i] : [])));
  const subscribed = [0, 1].flatMap((side) => patients.filter((p) => sideOf.get(p) === side).slice(0, timelineCount / 4));
  // A small scale has fewer patients to move than subscribers: some follow the same patient.
  if (subscribed.length < timelineCount / 2) log(`live: ${subscribed.length} patients in the write pool for ${timelineCount} timeline subscribers`);
  const writesOf = new Map();
  for (const r of ctx.writePool) writesOf.set(r.patientId, (writesOf.get(r.patientId) ?? 0) + 1);

  const dir = mkdtempSync(join(tmpdir(), 'pj-live-'));
  const instances = [];
  const clients = [];
  try {
    for (const [i, port] of PORTS.entries()) {
      const probeFile = join(dir, `probe-${i}.jsonl`);
      const started = await startContender('server', { url, port, log, env: { LIVE_PROBE_FILE: probeFile }, nodeArgs: ['--expose-gc', '--import', PROBE] });
      instances.push({ ...started, name: `instance ${i + 1}`, probeFile });
    }
    const ports = instances.map((i) => i.port);

    // Warm-up: writes on both, and a few subscriptions that receive something (the subscription
    // path's code and caches), closed again, so that "0 subscribers" is a warm server.
    await withClient(url, (client) => resetWritePool(client, ctx));
    const warm = await Promise.all(ports.map((port) => connect(port)));
    const warmSeen = [];
    warm.forEach((client, i) => {
      client.subscribe({ query: CENSUS }, { next: (r) => warmSeen.push(r), error: () => undefined, complete: () => undefined });
      client.subscribe({ query: TIMELINE, variables: { patientId: globalId('Patient', subscribed[i]) } }, { next: (r) => warmSeen.push(r), error: () => undefined, complete: () => undefined });
    });
    await sleep(500);
    await writeLoad({ instances, requests: indexes.map((list) => list.map((i) => write.server(i))), connections, seconds: 1, plan, transferEveryMs: 250 });
    await sleep(1000);
    await Promise.all(warm.map((client) => client.dispose()));
    log(`live: warmed up (${warmSeen.length} updates to the warm-up subscribers)`);

    // Without subscribers.
    await withClient(url, (client) => resetWritePool(client, ctx));
    await sleep(1000);
    const idle = await Promise.all(instances.map(memoryOf));
    const without = await writeLoad({ instances, requests: indexes.map((list) => list.map((i) => write.server(i))), connections, seconds, plan, transferEveryMs });
    log(`live: without subscribers ${without.rps.toFixed(0)} writes/s, ${without.transfers} transfers, ${without.errors + without.transferErrors} errors${without.firstError ?? without.firstTransferError ? ` (${without.firstError ?? without.firstTransferError})` : ''}`);

    // With them: the subscribed patients' referrals spread over the writes the first run managed.
    const { baseline, before } = await withClient(url, async (client) => {
      await resetWritePool(client, ctx);
      const { rows } = await client.query('select coalesce(max(id), 0)::text as seq from journey_event');
      return { baseline: rows[0].seq, before: await occupancy(client, [plan.bedId, plan.freeBedId]) };
    });
    const isSubscribed = new Set(subscribed);
    const requests = indexes.map((list) => {
      const mine = list.filter((i) => isSubscribed.has(ctx.writePool[i].patientId));
      const rest = list.filter((i) => !isSubscribed.has(ctx.writePool[i].patientId));
      const span = Math.max(mine.length, Math.floor((without.count / 2) * 0.8));
      const order = [];
      for (let k = 0; k < mine.length; k++) {
        while (order.length < Math.floor((k * span) / mine.length) && rest.length) order.push(rest.shift());
        order.push(mine[k]);
      }
      // A patient moved once in the run: the end of that write's response is stamped (load.mjs).
      const stamped = (i) => (writesOf.get(ctx.writePool[i].patientId) === 1 ? { ...write.server(i), stamp: ctx.writePool[i].patientId } : write.server(i));
      return [...order, ...rest].map((i) => (isSubscribed.has(ctx.writePool[i].patientId) ? stamped(i) : write.server(i)));
    });

    const timeline = [];
    const census = [];
    /** Every timeline update received: its patient, the receiving instance, kind, recordedAt and arrival (ms since the epoch). */
    const deliveries = [];
    const censusLatencies = [];
    let runStart = Infinity;
    const wallNow = () => performance.timeOrigin + performance.now();
    const errors = [];
    const sink = (onNext) => ({ next: onNext, error: (e) => errors.push(e), complete: () => undefined });
    const specs = [
      ...Array.from({ length: timelineCount }, (_, k) => ({ kind: 'timeline', patient: subscribed[Math.floor(k / 2) % subscribed.length], instance: k % 2 })),
      ...Array.from({ length: censusCount }, (_, k) => ({ kind: 'census', instance: k % 2 })),
    ];
    for (let at = 0; at < specs.length; at += OPEN_BATCH) {
      await Promise.all(specs.slice(at, at + OPEN_BATCH).map(async (spec) => {
        const client = await connect(ports[spec.instance]);
        clients.push(client);
        if (spec.kind === 'timeline') {
          const sub = { ...spec, seen: new Set(), duplicates: 0 };
          timeline.push(sub);
          client.subscribe({ query: TIMELINE, variables: { patientId: globalId('Patient', spec.patient), after: cursorOf(baseline) } }, sink((result) => {
            const at = wallNow();
            const update = result.data?.patientTimeline;
            if (!update) return void errors.push(result.errors);
            const seq = seqOf(update.cursor);
            if (sub.seen.has(seq)) sub.duplicates++;
            sub.seen.add(seq);
            deliveries.push({ patient: spec.patient, instance: spec.instance, kind: update.event.kind, recordedAt: Date.parse(update.event.recordedAt), at });
          }));
        } else {
          const sub = { ...spec, last: {}, rows: 0 };
          census.push(sub);
          client.subscribe({ query: CENSUS }, sink((result) => {
            const now = wallNow();
            const row = result.data?.censusChanged;
            if (!row) return void errors.push(result.errors);
            sub.rows++;
            const bed = Buffer.from(row.bed.id, 'base64url').toString('utf8').split(':')[1];
            sub.last[bed] = row.stay ? Buffer.from(row.stay.id, 'base64url').toString('utf8').split(':')[1] : null;
            if (row.since && Date.parse(row.since) >= runStart) censusLatencies.push(now - Date.parse(row.since));
          }));
        }
      }));
    }
    // A subscription starts listening when its first message reaches the server: let them all get there.
    await sleep(3000);
    const subscribedMemory = await Promise.all(instances.map(memoryOf));
    log(`live: ${clients.length} subscribers open`);
    runStart = Date.now();
    const withSubs = await writeLoad({ instances, requests, connections, seconds, plan, transferEveryMs });
    log(`live: with subscribers ${withSubs.rps.toFixed(0)} writes/s, ${withSubs.transfers} transfers, ${withSubs.errors + withSubs.transferErrors} errors${withSubs.firstError ?? withSubs.firstTransferError ? ` (${withSubs.firstError ?? withSubs.firstTransferError})` : ''}`);

    // What each subscriber should have: every event of its patient after the baseline.
    const expectedOf = await withClient(url, async (client) => {
      const { rows } = await client.query(
        `select patient_id as "patientId", array_agg(id::text) as seqs from journey_event where patient_id = any($1::uuid[]) and id > $2::bigint group by patient_id`,
        [subscribed, baseline]);
      return new Map(rows.map((r) => [r.patientId, r.seqs]));
    });
    const missing = () => timeline.reduce((a, s) => a + (expectedOf.get(s.patient) ?? []).filter((seq) => !s.seen.has(seq)).length, 0);
    for (const started = Date.now(); missing() > 0 && Date.now() - started < DRAIN_MS;) await sleep(200);
    const after = await withClient(url, (client) => occupancy(client, [plan.bedId, plan.freeBedId]));
    await sleep(1000);
    const converged = census.filter((s) => Object.keys(after).every((bed) => (bed in s.last ? s.last[bed] : before[bed]) === after[bed])).length;
    const afterLoad = await Promise.all(instances.map(memoryOf));
    if (errors.length) log(`live: ${errors.length} subscription errors, first: ${JSON.stringify(errors[0]).slice(0, 300)}`);

    // Latencies: from the event's recordedAt, and (a patient moved once) from the end of the write's response.
    const stamps = withSubs.stamps;
    const referralMoves = deliveries.filter((d) => d.kind === 'REFERRAL_STATUS_CHANGED');
    const fromResponse = referralMoves.filter((d) => stamps[d.patient] !== undefined).map((d) => d.at - stamps[d.patient]);
    const fromRecorded = (list) => list.map((d) => d.at - d.recordedAt);
    const expected = timeline.reduce((a, s) => a + (expectedOf.get(s.patient)?.length ?? 0), 0);
    const perInstance = clients.length / instances.length;
    return {
      scale,
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
      seconds,
      connections,
      transferEveryMs,
      subscribers: { timeline: timeline.length, census: census.length, patients: subscribed.length },
      writeLatency: { without: { p50: without.p50, p99: without.p99 }, with: { p50: withSubs.p50, p99: withSubs.p99 } },
      throughput: { without: withoutStamps(without), with: withoutStamps(withSubs) },
      latency: {
        timeline: summarize(fromRecorded(deliveries)),
        census: summarize(censusLatencies),
        sameInstance: summarize(fromRecorded(referralMoves.filter((d) => sideOf.get(d.patient) === d.instance))),
        crossInstance: summarize(fromRecorded(referralMoves.filter((d) => sideOf.get(d.patient) !== d.instance))),
        fromResponse: summarize(fromResponse),
      },
      delivery: {
        timeline: { expected, delivered: expected - missing(), duplicates: timeline.reduce((a, s) => a + s.duplicates, 0) },
        census: { rows: census.reduce((a, s) => a + s.rows, 0), transfers: withSubs.transfers, converged, subscribers: census.length },
        errors: errors.length,
      },
      instances: instances.map((instance, i) => ({
        name: instance.name,
        subscribers: perInstance,
        memory: { idle: idle[i], subscribed: subscribedMemory[i], afterLoad: afterLoad[i] },
        perSubscriber: perSubscriberKb(idle[i], subscribedMemory[i], perInstance),
      })),
    };
  } finally {
    await Promise.all(clients.map(async (client) => client.dispose()));
    for (const instance of instances) await instance.stop();
  }
}

/** Writes the run into `out` (its "Live" section, other sections kept) and `out`.live.json. */
export function writeLive(out, result) {
  writeFileSync(`${out}.live.json`, JSON.stringify(result, null, 1));
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  writeFileSync(out, replaceSection(previous, LIVE_HEADING, liveSection(result), ['## Soak', '## Web']));
}

/** `pnpm bench live [scale]`. */
export async function liveMain() {
  const scale = process.argv[3] ?? process.env.BENCH_SCALE ?? 'large';
  if (!SCALES[scale]) throw new Error(`Unknown scale ${scale}`);
  const out = process.env.BENCH_OUT ?? `${REPO_ROOT}docs/benchmarks.md`;
  const log = (message) => console.log(`[bench] ${message}`);
  const db = await startDatabaseServer(`journey_bench_${scale}`, log);
  try {
    await migrate(db.url);
    await withClient(db.url, async (client) => {
      const { rows } = await client.query('select count(*)::int as n from patient');
      if (rows[0].n === 0) await generate(client, scale, { log });
    });
    const result = await runLive({ url: db.url, scale, log });
    writeLive(out, result);
    log(`wrote ${out}`);
  } finally {
    await db.stop();
  }
}
