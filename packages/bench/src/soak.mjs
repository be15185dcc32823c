// pnpm bench soak [scale]: this server alone under a long mixed load — SOAK_MINUTES (20) of
// reads and writes at SOAK_CONNECTIONS (50) connections, many query shapes — sampling the
// server's memory (RSS, V8 heap) and its prepared statements every SOAK_SAMPLE_SECONDS (5),
// then writes the curve into docs/benchmarks.md ("Soak"): flat after warm-up, or not.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, REPO_ROOT, startDatabaseServer, withClient } from './database.mjs';
import { BENCH_TOKEN, BUSY_DAY, generate, SCALES } from './generate.mjs';
import { lookUpContext, runLoad, startContender } from './harness.mjs';
import { BROAD_STATUSES, NARROW } from './queries.mjs';

const scale = process.argv[3] ?? process.env.BENCH_SCALE ?? 'medium';
if (!SCALES[scale]) throw new Error(`Unknown scale ${scale}`);
const minutes = Number(process.env.SOAK_MINUTES ?? 20);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const sampleMs = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5) * 1000;
const out = process.env.BENCH_OUT ?? `${REPO_ROOT}docs/benchmarks.md`;
const log = (message) => console.log(`[soak] ${message}`);
const PORT = 4704;
const WARM_UP_MINUTES = Math.min(3, minutes / 4);

