import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../packages/server/src/auth/auth.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Issue 20, point 3: the product (the built server, production configuration, the built web app)
 * started as an operator starts it, over a test database: with TLS_CERT/TLS_KEY it speaks HTTPS
 * itself; behind a TLS-terminating proxy named in TRUST_PROXY it treats the proxy's
 * `X-Forwarded-Proto: https` as HTTPS. Either way the session cookie is `__Host-pj_session`,
 * Secure, HttpOnly, SameSite=Strict, Path=/, no Domain, and only that cookie signs a request in.
 */

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const PASSWORD = 'https-test-password';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over HTTP or HTTPS (the test's self-signed certificate is accepted). */
function send(url: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method, headers, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function graphql(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: { input: { username: 'https.nurse', password: PASSWORD } } }),
  });
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { user { username } } }';
const ME = '{ me { username } }';

/** The Set-Cookie of a sign-in, as name, value and attributes (lower-cased names). */
function sessionCookie(answer: Answer): { name: string; value: string; attributes: Map<string, string> } {
  const header = answer.headers['set-cookie'];
  expect(header, answer.body).toHaveLength(1);
  const [pair, ...attributes] = header![0].split(';').map((part) => part.trim());
  const [name, value] = pair.split('=');
  return {
    name,
    value,
    attributes: new Map(attributes.map((attribute) => [attribute.split('=')[0].toLowerCase(), attribute.split('=')[1] ?? ''])),
  };
}

function expectHostCookie(cookie: ReturnType<typeof sessionCookie>): void {
  expect(cookie.name).toBe('__Host-pj_session');
  expect(cookie.value.length).toBeGreaterThan(20);
  expect(cookie.attributes.has('secure')).toBe(true);
  expect(cookie.attributes.has('httponly')).toBe(true);
  expect(cookie.attributes.get('samesite')).toBe('Strict');
  expect(cookie.attributes.get('path')).toBe('/');
  expect(cookie.attributes.has('domain')).toBe(false);
}

const signedInAs = (answer: Answer): string | null =>
  (JSON.parse(answer.body) as { data?: { me?: { username: string } | null } | null }).data?.me?.username ?? null;

describe('HTTPS: served directly (TLS_CERT/TLS_KEY) or behind a trusted proxy (TRUST_PROXY)', () => {
  let db: TestDatabase;
  let dir: string;
  const servers: ChildProcess[] = [];

  /** Starts the built product on a free port with these settings; resolves with its base URL. */
  function startProduct(env: Record<string, string>, scheme: 'http' | 'https'): Promise<string> {
    const port = 27_000 + Math.floor(Math.random() * 2_000);
    const server = spawn(process.execPath, [MAIN], {
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: db.url, SEED_DEMO: 'false', WEB_DIST, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(server);
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 60_000);
      server.once('exit', () => (clearTimeout(timer), reject(new Error(`The server exited:\n${output}`))));
      const poll = setInterval(() => {
        if (!output.includes('Ready on')) return;
        clearInterval(poll);
        clearTimeout(timer);
        expect(output).toContain(`Ready on ${scheme}://`);
        resolve(`${scheme}://127.0.0.1:${port}`);
      }, 100);
      server.once('exit', () => clearInterval(poll));
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.orm.em.fork(), { username: 'https.nurse', displayName: 'Nurse over HTTPS', roles: [Role.NURSE], password: PASSWORD });
    // A self-signed certificate for 127.0.0.1, made for this run.
    dir = mkdtempSync(join(tmpdir(), 'pj-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
  });

  afterAll(async () => {
    await Promise.all(
      servers.map((server) => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once('exit', () => resolve()), server.kill('SIGTERM'))))),
    );
    await db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('with TLS_CERT and TLS_KEY the product serves HTTPS, and the session cookie is __Host-, Secure, HttpOnly, SameSite', async () => {
    const url = await startProduct({ TLS_CERT: join(dir, 'cert.pem'), TLS_KEY: join(dir, 'key.pem') }, 'https');

    const shell = await send(`${url}/`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(shell.body).toContain('<div id="root">');
    expect(shell.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(String(shell.headers['content-security-policy'])).toContain(`connect-src 'self' wss://127.0.0.1:${new URL(url).port}`);

    const login = await graphql(url, LOGIN);
    expect(JSON.parse(login.body)).toEqual({ data: { login: { user: { username: 'https.nurse' } } } });
    expect(login.headers['strict-transport-security']).toBe('max-age=31536000');
    const cookie = sessionCookie(login);
    expectHostCookie(cookie);

    // The cookie signs the request in, under the name it was set with, and only under that name.
    expect(signedInAs(await graphql(url, ME, { cookie: `${cookie.name}=${cookie.value}` }))).toBe('https.nurse');
    expect(signedInAs(await graphql(url, ME, { cookie: `pj_session=${cookie.value}` }))).toBeNull();

    // Signing out clears that same cookie.
    const logout = await graphql(url, 'mutation { logout }', { cookie: `${cookie.name}=${cookie.value}` });
    expect(String(logout.headers['set-cookie'])).toMatch(/^__Host-pj_session=;.*Secure/i);
    expect(signedInAs(await graphql(url, ME, { cookie: `${cookie.name}=${cookie.value}` }))).toBeNull();

    // Plain HTTP on the HTTPS port is not answered as HTTP.
    await expect(send(url.replace('https:', 'http:'))).rejects.toThrow();
  }, 90_000);

  it("behind a proxy named in TRUST_PROXY, its X-Forwarded-Proto: https gets the same cookie; anyone else's header is ignored", async () => {
    const [proxied, direct] = await Promise.all([startProduct({ TRUST_PROXY: 'loopback' }, 'http'), startProduct({}, 'http')]);
    const fromProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };

    const login = await graphql(proxied, LOGIN, fromProxy);
    expect(JSON.parse(login.body).data.login.user.username).toBe('https.nurse');
    const cookie = sessionCookie(login);
    expectHostCookie(cookie);
    expect(login.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(signedInAs(await graphql(proxied, ME, { ...fromProxy, cookie: `${cookie.name}=${cookie.value}` }))).toBe('https.nurse');

    // Without TRUST_PROXY the same header proves nothing: a plain cookie, no Secure, no HSTS.
    const untrusted = await graphql(direct, LOGIN, fromProxy);
    const plain = sessionCookie(untrusted);
    expect(plain.name).toBe('pj_session');
    expect(plain.attributes.has('secure')).toBe(false);
    expect(plain.attributes.has('httponly')).toBe(true);
    expect(plain.attributes.get('samesite')).toBe('Strict');
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    expect(signedInAs(await graphql(direct, ME, { cookie: `pj_session=${plain.value}` }))).toBe('https.nurse');
  }, 90_000);

  it('refuses to start with only one of TLS_CERT and TLS_KEY, or a file it cannot read', async () => {
    await expect(startProduct({ TLS_CERT: join(dir, 'cert.pem') }, 'https')).rejects.toThrow(/TLS_CERT and TLS_KEY must be given together/);
    await expect(startProduct({ TLS_CERT: join(dir, 'cert.pem'), TLS_KEY: join(dir, 'missing.pem') }, 'https')).rejects.toThrow(/TLS_KEY must be a readable file/);
  }, 90_000);
});
