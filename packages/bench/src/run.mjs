// pnpm bench [small|medium|large]: generates the scale if its database is empty, starts this
// server, PostGraphile and the raw floor on it, checks they agree, then measures every query
// at 1, 10 and 50 connections, contenders side by side, and writes docs/benchmarks.md.
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { migrate, REPO_ROOT, startDatabaseServer, withClient } from './database.mjs';
import { BENCH_TOKEN, generate, SCALES } from './generate.mjs';
import {
  baseOf, CONTENDERS, countStatements, cpuMs, lookUpContext, peakRssMb, resetStatements, resetWritePool, runLoad, send, startContender,
} from './harness.mjs';
import { pooledRow, roundOrder } from './cells.mjs';
import { queries } from './queries.mjs';
import { LIVE_HEADING, liveSection, keptSection } from './live-report.mjs';
import { runLive } from './live.mjs';
import { report } from './report.mjs';

// pnpm bench soak: the long run (soak.mjs) instead of the comparison.
if (process.argv[2] === 'soak') {
  await import('./soak.mjs');
  process.exit(0);
}
// pnpm bench live: subscribers on two instances under the write load (live.mjs) alone.
if (process.argv[2] === 'live') {
  await (await import('./live.mjs')).liveMain();
  process.exit(0);
}

const scale = process.argv[2] ?? process.env.BENCH_SCALE ?? 'large';
if (!SCALES[scale]) throw new Error(`Unknown scale ${scale}`);
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
// Each cell's load is given in this many rounds, the contenders taking turns (cells.mjs): a busy
// moment on this shared machine then falls on all of them alike instead of on whoever ran in it.
const roundCount = Number(process.env.BENCH_ROUNDS ?? 3);
// Before any cell, each contender serves every query for this long at 10 connections, so the
// cells measure servers in their steady state (code optimised by V8, pools and plan caches
// full), as a hospital's server runs for days, and not how fast each warms up.
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const levels = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const only = process.env.BENCH_QUERIES?.split(',');
// The live cell (live.mjs) ends the run: about a minute more than the ~10 of the comparison, in the
// same conditions. BENCH_LIVE=0 leaves it out (its section stays as the last run left it).
const withLive = process.env.BENCH_LIVE !== '0';
let contenders = process.env.BENCH_CONTENDERS?.split(',') ?? CONTENDERS;
// PostGraphile 5 needs Node 22+; every contender runs on the Node that runs this script.
if (Number(process.versions.node.split('.')[0]) < 22 && contenders.includes('postgraphile')) {
  console.warn(`[bench] PostGraphile 5 needs Node 22 or later (this is ${process.version}): measuring without it`);
  contenders = contenders.filter((c) => c !== 'postgraphile');
}
const out = process.env.BENCH_OUT ?? `${REPO_ROOT}docs/benchmarks.md`;
const log = (message) => console.log(`[bench] ${message}`);
const PORTS = { server: 4701, postgraphile: 4702, raw: 4703, 'server-graphql-js': 4705, 'server-baseline': 4706 };

const SOAK_HEADING = '## Soak (memory and prepared statements over time)';

/**
 * Leaves PostgreSQL quiet before the cells: the warm-up's writes (the write pool put back, the
 * transitions, the audit entries) leave dead rows and dirty pages, which autovacuum and the
 * checkpointer would otherwise clean up during the first cells, on whichever contender ran then
 * (the run of 7 December measured this server's first round of the first cell at 120 req/s
 * against 200–213 in its next two).
 */
