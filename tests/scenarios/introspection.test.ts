import { Role } from '@pj/shared';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
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

  it('in production gives the full introspection query to a signed-in user, by session and by API token', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const clinician = await production.userWithRoles([Role.CLINICIAN]);
    const bySession = await clinician.post({ query });
    expect(bySession.status).toBe(200);
    const sessionBody = (await bySession.json()) as { data: IntrospectionQuery; errors?: unknown };
    expect(sessionBody.errors).toBeUndefined();
    const schema = buildClientSchema(sessionBody.data);
    expect(Object.keys(schema.getType('Patient')?.toConfig() as object)).toContain('fields');

    const token = await clinician.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "schema tools" }) { token } }',
    );
    const byToken = await production.anonymous.post({ query }, { authorization: `Bearer ${token.data!.createApiToken.token}` });
    expect(byToken.status).toBe(200);
    const tokenBody = (await byToken.json()) as { data: IntrospectionQuery; errors?: unknown };
    expect(tokenBody.errors).toBeUndefined();
    expect(tokenBody.data.__schema.types.some((type) => type.name === 'Patient')).toBe(true);
  });

  it('in production refuses the full introspection query to anyone signed out with UNAUTHENTICATED', async () => {
    const response = await production.anonymous.post({ query: getIntrospectionQuery() });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(body.data ?? null).toBeNull();
    const badToken = await production.anonymous.post({ query: getIntrospectionQuery() }, { authorization: 'Bearer pj_not-a-token' });
    expect(badToken.status).toBe(401);
    expect(((await badToken.json()) as typeof body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('in production still answers ordinary anonymous requests with UNAUTHENTICATED, not an error', async () => {
    const body = await production.anonymous.gql('{ patients { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
  });

  it('in development lets tools introspect without signing in', async () => {
    expect((await development.anonymous.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
