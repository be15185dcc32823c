import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpAppOnOrm, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** What a browser sends when the address bar says /graphql. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const EXPLORER_MARKER = '<title>API explorer (test build)</title>';
const APP_MARKER = '<title>App shell (test build)</title>';

describe('the API explorer at GET /graphql', () => {
  let db: TestDatabase;
  let withWeb: HttpApp;
  let apiOnly: HttpApp;
  let appOnlyBuild: HttpApp;
  let webDist: string;
  let oldWebDist: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A stand-in for packages/web/dist: the routing is under test here, not the build.
    webDist = mkdtempSync(join(tmpdir(), 'pj-web-'));
    writeFileSync(join(webDist, 'index.html'), `<!doctype html>${APP_MARKER}`);
    writeFileSync(join(webDist, 'graphiql.html'), `<!doctype html>${EXPLORER_MARKER}`);
    // A build from before the explorer existed: the app, no graphiql.html.
    oldWebDist = mkdtempSync(join(tmpdir(), 'pj-web-old-'));
    writeFileSync(join(oldWebDist, 'index.html'), `<!doctype html>${APP_MARKER}`);
    [withWeb, apiOnly, appOnlyBuild] = await Promise.all([
      startHttpAppOnOrm(db.orm, { webDist }),
      startHttpAppOnOrm(db.orm, { webDist: null }),
      startHttpAppOnOrm(db.orm, { webDist: oldWebDist }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([withWeb?.close(), apiOnly?.close(), appOnlyBuild?.close()]);
    await db?.close();
    rmSync(webDist, { recursive: true, force: true });
    rmSync(oldWebDist, { recursive: true, force: true });
  });

  it('is the page a browser gets, with a policy that lets nothing load from elsewhere', async () => {
    const page = await fetch(`${withWeb.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain(EXPLORER_MARKER);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('vary')).toMatch(/accept/i);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);

    // Signed in or not: the page itself is public; the explorer asks `me` and says who is signed in.
    const signedIn = await fetch(`${withWeb.url}/graphql/`, { headers: { accept: 'text/html', cookie: withWeb.cookie! } });
    expect(await signedIn.text()).toContain(EXPLORER_MARKER);
    const head = await fetch(`${withWeb.url}/graphql`, { method: 'HEAD', headers: { accept: BROWSER_ACCEPT } });
    expect(head.status).toBe(200);
  });

  it('leaves GraphQL GET queries alone, even from a browser', async () => {
    const query = encodeURIComponent('{ me { username } }');
    const asClient = await fetch(`${withWeb.url}/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true', cookie: withWeb.cookie! },
    });
    expect(asClient.status).toBe(200);
    expect(asClient.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(((await asClient.json()) as { data: { me: { username: string } } }).data.me.username).toMatch(/^tester/);

    // With ?query= a browser's GET is a GraphQL request too (and CSRF prevention still applies).
    const fromAddressBar = await fetch(`${withWeb.url}/graphql?query=${query}`, { headers: { accept: BROWSER_ACCEPT, cookie: withWeb.cookie! } });
    const sameWithoutExplorer = await fetch(`${apiOnly.url}/graphql?query=${query}`, { headers: { accept: BROWSER_ACCEPT, cookie: apiOnly.cookie! } });
    expect(fromAddressBar.status).toBe(sameWithoutExplorer.status);
    expect(fromAddressBar.status).toBeGreaterThanOrEqual(400);
    expect(await fromAddressBar.text()).not.toContain(EXPLORER_MARKER);

    // Mutations are still refused over GET, whatever the Accept header says.
    const mutation = encodeURIComponent('mutation { logout }');
    const mutationByGet = await fetch(`${withWeb.url}/graphql?query=${mutation}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true', cookie: withWeb.cookie! },
    });
    expect(mutationByGet.status).toBe(405);
  });

  it('leaves requests that do not ask for HTML alone', async () => {
    // A GET without an operation from a GraphQL client or curl (*/*): Apollo answers as before.
    for (const accept of ['application/json', '*/*', 'application/graphql-response+json']) {
      const withExplorer = await fetch(`${withWeb.url}/graphql`, { headers: { accept, 'apollo-require-preflight': 'true' } });
      const without = await fetch(`${apiOnly.url}/graphql`, { headers: { accept, 'apollo-require-preflight': 'true' } });
      expect(withExplorer.status).toBe(without.status);
      expect(withExplorer.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await withExplorer.text()).toBe(await without.text());
    }
    // POST is GraphQL whatever the client accepts.
    const post = await withWeb.post({ query: '{ me { username } }' }, { accept: BROWSER_ACCEPT });
    expect(post.status).toBe(200);
    expect(((await post.json()) as { data: { me: { username: string } } }).data.me.username).toMatch(/^tester/);
  });

  it('is a plain 404 that says why when the server has no web build', async () => {
    for (const app of [apiOnly, appOnlyBuild]) {
      const response = await fetch(`${app.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/explorer/i);
      expect(text).toMatch(/web build/);
      expect(text).not.toContain(APP_MARKER);
      // GraphQL itself still works on that server.
      expect((await app.gql<{ me: { username: string } }>('{ me { username } }')).data?.me.username).toMatch(/^tester/);
    }
  });

  it('does not take over the app: other pages still get the app shell', async () => {
    const patients = await fetch(`${withWeb.url}/patients`, { headers: { accept: BROWSER_ACCEPT } });
    expect(await patients.text()).toContain(APP_MARKER);
  });
});

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
/** Hosts that serve scripts, styles and fonts to other sites. */
const CDN = /https?:\/\/(?:[a-z0-9-]+\.)*(?:esm\.sh|unpkg\.com|jsdelivr\.net|googleapis\.com|gstatic\.com|cdnjs\.cloudflare\.com|skypack\.dev|jspm\.io|ga\.jspm\.io|cloudflare\.com|bootstrapcdn\.com)\b[^"'`)\s]*/gi;
/** A URL the browser would load: an import, a script/link/src attribute, a CSS url() or @import, a worker script. */
const LOADED_URL = /(?:\bimport\s*\(?\s*|\bfrom\s*|\bsrc\s*=\s*|\bhref\s*=\s*|url\(\s*|@import\s+|importScripts\(\s*|new\s+Worker\(\s*)["'`]?https?:\/\/[^"'`)\s]+/gi;

describe('the built API explorer', () => {
  it('loads nothing from a CDN: no CDN URL, and no http(s) URL it would fetch, in its page, scripts, styles or workers', () => {
    if (!existsSync(`${WEB_DIST}.vite/manifest.json`)) throw new Error('The web app is not built: run `pnpm build` first');
    const manifest = JSON.parse(readFileSync(`${WEB_DIST}.vite/manifest.json`, 'utf8')) as Record<
      string,
      { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }
    >;
    expect(manifest['graphiql.html']).toBeDefined();
    const files = new Set<string>(['graphiql.html']);
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])].forEach((file) => files.add(file));
      [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].forEach(visit);
    };
    visit('graphiql.html');
    // Monaco's workers are separate files the explorer starts (not in the manifest's graph).
    const workers = readdirSync(`${WEB_DIST}assets`).filter((file) => /\.worker-[\w-]+\.js$/.test(file));
    expect(workers.length).toBeGreaterThanOrEqual(3);
    workers.forEach((file) => files.add(`assets/${file}`));
    const explorerJs = [...files].filter((file) => file.endsWith('.js'));
    expect(explorerJs.length).toBeGreaterThan(3);

    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(`${WEB_DIST}${file}`, 'utf8');
      for (const match of text.matchAll(CDN)) found.push(`${file}: ${match[0]}`);
      for (const match of text.matchAll(LOADED_URL)) found.push(`${file}: ${match[0]}`);
    }
    expect(found).toEqual([]);

    // The workers are started from this origin: the bundle names the built worker files.
    const explorerCode = explorerJs.map((file) => readFileSync(`${WEB_DIST}${file}`, 'utf8')).join('\n');
    for (const worker of workers) expect(explorerCode).toContain(worker);
  });

  it('stays out of the app: none of its code is in the chunks the app loads', () => {
    const manifest = JSON.parse(readFileSync(`${WEB_DIST}.vite/manifest.json`, 'utf8')) as Record<
      string,
      { file: string; src?: string; imports?: string[]; dynamicImports?: string[] }
    >;
    const app = new Set<string>();
    const visit = (key: string) => {
      if (app.has(key)) return;
      app.add(key);
      const chunk = manifest[key];
      [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].forEach(visit);
    };
    visit('index.html');
    expect(app.has('graphiql.html')).toBe(false);
    const appCode = [...app].map((key) => readFileSync(`${WEB_DIST}${manifest[key].file}`, 'utf8')).join('\n');
    // GraphiQL, Monaco and the explorer's own page never reach the app's downloads.
    expect(appCode).not.toMatch(/graphiql-container|monaco-editor|MonacoEnvironment|API explorer/);
  });
});