async function settle(client) {
  const started = Date.now();
  await client.query('vacuum (analyze)');
  await client.query('checkpoint');
  log(`PostgreSQL settled (vacuum, analyze, checkpoint) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `{ __typename }`, as each contender is sent it (this server with its API token). */
function floorRequest(kind) {
  return {
    method: 'POST', path: '/graphql', body: '{"query":"{ __typename }"}',
    headers: { 'content-type': 'application/json', ...(kind === 'server' ? { authorization: `Bearer ${BENCH_TOKEN}` } : {}) },
  };
}
const WEB_HEADING = '## Web (first download per route)';

/** The web app's download sizes, from the last web build; without one, the section as it was. */
/** The soak run's section (`pnpm bench soak` writes it), kept as it is. */
function soakSection(previous) {
  const at = previous.indexOf(SOAK_HEADING);
  if (at < 0) return '';
  const end = previous.indexOf(WEB_HEADING, at);
  return `${previous.slice(at, end >= 0 ? end : undefined).trimEnd()}\n\n`;
}

async function webSection(previous) {
  if (!existsSync(`${REPO_ROOT}packages/web/dist/.vite/manifest.json`)) {
    const at = previous.indexOf(WEB_HEADING);
    return at >= 0 ? previous.slice(at) : '';
  }
  const { markdownTables } = await import(`${REPO_ROOT}scripts/web-bundle-report.mjs`);
  return [
    WEB_HEADING,
    '',
    `From \`node scripts/web-bundle-report.mjs\` (the last \`pnpm build\`) on ${new Date().toISOString().slice(0, 10)}: the JavaScript each route downloads before it can render (entry, the route's page, the data layer and their static imports), gzipped at level 9, with each page's own GraphQL documents only. A test caps the patient page at 260 KB. Panels opened on demand (ward and oncology care on the patient page, the access log, the virtualised timeline for more than 150 events, Khmer translations) are not in these figures.`,
    '',
    markdownTables(),
    '',
  ].join('\n');
}

