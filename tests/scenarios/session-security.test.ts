import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, FREE_ADDRESS_FAILURES } from '../../packages/server/src/auth/auth.service.js';
import { startHttpApp, TEST_PASSWORD, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Issue 20 over HTTP, as the web app and a script see it: the idle timeout, the screen lock
 * (data refused until the same user unlocks; another user signing in ends the session),
 * sign out everywhere, an administrator's forced sign-out, and the audit trail of each.
 */
describe('sessions on shared ward computers', () => {
  let db: TestDatabase;
  let api: HttpApp;

  const errorOf = (body: GraphQLBody<unknown>) => body.errors?.[0]?.extensions;
  /** The client's cookie with the new one a response set, if it set one. */
  const cookieFrom = (response: Response, fallback: string | null): string | null => response.headers.get('set-cookie')?.split(';')[0] ?? fallback;
  const withCookie = (cookie: string | null): GraphQLClient => ({
    cookie,
    post: (body, headers = {}) => api.anonymous.post(body, { ...(cookie ? { cookie } : {}), ...headers }),
    gql: (query, variables, headers = {}) => api.anonymous.gql(query, variables, { ...(cookie ? { cookie } : {}), ...headers }),
  });
  const auditOf = async (username: string) =>
    db.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; outcome: string; username: string | null; target: string | null; detail: string | null }[]>(
        `select action, outcome, username, target, detail from audit_entry where username = ? or detail = ? order by id`,
        [username, username],
      );
  const PATIENTS = '{ patients(first: 1) { totalCount } }';

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db);
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('ends a session after 30 minutes without a request (SESSION_IDLE), the 12 hours notwithstanding', async () => {
    const nurse = await api.userWithRoles([Role.NURSE], 'idle.nurse');
    expect((await nurse.gql(PATIENTS)).errors).toBeUndefined();
    const { data } = await nurse.gql<{ mySession: { idleTimeoutMinutes: number; lockAfterMinutes: number } }>(
      '{ mySession { idleTimeoutMinutes lockAfterMinutes locked } }',
    );
    expect(data?.mySession).toEqual({ idleTimeoutMinutes: 30, lockAfterMinutes: 15, locked: false });
    // The session was last seen 29 minutes ago: still good (and seen again now)…
    const seenAgo = (minutes: number) =>
      db.orm.em
        .fork()
        .getConnection()
        .execute(`update user_session s set last_seen_at = now() - make_interval(mins => ?) from app_user u where u.id = s.user_id and u.username = 'idle.nurse'`, [minutes]);
    await seenAgo(29);
    expect((await nurse.gql(PATIENTS)).errors).toBeUndefined();
    // …31 minutes ago: a stolen or forgotten cookie no longer works.
    await seenAgo(31);
    expect(errorOf(await nurse.gql(PATIENTS))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE' });
  });

  it('locks a session: data is refused until the same user unlocks with the password, with a new cookie', async () => {
    const nurse = await api.userWithRoles([Role.NURSE], 'locked.nurse');
    expect((await nurse.gql('mutation { lockSession }')).data).toEqual({ lockSession: true });
    // A reload while locked shows nothing: every data request is refused…
    expect(errorOf(await nurse.gql(PATIENTS))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_LOCKED' });
    expect(errorOf(await nurse.gql('{ me { username } }'))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_LOCKED' });
    // …but the lock screen can say whose session it is.
    const session = await nurse.gql<{ mySession: { locked: boolean; user: { username: string } } }>('{ mySession { locked user { username } } }');
    expect(session.data?.mySession).toEqual({ locked: true, user: { username: 'locked.nurse' } });

    const unlock = 'mutation ($input: UnlockSessionInput!) { unlockSession(input: $input) { user { username } } }';
    const wrong = await nurse.gql(unlock, { input: { password: 'not my password' } });
    expect(errorOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(errorOf(await nurse.gql(PATIENTS))).toMatchObject({ reason: 'SESSION_LOCKED' });

    const response = await nurse.post({ query: unlock, variables: { input: { password: TEST_PASSWORD } } });
    expect(((await response.json()) as GraphQLBody<{ unlockSession: unknown }>).data?.unlockSession).toEqual({ user: { username: 'locked.nurse' } });
    const rotated = cookieFrom(response, null);
    expect(rotated).toMatch(/^pj_session=/);
    expect(rotated).not.toBe(nurse.cookie);
    expect((await withCookie(rotated).gql(PATIENTS)).errors).toBeUndefined();
    // The cookie from before the lock is worth nothing.
    expect(errorOf(await nurse.gql(PATIENTS))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('throttles unlocking: after five wrong passwords even the right one must wait', async () => {
    const nurse = await api.userWithRoles([Role.NURSE], 'guessed.nurse');
    await nurse.gql('mutation { lockSession }');
    const unlock = 'mutation ($input: UnlockSessionInput!) { unlockSession(input: $input) { expiresAt } }';
    for (let i = 0; i < 5; i++) expect(errorOf(await nurse.gql(unlock, { input: { password: `guess ${i}` } }))?.reason).toBe('INVALID_CREDENTIALS');
    expect(errorOf(await nurse.gql(unlock, { input: { password: TEST_PASSWORD } }))).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 1 });
  });

  it('"sign in as someone else" on a locked screen ends the first session', async () => {
    const first = await api.userWithRoles([Role.NURSE], 'first.nurse');
    await createUser(db.orm.em.fork(), { username: 'second.nurse', displayName: 'Second nurse', roles: [Role.NURSE], password: TEST_PASSWORD });
    await first.gql('mutation { lockSession }');
    const response = await first.post({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { user { username } } }',
      variables: { input: { username: 'second.nurse', password: TEST_PASSWORD } },
    });
    const second = withCookie(cookieFrom(response, null));
    expect(((await second.gql<{ me: { username: string } }>('{ me { username } }')).data?.me.username)).toBe('second.nurse');
    expect(errorOf(await first.gql(PATIENTS))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    expect(errorOf(await first.gql('mutation ($input: UnlockSessionInput!) { unlockSession(input: $input) { expiresAt } }', { input: { password: TEST_PASSWORD } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('signs a user out everywhere: every browser of theirs, none of anyone else', async () => {
    await api.userWithRoles([Role.CLINICIAN], 'busy.clinician');
    const here = await api.signIn('busy.clinician', TEST_PASSWORD);
    const there = await api.signIn('busy.clinician', TEST_PASSWORD);
    const colleague = await api.userWithRoles([Role.CLINICIAN]);
    const { data } = await here.gql<{ signOutEverywhere: { sessionsEnded: number; user: { username: string } } }>(
      'mutation { signOutEverywhere { sessionsEnded user { username } } }',
    );
    // The one made by userWithRoles, and these two.
    expect(data?.signOutEverywhere).toEqual({ sessionsEnded: 3, user: { username: 'busy.clinician' } });
    for (const client of [here, there]) expect(errorOf(await client.gql(PATIENTS))).toMatchObject({ reason: 'SESSION_EXPIRED' });
    expect((await colleague.gql(PATIENTS)).errors).toBeUndefined();
  });

  it('lets only an administrator sign another user out (FORBIDDEN for everyone else)', async () => {
    const target = await api.userWithRoles([Role.SURGEON], 'forced.surgeon');
    const { data } = await target.gql<{ me: { id: string } }>('{ me { id } }');
    const userId = data!.me.id;
    const signOut = 'mutation ($userId: ID!) { signOutUser(userId: $userId) { sessionsEnded user { username } } }';
    for (const role of Object.values(Role).filter((r) => r !== Role.ADMINISTRATOR)) {
      const other = await api.userWithRoles([role]);
      expect(errorOf(await other.gql(signOut, { userId })), role).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await target.gql(PATIENTS)).errors).toBeUndefined();
    const admin = await api.userWithRoles([Role.ADMINISTRATOR], 'ward.admin');
    const forced = await admin.gql<{ signOutUser: { sessionsEnded: number } }>(signOut, { userId });
    expect(forced.data?.signOutUser).toEqual({ sessionsEnded: 1, user: { username: 'forced.surgeon' } });
    expect(errorOf(await target.gql(PATIENTS))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    expect(errorOf(await admin.gql(signOut, { userId: 'not an id' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('audits every sign-in (success and failure), lock, unlock, forced sign-out and sign out everywhere', async () => {
    const nurse = await api.userWithRoles([Role.NURSE], 'audited.nurse');
    await api.anonymous.gql('mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', { input: { username: 'audited.nurse', password: 'wrong one' } });
    await nurse.gql('mutation { lockSession }');
    await nurse.gql(PATIENTS);
    const unlock = 'mutation ($input: UnlockSessionInput!) { unlockSession(input: $input) { expiresAt } }';
    await nurse.gql(unlock, { input: { password: 'wrong again' } });
    const unlocked = await nurse.post({ query: unlock, variables: { input: { password: TEST_PASSWORD } } });
    const again = withCookie(cookieFrom(unlocked, null));
    const admin = await api.userWithRoles([Role.ADMINISTRATOR], 'auditing.admin');
    const { data } = await again.gql<{ me: { id: string } }>('{ me { id } }');
    await admin.gql('mutation ($userId: ID!) { signOutUser(userId: $userId) { sessionsEnded } }', { userId: data!.me.id });
    const other = await api.signIn('audited.nurse', TEST_PASSWORD);
    await other.gql('mutation { signOutEverywhere { sessionsEnded } }');

    const entries = (await auditOf('audited.nurse')).map((e) => [e.action, e.outcome, e.username]);
    expect(entries).toEqual([
      ['mutation:login', 'OK', 'audited.nurse'],
      ['mutation:login', 'UNAUTHENTICATED', null],
      ['mutation:lockSession', 'OK', 'audited.nurse'],
      // The refused read while locked is the locked session's user's.
      ['search:patients', 'UNAUTHENTICATED', 'audited.nurse'],
      ['mutation:unlockSession', 'UNAUTHENTICATED', 'audited.nurse'],
      ['mutation:unlockSession', 'OK', 'audited.nurse'],
      ['mutation:login', 'OK', 'audited.nurse'],
      ['mutation:signOutEverywhere', 'OK', 'audited.nurse'],
    ]);
    const forced = (await auditOf('auditing.admin')).filter((e) => e.action === 'mutation:signOutUser');
    const [signedOut] = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from app_user where username = 'audited.nurse'`);
    expect(forced).toEqual([{ action: 'mutation:signOutUser', outcome: 'OK', username: 'auditing.admin', target: `User:${signedOut.id}`, detail: null }]);
  });

  it('throttles sign-in per client address: many usernames from one address, then even a right password waits', async () => {
    await createUser(db.orm.em.fork(), { username: 'throttled.nurse', displayName: 'Nurse', roles: [Role.NURSE], password: TEST_PASSWORD });
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }';
    // Each username is tried once (no account's own limit is reached); the earlier tests of this
    // file made some failures from this address already, so the limit may come sooner.
    const reasons: unknown[] = [];
    for (let i = 0; i < FREE_ADDRESS_FAILURES; i++) {
      reasons.push(errorOf(await api.anonymous.gql(login, { input: { username: `sprayed-${i}`, password: 'Password1!' } }))?.reason);
    }
    expect(reasons[0]).toBe('INVALID_CREDENTIALS');
    expect(reasons.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    expect(errorOf(await api.anonymous.gql(login, { input: { username: 'throttled.nurse', password: TEST_PASSWORD } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOO_MANY_ATTEMPTS',
    });
  });
});
