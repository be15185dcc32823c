import { ErrorCode, type Permission } from '@pj/shared';
import type { AuthChecker } from 'type-graphql';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { AuthUser } from './auth-user.js';

const PROBLEM_MESSAGES = {
  SESSION_EXPIRED: 'Your session has expired; please sign in again',
  SESSION_IDLE: 'Your session ended after a time without use; please sign in again',
  SESSION_LOCKED: 'The screen is locked; unlock it with your password',
  INVALID_TOKEN: 'The API token is not valid or was revoked',
  ACCOUNT_DEACTIVATED: 'This account was deactivated; ask an administrator',
  ACCOUNT_EXPIRED: 'This account has expired; ask an administrator',
} as const;

/** The signed-in user, or UNAUTHENTICATED saying why there is none. */
export function requireUser(context: Pick<GraphQLContext, 'user' | 'authProblem'>): AuthUser {
  if (context.user) return context.user;
  const problem = context.authProblem;
  throw new DomainError(ErrorCode.UNAUTHENTICATED, problem ? PROBLEM_MESSAGES[problem] : 'Please sign in', {
    reason: problem ?? 'NOT_SIGNED_IN',
  });
}

/** Signed in, and holding every permission named: UNAUTHENTICATED or FORBIDDEN otherwise. */
export function checkPermissions(context: Pick<GraphQLContext, 'user' | 'authProblem'>, permissions: readonly Permission[]): void {
  const user = requireUser(context);
  const missing = permissions.filter((permission) => !user.permissions.has(permission));
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.FORBIDDEN, `Your role does not allow this (needs ${missing.join(', ')})`, {
      reason: 'MISSING_PERMISSION',
    });
  }
}

/**
 * type-graphql's check for `@Authorized(...permissions)`: signed in, and holding every
 * permission named (`@Authorized()` alone: signed in). Every root field carries one; a test
 * walks the schema to prove it. Property fields run the same check without type-graphql's
 * middleware chain (graphql/schema.ts).
 */
export const authChecker: AuthChecker<GraphQLContext, Permission> = ({ context }, permissions) => {
  checkPermissions(context, permissions);
  return true;
};
