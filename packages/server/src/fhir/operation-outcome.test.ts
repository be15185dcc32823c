import { ErrorCode } from '@pj/shared';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { requireUser } from '../auth/auth-checker.js';
import { badInput, DomainError } from '../common/domain-error.js';
import { rateLimited } from '../graphql/rate-limit.js';
import { failureOf } from './operation-outcome.js';

const refusalOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('no refusal');
};

describe('FHIR failures', () => {
  it('give each domain refusal its HTTP status and issue type, with its message and reason', () => {
    const signedOut = failureOf(refusalOf(() => requireUser({ user: null, authProblem: 'INVALID_TOKEN' })));
    expect(signedOut).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', headers: { 'www-authenticate': 'Bearer realm="fhir"' } });
    expect(signedOut.outcome.issue[0]).toMatchObject({ severity: 'error', code: 'login', diagnostics: 'INVALID_TOKEN' });
    expect(failureOf(new DomainError(ErrorCode.FORBIDDEN, 'no', { reason: 'MISSING_PERMISSION' }))).toMatchObject({ status: 403, outcome: { issue: [{ code: 'forbidden' }] } });
    expect(failureOf(badInput('id', '"x" is not a medical record number', 'INVALID_ID'))).toMatchObject({
      status: 400,
      outcome: { issue: [{ code: 'invalid', details: { text: '"x" is not a medical record number' } }] },
    });
  });

  it('say 429 with Retry-After for the rate limit, and 503 when the database cannot be reached', () => {
    expect(failureOf(rateLimited(7))).toMatchObject({ status: 429, headers: { 'retry-after': '7' }, outcome: { issue: [{ code: 'throttled' }] } });
    const unavailable = new GraphQLError('The database is unavailable; try again shortly', { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    expect(failureOf(unavailable)).toMatchObject({ status: 503, outcome: { issue: [{ code: 'transient' }] } });
    expect(failureOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toMatchObject({ status: 503 });
  });

  it('tell a client nothing of an unexpected error (500, no message, no stack)', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = failureOf(new TypeError('Cannot read properties of undefined (reading "mrn")'));
    log.mockRestore();
    expect(failure).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(failure.outcome)).not.toContain('mrn');
    expect(JSON.stringify(failure.outcome)).not.toContain('.ts');
  });
});
