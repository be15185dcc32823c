// pnpm --filter @pj/bench generate <small|medium|large>: migrates and loads a scale.
import { migrate, startDatabaseServer, withClient } from './database.mjs';
import { generate, SCALES } from './generate.mjs';

const scale = process.argv[2] ?? 'small';
if (!SCALES[scale]) throw new Error(`Unknown scale ${scale}`);
const log = (message) => console.log(`[bench] ${message}`);
const server = await startDatabaseServer(`journey_bench_${scale}`, log, { fresh: true });
try {
  const t = Date.now();
  await migrate(server.url);
  log(`migrated in ${Date.now() - t} ms`);
  const counts = await withClient(server.url, (client) => generate(client, scale, { log }));
  log(`generated ${scale}: ${JSON.stringify(counts)}`);
} finally {
  await server.stop();
}
