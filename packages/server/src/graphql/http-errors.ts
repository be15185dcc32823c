import type { ErrorRequestHandler } from 'express';

/** The largest request body `/graphql` reads. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** The GraphQL-over-HTTP error body for a request body that could not be read (`type`: body-parser's error type). */
export function unreadableBodyResponse(type: string): string {
  const message =
    type === 'entity.too.large'
      ? `The request is larger than ${MAX_REQUEST_BYTES / (1024 * 1024)} MB`
      : type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : 'The request could not be read';
  const reason = type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'UNREADABLE_BODY';
  return JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST', reason } }] });
}

/**
 * Errors raised before GraphQL sees a request (by the body parser: too large, not JSON, bad
 * charset) answered as a GraphQL-over-HTTP error body rather than Express's HTML page, with the
 * parser's status (413, 400, 415). Anything else goes on to Express's handler.
 */
export const requestErrorHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (res.headersSent || typeof status !== 'number' || status < 400 || status >= 500) {
    next(error);
    return;
  }
  res
    .status(status)
    .type('application/json')
    .send(unreadableBodyResponse(String(type)));
};
