import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, listen, type AppOptions, type RunningApp } from '../../packages/server/src/app.js';
import { createUser, type SessionPolicy } from '../../packages/server/src/auth/auth.service.js';
import type { Clock } from '../../packages/server/src/common/clock.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string; field?: string; stacktrace?: unknown; retryAfterSeconds?: number };
  }[];
}

/** Sends GraphQL requests as one user (or anonymously). */
export interface GraphQLClient {
  /** The session cookie (`pj_session=…`), or null when anonymous. */
  cookie: string | null;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  /** The raw response, for status codes and headers. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** Sends `query` and returns its data, failing the test on any error. */
export async function ok<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await client.gql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

export interface HttpApp extends GraphQLClient {
  url: string;
  app: RunningApp;
  /** Requests without any credentials. */
  anonymous: GraphQLClient;
  /** Creates a user with these roles (password `test-password`) and signs them in. */
  userWithRoles(roles: Role[], username?: string): Promise<GraphQLClient>;
  /** Signs in with a username and password. */
  signIn(username: string, password: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export interface HttpAppOptions extends Pick<AppOptions, 'rateLimit' | 'trustedDocuments' | 'production' | 'databaseRunning' | 'executor'> {
  clock?: Clock;
  webDist?: string | null;
  /** Idle timeout and screen lock (the server's defaults when absent). */
  sessionPolicy?: SessionPolicy;
}

export const TEST_PASSWORD = 'test-password';
let users = 0;

function clientFor(url: string, cookie: string | null): GraphQLClient {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
  return {
    cookie,
    post,
    async gql(query, variables, headers) {
      return (await (await post({ query, variables }, headers)).json()) as never;
    },
  };
}

/** Signs in over HTTP and returns a client that carries the session cookie. */
export async function signIn(url: string, username: string, password: string): Promise<GraphQLClient> {
  const response = await clientFor(url, null).post({
    query: 'mutation ($input: LoginInput!) { login(input: $input) { user { username } } }',
    variables: { input: { username, password } },
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Could not sign in as ${username}: ${await response.text()}`);
  return clientFor(url, cookie);
}

/**
 * The real HTTP server on a free loopback port, over an ORM of the caller's. `gql` sends
 * requests as a user holding every role (created in the database for the purpose).
 */
export async function startHttpAppOnOrm(orm: MikroORM, options: HttpAppOptions = {}): Promise<HttpApp> {
  const app = await createApp({
    orm,
    schema: await createSchema(),
    clock: options.clock,
    webDist: options.webDist ?? null,
    production: options.production,
    sessionPolicy: options.sessionPolicy,
    rateLimit: options.rateLimit,
    trustedDocuments: options.trustedDocuments,
    databaseRunning: options.databaseRunning,
    executor: options.executor,
  });
  await listen(app.httpServer, 0, '127.0.0.1');
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const userWithRoles = async (roles: Role[], username = `tester${++users}-${process.pid}`): Promise<GraphQLClient> => {
    await createUser(orm.em.fork(), { username, displayName: `Test ${roles.join(' ')}`, roles, password: TEST_PASSWORD });
    return signIn(url, username, TEST_PASSWORD);
  };
  const everyone = await userWithRoles(Object.values(Role));
  return {
    url,
    app,
    ...everyone,
    anonymous: clientFor(url, null),
    userWithRoles,
    signIn: (username, password) => signIn(url, username, password),
    close: () => app.stop(),
  };
}

/** The real HTTP server over a test database; see startHttpAppOnOrm. */
export function startHttpApp(db: TestDatabase, options: HttpAppOptions = {}): Promise<HttpApp> {
  return startHttpAppOnOrm(db.orm, options);
}

/**
 * The usual start of a test file of the API: a fresh database and the real HTTP server on it,
 * started before the tests of the file (or of the `describe` it is called in) and closed after
 * them. Read `db` and `api` from the returned object inside hooks and tests.
 */
export function httpAppForTests(options: HttpAppOptions = {}): { readonly db: TestDatabase; readonly api: HttpApp } {
  let db: TestDatabase | undefined;
  let api: HttpApp | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, options);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
  return {
    get db() {
      if (!db) throw new Error('The test database starts before the tests (httpAppForTests)');
      return db;
    },
    get api() {
      if (!api) throw new Error('The HTTP server starts before the tests (httpAppForTests)');
      return api;
    },
  };
}
