import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, Role } from '@pj/shared';
import { badInput, DomainError, notFound } from '../common/domain-error.js';
import { inTransaction, lockRow } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import type { Page, PageArgs } from '../graphql/relay.js';
import type { AuthUser } from './auth-user.js';
import { forgetTokensOf, revokeTokenOf } from './auth.service.js';
import { hashPassword } from './password.js';
import { checkNewPassword, isCommonPassword } from './password-rules.js';
import { ApiToken, User } from './user.entity.js';

/**
 * Accounts kept by administrators (MANAGE_USERS): create, change roles, name and expiry,
 * deactivate and reactivate, reset a password. Each change is one transaction whose audit entry
 * names the account (`target`) and what changed (`detail`, never a password).
 */

/** What an account change returns: the account, a generated password (shown once), and what changed for the audit trail. */
export interface AccountChange {
  user: User;
  temporaryPassword: string | null;
  /** Written into the audit entry's `detail`; not served. */
  auditDetail: string;
}

/** Newest accounts first. Cursors hold only the creation time and the id, never a name. */
export const USER_LIST = new Keyset<User>(
  [
    { sql: 'u.created_at', type: 'instant', of: (u) => u.createdAt.toISOString() },
    { sql: 'u.id', type: 'uuid', of: (u) => u.id },
  ],
  'desc',
);

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Accounts whose username or name contains `search` (any case), newest first. */
export function listUsers(em: EntityManager, search: string | null | undefined, paging: PageArgs): Promise<Page<User>> {
  const text = optionalText('search', search, 100);
  const where = text ? { $or: [{ username: { $ilike: likePattern(text) } }, { displayName: { $ilike: likePattern(text) } }] } : {};
  return readKeysetPage(em, User, 'u', where, USER_LIST, paging);
}

/** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password of four groups of four (e.g. `k7mp-2xqa-9hte-w4rc`): 80 bits, read out easily. */
export function generateTemporaryPassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''));
    const password = groups.join('-');
    if (!isCommonPassword(password)) return password;
  }
}

function checkRoles(roles: readonly Role[] | null | undefined): Role[] {
  const unique = [...new Set(roles ?? [])];
  if (unique.length === 0) throw badInput('roles', 'An account needs at least one role', 'REQUIRED');
  return unique;
}

function checkExpiry(expiresAt: Date | null, now: Date): Date | null {
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The expiry must be in the future; deactivate the account to stop it now', {
      field: 'expiresOn',
      reason: 'EXPIRY_IN_PAST',
    });
  }
  return expiresAt;
}

const describeExpiry = (at: Date | null): string => (at ? at.toISOString() : 'never');

async function loadUser(tx: EntityManager, userId: string): Promise<User> {
  await lockRow(tx, 'app_user', userId);
  const user = await tx.findOne(User, { id: userId });
  if (!user) throw notFound('User', userId);
  return user;
}

/** An administrator may not lock themselves out: not deactivate their own account nor take their own ADMINISTRATOR role. */
function notOwnLockout(actor: AuthUser, user: User, what: 'deactivate' | 'roles', roles?: Role[]): void {
  if (actor.id !== user.id) return;
  if (what === 'deactivate' || (roles && !roles.includes(Role.ADMINISTRATOR))) {
    throw new DomainError(ErrorCode.CONFLICT, 'You cannot lock yourself out; another administrator must do this', {
      reason: 'OWN_ACCOUNT_LOCKOUT',
    });
  }
}

export interface NewAccountInput {
  username: string;
  displayName: string;
  roles: Role[];
  expiresAt?: Date | null;
  /** Typed by the administrator; generated (and returned once) when absent. */
  temporaryPassword?: string | null;
}

/** A new account with a temporary password that must be replaced at the first sign-in. */
export async function createAccount(em: EntityManager, input: NewAccountInput, now: Date): Promise<AccountChange> {
  const username = requiredText('username', input.username, 50).toLowerCase();
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) {
    throw badInput('username', 'Usernames use 3–50 letters, digits, dots, dashes or underscores', 'INVALID_USERNAME');
  }
  const displayName = requiredText('displayName', input.displayName, 100);
  const roles = checkRoles(input.roles);
  const expiresAt = checkExpiry(input.expiresAt ?? null, now);
  const typed = input.temporaryPassword ? input.temporaryPassword : null;
  if (typed !== null) checkNewPassword(typed, { username, displayName }, 'temporaryPassword');
  const password = typed ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(
    em,
    async (tx) => {
      const user = tx.create(User, { username, displayName, roles, passwordHash, expiresAt, mustChangePassword: true, createdAt: now });
      await tx.flush();
      return {
        user,
        temporaryPassword: typed === null ? password : null,
        auditDetail: `created ${username}; roles: ${roles.join(', ')}; expires: ${describeExpiry(expiresAt)}`,
      };
    },
    {
      app_user_username_unique: () =>
        new DomainError(ErrorCode.CONFLICT, `The username ${username} is taken`, { reason: 'USERNAME_TAKEN', params: { username } }),
    },
  );
}

