/** The `extensions.code` values a client can receive. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many requests from one user, API token or address: wait `retryAfterSeconds` (HTTP 429, `Retry-After`). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A persisted document's hash the server does not know; send the full query instead, or a hash from the web app's manifest. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
