// The pieces of a benchmark run, shared by `pnpm bench` (run.mjs) and the CI test: start the
// three contenders on one database, look up what the queries need, send one request, count
// the SQL statements each request costs (pg_stat_statements), measure a load cell.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedNodeFlags } from '@pj/server/dist/launch.js';
import { portInUse } from '@pj/server/dist/start-checks.js';
import { BENCH_TOKEN } from './generate.mjs';
import { BROAD_STATUSES } from './queries.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const SERVER_MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
export const CONTENDERS = ['server', 'postgraphile', 'raw'];
/**
 * Contenders a run may add (BENCH_CONTENDERS): this server with graphql-js's executor instead
 * of the compiled one, to show what that step is worth in the same run; and a baseline of this
 * server, to measure a change side by side with what it changes: another build
 * (`BENCH_BASELINE_MAIN`, the `dist/main.js` of a baseline checkout) and/or other Node options
 * (`BENCH_BASELINE_NODE_ARGS`).
 */
export const EXTRA_CONTENDERS = {
  'server-graphql-js': { base: 'server', env: { GRAPHQL_EXECUTOR: 'graphql-js' } },
  'server-baseline': {
    base: 'server',
    main: process.env.BENCH_BASELINE_MAIN ?? SERVER_MAIN,
    nodeArgs: process.env.BENCH_BASELINE_NODE_ARGS?.split(' ') ?? [],
  },
};
/** The contender whose requests and start-up `kind` uses ('server-graphql-js' is a 'server'). */
export const baseOf = (kind) => EXTRA_CONTENDERS[kind]?.base ?? kind;
export const POOL_SIZE = 10;
/**
 * The other contenders run on the same Node runtime settings as this server (launch.ts): its
 * flags that change how Node runs JavaScript (AsyncLocalStorage without a promise hook), not
 * its source maps, which cost nothing until an error's stack is printed.
 */
const RIVAL_NODE_FLAGS = supportedNodeFlags().filter((flag) => flag !== '--enable-source-maps');

/** Sends one request; resolves with status and parsed body. */
export function send(port, spec) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: spec.method, path: spec.path,
      headers: { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode, body: JSON.parse(text) });
        } catch {
          resolve({ status: res.statusCode, body: null, text });
        }
      });
    });
    req.on('error', reject);
    req.end(spec.body);
  });
}

