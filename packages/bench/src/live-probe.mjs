// Loaded into each server of the live benchmark (`node --expose-gc --import live-probe.mjs
// dist/main.js`): on SIGUSR2 it collects garbage (twice: objects freed by finalizers go in the
// second pass) and appends the process's memory to LIVE_PROBE_FILE as one JSON line, so the
// harness compares settled heaps, not whatever garbage happened to be waiting.
import { appendFileSync } from 'node:fs';

const file = process.env.LIVE_PROBE_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    globalThis.gc?.();
    const memory = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({
      at: Date.now(),
      rssMb: memory.rss / 2 ** 20,
      heapUsedMb: memory.heapUsed / 2 ** 20,
      heapTotalMb: memory.heapTotal / 2 ** 20,
      externalMb: memory.external / 2 ** 20,
      collected: typeof globalThis.gc === 'function',
    })}\n`);
  });
}
