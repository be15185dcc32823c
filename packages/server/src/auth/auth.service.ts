import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, permissionsOf, type Role } from '@pj/shared';
import { badInput, DomainError, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { requiredText } from '../common/validate.js';
import type { AuthUser } from './auth-user.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.js';
import { ApiToken, LoginThrottle, Session, User } from './user.entity.js';

export const SESSION_HOURS = 12;
/** Failures allowed before each further attempt must wait: 1 s, 2 s, 4 s … up to 15 min. */
export const FREE_LOGIN_FAILURES = 5;
const MAX_BACKOFF_SECONDS = 15 * 60;
const TOKEN_PREFIX = 'pj_';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');
const newSecret = (): string => randomBytes(32).toString('base64url');

function unauthenticated(reason: string, message: string, extra: { retryAfterSeconds?: number } = {}): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason, ...extra });
}

export function toAuthUser(user: User, roles: readonly Role[], via: AuthUser['via']): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles,
    permissions: permissionsOf(roles),
    via,
  };
}

/** Seconds a user must still wait before the next login attempt (0: go ahead). */
export function backoffSeconds(failures: number, lastFailureAt: Date, now: Date): number {
  if (failures < FREE_LOGIN_FAILURES) return 0;
  const wait = Math.min(2 ** (failures - FREE_LOGIN_FAILURES), MAX_BACKOFF_SECONDS);
  const elapsed = (now.getTime() - lastFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(wait - elapsed));
}

export interface LoginResult {
  user: User;
  sessionId: string;
  token: string;
  expiresAt: Date;
}

/** Checks a username and password and opens a session; slows down repeated failures. */
export async function login(em: EntityManager, username: string, password: string, now: Date): Promise<LoginResult> {
  const name = username.trim().toLowerCase().slice(0, 100);
  const throttle = await em.fork().findOne(LoginThrottle, { username: name });
  const wait = throttle ? backoffSeconds(throttle.failures, throttle.lastFailureAt, now) : 0;
  if (wait > 0) {
    throw unauthenticated('TOO_MANY_ATTEMPTS', `Too many failed attempts; try again in ${wait} s`, { retryAfterSeconds: wait });
  }
  const user = await em.fork().findOne(User, { username: name, active: true });
  const ok = await verifyPassword(password.slice(0, 1000), user?.passwordHash ?? DECOY_HASH);
  if (!user || !ok) {
    await em.getConnection().execute(
      `insert into login_throttle (username, failures, last_failure_at) values (?, 1, ?)
       on conflict (username) do update set failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at`,
      [name, now],
    );
    throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password');
  }
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const session = await inTransaction(em, async (tx) => {
    await tx.nativeDelete(LoginThrottle, { username: name });
    return tx.create(Session, { tokenHash: sha256(token), user: tx.getReference(User, user.id), createdAt: now, expiresAt });
  });
  return { user, sessionId: session.id, token, expiresAt };
}

export async function logout(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now });
}

export type Authentication = { user: AuthUser } | { user: null; problem: 'SESSION_EXPIRED' | 'INVALID_TOKEN' | null };

/**
 * How long an API token, once checked, is trusted without asking the database again: a
 * script's burst of requests costs one lookup instead of one per request. Revoking a token
 * here takes effect at once; a revocation by another server process or a closed account
 * takes effect within this time.
 */
export const TOKEN_CACHE_MS = 5_000;
const TOKEN_CACHE_MAX = 1_000;
const checkedTokens = new Map<string, { user: AuthUser; until: number }>();

function forgetToken(tokenId: string): void {
  for (const [hash, entry] of checkedTokens) {
    if (entry.user.via.kind === 'token' && entry.user.via.tokenId === tokenId) checkedTokens.delete(hash);
  }
}

/**
 * Who sent a request: a bearer token (scripts) or a session cookie (the web app). A bad
 * token or a stale cookie makes the request anonymous, with the reason kept so that the
 * client is told why (INVALID_TOKEN, SESSION_EXPIRED) when it reaches a guarded field. A
 * request with no credentials at all is NOT_SIGNED_IN.
 */
