import { ErrorCode, Permission, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { DomainError } from '../common/domain-error.js';
import {
  FREE_LOGIN_FAILURES,
  SESSION_HOURS,
  authenticate,
  backoffSeconds,
  createApiToken,
  createUser,
  login,
  logout,
  revokeApiToken,
  TOKEN_CACHE_MS,
  toAuthUser,
} from './auth.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { User } from './user.entity.js';

const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-11-24T08:00:00Z');
const seconds = (n: number): Date => new Date(T0.getTime() + n * 1000);

async function failure(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('authentication', () => {
  let db: TestDatabase;
  const em = () => db.orm.em.fork();

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(em(), { username: 'Sokha', displayName: 'Sokha Meas', roles: [Role.CASE_MANAGER], password: PASSWORD });
    await createUser(em(), { username: 'vannak', displayName: 'Dr Vannak', roles: [Role.SURGEON, Role.CLINICIAN], password: PASSWORD });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('hashes passwords with scrypt and a salt, and verifies them', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same passwore', a)).toBe(false);
    const stored = (await em().findOneOrFail(User, { username: 'sokha' })).passwordHash;
    expect(stored).not.toContain(PASSWORD);
  });

  it('signs in with the right password (username in any case) and opens a session', async () => {
    const result = await login(em(), ' SOKHA ', PASSWORD, T0);
    expect(result.user.username).toBe('sokha');
    expect(result.expiresAt).toEqual(seconds(SESSION_HOURS * 3600));
    const auth = await authenticate(em(), { sessionToken: result.token }, seconds(60));
    expect(auth.user).toMatchObject({ username: 'sokha', roles: [Role.CASE_MANAGER] });
    expect(auth.user?.permissions.has(Permission.MANAGE_REFERRALS)).toBe(true);
    expect(auth.user?.permissions.has(Permission.RECORD_SURGERY)).toBe(false);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await failure(() => login(em(), 'vannak', 'not the password', T0));
    const unknown = await failure(() => login(em(), 'nobody', PASSWORD, T0));
    expect([wrong.code, wrong.details.reason, wrong.message]).toEqual([ErrorCode.UNAUTHENTICATED, 'INVALID_CREDENTIALS', unknown.message]);
    expect(unknown.details.reason).toBe('INVALID_CREDENTIALS');
  });

  it('lets a session expire, and ends it on logout', async () => {
    const { token, sessionId } = await login(em(), 'vannak', PASSWORD, T0);
    // Without an idle timeout in the way (session.int.test.ts has that), 12 hours is the limit.
    const noIdle = { idleMinutes: 24 * 60, lockMinutes: 15 };
    expect((await authenticate(em(), { sessionToken: token }, seconds(SESSION_HOURS * 3600 - 1), noIdle)).user).not.toBeNull();
    expect(await authenticate(em(), { sessionToken: token }, seconds(SESSION_HOURS * 3600), noIdle)).toEqual({ user: null, problem: 'SESSION_EXPIRED' });

    const second = await login(em(), 'vannak', PASSWORD, T0);
    expect(second.sessionId).not.toBe(sessionId);
    await logout(em(), second.sessionId, seconds(10));
    expect(await authenticate(em(), { sessionToken: second.token }, seconds(11))).toEqual({ user: null, problem: 'SESSION_EXPIRED' });
    // A forged cookie is answered as a signed-out one: the same reason, nothing to tell them apart.
    expect(await authenticate(em(), { sessionToken: 'made-up' }, seconds(11))).toEqual({ user: null, problem: 'SESSION_EXPIRED' });
  });

  it('backs off after repeated failures: 1 s, 2 s, 4 s … and forgets them after a success', async () => {
    expect([4, 5, 6, 7].map((n) => backoffSeconds(n, T0, T0))).toEqual([0, 1, 2, 4]);
    expect(backoffSeconds(40, T0, T0)).toBe(15 * 60);
    expect(backoffSeconds(7, T0, seconds(4))).toBe(0);

    await createUser(em(), { username: 'target', displayName: 'Target', roles: [Role.NURSE], password: PASSWORD });
    for (let i = 0; i < FREE_LOGIN_FAILURES; i++) {
      expect((await failure(() => login(em(), 'target', `guess ${i}`, seconds(i)))).details.reason).toBe('INVALID_CREDENTIALS');
    }
    // Even the right password is refused while the user must wait…
    const throttled = await failure(() => login(em(), 'target', PASSWORD, seconds(FREE_LOGIN_FAILURES - 1)));
    expect(throttled.details).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
    // …and accepted after it; then the count starts again.
    await login(em(), 'target', PASSWORD, seconds(FREE_LOGIN_FAILURES + 5));
    expect((await failure(() => login(em(), 'target', 'wrong', seconds(100)))).details.reason).toBe('INVALID_CREDENTIALS');
    expect(await login(em(), 'target', PASSWORD, seconds(101))).toBeTruthy();
  });

  it('does not sign in a closed account (saying so only to whoever knows its password)', async () => {
    const user = await createUser(em(), { username: 'leaver', displayName: 'Leaver', roles: [Role.NURSE], password: PASSWORD });
    const { token } = await login(em(), 'leaver', PASSWORD, T0);
    await em().nativeUpdate(User, { id: user.id }, { active: false });
    expect((await failure(() => login(em(), 'leaver', PASSWORD, seconds(5)))).details.reason).toBe('ACCOUNT_DEACTIVATED');
    expect((await failure(() => login(em(), 'leaver', 'not the password', seconds(5)))).details.reason).toBe('INVALID_CREDENTIALS');
    expect((await authenticate(em(), { sessionToken: token }, seconds(5))).user).toBeNull();
  });

  it('issues API tokens with the owner\'s roles or fewer, shown once, revocable', async () => {
    const owner = await em().findOneOrFail(User, { username: 'vannak' });
    const me = toAuthUser(owner, owner.roles, { kind: 'session', sessionId: 'x' });
    const { token, apiToken } = await createApiToken(em(), me, { name: 'theatre report', roles: [Role.CLINICIAN] }, T0);
    expect(token).toMatch(/^pj_/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    expect(JSON.stringify(await em().getConnection().execute('select * from api_token'))).not.toContain(token);

    const auth = await authenticate(em(), { bearerToken: token }, seconds(1));
    expect(auth.user).toMatchObject({ username: 'vannak', roles: [Role.CLINICIAN], via: { kind: 'token' } });
    expect(auth.user?.permissions.has(Permission.RECORD_SURGERY)).toBe(false);

    expect((await failure(() => createApiToken(em(), me, { name: 'x', roles: [Role.ADMINISTRATOR] }, T0))).details.reason).toBe('ROLE_NOT_HELD');

    const sokha = await em().findOneOrFail(User, { username: 'sokha' });
    const other = toAuthUser(sokha, sokha.roles, { kind: 'session', sessionId: 'y' });
    expect((await failure(() => revokeApiToken(em(), other, apiToken.id, seconds(2)))).code).toBe(ErrorCode.NOT_FOUND);

    await revokeApiToken(em(), me, apiToken.id, seconds(2));
    expect(await authenticate(em(), { bearerToken: token }, seconds(3))).toEqual({ user: null, problem: 'INVALID_TOKEN' });
    expect(await authenticate(em(), { bearerToken: 'pj_forged' }, seconds(3))).toEqual({ user: null, problem: 'INVALID_TOKEN' });
  });

  it('trusts a checked API token for a few seconds without asking the database again', async () => {
    const owner = await em().findOneOrFail(User, { username: 'vannak' });
    const me = toAuthUser(owner, owner.roles, { kind: 'session', sessionId: 'x' });
    const { token, apiToken } = await createApiToken(em(), me, { name: 'burst', roles: [Role.CLINICIAN] }, T0);
    expect((await authenticate(em(), { bearerToken: token }, seconds(10))).user?.username).toBe('vannak');
    db.resetQueries();
    expect((await authenticate(em(), { bearerToken: token }, seconds(11))).user?.username).toBe('vannak');
    expect(db.queries).toHaveLength(0);
    // A closed account is noticed once the few seconds are over…
    await em().nativeUpdate(User, { id: owner.id }, { active: false });
    expect(await authenticate(em(), { bearerToken: token }, new Date(seconds(10).getTime() + TOKEN_CACHE_MS + 1))).toEqual({ user: null, problem: 'ACCOUNT_DEACTIVATED' });
    await em().nativeUpdate(User, { id: owner.id }, { active: true });
    // …and a revocation at once.
    expect((await authenticate(em(), { bearerToken: token }, seconds(20))).user).not.toBeNull();
    await revokeApiToken(em(), me, apiToken.id, seconds(21));
    expect(await authenticate(em(), { bearerToken: token }, seconds(21))).toEqual({ user: null, problem: 'INVALID_TOKEN' });
  });

  it('refuses weak passwords, bad usernames and taken usernames', async () => {
    const input = { displayName: 'X', roles: [Role.NURSE], password: PASSWORD };
    expect((await failure(() => createUser(em(), { ...input, username: 'shorty', password: 'short' }))).details.reason).toBe('PASSWORD_TOO_SHORT');
    expect((await failure(() => createUser(em(), { ...input, username: 'no spaces' }))).details.reason).toBe('INVALID_USERNAME');
    expect((await failure(() => createUser(em(), { ...input, username: 'SOKHA' }))).details.reason).toBe('USERNAME_TAKEN');
    expect((await failure(() => createUser(em(), { ...input, username: 'noroles', roles: [] }))).details.reason).toBe('REQUIRED');
  });
});
