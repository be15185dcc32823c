import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Request, RequestHandler, Response } from 'express';

/**
 * The browser security policy of every response (issue: safe on shared ward computers).
 *
 * - `Content-Security-Policy`: scripts, styles, images, fonts, workers and connections only from
 *   this server (and its own WebSocket), no inline script, no `eval`, no plugins, no `<base>`,
 *   forms post only here, and no other site may frame the app. The one inline thing the app needs
 *   is Mantine's `<style>` tags (theme CSS variables, responsive style props): the HTML pages carry
 *   a fresh nonce per response (`PAGE_NONCE_PLACEHOLDER` in the build, see vite.config.ts), which
 *   Mantine puts on every `<style>` it adds (`getStyleNonce`). No `'unsafe-inline'`.
 * - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (a patient's URL never
 *   leaves the hospital in a Referer), a `Permissions-Policy` that turns off every powerful
 *   feature, `X-Frame-Options: DENY` for browsers that predate `frame-ancestors`,
 *   `Cross-Origin-Opener-Policy` and `Cross-Origin-Resource-Policy: same-origin`.
 * - `Strict-Transport-Security` only on HTTPS (directly, or a trusted proxy's
 *   `X-Forwarded-Proto: https`): over plain HTTP a browser ignores it anyway.
 * - `Cache-Control: no-store` unless a route says otherwise: API responses and the HTML pages
 *   carry patient data or lead to it, and a shared computer's cache (or back button after signing
 *   out) must not show them to the next person. Only the hashed static files are cacheable.
 */

/** The text the built HTML pages carry where each response's nonce goes. */
export const PAGE_NONCE_PLACEHOLDER = 'PJ_CSP_NONCE';

/** A page of the web build, each with its own policy. */
export type HtmlPage = 'app' | 'explorer';

/**
 * Powerful browser features, all turned off: nothing in the app uses them. Only names browsers
 * know: an unknown one (`bluetooth`) makes Chromium log a warning on every page.
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ');

/** One year, the value browsers' preload lists expect; subdomains are left to their own servers. */
export const HSTS = 'max-age=31536000';

/** A Host header that can be written into a policy as it is: a name or address and a port. */
const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * This server's own WebSocket origin, for `connect-src` (`'self'` covers `ws:`/`wss:` only in
 * CSP level 3 browsers). A Host header that is not a plain host name adds nothing.
 */
function ownWebSocket({ host = '', secure }: RequestOrigin): string[] {
  if (!PLAIN_HOST.test(host)) return [];
  return [`${secure ? 'wss' : 'ws'}://${host.toLowerCase()}`];
}

/** Where a request was sent: its Host header, and whether over HTTPS (express's `req.secure`). */
export interface RequestOrigin {
  host: string | undefined;
  secure: boolean;
}

const originOf = (req: Request): RequestOrigin => ({ host: req.headers.host, secure: req.secure });

/** The Content-Security-Policy of a response; `nonce` only on the HTML pages that carry it. */
export function contentSecurityPolicy(origin: RequestOrigin, { page, nonce }: { page?: HtmlPage; nonce?: string } = {}): string {
  const styleNonce = nonce ? [`'nonce-${nonce}'`] : [];
  const explorer = page === 'explorer';
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...styleNonce],
    // The explorer's editor (Monaco) lays out each line with a `style=""` attribute in the HTML it
    // writes; attributes can neither run script nor hold selectors, and load only what img-src
    // and font-src allow. The app itself sets styles only through the DOM, which CSP allows.
    ...(explorer ? [['style-src-attr', "'unsafe-inline'"] as [string, ...string[]]] : []),
    // GraphiQL's stylesheet carries its fonts and icons as data: URLs; the app's are files.
    ['img-src', "'self'", ...(explorer ? ['data:'] : [])],
    ['font-src', "'self'", ...(explorer ? ['data:'] : [])],
    ['connect-src', "'self'", ...ownWebSocket(origin)],
    // Monaco's language workers, bundled next to the explorer page.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'none'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The headers every response carries (see the top of this file), by header name. */
export function securityHeaderValues(origin: RequestOrigin): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(origin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
    ...(origin.secure ? { 'strict-transport-security': HSTS } : {}),
  };
}

/** Express middleware setting `securityHeaderValues` on every response, before any route. */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.set(securityHeaderValues(originOf(req)));
    next();
  };
}

/** A fresh nonce: 128 random bits, as CSP asks. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Sends a built HTML page with a fresh nonce in its policy and in the page (Vite's
 * `<meta property="csp-nonce">`, read by the app for Mantine's `<style>` tags), never cached.
 * A page rebuilt while the server runs is served as rebuilt.
 */
export async function sendHtmlPage(req: Request, res: Response, file: string, page: HtmlPage): Promise<void> {
  const html = await readFile(file, 'utf8');
  const nonce = newNonce();
  res.set({
    'content-security-policy': contentSecurityPolicy(originOf(req), { page, nonce }),
    'cache-control': 'no-store',
    'content-type': 'text/html; charset=utf-8',
  });
  res.send(html.replaceAll(PAGE_NONCE_PLACEHOLDER, nonce));
}
