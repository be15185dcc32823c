import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Rate limits over HTTP: a token bucket per signed-in user, per API token and per address of
 * signed-out requests. 60 a minute (one a second) with a burst of 5, on a clock the test moves.
 */
const PER_MINUTE = 60;
const BURST = 5;
const QUERY = '{ provinces { code } }';

describe('rate limits per user, per API token and per address', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let now = Date.parse('2026-12-01T00:00:00Z');
  let alice: GraphQLClient;
  let bob: GraphQLClient;

  /** A minute later every bucket is full again. */
  const refillAll = () => {
    now += 60_000;
  };

  async function expectServed(client: GraphQLClient, times: number, query = QUERY): Promise<void> {
    for (let i = 0; i < times; i++) {
      const response = await client.post({ query });
      expect(response.status, `request ${i + 1} of ${times}`).toBe(200);
      const body = (await response.json()) as GraphQLBody<{ provinces: unknown[] }>;
      expect(body.errors).toBeUndefined();
    }
  }

  async function expectLimited(client: GraphQLClient, retryAfterSeconds: number): Promise<void> {
    const response = await client.post({ query: QUERY });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as GraphQLBody<unknown>;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: `Too many requests; try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED', retryAfterSeconds, params: { seconds: retryAfterSeconds } } },
    ]);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock: testClock(), production: true, rateLimit: { perMinute: PER_MINUTE, burst: BURST, now: () => now } });
    alice = await api.userWithRoles([Role.CLINICIAN]);
    bob = await api.userWithRoles([Role.CLINICIAN]);
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('answers the request after the burst with 429, Retry-After and RATE_LIMITED; another user is unaffected', async () => {
    refillAll();
    await expectServed(alice, BURST);
    await expectLimited(alice, 1);
    await expectLimited(alice, 1);
    await expectServed(bob, BURST);
    await expectLimited(bob, 1);
  });

  it('refills the bucket as time passes: one request a second, up to the burst', async () => {
    refillAll();
    await expectServed(alice, BURST);
    await expectLimited(alice, 1);
    now += 1_000;
    await expectServed(alice, 1);
    await expectLimited(alice, 1);
    now += 3_500;
    await expectServed(alice, 3);
    await expectLimited(alice, 1);
    now += 600_000;
    await expectServed(alice, BURST);
    await expectLimited(alice, 1);
  });

  it('says how long to wait when the rate is slow', async () => {
    const slow = await startHttpApp(db, { clock: testClock(), rateLimit: { perMinute: 6, burst: 1, now: () => now } });
    try {
      refillAll();
      const carol = await slow.userWithRoles([Role.NURSE]);
      await expectServed(carol, 1);
      await expectLimited(carol, 10);
      now += 4_000;
      await expectLimited(carol, 6);
    } finally {
      await slow.close();
    }
  });

  it('gives an API token its own bucket, apart from its owner\'s session', async () => {
    refillAll();
    const created = await alice.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "rate test" }) { token } }');
    expect(created.errors).toBeUndefined();
    const token = created.data!.createApiToken.token;
    const script: GraphQLClient = {
      cookie: null,
      post: (body, headers = {}) => api.anonymous.post(body, { authorization: `Bearer ${token}`, ...headers }),
      gql: (query, variables, headers = {}) => api.anonymous.gql(query, variables, { authorization: `Bearer ${token}`, ...headers }),
    };
    await expectServed(alice, BURST - 1);
    await expectLimited(alice, 1);
    await expectServed(script, BURST);
    await expectLimited(script, 1);
  });

  it('limits signed-out requests by address, without touching signed-in users', async () => {
    refillAll();
    await expectServed(api.anonymous, BURST, '{ __typename }');
    await expectLimited(api.anonymous, 1);
    // Signing in is a signed-out request too: it waits like the others.
    const login = await api.anonymous.post({ query: 'mutation { login(input: { username: "nobody", password: "wrong-password" }) { expiresAt } }' });
    expect(login.status).toBe(429);
    await expectServed(alice, 1);
  });
});
