import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpAppForTests, type GraphQLClient } from '../../../../tests/support/http-app.js';
import { SUBSCRIPTION_OVER_HTTP } from './operation-types.js';

/** Subscriptions run over a WebSocket: one sent over HTTP is the client's mistake, refused like any invalid document. */
describe('a subscription operation over HTTP', () => {
  const app = httpAppForTests();

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
    await expectRefused(app.api, 'subscription { censusChanged { bed { label } } }');
  });

  it('is refused the same way signed out, named or not, and with a field that exists nowhere', async () => {
    await expectRefused(app.api.anonymous, 'subscription { censusChanged { bed { label } } }');
    await expectRefused(app.api.anonymous, 'subscription Watch($id: ID!) { patientTimeline(patientId: $id) { cursor } }');
  });

  it('leaves queries and mutations alone', async () => {
    const me = await app.api.gql<{ me: { username: string } }>('query { me { username } }');
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.username).toMatch(/^tester/);
  });
});
