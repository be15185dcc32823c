import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, type InterfaceLanguage, permissionsOf, type PlainRefusalReason, type Role } from '@pj/shared';
import { badInput, DomainError, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { requiredText } from '../common/validate.js';
import type { AuthUser } from './auth-user.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.js';
import { checkNewPassword } from './password-rules.js';
import { ApiToken, LoginThrottle, Session, User } from './user.entity.js';

export const SESSION_HOURS = 12;
/** Failures allowed before each further attempt must wait: 1 s, 2 s, 4 s … up to 15 min. */
export const FREE_LOGIN_FAILURES = 5;
/**
 * Failures allowed from one client address (all usernames together) before it must wait the
 * same way. Higher than per account: a ward's computers may share one address behind the
 * hospital's router, and colleagues mistype too: 50 in a quarter of an hour is beyond honest
 * typing. Counted afresh after 15 quiet minutes.
 */
export const FREE_ADDRESS_FAILURES = 50;
const ADDRESS_WINDOW_MS = 15 * 60_000;
const MAX_BACKOFF_SECONDS = 15 * 60;

/**
 * How long a session may go unused, and how long the web app waits without input before it
 * locks its screen (SESSION_IDLE_MINUTES, SCREEN_LOCK_MINUTES). The idle timeout is the longer:
 * a locked screen can be unlocked until it is reached, then only a new sign-in helps.
 */
export interface SessionPolicy {
  idleMinutes: number;
  lockMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, lockMinutes: 15 };

/**
 * How stale `last_seen_at` may get before a request writes it again: once a minute per
 * session at most (a quarter of the idle timeout when that is shorter, as in tests), so a
 * burst of requests costs no writes.
 */
export const touchEveryMs = (policy: SessionPolicy): number => Math.min(60_000, (policy.idleMinutes * 60_000) / 4);
const TOKEN_PREFIX = 'pj_';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');
const newSecret = (): string => randomBytes(32).toString('base64url');

function unauthenticated(reason: PlainRefusalReason, message: string, extra: { retryAfterSeconds?: number } = {}): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message, { reason, ...extra });
}

export function toAuthUser(user: User, roles: readonly Role[], via: AuthUser['via']): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles,
    permissions: permissionsOf(roles),
    staffMemberId: user.staffMemberId ?? null,
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

/** Where a sign-in attempt came from, for the throttle per address (null: unknown, not counted). */
export interface AttemptOrigin {
  ip: string | null;
}

