import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createUser } from '../../packages/server/src/auth/auth.service.js';
import { ok, signIn, TEST_PASSWORD, type GraphQLClient } from './http-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * Server processes of the built product on one test database, and graphql-ws clients of them:
 * what tests of live updates across instances need (tests/scenarios/live-*.test.ts). Needs
 * `pnpm --filter @pj/server build` first (CI's test command builds).
 */

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, failing after `ms` with what was awaited. */
export async function until(what: string, condition: () => boolean, ms = 15_000): Promise<void> {
  for (const start = Date.now(); !condition(); await sleep(50)) {
    if (Date.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
  }
}

/** What one subscription has received so far, and how it ended. */
export interface Received<T> {
  results: FormattedExecutionResult<T, unknown>[];
  ended: Promise<unknown>;
  stop(): void;
}

/** Subscribes and collects every result until stopped, refused or completed. */
export function subscribeTo<T>(client: Client, query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>): Received<T> {
  const results: FormattedExecutionResult<T, unknown>[] = [];
  let stop = () => undefined as void;
  const ended = new Promise((resolve) => {
    stop = client.subscribe<T>({ query, variables, extensions }, { next: (result) => results.push(result), error: resolve, complete: () => resolve('complete') });
  });
  return { results, ended, stop };
}

/**
 * A graphql-ws client of the server at `url` (`http://…`), signed in by a session `cookie` or
 * an API token sent as `connectionParams.authorization` (neither: signed out).
 */
export function graphqlWsClient(url: string, { cookie = null, token = null, onClosed }: { cookie?: string | null; token?: string | null; onClosed?: (code: number) => void }): Client {
  return createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    retryAttempts: 0,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    // Refused and closed sockets are what some tests expect; their codes are asserted through
    // `on.closed`, so graphql-ws need not print each one (its default is console.error).
    onNonLazyError: () => undefined,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: cookie ? { cookie } : {} });
      }
    },
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
  });
}

export interface LiveCluster {
  db: TestDatabase;
  /** `http://127.0.0.1:<port>` of each instance. */
  urls: string[];
  /** Creates an account with `roles` and signs it in on instance `url`. */
  user(username: string, roles: Role[], url: string): Promise<GraphQLClient>;
  /**
   * A graphql-ws client of instance `url` signed in by an API token that holds no permission:
   * every role has the worklists' permission, and a token acts with the roles its owner still
   * holds, so the token is made for ANALYST by an owner (`username`) who then loses that role.
   */
  powerlessTokenClient(username: string, url: string): Promise<Client>;
  /** A graphql-ws client of instance `url`, signed in with a session cookie (none: signed out). */
  wsClient(url: string, cookie: string | null, onClosed?: (code: number) => void): Client;
  close(): Promise<void>;
}

/**
 * Starts `instances` server processes on a fresh test database, on ports `basePort`,
 * `basePort + 1`, … (each test file takes its own band below the ephemeral range; see
 * product-lifecycle.test.ts).
 */
export async function startLiveCluster(basePort: number, instances = 2, env: Record<string, string> = {}): Promise<LiveCluster> {
  const db = await createTestDatabase();
  const servers: ChildProcess[] = [];
  const clients: Client[] = [];

  const startServer = async (port: number): Promise<string> => {
    let output = '';
    const server = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), WEB_DIST: '', SEED_DEMO: 'false', BACKUP_DIR: '', RATE_LIMIT_PER_MINUTE: '100000', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(server);
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; !output.includes('Ready on'); i++) {
      if (server.exitCode !== null || i > 900) throw new Error(`Server did not start:\n${output}`);
      await sleep(100);
    }
    return `http://127.0.0.1:${port}`;
  };

  const close = async () => {
    await Promise.all(clients.map(async (client) => client.dispose()));
    for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
    await db.close();
  };

  const user = async (username: string, roles: Role[], url: string): Promise<GraphQLClient> => {
    await createUser(db.orm.em.fork(), { username, displayName: username, roles, password: TEST_PASSWORD });
    return signIn(url, username, TEST_PASSWORD);
  };

  try {
    const urls = await Promise.all(Array.from({ length: instances }, (_, i) => startServer(basePort + i)));
    return {
      db,
      urls,
      close,
      user,
      async powerlessTokenClient(username, url) {
        const owner = await user(username, [Role.ANALYST, Role.CLINICIAN], url);
        const { createApiToken } = await ok<{ createApiToken: { token: string } }>(owner, `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
          input: { name: 'reports', roles: [Role.ANALYST] },
        });
        await db.orm.em.fork().getConnection().execute(`update app_user set roles = '{CLINICIAN}' where username = ?`, [username]);
        const client = graphqlWsClient(url, { token: createApiToken.token });
        clients.push(client);
        return client;
      },
      wsClient(url, cookie, onClosed) {
        const client = graphqlWsClient(url, { cookie, onClosed });
        clients.push(client);
        return client;
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