export async function authenticate(
  em: EntityManager,
  credentials: { sessionToken?: string | null; bearerToken?: string | null },
  now: Date,
): Promise<Authentication> {
  if (credentials.bearerToken) {
    const tokenHash = sha256(credentials.bearerToken);
    const checked = checkedTokens.get(tokenHash);
    if (checked && checked.until > now.getTime()) return { user: checked.user };
    const token = await em.findOne(ApiToken, { tokenHash, revokedAt: null }, { populate: ['user'] });
    if (!token || !token.user.active) {
      checkedTokens.delete(tokenHash);
      return { user: null, problem: 'INVALID_TOKEN' };
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    const roles = token.roles.filter((role) => token.user.roles.includes(role));
    const user = toAuthUser(token.user, roles, { kind: 'token', tokenId: token.id });
    if (checkedTokens.size >= TOKEN_CACHE_MAX) checkedTokens.clear();
    checkedTokens.set(tokenHash, { user, until: now.getTime() + TOKEN_CACHE_MS });
    return { user };
  }
  if (credentials.sessionToken) {
    const session = await em.findOne(Session, { tokenHash: sha256(credentials.sessionToken) }, { populate: ['user'] });
    if (session && !session.revokedAt && session.expiresAt > now && session.user.active) {
      return { user: toAuthUser(session.user, session.user.roles, { kind: 'session', sessionId: session.id }) };
    }
    // Expired, signed out, revoked or never ours: the client cannot tell these apart and need
    // not, the answer is the same (sign in again), so all say SESSION_EXPIRED.
    return { user: null, problem: 'SESSION_EXPIRED' };
  }
  return { user: null, problem: null };
}

/** A new API token for the user; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  em: EntityManager,
  owner: AuthUser,
  input: { name: string; roles?: Role[] | null },
  now: Date,
): Promise<{ token: string; apiToken: ApiToken }> {
  const name = requiredText('name', input.name, 100);
  const roles = input.roles ?? [...owner.roles];
  if (roles.length === 0 || roles.some((role) => !owner.roles.includes(role))) {
    throw badInput('roles', 'A token can only have roles its owner has', 'ROLE_NOT_HELD');
  }
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const apiToken = await inTransaction(em, (tx) =>
    Promise.resolve(tx.create(ApiToken, {
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      user: tx.getReference(User, owner.id),
      roles: [...new Set(roles)],
      createdAt: now,
    })),
  );
  return { token, apiToken };
}

export async function revokeApiToken(em: EntityManager, owner: AuthUser, tokenId: string, now: Date): Promise<ApiToken> {
  return inTransaction(em, async (tx) => {
    const token = await tx.findOne(ApiToken, { id: tokenId, user: owner.id });
    if (!token) throw notFound('ApiToken', tokenId);
    token.revokedAt ??= now;
    forgetToken(token.id);
    return token;
  });
}

/** Creates an account (command line, demo data, tests). */
export async function createUser(
  em: EntityManager,
  input: { username: string; displayName: string; roles: Role[]; password: string },
): Promise<User> {
  const username = requiredText('username', input.username, 50).toLowerCase();
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) {
    throw badInput('username', 'Usernames use 3–50 letters, digits, dots, dashes or underscores', 'INVALID_USERNAME');
  }
  if (input.password.length < 10) throw badInput('password', 'Passwords need at least 10 characters', 'WEAK_PASSWORD');
  if (input.roles.length === 0) throw badInput('roles', 'A user needs at least one role', 'REQUIRED');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(
    em,
    (tx) =>
      Promise.resolve(tx.create(User, {
        username,
        displayName: requiredText('displayName', input.displayName, 100),
        roles: [...new Set(input.roles)],
        passwordHash,
      })),
    { app_user_username_unique: () => new DomainError(ErrorCode.CONFLICT, `The username ${username} is taken`, { reason: 'USERNAME_TAKEN' }) },
  );
}
