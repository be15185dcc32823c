import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bracketDepth, MAX_QUERY_NESTING, MAX_QUERY_TOKENS } from '../../packages/server/src/graphql/limits.js';
import { testClock } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type HttpApp } from '../support/http-app.js';
import { graphqlWsClient, sleep, subscribeTo } from '../support/live-cluster.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * What the server does with requests built to exhaust it, over real HTTP: bodies over 1 MB,
 * bodies that are not JSON, queries nested too deep or fanning out too wide. Each is refused
 * with a GraphQL error body (never Express's HTML page), and the server goes on serving.
 */

const MB = 1024 * 1024;

/** How many tokens GraphQL's lexer reads in a document (the token limit's measure). */
function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}
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

  /** A document `levels` fields deep, alternating between a bed and its current admission. */
  function nestedSelection(levels: number): string {
    let inner = 'id';
    for (let i = levels; i > 0; i--) inner = i % 2 === 1 ? `currentAdmission { ${inner} }` : `bed { ${inner} }`;
    return `{ node(id: "QmVkOjA") { ... on Bed { ${inner} } } }`;
  }
  /** A document whose one argument is a list value nested `levels` deep. */
  const nestedList = (levels: number) => `{ patients(first: ${'['.repeat(levels)}1${']'.repeat(levels)}) { totalCount } }`;

  it('refuses a query nested thousands deep before parsing it, as a client error, without harm to the server', async () => {
    // Each of these exhausted the stack somewhere: a parse error saying only "Maximum call
    // stack size exceeded", or (once parsing was warm) INTERNAL_SERVER_ERROR from validation.
    const cases = [
      { query: nestedSelection(5_000), depth: 5_003 },
      { query: nestedSelection(50_000), depth: 50_003 },
      { query: nestedList(5_000), depth: 5_002 },
      { query: nestedList(100_000), depth: 100_002 },
    ];
    const refusal = (depth: number) => [
      {
        message: `The query's brackets are nested ${depth} deep; at most ${MAX_QUERY_NESTING} are allowed (and 12 levels of fields)`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', params: { depth, max: MAX_QUERY_NESTING } },
      },
    ];
    for (const { query, depth } of cases) {
      const response = await api.post({ query });
      expect(response.status).toBe(400);
      const json = (await response.json()) as GraphQLBody<unknown>;
      expect(json.data).toBeUndefined();
      expect(json.errors).toEqual(refusal(depth));
    }
    // A GET goes through express: the same refusal (shallower, to fit in a URL).
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent(nestedList(200))}`, { headers: { cookie: api.cookie!, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as GraphQLBody<unknown>).errors).toEqual(refusal(202));
    await expectStillServing();
  });

  it('counts brackets in the document, not in its strings and comments', async () => {
    const deepText = '{'.repeat(MAX_QUERY_NESTING + 10);
    expect(bracketDepth(`{ a(s: "${deepText}") { b } }`)).toBe(2);
    expect(bracketDepth(`{ a(s: """${deepText} \\""" still inside""") { b } }`)).toBe(2);
    expect(bracketDepth(`{ a # ${deepText}\n { b } }`)).toBe(2);
    expect(bracketDepth(`{ a(s: "a \\" ${deepText}") { b } }`)).toBe(2);
    expect(bracketDepth(`{ a(x: [[{ y: 1 }]]) { b } }`)).toBe(5);
    // A search for a name full of brackets is not refused.
    const json = await api.gql(`{ patients(search: "${deepText}", first: 1) { totalCount } }`);
    expect(json.errors).toBeUndefined();
  });

  it('parses and refuses documents nested just within the bracket limit by their depth or their types', async () => {
    // The deepest that pass the bracket check: MAX_QUERY_NESTING brackets in all.
    const selection = nestedSelection(MAX_QUERY_NESTING - 3);
    const list = nestedList(MAX_QUERY_NESTING - 2);
    expect([bracketDepth(selection), bracketDepth(list)]).toEqual([MAX_QUERY_NESTING, MAX_QUERY_NESTING]);
    const deep = await api.gql(selection);
    expect(deep.errors?.map((e) => e.extensions)).toMatchObject([{ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', params: { depth: MAX_QUERY_NESTING - 1, max: 12 } }]);
    const wrongType = await api.gql(list);
    expect(wrongType.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    await expectStillServing();
  });

  it('refuses a document of more than MAX_QUERY_TOKENS tokens while parsing it', async () => {
    const wide = `{ ${Array.from({ length: MAX_QUERY_TOKENS / 2 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(tokens(wide)).toBeGreaterThan(MAX_QUERY_TOKENS);
    const response = await api.post({ query: wide });
    expect(response.status).toBe(400);
    const json = (await response.json()) as GraphQLBody<unknown>;
    expect(json.errors).toHaveLength(1);
    // graphql-js's own wording ("more that 50000 tokens").
    expect(json.errors![0]).toMatchObject({ message: expect.stringMatching(new RegExp(`Document contains more tha[nt] ${MAX_QUERY_TOKENS} tokens`)) as string, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    await expectStillServing();
  });

  it('answers a subscription that does not parse or validate with a coded error, and keeps the socket open', async () => {
    let closed: number | null = null;
    const socket = graphqlWsClient(api.url, { cookie: api.cookie, onClosed: (code) => (closed = code) });
    try {
      for (const [query, code] of [
        ['subscription { censusChanged { bed { id }', 'GRAPHQL_PARSE_FAILED'],
        [`subscription { censusChanged(a: ${'['.repeat(5_000)}1${']'.repeat(5_000)}) { bed { id } } }`, 'BAD_USER_INPUT'],
        ['subscription { censusChanged { noSuchField } }', 'GRAPHQL_VALIDATION_FAILED'],
      ] as const) {
        const received = subscribeTo(socket, query);
        const ended = (await received.ended) as readonly { extensions?: { code?: unknown } }[];
        expect(ended.map((e) => e.extensions?.code)).toEqual([code]);
      }
      const alive = subscribeTo(socket, 'subscription { censusChanged { bed { id } } }');
      await sleep(200);
      alive.stop();
      expect(closed).toBeNull();
    } finally {
      await socket.dispose();
    }
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
