import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { compiledExecutor } from './compiled-executor.js';
import type { GraphQLContext } from './context.js';
import { formatError } from './errors.js';
import { createSchema } from './schema.js';

/** A signed-out request's context: the fields below are refused before anything reads the database. */
const signedOut = { user: null } as unknown as GraphQLContext;

describe('compiled executor', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  async function server(withGateway: boolean) {
    const executor = compiledExecutor(schema);
    const apollo = new ApolloServer<GraphQLContext>({
      ...(withGateway ? { gateway: executor.gateway } : { schema }),
      formatError,
      includeStacktraceInErrorResponses: false,
    });
    await apollo.start();
    const run = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
      const response = await apollo.executeOperation({ query, variables, operationName }, { contextValue: signedOut });
      return { status: response.http.status ?? 200, body: response.body.kind === 'single' ? response.body.singleResult : null };
    };
    return { apollo, executor, run };
  }

  it('compiles a document once per operation, however often it is sent', async () => {
    const { apollo, executor, run } = await server(true);
    const document = 'query A { __typename } query B { __schema { queryType { name } } }';
    expect(executor.compilations).toBe(0);
    for (let i = 0; i < 3; i++) expect((await run(document, undefined, 'A')).body).toEqual({ data: { __typename: 'Query' } });
    expect(executor.compilations).toBe(1);
    expect((await run(document, undefined, 'B')).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    await run(document, undefined, 'B');
    expect(executor.compilations).toBe(2);
    // Another text is another document.
    await run('query A { __typename }', undefined, 'A');
    expect(executor.compilations).toBe(3);
    await apollo.stop();
  });

  it('answers errors and refused variables as graphql-js does', async () => {
    const compiled = await server(true);
    const plain = await server(false);
    const requests: [string, Record<string, unknown>?][] = [
      // Refused by the permission check: a DomainError thrown in a resolver, under a non-null field.
      ['{ provinces { code } }'],
      ['{ a: __typename provinces { code } }'],
      // Refused variables: Apollo Server calls them BAD_USER_INPUT (HTTP 400) by graphql-js's words and nodes.
      ['query ($n: Int) { patients(first: $n) { totalCount } }', { n: 'three' }],
      ['query ($id: ID!) { node(id: $id) { id } }', {}],
      ['query ($d: LocalDate!) { theatreSchedule(date: $d) { __typename } }', { d: '2024-02-30' }],
      ['query ($skip: Boolean!) { __typename @skip(if: $skip) t: __typename @include(if: $skip) }', { skip: true }],
    ];
    for (const [query, variables] of requests) {
      const [a, b] = [await compiled.run(query, variables), await plain.run(query, variables)];
      expect(a, query).toEqual(b);
    }
    // An operation name no operation has, the empty one included: graphql-jit ran the document's
    // only operation for `""`, where Apollo Server and graphql-js find none (an internal error).
    for (const operationName of ['', 'Missing']) {
      const [a, b] = [await compiled.run('query Only { __typename }', undefined, operationName), await plain.run('query Only { __typename }', undefined, operationName)];
      expect(a, operationName).toEqual(b);
      expect(a.body?.errors?.map((e) => e.extensions?.code), operationName).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    }
    expect((await compiled.run('{ provinces { code } }')).body?.errors?.[0]).toMatchObject({ path: ['provinces'], extensions: { code: 'UNAUTHENTICATED' } });
    expect((await compiled.run(requests[2][0], requests[2][1])).status).toBe(400);
    await compiled.apollo.stop();
    await plain.apollo.stop();
  });
});
