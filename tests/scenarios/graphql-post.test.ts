import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../support/factories.js';
import { startHttpApp, TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import { post, type Answer } from '../support/http-post.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * POST /graphql with a JSON body is served without express (packages/server/src/graphql/
 * graphql-post.ts); the same request sent chunked (no Content-Length) still goes through
 * express. Both must answer alike: status, body, security headers and cookies, for operations
 * that succeed, are refused, or never parse.
 */

/** What must not differ between the two paths (the date and the message framing aside). */
function comparable(answer: Answer) {
  const framing = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'set-cookie']);
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !framing.has(name)));
  const cookies = answer.headers['set-cookie'];
  return {
    status: answer.status,
    headers,
    // The cookie's attributes; its value is a new session each time.
    cookies: (Array.isArray(cookies) ? cookies : cookies ? [cookies] : []).map((c) => c.replace(/^([^=]+)=[^;]*/, '$1=…').replace(/Expires=[^;]+/, 'Expires=…')),
    body: answer.text.startsWith('{') ? (JSON.parse(answer.text) as unknown) : answer.text,
  };
}

describe('POST /graphql without express answers as express did', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let cookie: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock: testClock() });
    const nurse = await api.userWithRoles([Role.NURSE], 'post-path-nurse');
    cookie = nurse.cookie!;
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const both = async (body: string, headers: Record<string, string> = {}) => {
    const lean = await post(api.url, body, { chunked: false, headers });
    const viaExpress = await post(api.url, body, { chunked: true, headers });
    return { lean, viaExpress };
  };

  it.each([
    ['a signed-in query', JSON.stringify({ query: '{ me { username } provinces { code } }' }), true],
    ['a query refused for lack of a permission', JSON.stringify({ query: '{ auditTrail(first: 1) { totalCount } }' }), true],
    ['a signed-out query', JSON.stringify({ query: '{ provinces { code } }' }), false],
    ['a body that is not JSON', '{"query": "{ provinces { code } }"', false],
    ['JSON that is not an object or a list', '"{ provinces { code } }"', false],
    ['an empty body', '', false],
    ['a byte-order mark before the JSON', `\ufeff${JSON.stringify({ query: '{ provinces { code } }' })}`, false],
    ['an unknown persisted hash', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }), false],
    ['a document that does not validate', JSON.stringify({ query: '{ noSuchField }' }), false],
  ])('%s', async (_name, body, signedIn) => {
    const { lean, viaExpress } = await both(body, signedIn ? { cookie } : {});
    expect(comparable(lean)).toEqual(comparable(viaExpress));
    expect(lean.headers['content-security-policy']).toContain("default-src 'self'");
    expect(lean.headers['cache-control']).toBe('no-store');
    expect(Number(lean.headers['content-length'])).toBe(Buffer.byteLength(lean.text));
  });

  it('signs in and out with the same session cookie attributes, and the cookie it sets signs the next request in', async () => {
    await api.userWithRoles([Role.NURSE], 'post-path-login');
    const login = JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { user { username } } }',
      variables: { input: { username: 'post-path-login', password: TEST_PASSWORD } },
    });
    const { lean, viaExpress } = await both(login);
    expect(comparable(lean)).toEqual(comparable(viaExpress));
    const [set] = comparable(lean).cookies;
    expect(set).toMatch(/^pj_session=…; Path=\/; Expires=…; HttpOnly; SameSite=Strict$/);

    const session = String(lean.headers['set-cookie']).split(';')[0];
    const me = await post(api.url, JSON.stringify({ query: '{ me { username } }' }), { chunked: false, headers: { cookie: session } });
    expect(JSON.parse(me.text)).toEqual({ data: { me: { username: 'post-path-login' } } });

    const logout = JSON.stringify({ query: 'mutation { logout }' });
    const leanOut = await post(api.url, logout, { chunked: false, headers: { cookie: session } });
    const otherSession = String(viaExpress.headers['set-cookie']).split(';')[0];
    const expressOut = await post(api.url, logout, { chunked: true, headers: { cookie: otherSession } });
    expect(comparable(leanOut)).toEqual(comparable(expressOut));
    expect(comparable(leanOut).cookies).toEqual(['pj_session=…; Path=/; Expires=…; HttpOnly; SameSite=Strict']);
    expect(String(leanOut.headers['set-cookie'])).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });
});
