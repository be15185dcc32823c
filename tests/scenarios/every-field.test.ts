import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../packages/server/src/db/seed/demo-users.js';
import { seedDemoHospitalIfEmpty } from '../../packages/server/src/db/seed/demo-hospital.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { buildOperations, type Operation } from '../support/every-field-operations.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Every field answers, or gives a typed error. Built from the schema: every root query field,
 * and under it every field down to DEPTH levels (a connection's `edges` and `node` not
 * counted), with arguments filled from the demo hospital, sent as every demo account to the
 * server in its production configuration. FORBIDDEN, NOT_FOUND and the other typed codes
 * are answers; INTERNAL_SERVER_ERROR is a bug.
 */
const DEPTH = Number(process.env.EVERY_FIELD_DEPTH ?? 3);
/** `first` of every connection: enough rows to meet a few different records. */
const PAGE = 3;
/** Requests in flight at once. */
const PARALLEL = 4;

const NOW = new Date();

interface Failure {
  role: string;
  path: string;
  message: string;
  query: string;
}

describe('every field answers or gives a typed error', () => {
  let db: TestDatabase;
  let app: HttpApp;
  const clients = new Map<Role, GraphQLClient>();
  let operations: Operation[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    let t = Date.now();
    const lap = (what: string) => {
      if (process.env.EVERY_FIELD_DEBUG) console.log(`${what}: ${Date.now() - t} ms`);
      t = Date.now();
    };
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: NOW });
    lap('seed');
    ({ operations } = await buildOperations(db, { depth: DEPTH, page: PAGE, now: NOW, debug: Boolean(process.env.EVERY_FIELD_DEBUG) }));
    lap('build operations');
    app = await startHttpApp(db, { production: true });
    for (const user of DEMO_USERS) clients.set(user.roles[0], await app.signIn(user.username, DEMO_PASSWORD));
    lap('sign in');
    if (process.env.EVERY_FIELD_DEBUG) console.log(`${operations.length} operations per role`);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('covers every demo role', () => {
    expect([...clients.keys()].sort()).toEqual(Object.values(Role).sort());
  });

  // The reproductions of issue 12, by hand, before the walk.
  it.each([
    ['census { occupant { guardian { phones } } }'],
    ['census { stay { admission { dischargedAt lengthOfStayDays } } }'],
    ['census { admission { patient { guardian { name phones } } } occupant { mrn } }'],
    ['census { stay { admission { reason patient { guardian { phones } } } } }'],
    ['patients(first: 100) { edges { node { guardian { phones } } } }'],
  ])('answers { %s } without INTERNAL_SERVER_ERROR', async (selection) => {
    const body = await clients.get(Role.CLINICIAN)!.gql(`{ ${selection} }`);
    expect(body.errors ?? []).toEqual([]);
  });

  it('refuses a NUL character in any text input as BAD_USER_INPUT, signed in or not', async () => {
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }';
    for (const client of [app.anonymous, clients.get(Role.ANALYST)!]) {
      const variables = await client.post({ query: login, variables: { input: { username: 'ad\u0000min', password: 'x' } } });
      expect(variables.status).toBe(400);
      expect(((await variables.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CONTROL_CHARACTERS',
      });
      const literal = await client.gql('mutation { login(input: { username: "ad\\u0000min", password: "x" }) { expiresAt } }');
      expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTERS' });
    }
    const search = await clients.get(Role.CLINICIAN)!.gql('query ($s: String) { patients(search: $s) { totalCount } }', { s: 'Sok\u0000' });
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTERS' });
    // The demo accounts still sign in.
    expect((await app.signIn('analyst', DEMO_PASSWORD)).cookie).toBeTruthy();
  });

  it('in production describes the schema to signed-in users only', async () => {
    expect((await app.anonymous.post({ query: '{ __schema { queryType { name } } }' })).status).toBe(401);
    expect((await clients.get(Role.ANALYST)!.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  for (const role of Object.values(Role)) {
    it(`as ${role}: no field of any root query answers INTERNAL_SERVER_ERROR`, async () => {
      const client = clients.get(role)!;
      const failures: Failure[] = [];
      const refusedRoots = new Set<string>();
      let answered = 0;
      const queue = [...operations];
      const work = async () => {
        for (let op = queue.shift(); op; op = queue.shift()) {
          if (refusedRoots.has(op.root)) continue;
          const started = Date.now();
          const response = await client.post({ query: op.query });
          timings.push([Date.now() - started, op.query]);
          expect(response.status, op.query).toBeLessThan(500);
          const body = (await response.json()) as { data?: unknown; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
          answered++;
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code;
            // Production answers carry no stack traces.
            expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
            // Our own generator must build valid operations within the limits.
            expect(code, `${error.message}\n${op.query}`).not.toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
            expect(error.message).not.toMatch(/QUERY_TOO|nested .* levels deep|could return about/);
            if (code === 'INTERNAL_SERVER_ERROR' || !code) {
              failures.push({ role, path: (error.path ?? []).join('.'), message: error.message, query: op.query });
            } else if (code === 'FORBIDDEN' && error.path?.length === 1) {
              // The root itself is refused to this role: its other operations would only say so again.
              refusedRoots.add(op.root);
            }
          }
        }
      };
      const timings: [number, string][] = [];
      await Promise.all(Array.from({ length: PARALLEL }, work)).finally(() => {
        if (process.env.EVERY_FIELD_DEBUG) {
          timings.sort((a, b) => b[0] - a[0]);
          console.log(`${timings.length} requests, ${timings.reduce((n, t) => n + t[0], 0)} ms; slowest:\n${timings.slice(0, 15).map((t) => `${t[0]} ms ${t[1].slice(0, 300)}`).join('\n')}`);
        }
      });
      expect(answered).toBeGreaterThan(0);
      const report = failures.map((f) => `${f.path}: ${f.message}\n  ${f.query}`);
      expect([...new Set(report)]).toEqual([]);
    }, Number(process.env.EVERY_FIELD_TIMEOUT ?? 120_000));
  }
});
