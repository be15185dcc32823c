import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { ErrorCode } from '@pj/shared';
import { clientOf, type HttpExchangeParts, type TrustProxy } from '../auth/http-auth.js';
import { securityHeaderValues } from '../http/security-headers.js';
import type { GraphQLContext } from './context.js';
import { MAX_REQUEST_BYTES, unreadableBodyResponse } from './http-errors.js';
import { persistedNotFoundResponse, type TrustedDocuments } from './trusted-documents.js';
import { refuseTooNested } from './limits.js';

/**
 * POST /graphql with a JSON body, served without express.
 *
 * Express's router, body parser and response helpers cost as much CPU as everything else a
 * trivial operation needs: `{ __typename }` takes 0.47 ms of this server's CPU through
 * express and 0.25 ms this way (docs/benchmarks.md, "Floor"). The usual request (POST to
 * `/graphql`, `Content-Type: application/json` in UTF-8, a `Content-Length` of at most 1 MB, no
 * `Content-Encoding`) is read here and handed to Apollo Server's own HTTP entry point
 * (`executeHTTPGraphQLRequest`, which express's integration calls too), with what express
 * gives it: the security headers, trusted documents, sign-in and cookies, the rate limit, and
 * the same error bodies. Every other request (a GET, a chunked, compressed or larger body,
 * another media type or charset) goes to express, which answers it as before, refusals
 * included (413, 415, 400).
 */
export interface GraphQLPostOptions {
  apollo: ApolloServer<GraphQLContext>;
  /** Which proxies' X-Forwarded-* to believe (express's `trust proxy fn`). */
  trust: TrustProxy;
  trustedDocuments: TrustedDocuments;
  /** A request's GraphQL context (sign-in, rate limit), as for requests express reads. */
  context: (exchange: HttpExchangeParts) => Promise<GraphQLContext>;
}

/** `Content-Type: application/json`, with no charset or UTF-8's (what express's JSON parser reads). */
const JSON_UTF8 = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** True when this path serves the request (see the top of the file); false leaves it to express. */
export function servesPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || (req.url !== '/graphql' && !req.url?.startsWith('/graphql?'))) return false;
  const { 'content-type': type, 'content-encoding': encoding, 'content-length': length, 'transfer-encoding': chunked } = req.headers;
  if (typeof type !== 'string' || !JSON_UTF8.test(type)) return false;
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return chunked === undefined && length !== undefined && /^\d{1,8}$/.test(length) && Number(length) <= MAX_REQUEST_BYTES;
}

/** A request handler for the server that answers the requests `servesPost` takes and returns false for the rest. */
export function graphqlPost(options: GraphQLPostOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (!servesPost(req)) return false;
    serve(req, res, options).catch((error: unknown) => {
      // Apollo answers every failure of an operation itself; this is only for a fault here.
      console.error('POST /graphql failed outside Apollo Server', error);
      if (res.headersSent) res.destroy();
      else sendWhole(res, 500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
    });
    return true;
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, { apollo, trust, trustedDocuments, context }: GraphQLPostOptions): Promise<void> {
  const { secure, ip } = clientOf(req, trust);
  const headers: Record<string, string | string[]> = securityHeaderValues({ host: req.headers.host, secure });
  const send = (status: number, body: string) => sendWhole(res, status, { ...headers, 'content-type': 'application/json; charset=utf-8' }, body);
  const bytes = await readBody(req);
  // The client went away before sending its whole body: nobody to answer.
  if (bytes === null) return;
  const parsed = parseJsonBody(bytes);
  if (!parsed.ok) return send(400, unreadableBodyResponse('entity.parse.failed'));
  const resolved = trustedDocuments.resolveBody(parsed.body);
  if ('unknownHash' in resolved) return send(400, persistedNotFoundResponse(resolved.unknownHash));

  const cookies: string[] = [];
  const exchange: HttpExchangeParts = { headers: req.headers, secure, ip, setCookie: (header) => cookies.push(header) };
  const requestHeaders = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) requestHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: requestHeaders, search: req.url!.slice('/graphql'.length), body: parsed.body },
    context: async () => {
      const ctx = await context(exchange);
      const query = (parsed.body as { query?: unknown } | null)?.query;
      trustedDocuments.admit(ctx.user, resolved.byHash, query);
      refuseTooNested(query);
      return ctx;
    },
  });
  for (const [key, value] of response.headers) headers[key] = value;
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  await writeResponse(res, response, headers);
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse, headers: Record<string, string | string[]>): Promise<void> {
  const status = response.status ?? 200;
  if (response.body.kind === 'complete') return sendWhole(res, status, headers, response.body.string);
  // Incremental delivery (multipart), as express's integration writes it.
  res.writeHead(status, headers);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A response whose body is known whole: sent with its length (not chunked). */
function sendWhole(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The whole body (its length was checked against the limit), or null if the client went away first. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    // After 'end' this changes nothing; before it, the request was cut off.
    req.on('close', () => resolve(null));
    req.on('error', () => resolve(null));
  });
}

const WHITESPACE = /^[\x20\x09\x0a\x0d]*/;

/**
 * A JSON body as express's parser (body-parser, strict) reads it: a byte-order mark dropped,
 * an empty body as `{}`, and only an object or an array at the top.
 */
export function parseJsonBody(bytes: Buffer): { ok: true; body: unknown } | { ok: false } {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return { ok: true, body: {} };
  const first = text[WHITESPACE.exec(text)![0].length];
  if (first !== '{' && first !== '[') return { ok: false };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
