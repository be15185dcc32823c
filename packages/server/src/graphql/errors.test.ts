import { DriverException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conflict, DomainError } from '../common/domain-error.js';
import { ErrorCode } from '@pj/shared';
import { formatError, isDatabaseUnreachable } from './errors.js';

/**
 * The shapes "the database is unreachable" takes by the time it reaches formatError, as
 * observed in tests/scenarios/database-outage.test.ts: pg and knex errors, wrapped by MikroORM
 * (DriverException keeps the message and code but not the name) and by Apollo Server (as a
 * resolver error, or as "Context creation failed" when authentication hit the database).
 */
class KnexTimeoutError extends Error {
  constructor() {
    super('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?');
    this.name = 'KnexTimeoutError';
  }
}

const driverError = (message: string, props: Record<string, unknown> = {}) => Object.assign(new Error(message), props);

const UNREACHABLE: Record<string, Error> = {
  'connection refused': new DriverException(driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' })),
  'knex acquire timeout': new KnexTimeoutError(),
  'knex acquire timeout, wrapped by MikroORM': new DriverException(new KnexTimeoutError()),
  'pg connect timeout': new DriverException(driverError('timeout expired')),
  'host hung up': new DriverException(driverError('Connection terminated unexpectedly')),
  'connection terminated under a query': driverError('select 1 - Connection terminated'),
  'admin shutdown (57P01)': driverError('select pg_sleep(30) - terminating connection due to administrator command', { code: '57P01', severity: 'FATAL' }),
  'starting up (57P03)': driverError('the database system is starting up', { code: '57P03' }),
  'connection reset': driverError('read ECONNRESET', { code: 'ECONNRESET' }),
};

const UNAVAILABLE = { message: 'The database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } };

const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['wards'], originalError: original });
const asContextError = (original: Error) =>
  new GraphQLError(`Context creation failed: ${original.message}`, { originalError: original });
const formattedOf = (error: GraphQLError): GraphQLFormattedError => ({
  message: error.message,
  ...(error.path ? { path: error.path } : {}),
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
});

describe('formatError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [shape, original] of Object.entries(UNREACHABLE)) {
    it(`maps ${shape} to SERVICE_UNAVAILABLE, without the driver's message`, () => {
      expect(isDatabaseUnreachable(original)).toBe(true);
      const inResolver = asResolverError(original);
      expect(formatError(formattedOf(inResolver), inResolver)).toEqual({ ...UNAVAILABLE, path: ['wards'], locations: undefined });
      const inContext = asContextError(original);
      expect(formatError(formattedOf(inContext), inContext)).toEqual({ ...UNAVAILABLE, path: undefined, locations: undefined });
    });
  }

  it('does not take a client\'s input that quotes a driver message for an outage', () => {
    const coercion = new GraphQLError('Variable "$input" got invalid value "Connection terminated"; Int cannot represent a non-integer value');
    const formatted = { message: coercion.message, extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatError(formatted, coercion).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR, with no SQL', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const sqlError = new DriverException(driverError('insert into "patient" … - value too long for type character varying(3)', { code: '22001' }));
    const error = asResolverError(sqlError);
    expect(formatError(formattedOf(error), error)).toEqual({
      message: 'Internal server error',
      path: ['wards'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the code and reason of a domain error carried by a validation rule or a plugin', () => {
    // A query-limit rule's error, as Apollo Server wraps it (ValidationError keeps originalError).
    const domain = new DomainError(ErrorCode.BAD_USER_INPUT, 'too deep', { reason: 'QUERY_TOO_DEEP', params: { depth: 13, max: 12 } });
    const validation = new GraphQLError('too deep', { originalError: domain, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' } }, validation).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      params: { depth: 13, max: 12 },
    });
    const fromPlugin = new GraphQLError('reused', { originalError: conflict('IDEMPOTENCY_KEY_REUSED', 'reused') });
    expect(formatError({ message: 'reused' }, fromPlugin).extensions).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('calls Apollo Server\'s uncoded refusals of a malformed request BAD_REQUEST (found by the bad-input property test)', () => {
    // An automatic persisted query whose hash does not match: HTTP 400, but no code.
    const apq = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400, headers: new Map() } } });
    expect(formatError({ message: apq.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, apq)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
      locations: undefined,
      path: undefined,
    });
  });

  it('keeps a request error\'s reason and shortens a message that quotes a huge input', () => {
    const message = `Variable "$input" got invalid value "${'x'.repeat(100_000)}"`;
    const formatted = formatError({ message, extensions: { code: 'BAD_USER_INPUT', reason: 'SOMETHING', field: 'x' } }, new GraphQLError(message));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'SOMETHING' });
    expect(formatted.message.length).toBeLessThanOrEqual(1001);
  });
});