/** UNAUTHENTICATED TOO_MANY_ATTEMPTS while the account or the address must still wait. */
async function checkThrottle(em: EntityManager, name: string, origin: AttemptOrigin, now: Date): Promise<void> {
  const conn = em.getConnection();
  const [account] = await conn.execute<{ failures: number; last_failure_at: Date }[]>(
    `select failures, last_failure_at from login_throttle where username = ?`,
    [name],
  );
  const [address] = origin.ip
    ? await conn.execute<{ failures: number; last_failure_at: Date }[]>(
        `select failures, last_failure_at from login_throttle_address where address = ?`,
        [origin.ip],
      )
    : [];
  const wait = Math.max(
    account ? backoffSeconds(account.failures, new Date(account.last_failure_at), now) : 0,
    address && now.getTime() - new Date(address.last_failure_at).getTime() < ADDRESS_WINDOW_MS
      ? backoffSeconds(address.failures - (FREE_ADDRESS_FAILURES - FREE_LOGIN_FAILURES), new Date(address.last_failure_at), now)
      : 0,
  );
  if (wait > 0) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Too many failed attempts; try again in ${wait} s`, {
      reason: 'TOO_MANY_ATTEMPTS',
      params: { seconds: wait },
      retryAfterSeconds: wait,
    });
  }
}

/** Counts a failed attempt against the account and the address (kept even when the request fails). */
async function recordFailure(em: EntityManager, name: string, origin: AttemptOrigin, now: Date): Promise<void> {
  const conn = em.getConnection();
  await conn.execute(
    `insert into login_throttle (username, failures, last_failure_at) values (?, 1, ?)
     on conflict (username) do update set failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at`,
    [name, now],
  );
  if (origin.ip) {
    await conn.execute(
      `insert into login_throttle_address (address, failures, last_failure_at) values (?, 1, ?)
       on conflict (address) do update set
         failures = case when login_throttle_address.last_failure_at < ? then 1 else login_throttle_address.failures + 1 end,
         last_failure_at = excluded.last_failure_at`,
      [origin.ip.slice(0, 100), now, new Date(now.getTime() - ADDRESS_WINDOW_MS)],
    );
  }
}

/**
 * Checks a username and password and opens a session with a new token; slows down repeated
 * failures per account and per address. `replacing`: the session this browser had (locked
 * or not), ended by signing in again, so one browser holds one session.
 */
export async function login(
  em: EntityManager,
  username: string,
  password: string,
  now: Date,
  origin: AttemptOrigin = { ip: null },
  replacing: string | null = null,
  newPassword: string | null = null,
): Promise<LoginResult> {
  const name = username.trim().toLowerCase().slice(0, 100);
  await checkThrottle(em.fork(), name, origin, now);
  const user = await em.fork().findOne(User, { username: name });
  const ok = await verifyPassword(password.slice(0, 1000), user?.passwordHash ?? DECOY_HASH);
  if (!user || !ok) {
    await recordFailure(em, name, origin, now);
    throw unauthenticated('INVALID_CREDENTIALS', 'Wrong username or password');
  }
  // Said only to whoever knows the password: a closed or expired account is no secret to its owner.
  accountUsable(user, now);
  let passwordHash: string | null = null;
  if (newPassword !== null && newPassword !== undefined) {
    checkNewPassword(newPassword, { username: user.username, displayName: user.displayName }, 'newPassword');
    if (newPassword.normalize('NFC') === password.normalize('NFC')) {
      throw badInput('newPassword', 'Choose a password other than the temporary one', 'SAME_PASSWORD');
    }
    passwordHash = await hashPassword(newPassword);
  } else if (user.mustChangePassword) {
    throw unauthenticated('PASSWORD_CHANGE_REQUIRED', 'Your password was reset by an administrator: choose a new one to sign in');
  }
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const session = await inTransaction(em, async (tx) => {
    await tx.nativeDelete(LoginThrottle, { username: name });
    if (replacing) await tx.nativeUpdate(Session, { id: replacing, revokedAt: null }, { revokedAt: now });
    // A new password ends every other session of the user (a database trigger), before this one opens.
    await tx.nativeUpdate(
      User,
      { id: user.id },
      passwordHash ? { passwordHash, mustChangePassword: false, lastSignInAt: now } : { lastSignInAt: now },
    );
    return tx.create(Session, { tokenHash: sha256(token), user: tx.getReference(User, user.id), createdAt: now, expiresAt, lastSeenAt: now });
  });
  return { user, sessionId: session.id, token, expiresAt };
}

/** UNAUTHENTICATED ACCOUNT_DEACTIVATED or ACCOUNT_EXPIRED when the account may not be used now. */
export function accountUsable(user: Pick<User, 'active' | 'expiresAt'>, now: Date): void {
  const problem = accountProblem(user, now);
  if (problem === 'ACCOUNT_DEACTIVATED') {
    throw unauthenticated(problem, 'This account was deactivated; ask an administrator');
  }
  if (problem === 'ACCOUNT_EXPIRED' && user.expiresAt) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `This account expired on ${user.expiresAt.toISOString()}; ask an administrator`, {
      reason: problem,
      params: { expiresAt: user.expiresAt.toISOString() },
    });
  }
}

/** Why an account may not be used at `now` (closed, or past its expiry), or null. */
export function accountProblem(user: Pick<User, 'active' | 'expiresAt'>, now: Date): 'ACCOUNT_DEACTIVATED' | 'ACCOUNT_EXPIRED' | null {
  if (!user.active) return 'ACCOUNT_DEACTIVATED';
  if (user.expiresAt && user.expiresAt.getTime() <= now.getTime()) return 'ACCOUNT_EXPIRED';
  return null;
}

export async function logout(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now });
}

/** Locks a session: until it is unlocked, every request made with it is refused (SESSION_LOCKED). */
export async function lockSession(em: EntityManager, sessionId: string, now: Date): Promise<void> {
  await inTransaction(em, async (tx) => {
    await tx.nativeUpdate(Session, { id: sessionId, revokedAt: null, lockedAt: null }, { lockedAt: now });
  });
}

/**
 * Unlocks a locked session with its user's password, throttled and counted like a sign-in.
 * The session gets a new token (the cookie is replaced), so a token seen before the lock is
 * worth nothing after it.
 */
export async function unlockSession(
  em: EntityManager,
  sessionId: string,
  password: string,
  now: Date,
  origin: AttemptOrigin = { ip: null },
): Promise<LoginResult> {
  const session = await em.fork().findOne(Session, { id: sessionId, revokedAt: null }, { populate: ['user'] });
  if (!session || accountProblem(session.user, now) || session.expiresAt <= now) {
    throw unauthenticated('SESSION_EXPIRED', 'Your session has expired; please sign in again');
  }
  const user = session.user;
  await checkThrottle(em.fork(), user.username, origin, now);
  if (!(await verifyPassword(password.slice(0, 1000), user.passwordHash))) {
    await recordFailure(em, user.username, origin, now);
    throw unauthenticated('INVALID_CREDENTIALS', 'Wrong password');
  }
  const token = newSecret();
  await inTransaction(em, async (tx) => {
    await tx.nativeDelete(LoginThrottle, { username: user.username });
    await tx.nativeUpdate(Session, { id: session.id }, { tokenHash: sha256(token), lockedAt: null, lastSeenAt: now });
  });
  return { user, sessionId: session.id, token, expiresAt: session.expiresAt };
}

/** Ends every open session of a user (their own "sign out everywhere", or an administrator's). Returns how many. */
export async function endSessionsOf(em: EntityManager, userId: string, now: Date): Promise<number> {
  return inTransaction(em, (tx) => tx.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now }));
}

/** An administrator signs someone out of every browser at once. */
export async function signOutUser(em: EntityManager, userId: string, now: Date): Promise<{ user: User; sessionsEnded: number }> {
  return inTransaction(em, async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw notFound('User', userId);
    const sessionsEnded = await tx.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: now });
    return { user, sessionsEnded };
  });
}

/**
 * Keeps the interface language a user chose with their account (the web app opens in it after
 * they sign in). A mutation like any other, so it is in the audit trail with its outcome.
 */
export async function setUserLanguage(em: EntityManager, userId: string, language: InterfaceLanguage): Promise<User> {
  return inTransaction(em, async (tx) => {
    const user = await tx.findOne(User, { id: userId });
    if (!user) throw notFound('User', userId);
    user.language = language;
    return user;
  });
}

/** Why a request that tried to say who it is has no user. */
export type AuthenticationProblem =
  | 'SESSION_EXPIRED'
  | 'SESSION_IDLE'
  | 'SESSION_LOCKED'
  | 'INVALID_TOKEN'
  | 'ACCOUNT_DEACTIVATED'
  | 'ACCOUNT_EXPIRED';

/** `lockedUser`: the owner of a locked session, who may unlock it (and nothing else). */
export type Authentication = { user: AuthUser } | { user: null; problem: AuthenticationProblem | null; lockedUser?: AuthUser };

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

/** Forgets every checked token of a user (the account was closed or changed on this server process). */
export function forgetTokensOf(userId: string): void {
  for (const [hash, entry] of checkedTokens) {
    if (entry.user.id === userId) checkedTokens.delete(hash);
  }
}

/**
 * Who sent a request: a bearer token (scripts) or a session cookie (the web app). A bad
 * token or a stale cookie makes the request anonymous, with the reason kept so that the
 * client is told why (INVALID_TOKEN, SESSION_EXPIRED) when it reaches a guarded field. A
 * request with no credentials at all is NOT_SIGNED_IN.
 */
export async function authenticate(
  /** The EntityManager to read with, or a function that makes one: a token trusted from the cache reads nothing. */
  emOrFork: EntityManager | (() => EntityManager),
  credentials: { sessionToken?: string | null; bearerToken?: string | null },
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<Authentication> {
  const tokenHash = credentials.bearerToken ? sha256(credentials.bearerToken) : null;
  if (tokenHash) {
    const checked = checkedTokens.get(tokenHash);
    if (checked && checked.until > now.getTime()) return { user: checked.user };
  }
  const em = typeof emOrFork === 'function' ? emOrFork() : emOrFork;
  if (tokenHash) {
    const token = await em.findOne(ApiToken, { tokenHash, revokedAt: null }, { populate: ['user'] });
    if (!token) {
      checkedTokens.delete(tokenHash);
      return { user: null, problem: 'INVALID_TOKEN' };
    }
    const closed = accountProblem(token.user, now);
    if (closed) {
      checkedTokens.delete(tokenHash);
      return { user: null, problem: closed };
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    const roles = token.roles.filter((role) => token.user.roles.includes(role));
    const user = toAuthUser(token.user, roles, { kind: 'token', tokenId: token.id });
    if (checkedTokens.size >= TOKEN_CACHE_MAX) checkedTokens.clear();
    // Trusted no longer than the account lasts: an expiry takes effect at its moment.
    const until = Math.min(now.getTime() + TOKEN_CACHE_MS, token.user.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    checkedTokens.set(tokenHash, { user, until });
    return { user };
  }
  if (credentials.sessionToken) {
    const session = await em.findOne(Session, { tokenHash: sha256(credentials.sessionToken) }, { populate: ['user'] });
    // Expired, signed out, revoked or never ours (forged): the client cannot tell these apart and
    // need not, the answer is the same (sign in again), so all say SESSION_EXPIRED.
    if (!session) return { user: null, problem: 'SESSION_EXPIRED' };
    // A closed or expired account stops at that moment, whatever its sessions' own times say.
    const closed = accountProblem(session.user, now);
    if (closed) return { user: null, problem: closed };
    if (session.revokedAt || session.expiresAt <= now) return { user: null, problem: 'SESSION_EXPIRED' };
    // Unused for too long (locked or not): a stolen or forgotten cookie stops working.
    const idleMs = now.getTime() - session.lastSeenAt.getTime();
    if (idleMs > policy.idleMinutes * 60_000) return { user: null, problem: 'SESSION_IDLE' };
    const user = toAuthUser(session.user, session.user.roles, { kind: 'session', sessionId: session.id });
    if (session.lockedAt) return { user: null, problem: 'SESSION_LOCKED', lockedUser: user };
    if (idleMs >= touchEveryMs(policy)) {
      // One statement, and only when the stored time is stale: concurrent requests write it once.
      await em.getConnection().execute(`update user_session set last_seen_at = ? where id = ? and last_seen_at < ?`, [
        now,
        session.id,
        new Date(now.getTime() - touchEveryMs(policy)),
      ]);
    }
    return { user };
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
  return revokeTokenOf(em, { id: tokenId, user: owner.id }, now);
}

/** Revokes the token `where` finds (NOT_FOUND when none); it stops working at once on this server process. */
export async function revokeTokenOf(em: EntityManager, where: { id: string; user?: string }, now: Date): Promise<ApiToken> {
  return inTransaction(em, async (tx) => {
    const token = await tx.findOne(ApiToken, where);
    if (!token) throw notFound('ApiToken', where.id);
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
  checkNewPassword(input.password, { username, displayName: input.displayName });
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
    { app_user_username_unique: () => new DomainError(ErrorCode.CONFLICT, `The username ${username} is taken`, { reason: 'USERNAME_TAKEN', params: { username } }) },
  );
}