const request = (query, variables) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` },
  body: JSON.stringify({ query, variables }),
});
const globalId = (type, key) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');

/** Many query shapes: the benchmark's reads with varied selections, sizes and filters, and writes. */
function mix(ctx, patients) {
  const requests = [];
  const sizes = [5, 10, 20, 50];
  const timelineFields = ['id kind occurredAt', 'id kind occurredAt summary', 'id kind summary episode { title status }',
    'id kind occurredAt ... on ReferralReceivedEvent { referral { sourceName specialty priority } }',
    'id ... on AdmittedEvent { admission { admittedAt bed { label ward { name } } } }'];
  patients.forEach((id, i) => {
    requests.push(request(`query T($id: ID!, $first: Int!) { patient(id: $id) { mrn stage familyName givenName journey(first: $first) {
      edges { node { __typename ${timelineFields[i % timelineFields.length]} } } pageInfo { hasNextPage endCursor } } } }`,
    { id: globalId('Patient', id), first: sizes[i % sizes.length] }));
  });
  const statusSets = [BROAD_STATUSES, NARROW.statuses, ['RECEIVED'], ['TRIAGED', 'ACCEPTED'], ['WAITLISTED', 'SCHEDULED']];
  statusSets.forEach((statuses, i) => sizes.forEach((first) => {
    requests.push(request(`query W($filter: ReferralFilter, $first: Int!) { referrals(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: $first) {
      ${i % 2 ? 'totalCount' : ''} edges { node { id status priority ${i % 3 ? 'specialty dueDate' : 'receivedAt'} patient { mrn familyName } } } pageInfo { hasNextPage endCursor } } }`,
    { filter: i === 1 ? { ...NARROW, statuses, overdue: true } : { statuses }, first }));
  }));
  requests.push(request(`query W($filter: ReferralFilter, $after: String, $first: Int!) { referrals(filter: $filter, orderBy: { field: RECEIVED_AT, direction: DESC }, first: $first, after: $after) {
    edges { node { id status } } pageInfo { hasNextPage endCursor } } }`, { filter: { statuses: BROAD_STATUSES }, after: ctx.deepCursor.server, first: 50 }));
  ['sokha', 'dara', 'chan', 'sok', 'kim', 'srey', 'vanna', 'pich', 'ផល', 'សុខ'].forEach((q, i) => {
    requests.push(request(`query S($q: String!, $first: Int!) { patients(search: $q, first: $first) { edges { node { id mrn familyName givenName ${i % 2 ? 'familyNameKhmer givenNameKhmer' : ''} stage } } } }`,
      { q, first: sizes[i % sizes.length] }));
  });
  requests.push(request(`query Th($date: LocalDate!) { theatreSchedule(date: $date) { id theatre { name } scheduledStart procedure status patient { mrn } team { role staffMember { name } } nextChecklistPhase } }`, { date: BUSY_DAY }));
  requests.push(request(`query Th($date: LocalDate!) { theatreSchedule(date: $date) { id scheduledStart status } }`, { date: BUSY_DAY }));
  requests.push(request(`{ census { bed { label ward { name } } occupant { mrn familyName givenName } since } }`, {}));
  requests.push(request(`{ wards { name beds { label } } }`, {}));
  // Writes: about one request in five registers a patient (each a new row, its timeline event and audit entry).
  const reads = requests.length;
  for (let i = 0; i < Math.ceil(reads / 4); i++) {
    requests.splice(i * 5, 0, request(`mutation R($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn } }`, {
      input: { familyName: `Soak${i}x__SEQ__`, givenName: 'Dara', sex: i % 2 ? 'MALE' : 'FEMALE', birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
        phones: [], provinceCode: 1 + (i % 25), confirmNotDuplicate: true },
    }));
  }
  return requests;
}

function slopePerHour(points, key) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p.t, 0) / n;
  const my = points.reduce((a, p) => a + p[key], 0) / n;
  const num = points.reduce((a, p) => a + (p.t - mx) * (p[key] - my), 0);
  const den = points.reduce((a, p) => a + (p.t - mx) ** 2, 0);
  return den ? (num / den) * 3600 : 0;
}

const db = await startDatabaseServer(`journey_bench_${scale}`, log);
let server = null;
try {
  await migrate(db.url);
  const { ctx, patients } = await withClient(db.url, async (client) => {
    const { rows } = await client.query('select count(*)::int as n from patient');
    if (rows[0].n === 0) await generate(client, scale, { log });
    // The generator writes MRNs itself: registrations continue after the highest one.
    await client.query(`select setval('patient_mrn_seq', greatest(1, (select max(split_part(mrn, '-', 1)::bigint) from patient)))`);
    const some = (await client.query(`select patient_id as id from journey_event group by patient_id order by count(*) desc, patient_id limit 40`)).rows.map((r) => r.id);
    return { ctx: await lookUpContext(client), patients: some };
  });
  const requests = mix(ctx, patients);
  const shapes = new Set(requests.map((r) => JSON.parse(r.body).query)).size;
  const probeFile = join(mkdtempSync(join(tmpdir(), 'pj-soak-')), 'samples.jsonl');
  process.env.SOAK_PROBE_FILE = probeFile;
  // One API token sends everything: the per-user rate limit would refuse most of it.
  process.env.RATE_LIMIT_PER_MINUTE = '0';
  process.env.SOAK_PROBE_MS = String(sampleMs);
  process.env.BENCH_SERVER_NODE_ARGS = `--import ${fileURLToPath(new URL('./soak-probe.mjs', import.meta.url))}`;
  server = await startContender('server', { url: db.url, port: PORT, log });
  log(`${minutes} min at ${connections} connections: ${requests.length} requests in rotation, ${shapes} query documents`);
  const load = await runLoad({ port: PORT, connections, durationMs: minutes * 60_000, requests, once: false });
  log(`done: ${load.count} requests, ${load.errors} errors${load.errors ? ` (first: ${load.firstError})` : ''}, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`);
  const samples = readFileSync(probeFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const after = samples.filter((s) => s.t >= WARM_UP_MINUTES * 60 && s.t <= minutes * 60);
  const summary = {
    scale, minutes, connections, requests: load.count, errors: load.errors, firstError: load.firstError, p50: load.p50, p99: load.p99,
    rps: load.count / (load.elapsedMs / 1000), shapes, rotation: requests.length, warmUpMinutes: WARM_UP_MINUTES,
    rssSlopeMbPerHour: slopePerHour(after, 'rssMb'), heapSlopeMbPerHour: slopePerHour(after, 'heapUsedMb'),
    node: process.version, date: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(`${out}.soak.json`, JSON.stringify({ summary, samples }, null, 1));
  const minute = (m) => samples.reduce((best, s) => (Math.abs(s.t - m * 60) < Math.abs(best.t - m * 60) ? s : best), samples[0]);
  const rows = Array.from({ length: Math.floor(minutes) + 1 }, (_, m) => minute(m)).filter((s, i, all) => all.indexOf(s) === i);
  const f = (x) => x.toFixed(1);
  const section = [
    '## Soak (memory and prepared statements over time)',
    '',
    `\`pnpm bench soak\` on ${summary.date} (scale ${scale}, Node ${process.version}): this server alone, ${minutes} minutes at ${connections} connections, ` +
      `${shapes} query documents in rotation (timelines of 40 patients with 5 selections and 4 page sizes, worklists with 5 status sets × 4 sizes, search for 10 terms, ` +
      'theatre, census, wards) with one request in five a write (registerPatient: patient, timeline event, audit entry). Sampled inside the server every ' +
      `${sampleMs / 1000} s: resident memory, V8 heap in use, statement names handed out and statements prepared per read-pool connection.`,
    '',
    `Result: ${load.count} requests (${f(summary.rps)} req/s), **${load.errors} errors**, p50 ${f(load.p50)} ms, p99 ${f(load.p99)} ms. ` +
      `After the first ${WARM_UP_MINUTES} minutes (warm-up): RSS trend ${f(summary.rssSlopeMbPerHour)} MB/hour, heap trend ${f(summary.heapSlopeMbPerHour)} MB/hour; ` +
      `prepared statements at most ${Math.max(...samples.map((s) => s.preparedMax))} per connection (${samples.at(-1)?.statementNames ?? 0} names, bounded at 100, least recently used deallocated).`,
    '',
    '| minute | RSS MB | heap used MB | heap total MB | external MB | statement names | read connections | prepared (max per connection) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((s) => `| ${f(s.t / 60)} | ${f(s.rssMb)} | ${f(s.heapUsedMb)} | ${f(s.heapTotalMb)} | ${f(s.externalMb)} | ${s.statementNames} | ${s.connections} | ${s.preparedMax} |`),
    '',
  ].join('\n');
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const heading = '## Soak (memory and prepared statements over time)';
  const at = previous.indexOf(heading);
  let next;
  if (at >= 0) {
    const end = previous.indexOf('\n## ', at + heading.length);
    next = `${previous.slice(0, at)}${section}${end >= 0 ? previous.slice(end + 1) : ''}`;
  } else {
    const web = previous.indexOf('## Web (first download per route)');
    next = web >= 0 ? `${previous.slice(0, web)}${section}\n${previous.slice(web)}` : `${previous}\n${section}`;
  }
  writeFileSync(out, next);
  log(`wrote ${out}`);
} finally {
  await server?.stop();
  await db.stop();
}
