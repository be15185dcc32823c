import { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { DomainError } from '../common/domain-error.js';
import { ormConfig } from '../db/orm-config.js';
import {
  authenticate,
  createUser,
  DEFAULT_SESSION_POLICY,
  endSessionsOf,
  FREE_ADDRESS_FAILURES,
  FREE_LOGIN_FAILURES,
  lockSession,
  login,
  signOutUser,
  unlockSession,
} from './auth.service.js';
import { checkNewPassword, commonPasswords, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules.js';
import { User } from './user.entity.js';

const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-12-07T01:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const POLICY = DEFAULT_SESSION_POLICY;

async function failure(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('sessions on shared computers', () => {
  let db: TestDatabase;
  const em = () => db.orm.em.fork();
  let serial = 0;
  const newUser = async (roles = [Role.NURSE]): Promise<User> =>
    createUser(em(), { username: `ward-user-${++serial}`, displayName: `Ward user ${serial}`, roles, password: PASSWORD });
  const lastSeen = async (sessionId: string): Promise<Date> =>
    new Date((await em().getConnection().execute<{ last_seen_at: Date }[]>(`select last_seen_at from user_session where id = ?`, [sessionId]))[0].last_seen_at);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('ends a session unused for longer than the idle timeout, however long it had left', async () => {
    const user = await newUser();
    const { token } = await login(em(), user.username, PASSWORD, T0);
    // Used at minute 20: the idle clock starts again from there.
    expect((await authenticate(em(), { sessionToken: token }, at(20), POLICY)).user?.username).toBe(user.username);
    expect((await authenticate(em(), { sessionToken: token }, at(50), POLICY)).user).not.toBeNull();
    // 30 minutes and a second without a request.
    expect(await authenticate(em(), { sessionToken: token }, new Date(at(80).getTime() + 1000), POLICY)).toEqual({ user: null, problem: 'SESSION_IDLE' });
    // A shorter configured timeout applies as configured.
    const second = await login(em(), user.username, PASSWORD, T0);
    expect(await authenticate(em(), { sessionToken: second.token }, at(6), { idleMinutes: 5, lockMinutes: 2 })).toEqual({ user: null, problem: 'SESSION_IDLE' });
  });

  it('writes last_seen_at at most once a minute, in one conditional statement', async () => {
    const user = await newUser();
    const { token, sessionId } = await login(em(), user.username, PASSWORD, T0);
    db.resetQueries();
    for (const seconds of [1, 10, 30, 59]) await authenticate(em(), { sessionToken: token }, new Date(T0.getTime() + seconds * 1000), POLICY);
    expect(db.queries.filter((q) => /update\s+"?user_session/i.test(q))).toHaveLength(0);
    expect(await lastSeen(sessionId)).toEqual(T0);
    db.resetQueries();
    await authenticate(em(), { sessionToken: token }, at(1.5), POLICY);
    await authenticate(em(), { sessionToken: token }, at(1.6), POLICY);
    expect(db.queries.filter((q) => /update\s+"?user_session/i.test(q))).toHaveLength(1);
    expect(await lastSeen(sessionId)).toEqual(at(1.5));
  });

  it('refuses a locked session (SESSION_LOCKED, owner known) until its user unlocks it with a new token', async () => {
    const user = await newUser();
    const { token, sessionId } = await login(em(), user.username, PASSWORD, T0);
    await lockSession(em(), sessionId, at(15));
    const locked = await authenticate(em(), { sessionToken: token }, at(16), POLICY);
    expect(locked).toMatchObject({ user: null, problem: 'SESSION_LOCKED', lockedUser: { id: user.id } });

    expect((await failure(() => unlockSession(em(), sessionId, 'not my password', at(17)))).details.reason).toBe('INVALID_CREDENTIALS');
    const unlocked = await unlockSession(em(), sessionId, PASSWORD, at(18));
    expect(unlocked.sessionId).toBe(sessionId);
    expect(unlocked.token).not.toBe(token);
    // The token from before the lock is worth nothing now; the new one works.
    expect((await authenticate(em(), { sessionToken: token }, at(19), POLICY)).user).toBeNull();
    expect((await authenticate(em(), { sessionToken: unlocked.token }, at(19), POLICY)).user?.id).toBe(user.id);
  });

  it('cannot unlock a session that went idle while locked', async () => {
    const user = await newUser();
    const { token, sessionId } = await login(em(), user.username, PASSWORD, T0);
    await lockSession(em(), sessionId, at(15));
    expect(await authenticate(em(), { sessionToken: token }, at(31), POLICY)).toEqual({ user: null, problem: 'SESSION_IDLE' });
  });

  it('throttles unlocking like signing in: wrong passwords count against the account', async () => {
    const user = await newUser();
    const { sessionId } = await login(em(), user.username, PASSWORD, T0);
    await lockSession(em(), sessionId, at(1));
    for (let i = 0; i < FREE_LOGIN_FAILURES; i++) {
      expect((await failure(() => unlockSession(em(), sessionId, `guess ${i}`, at(2)))).details.reason).toBe('INVALID_CREDENTIALS');
    }
    const throttled = await failure(() => unlockSession(em(), sessionId, PASSWORD, at(2)));
    expect(throttled.details).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
    // The account's sign-in is held back too: it is one counter.
    expect((await failure(() => login(em(), user.username, PASSWORD, at(2)))).details.reason).toBe('TOO_MANY_ATTEMPTS');
    expect((await unlockSession(em(), sessionId, PASSWORD, at(3))).sessionId).toBe(sessionId);
  });

  it('keeps the throttle in the database: a new server process (a fresh ORM) still refuses', async () => {
    const user = await newUser();
    for (let i = 0; i < FREE_LOGIN_FAILURES; i++) await failure(() => login(em(), user.username, 'wrong', T0));
    const restarted = await MikroORM.init(ormConfig({ url: db.url }));
    try {
      const throttled = await failure(() => login(restarted.em.fork(), user.username, PASSWORD, T0));
      expect(throttled.details).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
    } finally {
      await restarted.close(true);
    }
  });

  it('throttles per client address too, across usernames, and only that address', async () => {
    const user = await newUser();
    const ip = '10.20.30.40';
    // Guesses spread over many usernames stay under each account's limit…
    for (let i = 0; i < FREE_ADDRESS_FAILURES; i++) {
      expect((await failure(() => login(em(), `sprayed-${i % 40}`, 'Password1!', at(1), { ip }))).details.reason).toBe('INVALID_CREDENTIALS');
    }
    // …but the address must now wait, even with a right password.
    expect((await failure(() => login(em(), user.username, PASSWORD, at(1), { ip }))).details).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    // Another computer is not held back, and the address is free again after a quiet quarter hour.
    expect((await login(em(), user.username, PASSWORD, at(1), { ip: '10.20.30.41' })).user.id).toBe(user.id);
    expect((await login(em(), user.username, PASSWORD, at(17), { ip })).user.id).toBe(user.id);
  });

  it('signs a user out everywhere: every open session ends, others are untouched', async () => {
    const [user, colleague] = [await newUser(), await newUser()];
    const sessions = [await login(em(), user.username, PASSWORD, T0), await login(em(), user.username, PASSWORD, T0)];
    const theirs = await login(em(), colleague.username, PASSWORD, T0);
    expect(await endSessionsOf(em(), user.id, at(1))).toBe(2);
    for (const { token } of sessions) expect(await authenticate(em(), { sessionToken: token }, at(2), POLICY)).toEqual({ user: null, problem: 'SESSION_EXPIRED' });
    expect((await authenticate(em(), { sessionToken: theirs.token }, at(2), POLICY)).user?.id).toBe(colleague.id);
    const forced = await signOutUser(em(), colleague.id, at(3));
    expect(forced.sessionsEnded).toBe(1);
    expect((await authenticate(em(), { sessionToken: theirs.token }, at(4), POLICY)).user).toBeNull();
  });

  it('signing in again from the same browser ends the session it had', async () => {
    const [first, second] = [await newUser(), await newUser()];
    const locked = await login(em(), first.username, PASSWORD, T0);
    await lockSession(em(), locked.sessionId, at(15));
    const next = await login(em(), second.username, PASSWORD, at(16), { ip: null }, locked.sessionId);
    expect(await authenticate(em(), { sessionToken: locked.token }, at(17), POLICY)).toEqual({ user: null, problem: 'SESSION_EXPIRED' });
    expect((await authenticate(em(), { sessionToken: next.token }, at(17), POLICY)).user?.id).toBe(second.id);
  });

  it('ends the sessions of a user whose roles change or whose account is closed, whatever writes it', async () => {
    const user = await newUser([Role.NURSE]);
    const { token } = await login(em(), user.username, PASSWORD, T0);
    await em().getConnection().execute(`update app_user set display_name = 'Renamed' where id = ?`, [user.id]);
    expect((await authenticate(em(), { sessionToken: token }, at(1), POLICY)).user).not.toBeNull();
    await em().getConnection().execute(`update app_user set roles = '{NURSE,ADMINISTRATOR}' where id = ?`, [user.id]);
    expect(await authenticate(em(), { sessionToken: token }, at(2), POLICY)).toEqual({ user: null, problem: 'SESSION_EXPIRED' });
    // Signing in again gives a new token with the new roles.
    const again = await login(em(), user.username, PASSWORD, at(3));
    expect((await authenticate(em(), { sessionToken: again.token }, at(3), POLICY)).user?.roles).toEqual([Role.NURSE, Role.ADMINISTRATOR]);
  });

  it('sets password rules by length and a list of common passwords, not by composition', () => {
    const refused = (password: string, context = {}) => {
      try {
        checkNewPassword(password, context);
        return null;
      } catch (error) {
        return (error as DomainError).details.reason;
      }
    };
    expect(commonPasswords().size).toBeGreaterThan(10_000);
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(MAX_PASSWORD_LENGTH).toBeGreaterThanOrEqual(64);
    expect(refused('short pass1')).toBe('PASSWORD_TOO_SHORT');
    expect(refused('x'.repeat(MAX_PASSWORD_LENGTH - 1) + 'yz')).toBe('PASSWORD_TOO_LONG');
    expect(refused('a'.repeat(64) + 'b'.repeat(MAX_PASSWORD_LENGTH - 64))).toBe('COMMON_PASSWORD');
    // On the list as they are, in any case, or a listed word with digits and symbols added.
    expect(refused('password1234')).toBe('COMMON_PASSWORD');
    expect(refused('QWERTYUIOP12')).toBe('COMMON_PASSWORD');
    expect(refused('123456789012')).toBe('COMMON_PASSWORD');
    expect(refused('Sunshine2026!!')).toBe('COMMON_PASSWORD');
    expect(refused('aaaaaaaaaaaa')).toBe('COMMON_PASSWORD');
    expect(refused('dara.ly.2026', { username: 'dara.ly.2026' })).toBe('COMMON_PASSWORD');
    // No composition rules: lower-case words are fine, and so is Khmer (counted in characters, not bytes).
    expect(refused('rice fields at dawn')).toBeNull();
    expect(refused('ស្រូវនៅវាលស្រែពេលព្រឹក')).toBeNull();
    expect(refused('ស្រូវស្រែ')).toBe('PASSWORD_TOO_SHORT');
    expect(refused('x'.repeat(MAX_PASSWORD_LENGTH - 2) + 'yz')).toBeNull();
  });

  it('applies the rules when a password is set; existing passwords still sign in', async () => {
    const input = { displayName: 'Rules', roles: [Role.NURSE] };
    expect((await failure(() => createUser(em(), { ...input, username: 'rules-1', password: 'iloveyou1234' }))).details).toMatchObject({
      reason: 'COMMON_PASSWORD',
      field: 'password',
    });
    expect((await failure(() => createUser(em(), { ...input, username: 'rules-2', password: 'eleven char' }))).code).toBe(ErrorCode.BAD_USER_INPUT);
    // A password set before these rules (here: written straight to the table) keeps working.
    const user = await newUser();
    const { hashPassword } = await import('./password.js');
    await em().nativeUpdate(User, { id: user.id }, { passwordHash: await hashPassword('letmein') });
    expect((await login(em(), user.username, 'letmein', at(60))).user.id).toBe(user.id);
  });
});
