import { ErrorCode, permissionsOf, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, TEST_PASSWORD, type HttpApp } from '../../../../tests/support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { DomainError } from '../common/domain-error.js';
import { fromGlobalId } from '../graphql/relay.js';
import type { AuthUser } from './auth-user.js';
import { createAccount, generateTemporaryPassword, listUsers, resetPassword, setAccountActive, updateAccount } from './accounts.service.js';
import { authenticate, createApiToken, createUser, DEFAULT_SESSION_POLICY, login, toAuthUser } from './auth.service.js';
import { User } from './user.entity.js';

const T0 = new Date('2026-12-08T02:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);
const NEW_PASSWORD = 'monsoon river lantern';

async function failure(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('accounts kept by administrators', () => {
  let db: TestDatabase;
  const em = () => db.orm.em.fork();
  let serial = 0;
  let admin: AuthUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    const user = await createUser(em(), { username: 'accounts-admin', displayName: 'Admin', roles: [Role.ADMINISTRATOR], password: TEST_PASSWORD });
    admin = toAuthUser(user, user.roles, { kind: 'session', sessionId: '00000000-0000-4000-8000-000000000000' });
  });

  afterAll(async () => {
    await db?.close();
  });

  const newAccount = (input: { expiresAt?: Date | null; temporaryPassword?: string | null; roles?: Role[] } = {}) =>
    createAccount(
      em(),
      { username: `visitor-${++serial}`, displayName: `Visiting surgeon ${serial}`, roles: input.roles ?? [Role.SURGEON], expiresAt: input.expiresAt ?? null, temporaryPassword: input.temporaryPassword },
      T0,
    );

  it('an account with an expiry signs in before it and is refused after it; its sessions and tokens stop at that moment', async () => {
    const { user, temporaryPassword } = await newAccount({ expiresAt: at(60) });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    // The first sign-in must choose a new password.
    const required = await failure(() => login(em(), user.username, temporaryPassword!, at(1)));
    expect([required.code, required.details.reason]).toEqual([ErrorCode.UNAUTHENTICATED, 'PASSWORD_CHANGE_REQUIRED']);
    const tooShort = await failure(() => login(em(), user.username, temporaryPassword!, at(1), undefined, null, 'short'));
    expect([tooShort.code, tooShort.details.reason, tooShort.details.field]).toEqual([ErrorCode.BAD_USER_INPUT, 'PASSWORD_TOO_SHORT', 'newPassword']);
    const same = await failure(() => login(em(), user.username, temporaryPassword!, at(1), undefined, null, temporaryPassword));
    expect(same.details.reason).toBe('SAME_PASSWORD');
    const session = await login(em(), user.username, temporaryPassword!, at(1), undefined, null, NEW_PASSWORD);
    const stored = await em().findOneOrFail(User, { id: user.id });
    expect(stored.mustChangePassword).toBe(false);
    expect(stored.lastSignInAt?.toISOString()).toBe(at(1).toISOString());
    // The temporary password no longer works; the new one does.
    expect((await failure(() => login(em(), user.username, temporaryPassword!, at(2)))).details.reason).toBe('INVALID_CREDENTIALS');
    await login(em(), user.username, NEW_PASSWORD, at(2));

    const owner = toAuthUser(stored, stored.roles, { kind: 'session', sessionId: session.sessionId });
    const { token } = await createApiToken(em(), owner, { name: 'theatre list' }, at(3));
    expect((await authenticate(em(), { sessionToken: session.token }, at(20))).user?.username).toBe(user.username);
    // A token checked just before the expiry is not trusted beyond it.
    expect((await authenticate(em(), { bearerToken: token }, new Date(at(60).getTime() - 2_000))).user?.username).toBe(user.username);

    const expired = await failure(() => login(em(), user.username, NEW_PASSWORD, at(60)));
    expect([expired.code, expired.details.reason, expired.details.params]).toEqual([
      ErrorCode.UNAUTHENTICATED,
      'ACCOUNT_EXPIRED',
      { expiresAt: at(60).toISOString() },
    ]);
    // A wrong password after the expiry says only "wrong password": the expiry is told to whoever knows it.
    expect((await failure(() => login(em(), user.username, 'not the password at all', at(61)))).details.reason).toBe('INVALID_CREDENTIALS');
    expect(await authenticate(em(), { sessionToken: session.token }, new Date(at(60).getTime() + 1_000), { ...DEFAULT_SESSION_POLICY, idleMinutes: 120 })).toEqual({
      user: null,
      problem: 'ACCOUNT_EXPIRED',
    });
    expect(await authenticate(em(), { bearerToken: token }, new Date(at(60).getTime() + 1_000))).toEqual({ user: null, problem: 'ACCOUNT_EXPIRED' });

    // Extended by an administrator: it works again.
    await updateAccount(em(), admin, { userId: user.id, expiresAt: at(24 * 60) }, at(61));
    await login(em(), user.username, NEW_PASSWORD, at(62));
  });

  it('a deactivated account is refused at sign-in, and its sessions and tokens stop at once', async () => {
    const { user } = await newAccount({ temporaryPassword: 'first temporary phrase' });
    const session = await login(em(), user.username, 'first temporary phrase', at(1), undefined, null, NEW_PASSWORD);
    const owner = toAuthUser(user, user.roles, { kind: 'session', sessionId: session.sessionId });
    const { token } = await createApiToken(em(), owner, { name: 'nightly export' }, at(1));
    expect((await authenticate(em(), { bearerToken: token }, at(2))).user).not.toBeNull();

    const change = await setAccountActive(em(), admin, user.id, false);
    expect(change.auditDetail).toBe('deactivated');
    // The token was trusted for 5 s on this process: deactivating forgets it at once.
    expect(await authenticate(em(), { bearerToken: token }, at(2))).toEqual({ user: null, problem: 'ACCOUNT_DEACTIVATED' });
    expect(await authenticate(em(), { sessionToken: session.token }, at(2))).toEqual({ user: null, problem: 'ACCOUNT_DEACTIVATED' });
    const refused = await failure(() => login(em(), user.username, NEW_PASSWORD, at(3)));
    expect([refused.code, refused.details.reason]).toEqual([ErrorCode.UNAUTHENTICATED, 'ACCOUNT_DEACTIVATED']);

    await setAccountActive(em(), admin, user.id, true);
    // Its old sessions stay ended (closing the account revoked them); a new sign-in works.
    expect((await authenticate(em(), { sessionToken: session.token }, at(4))).user).toBeNull();
    await login(em(), user.username, NEW_PASSWORD, at(4));
    expect((await authenticate(em(), { bearerToken: token }, at(4))).user?.username).toBe(user.username);
  });

  it('a password reset ends the sessions and asks for a new password at the next sign-in', async () => {
    const { user } = await newAccount({ temporaryPassword: 'second temporary phrase' });
    const session = await login(em(), user.username, 'second temporary phrase', at(1), undefined, null, NEW_PASSWORD);
    const { temporaryPassword, auditDetail } = await resetPassword(em(), { userId: user.id });
    expect(auditDetail).toBe('password reset (generated)');
    expect(auditDetail).not.toContain(temporaryPassword!);
    expect((await authenticate(em(), { sessionToken: session.token }, at(2))).user).toBeNull();
    expect((await failure(() => login(em(), user.username, NEW_PASSWORD, at(2)))).details.reason).toBe('INVALID_CREDENTIALS');
    expect((await failure(() => login(em(), user.username, temporaryPassword!, at(2)))).details.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    await login(em(), user.username, temporaryPassword!, at(2), undefined, null, 'a brand new phrase');
  });

  it('changing roles ends the sessions; an administrator cannot lock themselves out', async () => {
    const { user } = await newAccount({ temporaryPassword: 'third temporary phrase' });
    const session = await login(em(), user.username, 'third temporary phrase', at(1), undefined, null, NEW_PASSWORD);
    const change = await updateAccount(em(), admin, { userId: user.id, roles: [Role.SURGEON, Role.CASE_MANAGER], displayName: 'Dr Tanaka' }, at(2));
    expect(change.auditDetail).toBe(`name: Visiting surgeon ${serial} → Dr Tanaka; roles: SURGEON → SURGEON, CASE_MANAGER`);
    expect((await authenticate(em(), { sessionToken: session.token }, at(2))).user).toBeNull();
    const next = await login(em(), user.username, NEW_PASSWORD, at(3));
    expect([...permissionsOf(next.user.roles)]).toContain('BOOK_SURGERY');

    expect((await failure(() => setAccountActive(em(), admin, admin.id, false))).details.reason).toBe('OWN_ACCOUNT_LOCKOUT');
    expect((await failure(() => updateAccount(em(), admin, { userId: admin.id, roles: [Role.ANALYST] }, at(3)))).details.reason).toBe('OWN_ACCOUNT_LOCKOUT');
    expect((await failure(() => updateAccount(em(), admin, { userId: user.id, roles: [] }, at(3)))).details.reason).toBe('REQUIRED');
    expect((await failure(() => updateAccount(em(), admin, { userId: user.id, expiresAt: at(-1) }, at(3)))).details.reason).toBe('EXPIRY_IN_PAST');
  });

  it('refuses a taken username and a weak temporary password; lists and finds accounts', async () => {
    const { user } = await newAccount();
    const taken = await failure(() => createAccount(em(), { username: user.username.toUpperCase(), displayName: 'Again', roles: [Role.NURSE] }, T0));
    expect([taken.code, taken.details.reason, taken.details.params]).toEqual([ErrorCode.CONFLICT, 'USERNAME_TAKEN', { username: user.username }]);
    expect((await failure(() => newAccount({ temporaryPassword: 'password1234' }))).details.reason).toBe('COMMON_PASSWORD');
    expect(new Set(Array.from({ length: 20 }, generateTemporaryPassword)).size).toBe(20);

    const found = await listUsers(em(), user.displayName.toUpperCase(), { first: 10 });
    expect(found.nodes.map((u) => u.username)).toEqual([user.username]);
    const everyone = await listUsers(em(), null, { first: 2 });
    expect(everyone.nodes).toHaveLength(2);
    expect(everyone.hasNextPage).toBe(true);
  });
});

describe('accounts over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { production: true });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('every change is audited with who, whom and what changed; only administrators may make it', async () => {
    const admin = await api.userWithRoles([Role.ADMINISTRATOR]);
    const created = await admin.gql<{ createUser: { user: { id: string; mustChangePassword: boolean; expiresAt: string }; temporaryPassword: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id mustChangePassword expiresAt } temporaryPassword } }`,
      { input: { username: 'tanaka', displayName: 'Dr Tanaka', roles: ['SURGEON'], expiresOn: '2099-03-20' } },
    );
    expect(created.errors).toBeUndefined();
    const account = created.data!.createUser;
    expect(account.user.mustChangePassword).toBe(true);
    // The last day is in Phnom Penh; the account stops at the midnight after it.
    expect(account.user.expiresAt).toBe('2099-03-20T17:00:00.000Z');

    const updated = await admin.gql(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { roles } } }`, {
      input: { userId: account.user.id, roles: ['SURGEON', 'NURSE'], clearExpiry: true },
    });
    expect(updated.errors).toBeUndefined();
    await admin.gql(`mutation ($id: ID!) { deactivateUser(userId: $id) { user { active } } }`, { id: account.user.id });
    const reset = await admin.gql<{ resetUserPassword: { temporaryPassword: string | null } }>(
      `mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { temporaryPassword } }`,
      { input: { userId: account.user.id, temporaryPassword: 'typed by the administrator' } },
    );
    expect(reset.data?.resetUserPassword.temporaryPassword).toBeNull();

    const rows = await db.orm.em.fork().getConnection().execute<{ action: string; username: string; target: string; detail: string; outcome: string }[]>(
      `select action, username, target, detail, outcome from audit_entry where target = ? order by id`,
      [`User:${fromGlobal(account.user.id)}`],
    );
    expect(rows.map((r) => [r.action, r.outcome, r.detail])).toEqual([
      ['mutation:createUser', 'OK', 'created tanaka; roles: SURGEON; expires: 2099-03-20T17:00:00.000Z'],
      ['mutation:updateUser', 'OK', 'roles: SURGEON → SURGEON, NURSE; expires: 2099-03-20T17:00:00.000Z → never'],
      ['mutation:deactivateUser', 'OK', 'deactivated'],
      ['mutation:resetUserPassword', 'OK', 'password reset (set by administrator)'],
    ]);
    expect(new Set(rows.map((r) => r.username)).size).toBe(1);
    expect(JSON.stringify(rows)).not.toContain(account.temporaryPassword);
    expect(JSON.stringify(rows)).not.toContain('typed by the administrator');

    // A deactivated account over HTTP: the typed refusal, after the right password only.
    const refused = await api.anonymous.gql(`mutation { login(input: {username: "tanaka", password: "typed by the administrator"}) { expiresAt } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' });

    const nurse = await api.userWithRoles([Role.NURSE]);
    const forbidden = await nurse.gql(`{ users(first: 5) { totalCount } }`);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await admin.gql<{ users: { totalCount: number; edges: { node: { username: string; lastSignInAt: string | null } }[] } }>(
      `{ users(first: 50, search: "tanaka") { totalCount edges { node { username lastSignInAt } } } }`,
    );
    expect(listed.data?.users.edges.map((e) => e.node.username)).toEqual(['tanaka']);
  });
});

const fromGlobal = (id: string): string => fromGlobalId(id)?.key ?? '';
