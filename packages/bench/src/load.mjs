// Load generator, run as its own process: N keep-alive connections each send one request
// after another for a duration (or until a pool of one-use requests runs out) and report
// the count, errors and latency percentiles as JSON on stdout.
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { port, connections, durationMs, requests, once, keepLatencies = false } = config;
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let next = 0;
let errors = 0;
let firstError = null;
// A request may carry a `stamp` (a key of the harness's): the wall-clock time its response ended
// is reported under it (the live benchmark's write-to-delivery latency).
const stamps = {};

// A body may ask for a number of its own (`__SEQ__`): each send gets a new one (unique names for writes).
let seq = 0;

function send(spec) {
  if (spec.body.includes('__SEQ__')) spec = { ...spec, body: spec.body.replaceAll('__SEQ__', `${process.pid}x${seq++}`) };
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // `chunked`: no Content-Length, the body sent in chunks (the floor cell's path through express).
    const framing = spec.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(spec.body) };
    const req = request({ host: '127.0.0.1', port, agent, method: spec.method, path: spec.path, headers: { ...spec.headers, ...framing } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (spec.stamp !== undefined) stamps[spec.stamp] = performance.timeOrigin + performance.now();
        const body = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
          errors++;
          firstError ??= `${res.statusCode} ${body.slice(0, 300)}`;
        }
        latencies.push(ms);
        resolve();
      });
    });
    req.on('error', (error) => {
      errors++;
      firstError ??= String(error);
      resolve();
    });
    req.end(spec.body);
  });
}

const started = Date.now();
const deadline = started + durationMs;
async function worker() {
  while (Date.now() < deadline) {
    let spec;
    if (once) {
      if (next >= requests.length) return;
      spec = requests[next++];
    } else {
      spec = requests[next++ % requests.length];
    }
    await send(spec);
  }
}
await Promise.all(Array.from({ length: connections }, worker));
const elapsedMs = Date.now() - started;
agent.destroy();
latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
// `keepLatencies`: every latency too, for a harness that pools several runs' percentiles (cells.mjs).
console.log(JSON.stringify({ count: latencies.length, errors, firstError, elapsedMs, p50: pct(50), p99: pct(99), stamps, ...(keepLatencies ? { latencies } : {}) }));
