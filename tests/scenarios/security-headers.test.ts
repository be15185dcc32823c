import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AdmissionReason, DischargeDisposition } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { admitPatient } from '../../packages/server/src/inpatient/admission.service.js';
import { dischargeInput, dischargePatient, serviceContext, vacantBeds, waitlistedPatient } from '../support/factories.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A Content-Security-Policy as directives and their sources (lower-cased names). */
export function parseCsp(header: string | null): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name.toLowerCase()), `directive ${name} given twice`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What a directive allows, with CSP's fallback to default-src. */
function sources(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? [];
}

/** The rules every policy keeps, whatever the page. */
function expectStrictPolicy(header: string | null, host: string): Map<string, string[]> {
  const policy = parseCsp(header);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  // Scripts: this origin's files only; no inline script, no eval, no nonce that would allow one.
  expect(sources(policy, 'script-src')).toEqual(["'self'"]);
  expect(sources(policy, 'script-src-elem')).toEqual(["'self'"]);
  expect(sources(policy, 'script-src-attr')).toEqual(["'self'"]);
  expect(sources(policy, 'worker-src')).toEqual(["'self'"]);
  // Styles: this origin's files, and <style> tags only with the response's nonce.
  const style = sources(policy, 'style-src');
  expect(style[0]).toBe("'self'");
  expect(style.slice(1).every((source) => /^'nonce-[A-Za-z0-9+/]{22}==?'$/.test(source))).toBe(true);
  expect(policy.get('style-src-elem')).toBeUndefined();
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(sources(policy, 'frame-src')).toEqual(["'none'"]);
  // Connections: this origin and its own WebSocket, nothing else.
  expect(sources(policy, 'connect-src')).toEqual(["'self'", `ws://${host}`]);
  for (const [name, list] of policy) {
    for (const source of list) {
      expect(`${name} ${source}`).not.toMatch(/'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|https?:|^\S+ (?:blob:|wss?:)$/);
      // Inline styles only as attributes, and only on the explorer (below).
      if (source === "'unsafe-inline'") expect(name).toBe('style-src-attr');
    }
  }
  return policy;
}

function expectBrowserHeaders(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  const permissions = new Map(
    (response.headers.get('permissions-policy') ?? '').split(',').map((entry) => entry.trim().split('=') as [string, string]),
  );
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture']) {
    expect(permissions.get(feature), feature).toBe('()');
  }
  expect([...permissions.values()].every((allow) => allow === '()')).toBe(true);
  // Plain HTTP: no HSTS (see https.test.ts for HTTPS).
  expect(response.headers.get('strict-transport-security')).toBeNull();
  expect(response.headers.get('x-powered-by')).toBeNull();
}

function nonceOf(policy: Map<string, string[]>): string {
  const source = policy.get('style-src')!.find((s) => s.startsWith("'nonce-"));
  expect(source).toBeDefined();
  return source!.slice("'nonce-".length, -1);
}

/**
 * Issue 20, point 1: the headers of the product's responses, read over HTTP from the production
 * configuration serving the built web app: the app shell, a hashed asset, the API (POST and the
 * explorer page) and the printable discharge copy.
 */
