import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, RequestHandler } from 'express';
import { sendHtmlPage } from '../http/security-headers.js';

/** The API explorer page of the web build (packages/web/graphiql.html). */
export const EXPLORER_PAGE = 'graphiql.html';

/**
 * A browser opening `/graphql`: asks for HTML and sends no GraphQL operation. Everything else —
 * GraphQL-over-HTTP GET queries (`?query=…`, persisted queries via `?extensions=…`), clients
 * accepting only JSON or anything (curl's default) — is a GraphQL request and goes on to Apollo unchanged.
 */
export function isBrowserPageRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const params = req.query as Record<string, unknown>;
  if (params.query !== undefined || params.extensions !== undefined) return false;
  return (req.get('accept') ?? '').toLowerCase().includes('text/html');
}

/**
 * GET /graphql from a browser: the explorer page from the web build, or — when there is no web
 * build — a 404 that says so. Other requests pass through to GraphQL.
 */
export function explorerPage(webDist: string | null): RequestHandler {
  const page = webDist ? join(webDist, EXPLORER_PAGE) : null;
  return (req, res, next) => {
    if (!isBrowserPageRequest(req)) {
      next();
      return;
    }
    res.vary('Accept');
    if (page && existsSync(page)) {
      // Everything the explorer loads comes from this server: its scripts, styles, fonts and
      // Monaco's workers; its policy (http/security-headers.ts) refuses anything else, a CDN included.
      sendHtmlPage(req, res, page, 'explorer').catch(next);
      return;
    }
    res
      .status(404)
      .type('text/plain')
      .send(
        'The API explorer is part of the web build, which this server does not have ' +
          '(build packages/web, or set WEB_DIST to its dist directory).\n' +
          'GraphQL itself works here: POST /graphql with a JSON body, or GET /graphql?query=…\n',
      );
  };
}
