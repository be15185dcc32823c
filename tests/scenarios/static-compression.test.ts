import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../packages/server/src/http/static-files.js';
import { ROUTES } from '../../scripts/web-bundle-report.mjs';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
const BROWSER = 'gzip, deflate, br, zstd';

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  imports?: string[];
  css?: string[];
}

/** The files a browser fetches for a cold visit of `route`: the shell's entry, the route's page and data layer, what they import, and their CSS. */
function coldPageFiles(route: keyof typeof ROUTES): string[] {
  const manifest = JSON.parse(readFileSync(`${WEB_DIST}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
  const chunkOf = (key: string) =>
    manifest[key] ??
    Object.values(manifest).find((chunk) => chunk.src === key) ??
    Object.entries(manifest).find(([k, chunk]) => k.startsWith('_') && chunk.name === key.replace(/^.*\/|\.tsx?$/g, ''))?.[1];
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunkOf(key);
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.css ?? []).forEach((file) => files.add(file));
    (chunk.imports ?? []).forEach(visit);
  };
  ['index.html', ...ROUTES[route]].forEach(visit);
  return [...files];
}

describe('static files: compressed at build time, sent as the browser accepts, hashed ones cached for good', () => {
  let db: TestDatabase;
  let api: HttpApp;

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}.vite/manifest.json`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    api = await startHttpApp(db, { webDist: WEB_DIST, production: true });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0').has('br')).toBe(false);
    expect(acceptedEncodings('GZIP').has('gzip')).toBe(true);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });

  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, the file itself otherwise; the same bytes each time', async () => {
    const file = coldPageFiles('/patients/:id').find((f) => f.endsWith('.js') && readFileSync(`${WEB_DIST}${f}`).length > 10_000)!;
    const original = readFileSync(`${WEB_DIST}${file}`, 'utf8');
    for (const [accept, encoding] of [
      [BROWSER, 'br'],
      ['gzip, deflate', 'gzip'],
      ['identity', null],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const response = await fetch(`${api.url}/${file}`, { headers: { 'accept-encoding': accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const sent = Number(response.headers.get('content-length'));
      if (encoding) expect(sent).toBeLessThan(original.length / 2);
      else expect(sent).toBe(Buffer.byteLength(original));
      // fetch decodes what the server encoded: the script the browser runs is the built one.
      expect(await response.text()).toBe(original);
    }
    // A HEAD request is answered as its GET.
    const head = await fetch(`${api.url}/${file}`, { method: 'HEAD', headers: { 'accept-encoding': BROWSER } });
    expect(head.headers.get('content-encoding')).toBe('br');
  });

  it('stylesheets too; the HTML shell is never cached', async () => {
    const css = coldPageFiles('/patients/:id').find((f) => f.endsWith('.css'))!;
    const styles = await fetch(`${api.url}/${css}`, { headers: { 'accept-encoding': BROWSER } });
    expect(styles.headers.get('content-encoding')).toBe('br');
    expect(styles.headers.get('content-type')).toMatch(/^text\/css/);
    const shell = await fetch(`${api.url}/patients`, { headers: { accept: 'text/html', 'accept-encoding': BROWSER } });
    expect(shell.headers.get('cache-control')).toBe('no-store');
  });

  it('a cold visit of the patient page transfers a fraction of its files’ size', async () => {
    const files = coldPageFiles('/patients/:id');
    let raw = 0;
    let sent = 0;
    for (const file of files) {
      const response = await fetch(`${api.url}/${file}`, { headers: { 'accept-encoding': BROWSER } });
      expect(response.status, file).toBe(200);
      await response.arrayBuffer();
      raw += readFileSync(`${WEB_DIST}${file}`).length;
      sent += Number(response.headers.get('content-length'));
    }
    console.log(`cold patient page: ${files.length} files, ${(raw / 1024).toFixed(1)} KB as built, ${(sent / 1024).toFixed(1)} KB sent (brotli)`);
    expect(files.length).toBeGreaterThan(5);
    expect(sent).toBeLessThan(raw * 0.35);
  });
});
