import { existsSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import express, { type RequestHandler } from 'express';

/** The compressed copies the web build writes beside its files, best first (packages/web/build/compress.ts). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Content types of the files that have compressed copies (express would name the `.br` file's type otherwise). */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** The encodings a request accepts, from its Accept-Encoding (q=0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * The built web app's static files. The hashed files under `assets/` are cached for a year
 * (`immutable`: their names change with their content); the few others (icons) for an hour.
 * A file with compressed copies is sent as brotli or gzip when the browser accepts it, with
 * `Vary: Accept-Encoding` so a cache keeps each encoding apart. HTML pages are not served here
 * (they get a nonce each time, and `no-store`).
 */
export function staticFiles(webDist: string): RequestHandler {
  const root = resolve(webDist);
  const assets = resolve(webDist, 'assets') + sep;
  const serve = express.static(root, {
    index: false,
    setHeaders: (res, path) =>
      res.setHeader('cache-control', path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600'),
  });
  // Which files have which copies, asked of the disk once per file.
  const copies = new Map<string, string[]>();
  const copiesOf = (file: string): string[] => {
    let found = copies.get(file);
    if (!found) {
      found = ENCODINGS.filter((e) => existsSync(file + e.suffix)).map((e) => e.name);
      copies.set(file, found);
    }
    return found;
  };

  return (req, res, next): void => {
    const send = (): void => {
      void serve(req, res, next);
    };
    if (req.path.endsWith('.html')) {
      next();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send();
    const type = TYPES[extname(req.path)];
    if (!type) return send();
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return send();
    }
    if (!file.startsWith(root + sep)) return send();
    const available = copiesOf(file);
    if (available.length === 0) return send();
    res.vary('Accept-Encoding');
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const encoding = ENCODINGS.find((e) => available.includes(e.name) && accepted.has(e.name));
    if (!encoding) return send();
    res.setHeader('content-type', type);
    res.setHeader('content-encoding', encoding.name);
    const query = req.url.slice(req.path.length);
    req.url = `${req.path}${encoding.suffix}${query}`;
    return send();
  };
}
