import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The built server (`pnpm build`): `main.js` and the command-line tools beside it. */
export const SERVER_DIST = fileURLToPath(new URL('../../packages/server/dist/', import.meta.url));

export interface RunToolOptions {
  /**
   * For the server itself (`main.js`), which runs until stopped: once its output matches
   * `pattern`, runs `then` while it is up, and stops it with SIGTERM.
   */
  whenOutput?: { pattern: RegExp; then: () => Promise<void> };
}

/**
 * Runs one of the built command-line tools (`db/backup/backup-cli.js`, `auth/create-user.js`, …) to
 * its end, with `env`; `script` is relative to SERVER_DIST, or an absolute path (a copy of the build).
 * `output` is stdout and stderr together; `stderr` is stderr alone.
 */
export function runTool(
  env: NodeJS.ProcessEnv,
  script: string,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
  options: RunToolOptions = {},
): Promise<{ code: number | null; output: string; stderr: string; error?: unknown }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(SERVER_DIST, script), ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    let watching = options.whenOutput;
    let error: unknown;
    const look = (): void => {
      if (!watching || !watching.pattern.test(output)) return;
      const { then } = watching;
      watching = undefined;
      then()
        .catch((thrown: unknown) => (error = thrown))
        .finally(() => child.kill('SIGTERM'));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      look();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stderr += chunk.toString();
      look();
    });
    child.on('exit', (code) => done({ code, output, stderr, error }));
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
