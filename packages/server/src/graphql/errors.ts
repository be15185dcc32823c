import type { GraphQLFormattedError } from 'graphql';
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
]);

function isConnectionFailure(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03'].includes(code);
}

/**
 * The one place where errors become what a client sees: a domain error keeps its code,
 * reason and field; known database outcomes get their domain meaning; anything else is an
 * INTERNAL_SERVER_ERROR with no stack, SQL or message from inside, and is logged here.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: 'The record was changed by someone else; reload it and try again',
      extensions: { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'This conflicts with a record that already exists',
      extensions: { code: ErrorCode.CONFLICT, reason: 'DUPLICATE' },
    };
  }
  if (isConnectionFailure(original)) {
    return {
      ...base,
      message: 'The database is unavailable; try again shortly',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  console.error('Unexpected error', original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
