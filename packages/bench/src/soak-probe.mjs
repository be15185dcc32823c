/* global setInterval */
// Loaded into the server under soak (`node --import soak-probe.mjs dist/main.js`): every
// SOAK_PROBE_MS it appends the process's memory and its prepared-statement counts to
// SOAK_PROBE_FILE, one JSON line each. The server's own module instance is reached by
// importing the same file the server imports.
import { appendFileSync } from 'node:fs';

const file = process.env.SOAK_PROBE_FILE;
const every = Number(process.env.SOAK_PROBE_MS ?? 5000);
const prepared = new URL('../../server/dist/persistence/prepared.js', import.meta.url).href;
if (file) {
  const started = Date.now();
  setInterval(async () => {
    const { preparedStatementCounts } = await import(prepared);
    const memory = process.memoryUsage();
    const statements = preparedStatementCounts();
    appendFileSync(file, `${JSON.stringify({
      t: Math.round((Date.now() - started) / 1000),
      rssMb: memory.rss / 2 ** 20,
      heapUsedMb: memory.heapUsed / 2 ** 20,
      heapTotalMb: memory.heapTotal / 2 ** 20,
      externalMb: memory.external / 2 ** 20,
      statementNames: statements.names,
      connections: statements.perConnection.length,
      preparedMax: Math.max(0, ...statements.perConnection),
      preparedTotal: statements.perConnection.reduce((a, b) => a + b, 0),
    })}\n`);
  }, every).unref();
}
