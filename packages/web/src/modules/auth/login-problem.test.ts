import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { loginProblemOf } from './login-problem';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no', path: ['login'], extensions }] });

describe('why signing in failed', () => {
  it('tells wrong credentials from throttling, with the wait in whole seconds', () => {
    expect(loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' }))).toEqual({ kind: 'invalid' });
    expect(
      loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 7.2 })),
    ).toEqual({ kind: 'throttled', retryAfterSeconds: 8 });
    expect(loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' }))).toEqual({
      kind: 'throttled',
      retryAfterSeconds: null,
    });
  });

  it('tells a server failure from an unreachable server', () => {
    expect(loginProblemOf(graphQLError({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'server' });
    expect(loginProblemOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
    expect(
      loginProblemOf(new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' })),
    ).toEqual({ kind: 'network' });
  });

  it('tells a reset password, a closed account and an expired one apart, and a refused new password', () => {
    expect(loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'PASSWORD_CHANGE_REQUIRED' }))).toEqual({ kind: 'mustChangePassword' });
    expect(loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' }))).toEqual({ kind: 'accountDeactivated' });
    expect(
      loginProblemOf(graphQLError({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_EXPIRED', params: { expiresAt: '2026-12-20T17:00:00.000Z' } })),
    ).toEqual({ kind: 'accountExpired', expiresAt: '2026-12-20T17:00:00.000Z' });
    expect(loginProblemOf(graphQLError({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'COMMON_PASSWORD' }))).toEqual({
      kind: 'newPasswordRefused',
      reason: 'COMMON_PASSWORD',
    });
  });
});
