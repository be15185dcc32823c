import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** GraphQL over HTTP GET, in the production configuration. */
describe('GET /graphql', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let clinician: GraphQLClient;
  let token: string;
  const query = '{ me { username } }';

  const get = (headers: Record<string, string>) =>
    fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { production: true });
    clinician = await api.userWithRoles([Role.CLINICIAN], 'get.clinician');
    token = (await clinician.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "GET test" }) { token } }')).data!.createApiToken.token;
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('answers a query sent with an API token, with no other header', async () => {
    const response = await get({ authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { username: 'get.clinician' } } });
  });

  it('refuses a query sent with the session cookie alone (a cross-site page could send it), and answers it with apollo-require-preflight', async () => {
    const bare = await get({ cookie: clinician.cookie! });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/apollo-require-preflight/);
    const withHeader = await get({ cookie: clinician.cookie!, 'apollo-require-preflight': 'true' });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { me: { username: 'get.clinician' } } });
  });

  it('never runs a mutation sent by GET', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(405);
  });
});
