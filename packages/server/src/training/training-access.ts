import { ErrorCode, Permission } from '@pj/shared';
import { requireUser } from '../auth/auth-checker.js';
import { DomainError } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { fromGlobalId, isUuid, keyOf } from '../graphql/relay.js';

type AccessContext = Pick<GraphQLContext, 'em' | 'user' | 'authProblem'>;

/**
 * The signed-in user's own staff record (`app_user.staff_member_id`, read with the account at
 * sign-in resolution: `AuthUser.staffMemberId`), or null when the account names none.
 */
export function ownStaffMemberId(ctx: AccessContext): Promise<string | null> {
  return Promise.resolve(requireUser(ctx).staffMemberId ?? null);
}

export const notOwn = (what: string): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, `Your role does not allow this (only for your own ${what}, or with ${Permission.READ_TRAINING})`, {
    reason: 'MISSING_PERMISSION',
  });

/**
 * The staff member a request may act on: anyone's with `permission`, otherwise only the
 * user's own (FORBIDDEN for anyone else, before the ID is even read, so a role without the
 * permission learns nothing of other IDs).
 */
export async function ownOrPermitted(ctx: AccessContext, staffId: string, permission: Permission, what: string): Promise<string> {
  const user = requireUser(ctx);
  if (user.permissions.has(permission)) return keyOf(staffId, 'StaffMember', 'staffId');
  const own = await ownStaffMemberId(ctx);
  const parsed = fromGlobalId(staffId);
  const key = parsed?.type === 'StaffMember' && isUuid(parsed.key) ? parsed.key.toLowerCase() : null;
  if (!own || key !== own) throw notOwn(what);
  return own;
}

/** True when the user holds `permission` or `staffMemberId` is their own staff record. */
export async function mayActOn(ctx: AccessContext, staffMemberId: string, permission: Permission): Promise<boolean> {
  const user = requireUser(ctx);
  return user.permissions.has(permission) || (await ownStaffMemberId(ctx)) === staffMemberId;
}
