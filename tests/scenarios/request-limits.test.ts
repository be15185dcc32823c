import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * What the server does with requests built to exhaust it, over real HTTP: bodies over 1 MB,
 * bodies that are not JSON, queries nested too deep or fanning out too wide. Each is refused
 * with a GraphQL error body (never Express's HTML page), and the server goes on serving.
 */

const MB = 1024 * 1024;
const ALIVE = '{ provinces { code } }';

describe('request size, depth and cost limits over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;

  async function expectStillServing(): Promise<void> {
    const body = await api.gql<{ provinces: unknown[] }>(ALIVE);
    expect(body.errors).toBeUndefined();
    expect(body.data?.provinces).toHaveLength(25);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock: testClock() });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('answers a body over 1 MB with 413 and a JSON GraphQL error, then serves the next request', async () => {
    // A mutation whose variables carry 1.5 MB: well-formed, just too big.
    const huge = 'x'.repeat(1.5 * MB);
    for (const body of [
      { query: 'mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }', variables: { input: { familyName: huge } } },
      { query: `{ provinces { code } } # ${huge}` },
    ]) {
      const response = await api.post(body);
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const json = (await response.json()) as GraphQLBody<unknown>;
      expect(json.errors).toEqual([
        { message: 'The request is larger than 1 MB', extensions: { code: 'BAD_REQUEST', reason: 'PAYLOAD_TOO_LARGE' } },
      ]);
      await expectStillServing();
    }
  });

  it('still reads a body just under 1 MB', async () => {
    const response = await api.post({ query: `${ALIVE} # ${'x'.repeat(MB - 200)}` });
    expect(response.status).toBe(200);
  });

  it('answers a body that is not JSON with 400 and a JSON GraphQL error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(api.cookie ? { cookie: api.cookie } : {}) },
      body: '{"query": "{ provinces { code } }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST', reason: 'UNREADABLE_BODY' } }],
    });
    await expectStillServing();
  });

  it('refuses a query nested 13 deep with 400, BAD_USER_INPUT and QUERY_TOO_DEEP, before running it', async () => {
    let inner = 'id';
    for (let i = 11; i > 0; i--) inner = i % 2 === 1 ? `currentAdmission { ${inner} }` : `bed { ${inner} }`;
    const response = await api.post({ query: `{ node(id: "QmVkOjA") { ... on Bed { ${inner} } } }` });
    expect(response.status).toBe(400);
    const json = (await response.json()) as GraphQLBody<unknown>;
    expect(json.data).toBeUndefined();
    expect(json.errors).toHaveLength(1);
    expect(json.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', params: { depth: 13, max: 12 } });
    expect(json.errors![0].message).toMatch(/nested 13 levels deep; at most 12/);
  });

  it('refuses a query nested thousands deep as a client error, without harm to the server', async () => {
    for (const levels of [500, 5_000]) {
      let inner = 'id';
      for (let i = levels; i > 0; i--) inner = i % 2 === 1 ? `currentAdmission { ${inner} }` : `bed { ${inner} }`;
      const json = await api.gql(`{ node(id: "QmVkOjA") { ... on Bed { ${inner} } } }`);
      expect(json.data).toBeUndefined();
      const codes = json.errors?.map((e) => e.extensions?.code);
      expect(codes?.length, JSON.stringify(json).slice(0, 300)).toBeGreaterThan(0);
      for (const code of codes ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(code);
    }
    await expectStillServing();
  });

  it('refuses the 100 × 100 × beds fan-out with BAD_USER_INPUT and QUERY_TOO_COSTLY', async () => {
    const json = await api.gql(`{
      patients(first: 100) { edges { node { journey(first: 100) { edges { node {
        ... on AdmittedEvent { admission { bed { ward { beds { label currentAdmission { admittedAt } } } } } }
      } } } } } }
    }`);
    expect(json.data).toBeUndefined();
    expect(json.errors?.map((e) => e.extensions)).toMatchObject([{ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', params: { max: expect.any(Number) as number, cost: expect.any(Number) as number } }]);
    await expectStillServing();
  });
});
