import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Request, Response } from 'express';
import proxyAddr from 'proxy-addr';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@pj/shared';
import { GraphQLError } from 'graphql';
import { isDatabaseUnreachable } from '../graphql/errors.js';
import type { Clock } from '../common/clock.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { authenticate, DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth.service.js';

export const SESSION_COOKIE = 'pj_session';
/**
 * The session cookie's name over HTTPS: the `__Host-` prefix makes the browser keep it only if it
 * is Secure, has Path=/ and no Domain, so neither plain HTTP nor another host can set or replace it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** A cookie of a request (an HTTP request, or the upgrade request of a WebSocket: live/subscriptions.ts). */
export function cookie(req: Pick<Request, 'headers'>, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      const raw = value.join('=');
      // A malformed %-escape (`pj_session=%`) threw URIError and failed the request as
      // INTERNAL_SERVER_ERROR; such a cookie is no session of ours, so it is looked up as it
      // is and finds none (the request is anonymous).
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

/** The token of an `Authorization: Bearer <token>` value (a header, or a socket's `connectionParams.authorization`). */
export function bearerToken(authorization: unknown): string | null {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1] ?? null;
}

/** Which proxies to believe: express's compiled `trust proxy` setting (`app.get('trust proxy fn')`). */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Express's `req.secure` and `req.ip`, for a request express does not see (a WebSocket's upgrade
 * request, live/subscriptions.ts), with the same `trust` express was given: the socket's own
 * TLS and address, or what a trusted proxy's X-Forwarded-Proto and X-Forwarded-For say.
 */
export function clientOf(req: IncomingMessage, trust: TrustProxy): { secure: boolean; ip: string | null } {
  const direct = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const forwarded = req.headers['x-forwarded-proto'];
  const header = trust(req.socket.remoteAddress ?? '', 0) && typeof forwarded === 'string' ? forwarded : direct;
  return { secure: header.split(',')[0].trim() === 'https', ip: proxyAddr(req, trust) ?? null };
}

/**
 * What signing a request in needs of its HTTP exchange, whichever server read it: express
 * (`expressExchange`), or the POST /graphql path that goes without it (graphql/graphql-post.ts).
 */
export interface HttpExchangeParts {
  headers: IncomingHttpHeaders;
  /** HTTPS, directly or by a trusted proxy's X-Forwarded-Proto (express's `req.secure`). */
  secure: boolean;
  /** The client's address, through trusted proxies (express's `req.ip`). */
  ip: string | null;
  /** Adds one `Set-Cookie` header to the response. */
  setCookie(header: string): void;
}

/** The exchange of a request express read. */
export function expressExchange(req: Request, res: Response): HttpExchangeParts {
  return { headers: req.headers, secure: req.secure, ip: req.ip ?? null, setCookie: (header) => res.append('Set-Cookie', header) };
}

/**
 * The session cookie's `Set-Cookie` value, as express's `res.cookie` writes it (the value
 * URI-encoded; attributes in the `cookie` package's order). An empty value that expired in
 * 1970 clears it, as `res.clearCookie` does.
 */
export function sessionCookieHeader(name: string, value: string, { expires, secure }: { expires: Date; secure: boolean }): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; Expires=${expires.toUTCString()}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Strict`;
}

/**
 * The GraphQL context of one HTTP request: who sent it (bearer token or session cookie) and
 * the cookie controls login and logout need. The cookie is httpOnly (no script can read it) and
 * SameSite=Strict (no other site's page or link sends it: the app asks for its data from its own
 * pages). Over HTTPS (directly, or a trusted proxy's X-Forwarded-Proto) it is `__Host-pj_session`
 * and Secure, and only that name is read.
 */
export async function contextFromHttp(
  rootEm: EntityManager,
  clock: Clock,
  exchange: HttpExchangeParts,
  sessionPolicy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<GraphQLContext> {
  // Sessions expire in real time, whatever clock the domain runs on (tests simulate days).
  const { secure } = exchange;
  const cookieName = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const auth = await authenticate(() => rootEm.fork(), { sessionToken: cookie(exchange, cookieName), bearerToken: bearerToken(exchange.headers.authorization) }, new Date(), sessionPolicy).catch(
    (error: unknown) => {
      // No database, no way to know who this is: say so with 503, as /readyz does.
      if (!isDatabaseUnreachable(error)) throw error;
      throw new GraphQLError('The database is unavailable; try again shortly', {
        originalError: error instanceof Error ? error : undefined,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
      });
    },
  );
  return createContext(rootEm, clock, auth, {
    setSessionCookie: (token, expiresAt) => exchange.setCookie(sessionCookieHeader(cookieName, token, { expires: expiresAt, secure })),
    clearSessionCookie: () => exchange.setCookie(sessionCookieHeader(cookieName, '', { expires: new Date(1), secure })),
    ip: exchange.ip,
    userAgent: exchange.headers['user-agent'] ?? null,
  }, sessionPolicy);
}
