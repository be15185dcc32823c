import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../packages/server/src/db/seed/demo-users.js';
import { signIn } from '../support/http-app.js';

/**
 * The product as a user runs it: the built server with its embedded PostgreSQL and demo data,
 * stopped with SIGTERM and started again on the same data directory.
 */

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'journey-lifecycle-'));
// Below Linux's ephemeral range (32768–60999), in this test's own band (23000–26999): a port
// in that range may be held by any outgoing connection, and the embedded PostgreSQL then
// fails to start.
const port = 23_000 + Math.floor(Math.random() * 2_000);
const pgPort = port + 2_000;
let server: ChildProcess | null = null;
let output = '';

function start(): Promise<void> {
  output = '';
  server = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), WEB_DIST: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output}`)), 90_000);
    const poll = setInterval(() => {
      if (output.includes('Ready on')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
      if (server?.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`Server exited:\n${output}`));
      }
    }, 100);
  });
}

function stop(): Promise<number | null> {
  return new Promise((resolve) => {
    server!.once('exit', (code) => resolve(code));
    server!.kill('SIGTERM');
  });
}

function portOpen(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port: p, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

let cookie = '';

async function gql<T>(query: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('the product: start, demo data, graceful stop, restart', () => {
  afterAll(async () => {
    if (server && server.exitCode === null) await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with the demo hospital, keeps changes across a restart, and stops its database', async () => {
    expect(existsSync(MAIN), 'run `pnpm build` first').toBe(true);
    await start();
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    // The demo hospital comes with one account per role.
    cookie = (await signIn(`http://127.0.0.1:${port}`, 'clinician', DEMO_PASSWORD)).cookie!;
    const first = await gql<{ patients: { totalCount: number } }>('{ patients { totalCount } }');
    expect(first.patients.totalCount).toBeGreaterThanOrEqual(500);

    await gql(`mutation { registerPatient(input: { familyName: "Restart", givenName: "Survivor", sex: FEMALE,
      birthDate: "1990-01-01", provinceCode: 12 }) { id } }`);

    expect(await stop()).toBe(0);
    expect(output).toContain('Stopped');
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(pgPort)).toBe(false); // the embedded PostgreSQL stopped too

    await start();
    expect(output).not.toContain('Loaded the demo hospital');
    // Sessions live in the database, so signing in survives the restart too.
    expect((await gql<{ me: { username: string } }>('{ me { username } }')).me.username).toBe('clinician');
    const again = await gql<{ patients: { totalCount: number } }>('{ patients { totalCount } }');
    expect(again.patients.totalCount).toBe(first.patients.totalCount + 1);
    const found = await gql<{ patients: { edges: { node: { givenName: string } }[] } }>(
      '{ patients(search: "restart survivor") { edges { node { givenName } } } }',
    );
    expect(found.patients.edges.map((e) => e.node.givenName)).toEqual(['Survivor']);
    expect(await stop()).toBe(0);
  }, 180_000);
});