describe('browser security headers on every response', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let host: string;
  let printPath: string;

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    api = await startHttpApp(db, { webDist: WEB_DIST, production: true });
    host = new URL(api.url).host;
    const ctx = serviceContext(db.orm, () => new Date());
    const { patient } = await waitlistedPatient(db.orm, () => new Date(), { familyName: 'Chea', givenName: 'Sokha' });
    const [bed] = await vacantBeds(db.orm, 1);
    await admitPatient(ctx, { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
    const discharge = await dischargePatient(ctx, patient.id, dischargeInput(patient.id, { disposition: DischargeDisposition.HOME }));
    printPath = `/patients/${toGlobalId('Patient', patient.id)}/discharges/${toGlobalId('Discharge', discharge.id)}/print`;
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const page = (path: string, cookie?: string) => fetch(`${api.url}${path}`, { headers: { accept: BROWSER_ACCEPT, ...(cookie ? { cookie } : {}) } });

  it('the app shell at / : strict policy with a fresh nonce in header and page, never stored', async () => {
    const [first, second] = [await page('/'), await page('/')];
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectBrowserHeaders(response);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const policies = [expectStrictPolicy(first.headers.get('content-security-policy'), host), expectStrictPolicy(second.headers.get('content-security-policy'), host)];
    // The app's own files only: no data: images or fonts.
    expect(sources(policies[0], 'img-src')).toEqual(["'self'"]);
    expect(sources(policies[0], 'font-src')).toEqual(["'self'"]);
    expect(policies[0].get('style-src-attr')).toBeUndefined();
    const [nonce1, nonce2] = policies.map(nonceOf);
    expect(nonce1).not.toBe(nonce2);
    // The page carries its own response's nonce where the build left the placeholder.
    const html = await first.text();
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce1}">`);
    expect(html).not.toContain('PJ_CSP_NONCE');
    expect(readFileSync(`${WEB_DIST}/index.html`, 'utf8')).toContain('PJ_CSP_NONCE');
    // No inline script anywhere in the shell: every <script> names a file of this origin.
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/\ssrc="\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('the printable discharge copy (a page of the app) is the shell under the same policy, never stored', async () => {
    const response = await page(printPath, api.cookie!);
    expect(response.status).toBe(200);
    expectBrowserHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = expectStrictPolicy(response.headers.get('content-security-policy'), host);
    expect(await response.text()).toContain(`nonce="${nonceOf(policy)}"`);
    // The built file asked for by name is the same shell with a nonce, never the raw file.
    const byName = await page('/index.html');
    expect(byName.headers.get('cache-control')).toBe('no-store');
    expect(await byName.text()).not.toContain('PJ_CSP_NONCE');
  });

  it('a hashed static asset named by the shell: cacheable, with the same headers', async () => {
    const html = await (await page('/')).text();
    const script = /<script\b[^>]*\ssrc="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const stylesheet = /<link rel="stylesheet"[^>]*\shref="(\/assets\/[^"]+\.css)"/.exec(html)![1];
    for (const path of [script, stylesheet]) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(path.endsWith('.js') ? /javascript/ : /text\/css/);
      expectBrowserHeaders(response);
      expectStrictPolicy(response.headers.get('content-security-policy'), host);
      // Their names change with their content: kept for good.
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('cache-control')).not.toMatch(/no-store/);
    }
  });

  it('/graphql answers (POST and GET, signed in or not) are never stored and carry the headers', async () => {
    const signedIn = await api.post({ query: '{ me { username } }' });
    const anonymous = await api.anonymous.post({ query: '{ __typename }' });
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { cookie: api.cookie!, 'apollo-require-preflight': 'true' } });
    const refused = await api.anonymous.post({ query: '{ me { username } }' });
    const unreadable = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    for (const response of [signedIn, anonymous, get, refused, unreadable]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expectBrowserHeaders(response);
      expectStrictPolicy(response.headers.get('content-security-policy'), host);
    }
    expect(((await signedIn.json()) as { data: { me: { username: string } } }).data.me.username).toBeTruthy();
  });

  it('the API explorer page at GET /graphql: the strict policy, with only style attributes inline for its editor', async () => {
    const response = await page('/graphql', api.cookie!);
    expect(response.status).toBe(200);
    expect(await response.clone().text()).toContain('<title>API explorer');
    expectBrowserHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = expectStrictPolicy(response.headers.get('content-security-policy'), host);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(sources(policy, 'img-src')).toEqual(["'self'", 'data:']);
    expect(sources(policy, 'font-src')).toEqual(["'self'", 'data:']);
    expect(await response.text()).toContain(`<meta property="csp-nonce" nonce="${nonceOf(policy)}">`);
  });

  it('health checks and unknown paths carry the headers too', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${api.url}${path}`);
      expectBrowserHeaders(response);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const missing = await fetch(`${api.url}/assets/no-such-file.js`, { headers: { accept: 'application/javascript' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('a Host header that is not a plain host name is not written into the policy', async () => {
    const { request } = await import('node:http');
    const { port } = new URL(api.url);
    const header = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/healthz', headers: { host: "evil; script-src 'unsafe-inline'" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy'] ?? ''));
      });
      req.on('error', reject);
      req.end();
    });
    const policy = parseCsp(header);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });
});
