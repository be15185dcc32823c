import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { DomainError } from '../common/domain-error.js';
import { authenticate, createUser } from './auth.service.js';
import { createTokenForUser } from './create-token.js';

describe('createTokenForUser (pnpm create-token)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db.orm.em.fork(), { username: 'token.owner', displayName: 'Token owner', roles: [Role.CLINICIAN, Role.ANALYST], password: 'test-password' });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('makes a working token with the roles asked for, never more than the owner has', async () => {
    const now = new Date();
    const { token, roles } = await createTokenForUser(db.orm.em.fork(), { username: 'Token.Owner', name: 'monthly report', roles: [Role.ANALYST] }, now);
    expect(roles).toEqual([Role.ANALYST]);
    const auth = await authenticate(db.orm.em.fork(), { bearerToken: token }, now);
    expect(auth.user?.username).toBe('token.owner');
    expect(auth.user?.roles).toEqual([Role.ANALYST]);
    await expect(createTokenForUser(db.orm.em.fork(), { username: 'token.owner', name: 'too much', roles: [Role.ADMINISTRATOR] }, now)).rejects.toThrow(DomainError);
    await expect(createTokenForUser(db.orm.em.fork(), { username: 'nobody', name: 'x' }, now)).rejects.toThrow(/nobody/);
  });
});
