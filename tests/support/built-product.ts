import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The built server (`pnpm build`): `main.js` and the command-line tools beside it. */
export const SERVER_DIST = fileURLToPath(new URL('../../packages/server/dist/', import.meta.url));

/** Runs one of the built command-line tools (`db/backup/backup-cli.js`, `auth/create-user.js`, …) to its end, with `env`. */
export function runTool(
  env: NodeJS.ProcessEnv,
  script: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(SERVER_DIST, script), ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** One statement on its own connection to `databaseUrl` (the product's database, outside the product). */
export async function queryDatabase<T extends pg.QueryResultRow>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
