import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ConnectionException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { ErrorCode } from '@pj/shared';
import { DomainError } from '../common/domain-error.js';

/** Codes Apollo Server itself assigns to bad requests; these pass through unchanged. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Raised by request plugins (e.g. introspection without signing in, in production).
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** Request errors quote the client's own input; a 100 kB value need not come back whole. */
const MAX_REQUEST_ERROR_MESSAGE = 1000;

/** Node's socket errors and PostgreSQL's connection (08…) and shutdown (57P0…) states. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * What the pg driver and knex say when the server is gone, once MikroORM has wrapped them (a
 * DriverException keeps the message, prefixed by the SQL, but loses the name and has no code):
 * the pool's acquire timeout (KnexTimeoutError), pg's connect timeout ("timeout expired"), a
 * host that hangs up ("Connection terminated unexpectedly"); and the read pool's own wait for a
 * connection (persistence/prepared.ts: "timeout exceeded when trying to connect"). Observed in database-outage.test.ts.
 * When PostgreSQL dies mid-transaction (database-crash.test.ts): the backends' own farewells,
 * and knex's refusal of the transaction's next statement once the lost connection ended it
 * ("Transaction query already complete").
 */
const UNREACHABLE_MESSAGE =
  /Timeout acquiring a connection|Connection terminated|connection timeout|timeout expired|Connection ended unexpectedly|Client has encountered a connection error|terminating connection due to (?:administrator command|unexpected postmaster exit)|terminating connection because of crash|server closed the connection unexpectedly|the database system is (?:shutting down|starting up|in recovery)|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|Transaction query already complete/i;

/**
 * Apollo Server's own refusals of a malformed request that set an HTTP 4xx but no code (an
 * automatic persisted query whose hash does not match its query, or of an unknown version).
 */
function isUncodedRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error.originalError || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The error and what it wraps: GraphQL's `originalError`, `cause`. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    const { originalError, cause } = current as { originalError?: unknown; cause?: unknown };
    current = originalError ?? cause;
  }
  return chain;
}

function isUnreachable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (name === 'KnexTimeoutError') return true;
  // Only the driver's own messages: a GraphQL error's message may quote the client's input.
  return !(error instanceof GraphQLError) && typeof message === 'string' && UNREACHABLE_MESSAGE.test(message);
}

/**
 * PostgreSQL's insufficient-resources states that mean its disk is full: disk_full (53100) —
 * a table, index or temporary file could not grow ("could not extend file …: No space left on
 * device"). The statement (and its transaction) failed, nothing of it was kept, and reads go on.
 */
const STORAGE_FULL_CODES = new Set(['53100']);
const STORAGE_FULL_MESSAGE = /No space left on device/;

function isStorageFull(error: unknown): boolean {
  const { code, sqlState, message } = error as { code?: unknown; sqlState?: unknown; message?: unknown };
  if ((typeof code === 'string' && STORAGE_FULL_CODES.has(code)) || (typeof sqlState === 'string' && STORAGE_FULL_CODES.has(sqlState))) return true;
  // Only the driver's own messages: a GraphQL error's message may quote the client's input.
  return !(error instanceof GraphQLError) && typeof message === 'string' && STORAGE_FULL_MESSAGE.test(message);
}

/** True when the error (or anything it wraps) says the database's disk is full. */
export function isDatabaseStorageFull(error: unknown): boolean {
  return errorChain(error).some(isStorageFull);
}

/** True when the error (or anything it wraps) says the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return errorChain(error).some(isUnreachable);
}

/**
 * The one place where errors become what a client sees: a domain error keeps its code,
 * reason and field; known database outcomes get their domain meaning; anything else is an
 * INTERNAL_SERVER_ERROR with no stack, SQL or message from inside, and is logged here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const chain = errorChain(unwrapResolverError(error));
  const base = { locations: formatted.locations, path: formatted.path };

  // Thrown by services, and carried by query-limit validation errors and plugin errors.
  const domain = chain.find((e): e is DomainError => e instanceof DomainError);
  if (domain) {
    return {
      ...base,
      message: domain.message,
      extensions: { code: domain.code, ...domain.details },
    };
  }
  if (chain.some((e) => e instanceof OptimisticLockError)) {
    return {
      ...base,
      message: 'Someone else changed this record at the same moment, so nothing was saved; try again',
      extensions: { code: ErrorCode.CONFLICT, reason: 'CONCURRENT_CHANGE' },
    };
  }
  if (chain.some((e) => e instanceof UniqueConstraintViolationException)) {
    return {
      ...base,
      message: 'This conflicts with a record that already exists',
      extensions: { code: ErrorCode.CONFLICT, reason: 'DUPLICATE' },
    };
  }
  const code = isUncodedRequestError(error) ? 'BAD_REQUEST' : formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const reason = formatted.extensions?.reason;
    const message =
      formatted.message.length > MAX_REQUEST_ERROR_MESSAGE
        ? `${formatted.message.slice(0, MAX_REQUEST_ERROR_MESSAGE)}…`
        : formatted.message;
    return { ...base, message, extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) } };
  }
  if (chain.some(isStorageFull)) {
    console.error('The database disk is full: a write was refused', unwrapResolverError(error));
    return {
      ...base,
      message: 'The database disk is full, so nothing was saved; reading still works. Tell the administrator to free space on the server, then try again',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'STORAGE_FULL' },
    };
  }
  if (chain.some(isUnreachable)) {
    return {
      ...base,
      message: 'The database is unavailable; try again shortly',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  console.error('Unexpected error', unwrapResolverError(error));
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
