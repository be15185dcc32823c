import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, LOGIN_FOR_EXPLORER, postGraphQL, whoIsSignedIn } from './fetcher';

function fakeFetch(status: number, body: string, calls: { url: string; init: RequestInit }[] = []): typeof fetch {
  return ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response(body, { status, statusText: status === 502 ? 'Bad Gateway' : 'OK' }));
  }) as typeof fetch;
}

describe('the API explorer talking to the server', () => {
  it('posts JSON to /graphql on this origin with the session cookie', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const body = await postGraphQL({ query: '{ me { username } }', variables: { a: 1 } }, fakeFetch(200, '{"data":{"me":{"username":"u"}}}', calls));
    expect(body).toEqual({ data: { me: { username: 'u' } } });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.credentials).toBe('same-origin');
    // A JSON content type is what CSRF prevention on the server asks for.
    expect((calls[0].init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(calls[0].init.body as string)).toEqual({ query: '{ me { username } }', variables: { a: 1 } });
  });

  it('shows GraphQL errors as sent, and explains a response that is not GraphQL', async () => {
    const errors = { errors: [{ message: 'Sign in to explore the schema', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(await postGraphQL({ query: '{ __schema { types { name } } }' }, fakeFetch(401, JSON.stringify(errors)))).toEqual(errors);
    expect(await postGraphQL({ query: '{ me { username } }' }, fakeFetch(502, '<html>proxy</html>'))).toEqual({
      errors: [{ message: 'The server answered 502 Bad Gateway without a GraphQL response.' }],
    });
  });

  it('knows who is signed in, a visitor, or an unreachable server', async () => {
    expect(await whoIsSignedIn(fakeFetch(200, '{"data":{"me":{"username":"nurse","displayName":"Nurse"}}}'))).toEqual({
      kind: 'signed-in',
      user: { username: 'nurse', displayName: 'Nurse' },
    });
    expect(await whoIsSignedIn(fakeFetch(200, '{"data":null,"errors":[{"message":"no","extensions":{"code":"UNAUTHENTICATED"}}]}'))).toEqual({
      kind: 'anonymous',
    });
    expect(await whoIsSignedIn(fakeFetch(500, '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}'))).toEqual({
      kind: 'unreachable',
    });
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await whoIsSignedIn(offline)).toEqual({ kind: 'unreachable' });
  });

  it('sends visitors to the sign-in page and back, and opens with a query pointing to the README', () => {
    expect(LOGIN_FOR_EXPLORER).toBe('/login?next=%2Fgraphql');
    expect(DEFAULT_QUERY).toMatch(/README/);
    expect(DEFAULT_QUERY).toMatch(/me \{/);
    expect(DEFAULT_QUERY).toMatch(/patients\(first: 5\)/);
  });
});