export interface AccountUpdate {
  userId: string;
  displayName?: string | null;
  roles?: Role[] | null;
  /** undefined: leave as it is; null: the account no longer expires. */
  expiresAt?: Date | null;
}

/** Changes an account's name, roles or expiry. New roles end the user's sessions (a database trigger). */
export async function updateAccount(em: EntityManager, actor: AuthUser, input: AccountUpdate, now: Date): Promise<AccountChange> {
  const displayName = input.displayName === undefined || input.displayName === null ? null : requiredText('displayName', input.displayName, 100);
  const roles = input.roles === undefined || input.roles === null ? null : checkRoles(input.roles);
  const expiresAt = input.expiresAt === undefined ? undefined : checkExpiry(input.expiresAt, now);
  return inTransaction(em, async (tx) => {
    const user = await loadUser(tx, input.userId);
    const changes: string[] = [];
    if (displayName !== null && displayName !== user.displayName) {
      changes.push(`name: ${user.displayName} → ${displayName}`);
      user.displayName = displayName;
    }
    if (roles !== null && [...roles].sort().join() !== [...user.roles].sort().join()) {
      notOwnLockout(actor, user, 'roles', roles);
      changes.push(`roles: ${user.roles.join(', ')} → ${roles.join(', ')}`);
      user.roles = roles;
      forgetTokensOf(user.id);
    }
    if (expiresAt !== undefined && (expiresAt?.getTime() ?? null) !== (user.expiresAt?.getTime() ?? null)) {
      changes.push(`expires: ${describeExpiry(user.expiresAt)} → ${describeExpiry(expiresAt)}`);
      user.expiresAt = expiresAt;
      forgetTokensOf(user.id);
    }
    await tx.flush();
    return { user, temporaryPassword: null, auditDetail: changes.length > 0 ? changes.join('; ') : 'no change' };
  });
}

/** Closes or reopens an account. Closing ends its sessions (a trigger) and its tokens stop at once. */
export async function setAccountActive(em: EntityManager, actor: AuthUser, userId: string, active: boolean): Promise<AccountChange> {
  return inTransaction(em, async (tx) => {
    const user = await loadUser(tx, userId);
    if (!active) notOwnLockout(actor, user, 'deactivate');
    const changed = user.active !== active;
    user.active = active;
    await tx.flush();
    forgetTokensOf(user.id);
    return { user, temporaryPassword: null, auditDetail: changed ? (active ? 'reactivated' : 'deactivated') : 'no change' };
  });
}

/**
 * Sets a temporary password (typed by the administrator, or generated and returned once): the
 * user's sessions end (a trigger) and their next sign-in must choose a new password.
 */
export async function resetPassword(em: EntityManager, input: { userId: string; temporaryPassword?: string | null }): Promise<AccountChange> {
  return inTransaction(em, async (tx) => {
    const user = await loadUser(tx, input.userId);
    const typed = input.temporaryPassword ? input.temporaryPassword : null;
    if (typed !== null) checkNewPassword(typed, { username: user.username, displayName: user.displayName }, 'temporaryPassword');
    const password = typed ?? generateTemporaryPassword();
    user.passwordHash = await hashPassword(password);
    user.mustChangePassword = true;
    await tx.flush();
    return {
      user,
      temporaryPassword: typed === null ? password : null,
      auditDetail: typed === null ? 'password reset (generated)' : 'password reset (set by administrator)',
    };
  });
}

/** Every API token of an account, newest first (revoked ones too). */
export function apiTokensOf(em: EntityManager, userId: string): Promise<ApiToken[]> {
  return em.find(ApiToken, { user: userId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 });
}

/** An administrator revokes any user's token; it stops working at once. */
export async function revokeAnyApiToken(em: EntityManager, tokenId: string, now: Date): Promise<ApiToken> {
  return revokeTokenOf(em, { id: tokenId }, now);
}
