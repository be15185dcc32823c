import { InterfaceLanguage, Role } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { httpAppForTests, TEST_PASSWORD } from '../../../../tests/support/http-app.js';
import { createUser, setUserLanguage } from './auth.service.js';
import { User } from './user.entity.js';

describe('the language kept with an account', () => {
  const app = httpAppForTests();

  it('is null until chosen, then set by the user themselves, served on `me` and at sign-in, and audited', async () => {
    const client = await app.api.userWithRoles([Role.SURGEON], 'visiting.surgeon');
    const before = await client.gql('{ me { language } }');
    expect(before.data).toEqual({ me: { language: null } });

    const set = await client.gql('mutation { setMyLanguage(language: JA) { username language } }');
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({ setMyLanguage: { username: 'visiting.surgeon', language: 'JA' } });

    const again = await app.api.signIn('visiting.surgeon', TEST_PASSWORD);
    const login = await again.gql('{ mySession { user { language } } }');
    expect(login.data).toEqual({ mySession: { user: { language: 'JA' } } });

    const audit = await app.db.orm.em
      .getConnection()
      .execute<{ outcome: string }[]>(`select outcome from audit_entry where username = 'visiting.surgeon' and action = 'mutation:setMyLanguage'`);
    expect(audit.map((r) => r.outcome)).toContain('OK');
  });

  it('refuses a language the app does not have, in the API and in the database', async () => {
    const client = await app.api.userWithRoles([Role.NURSE]);
    const wrong = await client.gql('mutation { setMyLanguage(language: FR) { language } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await createUser(app.db.orm.em.fork(), { username: 'raw.write', displayName: 'Raw Write', roles: [Role.NURSE], password: TEST_PASSWORD });
    await expect(app.db.orm.em.getConnection().execute(`update app_user set language = 'fr' where username = 'raw.write'`)).rejects.toThrow(/app_user_language_check/);
    const user = await app.db.orm.em.fork().findOneOrFail(User, { username: 'raw.write' });
    await setUserLanguage(app.db.orm.em.fork(), user.id, InterfaceLanguage.KM);
    expect((await app.db.orm.em.fork().findOneOrFail(User, { username: 'raw.write' })).language).toBe('km');
  });
});
