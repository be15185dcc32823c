import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { codeOf, reasonOf } from '../../app/graphql-errors';

/** Why signing in did not work, as the sign-in page explains it. */
export type LoginProblem =
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number | null }
  | { kind: 'network' }
  | { kind: 'server' };

export function loginProblemOf(error: unknown): LoginProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'network' };
  const auth = error.errors.find((e) => codeOf(e) === 'UNAUTHENTICATED');
  if (!auth) return { kind: 'server' };
  if (reasonOf(auth) === 'TOO_MANY_ATTEMPTS') {
    const seconds = auth.extensions?.['retryAfterSeconds'];
    return {
      kind: 'throttled',
      retryAfterSeconds: typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null,
    };
  }
  return { kind: 'invalid' };
}
