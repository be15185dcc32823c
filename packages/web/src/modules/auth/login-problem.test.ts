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
});
