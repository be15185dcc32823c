import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { codeOf, reasonOf } from '../../app/graphql-errors';

/** Why signing in did not work, as the sign-in page explains it. */
export type LoginProblem =
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number | null }
  | { kind: 'network' }
  | { kind: 'server' }
  /** An administrator set a temporary password: choose a new one to sign in. */
  | { kind: 'mustChangePassword' }
  /** The new password chosen breaks a rule (`reason`: PASSWORD_TOO_SHORT, COMMON_PASSWORD, SAME_PASSWORD…). */
  | { kind: 'newPasswordRefused'; reason: string }
  | { kind: 'accountDeactivated' }
  | { kind: 'accountExpired'; expiresAt: string | null };

export function loginProblemOf(error: unknown): LoginProblem {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'network' };
  const badNewPassword = error.errors.find((e) => codeOf(e) === 'BAD_USER_INPUT' && e.extensions?.['field'] === 'newPassword');
  if (badNewPassword) return { kind: 'newPasswordRefused', reason: reasonOf(badNewPassword) ?? 'INVALID' };
  const auth = error.errors.find((e) => codeOf(e) === 'UNAUTHENTICATED');
  if (!auth) return { kind: 'server' };
  const reason = reasonOf(auth);
  if (reason === 'PASSWORD_CHANGE_REQUIRED') return { kind: 'mustChangePassword' };
  if (reason === 'ACCOUNT_DEACTIVATED') return { kind: 'accountDeactivated' };
  if (reason === 'ACCOUNT_EXPIRED') {
    const expiresAt = (auth.extensions?.['params'] as { expiresAt?: unknown } | undefined)?.expiresAt;
    return { kind: 'accountExpired', expiresAt: typeof expiresAt === 'string' ? expiresAt : null };
  }
  if (reasonOf(auth) === 'TOO_MANY_ATTEMPTS') {
    const seconds = auth.extensions?.['retryAfterSeconds'];
    return {
      kind: 'throttled',
      retryAfterSeconds: typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null,
    };
  }
  return { kind: 'invalid' };
}
