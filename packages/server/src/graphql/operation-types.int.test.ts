import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../../../../tests/support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { SUBSCRIPTION_OVER_HTTP } from './operation-types.js';

/** Subscriptions run over a WebSocket: one sent over HTTP is the client's mistake, refused like any invalid document. */
describe('a subscription operation over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db);
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function expectRefused(client: GraphQLClient, query: string): Promise<void> {
    const logged = vi.spyOn(console, 'error');
    const response = await client.post({ query });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: SUBSCRIPTION_OVER_HTTP, locations: [{ line: 1, column: 1 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(logged).not.toHaveBeenCalled();
  }

  it('is refused as an invalid document (400, GRAPHQL_VALIDATION_FAILED), nothing logged, for a signed-in user', async () => {
    await expectRefused(api, 'subscription { censusChanged { bed { label } } }');
  });

  it('is refused the same way signed out, named or not, and with a field that exists nowhere', async () => {
    await expectRefused(api.anonymous, 'subscription { censusChanged { bed { label } } }');
    await expectRefused(api.anonymous, 'subscription Watch($id: ID!) { patientTimeline(patientId: $id) { cursor } }');
  });

  it('leaves queries and mutations alone', async () => {
    const me = await api.gql<{ me: { username: string } }>('query { me { username } }');
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.username).toMatch(/^tester/);
  });
});