/** Starts one contender as a child process and waits until it answers. */
export async function startContender(kind, { url, port, log = () => undefined, env: extraEnv = {}, nodeArgs = [] }) {
  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), POOL_SIZE: String(POOL_SIZE), ...EXTRA_CONTENDERS[kind]?.env, ...extraEnv };
  const base = baseOf(kind);
  let args;
  if (base === 'server') {
    const { main = SERVER_MAIN, nodeArgs: own = [] } = EXTRA_CONTENDERS[kind] ?? {};
    // No rate limit: the load generator is one API token sending thousands of requests a minute.
    Object.assign(env, { NODE_ENV: 'production', SEED_DEMO: 'false', WEB_DIST: '', RATE_LIMIT_PER_MINUTE: '0' });
    // As `pnpm start` runs it (dist/launch.js): with the Node flags this Node has.
    args = [...supportedNodeFlags(), ...(process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : []), ...own, ...nodeArgs, main];
  } else if (base === 'postgraphile') {
    Object.assign(env, { GRAPHILE_ENV: 'production', NODE_ENV: 'production' });
    args = [...RIVAL_NODE_FLAGS, ...(process.env.BENCH_POSTGRAPHILE_NODE_ARGS ? process.env.BENCH_POSTGRAPHILE_NODE_ARGS.split(' ') : []), join(HERE, 'postgraphile-server.mjs')];
  } else {
    args = [...RIVAL_NODE_FLAGS, join(HERE, 'raw-server.mjs')];
  }
  // Something else on the port (a contender left over from an interrupted run) would answer the
  // probe below in the new one's place, and the run would measure it. The same check as the server's own at start.
  if (await portInUse(port)) throw new Error(`${kind}: port ${port} is already in use (a contender of an earlier run still running?)`);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const probe = base === 'raw'
    ? { method: 'POST', path: '/q/census', headers: {}, body: '{}' }
    : { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...(base === 'server' ? { authorization: `Bearer ${BENCH_TOKEN}` } : {}) }, body: '{"query":"{ __typename }"}' };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${kind} exited: ${output}`);
    try {
      const res = await send(port, probe);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`${kind} ready on :${port} (pid ${child.pid})`);
  let stopping = false;
  // A contender that dies during the run says why, instead of the run failing later on its missing /proc entry.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[bench] ${kind} exited during the run (${signal ?? `code ${code}`}); its last output:\n${output.slice(-4000)}`);
  });
  return {
    kind,
    port,
    pid: child.pid,
    output: () => output,
    stop: () => new Promise((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}

/** What the queries need from the data: the timeline patient, the deep page, the write pool. */
export async function lookUpContext(client, { postgraphilePort } = {}) {
  const timelinePatient = (await client.query(`select overlay(overlay(md5('patient50') placing '4' from 13) placing '8' from 17)::uuid as id`)).rows[0].id;
  const today = (await client.query(`select (now() at time zone 'Asia/Phnom_Penh')::date::text as d`)).rows[0].d;
  const broad = (await client.query('select count(*)::int as n from referral where status = any($1)', [BROAD_STATUSES])).rows[0].n;
  const deepOffset = Math.max(50, Math.min(999 * 50, Math.floor((broad - 51) / 50) * 50));
  const row = (await client.query(
    `select id, received_at, received_at::text || '|' || id as raw from referral where status = any($1)
     order by received_at desc, id desc offset $2 limit 1`, [BROAD_STATUSES, deepOffset - 1])).rows[0];
  const deepCursor = {
    server: Buffer.from(JSON.stringify([row.received_at.toISOString(), row.id]), 'utf8').toString('base64url'),
    raw: row.raw,
    postgraphile: null,
  };
  if (postgraphilePort) {
    const res = await send(postgraphilePort, {
      method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($f: ReferralFilter, $o: Int) { allReferrals(filter: $f, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC], first: 1, offset: $o) { edges { cursor node { rowId } } } }`,
        variables: { f: { status: { in: BROAD_STATUSES } }, o: deepOffset - 1 },
      }),
    });
    const edge = res.body?.data?.allReferrals?.edges[0];
    if (!edge) throw new Error(`PostGraphile deep cursor: ${JSON.stringify(res.body)}`);
    if (edge.node.rowId !== row.id) throw new Error('PostGraphile and PostgreSQL disagree on the deep page');
    deepCursor.postgraphile = edge.cursor;
  }
  const writePool = (await client.query(
    // Referrals generated as RECEIVED (no generated move after it), whatever earlier runs did to them.
    `select id, patient_id as "patientId", episode_id as "episodeId" from referral r
     where not exists (select 1 from referral_status_change c where c.referral_id = r.id and c.from_status is not null and c.changed_by = 'casemanager')
     order by id limit 30000`)).rows;
  return { timelinePatient, today, deepOffset, deepPage: deepOffset / 50 + 1, deepCursor, writePool, search: 'sokha' };
}

/** Puts the write pool back to RECEIVED so that every transition is legal again. */
export async function resetWritePool(client, ctx) {
  await client.query(`update referral set status = 'RECEIVED' where id = any($1::uuid[])`, [ctx.writePool.map((r) => r.id)]);
}

export async function resetStatements(client) {
  await client.query('select pg_stat_statements_reset()');
}

/** Statements run in this database since the last reset (this harness's own excluded). */
export async function countStatements(client) {
  const { rows } = await client.query(`
    select coalesce(sum(calls), 0)::int as total,
      coalesce(sum(calls) filter (where query ~* '^\\s*(begin|commit|rollback|savepoint|release|set |show )'), 0)::int as tx,
      coalesce(sum(calls) filter (where query ilike '%audit_entry%'), 0)::int as audit,
      coalesce(sum(calls) filter (where query ilike '%api_token%' or query ilike '%user_session%'), 0)::int as auth
    from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = current_database() and s.query not ilike '%pg_stat_statements%'
      and s.query not ilike '%status = ''RECEIVED'' where id = any%'
      -- The audit writer's index merge, once a second: upkeep, not a request's statement.
      and s.query not ilike '%gin_clean_pending_list%'`);
  return rows[0];
}

/** CPU time (user + system, ms) the process has used so far. */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s ticks
}

/** Peak resident set size (MB). */
export function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Runs the load generator in a separate process against one contender. */
export function runLoad({ port, connections, durationMs, requests, once, keepLatencies }) {
  const dir = mkdtempSync(join(tmpdir(), 'pj-bench-'));
  const file = join(dir, 'load.json');
  writeFileSync(file, JSON.stringify({ port, connections, durationMs, requests, once, keepLatencies }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'load.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator failed (${code})`))));
  });
}