const db = await startDatabaseServer(`journey_bench_${scale}`, log);
const running = [];
try {
  await migrate(db.url);
  await withClient(db.url, async (client) => {
    const { rows } = await client.query('select count(*)::int as n from patient');
    if (rows[0].n === 0) {
      log(`generating ${scale}`);
      const counts = await generate(client, scale, { log });
      log(`generated: ${JSON.stringify(counts)}`);
    }
    await client.query('create extension if not exists pg_stat_statements');
  });
  for (const kind of contenders) running.push(await startContender(kind, { url: db.url, port: PORTS[kind], log }));
  const byKind = Object.fromEntries(running.map((c) => [c.kind, c]));

  const results = [];
  let machine;
  await withClient(db.url, async (client) => {
    const ctx = await lookUpContext(client, { postgraphilePort: byKind.postgraphile ? PORTS.postgraphile : null });
    const pgVersion = (await client.query('show server_version')).rows[0].server_version;
    const counts = (await client.query(`select (select count(*) from patient)::int as patients, (select count(*) from journey_event)::int as events,
      (select count(*) from referral)::int as referrals`)).rows[0];
    machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '?', memGb: Math.round(totalmem() / 2 ** 30), node: process.version, pg: pgVersion, counts };
    const all = queries(ctx).filter((q) => !only || only.includes(q.name));

    // Agreement: one request each, same content.
    await resetWritePool(client, ctx);
    for (const q of all) {
      const seen = {};
      for (const [i, c] of running.entries()) {
        const res = await send(c.port, q[baseOf(c.kind)](i));
        if (res.status !== 200 || !res.body || res.body.errors) throw new Error(`${c.kind} ${q.name}: ${res.status} ${res.text ?? JSON.stringify(res.body).slice(0, 500)}`);
        if (q.ids) seen[c.kind] = JSON.stringify(q.ids[baseOf(c.kind)](res.body));
      }
      const distinct = new Set(Object.values(seen));
      if (distinct.size > 1) log(`WARNING ${q.name}: contenders disagree: ${JSON.stringify(seen).slice(0, 400)}`);
      else if (q.ids) log(`${q.name}: contenders agree (${JSON.parse(Object.values(seen)[0] ?? '[]').length} rows)`);
    }

    // Writes: every request moves its own referral (bodies built afresh: new row ids).
    const requestsFor = (q, c) => (q.pool ? ctx.writePool.map((_, i) => q[baseOf(c.kind)](i)) : [q[baseOf(c.kind)](0)]);
    for (const c of running) {
      for (const q of all) {
        if (q.pool) await resetWritePool(client, ctx);
        await runLoad({ port: c.port, connections: 10, durationMs: warmupSeconds * 1000, requests: requestsFor(q, c), once: q.pool });
      }
      log(`${c.kind} warmed up: every query for ${warmupSeconds} s at 10 connections`);
    }
    await settle(client);

    for (const q of all) {
      for (const connections of levels) {
        // Warm up (JIT, pools, plan caches) at this connection count, then measure in rounds.
        for (const c of running) {
          if (q.pool) await resetWritePool(client, ctx);
          await runLoad({ port: c.port, connections, durationMs: 1000, requests: requestsFor(q, c), once: q.pool });
        }
        const rounds = new Map(running.map((c) => [c, []]));
        for (let round = 0; round < roundCount; round++) {
          for (const c of roundOrder(running, round)) {
            if (q.pool) await resetWritePool(client, ctx);
            const requests = requestsFor(q, c);
            await resetStatements(client);
            const cpuBefore = cpuMs(c.pid);
            const load = await runLoad({ port: c.port, connections, durationMs: (seconds * 1000) / roundCount, requests, once: q.pool, keepLatencies: true });
            const cpu = cpuMs(c.pid) - cpuBefore;
            // The audit entries of the last responses are written as they leave: let them land in this round's count.
            await new Promise((r) => setTimeout(r, 300));
            rounds.get(c).push({ load, cpuMs: cpu, statements: await countStatements(client) });
          }
        }
        for (const c of running) {
          const { firstError, ...pooled } = pooledRow(rounds.get(c));
          const row = { query: q.name, label: q.label, connections, contender: c.kind, ...pooled };
          results.push(row);
          log(`${q.name} c=${connections} ${c.kind}: ${row.rps.toFixed(0)} req/s (rounds ${row.rounds.join(', ')}) p50 ${row.p50.toFixed(1)} p99 ${row.p99.toFixed(1)} ms, ` +
            `${row.statements.toFixed(2)} stmts (audit ${row.audit.toFixed(2)}, auth ${row.auth.toFixed(2)}, tx ${row.tx.toFixed(2)}), ` +
            `${row.cpuMs.toFixed(2)} CPU-ms/req${row.errors ? `, ${row.errors} errors: ${firstError}` : ''}`);
        }
      }
    }
  });
  // The floor: what a request costs before any data, `{ __typename }` at 10 connections; this server
  // also through express (a chunked body, which its lean POST path leaves to express).
  const floor = [];
  if (!only || only.includes('floor')) {
    for (const c of running.filter((r) => r.kind === 'server' || r.kind === 'postgraphile')) {
      for (const chunked of c.kind === 'server' ? [false, true] : [false]) {
        const requests = [{ ...floorRequest(c.kind), chunked }];
        await runLoad({ port: c.port, connections: 10, durationMs: 1000, requests });
        const cpuBefore = cpuMs(c.pid);
        const load = await runLoad({ port: c.port, connections: 10, durationMs: seconds * 1000, requests });
        const n = Math.max(1, load.count);
        const row = { contender: chunked ? `${c.kind} (chunked body: express)` : c.kind, rps: load.count / (load.elapsedMs / 1000), p50: load.p50, p99: load.p99, cpuMs: (cpuMs(c.pid) - cpuBefore) / n, errors: load.errors };
        floor.push(row);
        log(`floor ${row.contender}: ${row.rps.toFixed(0)} req/s, ${row.cpuMs.toFixed(3)} CPU-ms/req${load.errors ? `, ${load.errors} errors: ${load.firstError}` : ''}`);
      }
    }
  }
  const rss = Object.fromEntries(running.map((c) => [c.kind, peakRssMb(c.pid)]));
  writeFileSync(`${out}.json`, JSON.stringify({ scale, seconds, rounds: roundCount, warmupSeconds, machine, results, rss, floor }, null, 1));
  // The contenders stop before the live cell starts its own two instances: nothing else competes for the CPU.
  for (const c of running.splice(0)) await c.stop();
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  let live = keptSection(previous, LIVE_HEADING);
  if (withLive) {
    // A failed live cell costs its section (the last run's is kept), not the comparison's figures.
    try {
      const result = await runLive({ url: db.url, scale, log });
      writeFileSync(`${out}.live.json`, JSON.stringify(result, null, 1));
      live = `${liveSection(result)}\n`;
    } catch (error) {
      log(`live cell failed, its section left as it was: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  writeFileSync(out, `${report({ scale, seconds, rounds: roundCount, warmupSeconds, machine, results, rss, floor })}\n${live}${soakSection(previous)}${await webSection(previous)}`);
  log(`wrote ${out}`);
} finally {
  for (const c of running) await c.stop();
  await db.stop();
}

