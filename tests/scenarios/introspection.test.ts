import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('schema introspection', () => {
  let db: TestDatabase;
  let production: HttpApp;
  let development: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    [production, development] = await Promise.all([startHttpApp(db, { production: true }), startHttpApp(db)]);
  });

  afterAll(async () => {
    await Promise.all([production?.close(), development?.close()]);
    await db?.close();
  });

  it('in production describes the schema only to signed-in users', async () => {
    const anonymous = await production.anonymous.post({ query: INTROSPECTION });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const nested = await production.anonymous.gql('{ a: __type(name: "Patient") { name } }');
    expect(nested.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await production.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('in production still answers ordinary anonymous requests with UNAUTHENTICATED, not an error', async () => {
    const body = await production.anonymous.gql('{ patients { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
  });

  it('in development lets tools introspect without signing in', async () => {
    expect((await development.anonymous.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
