import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Role } from '@pj/shared';
import { parse, print, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, queryLimitRules } from '../../packages/server/src/graphql/limits.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { WEB_MANIFEST_FILE, withTypenames } from '../../packages/server/src/graphql/trusted-documents.js';
import { LiveTopic, livePubSub } from '../../packages/server/src/live/live-pubsub.js';
import { testClock } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { graphqlWsClient, subscribeTo, until } from '../support/live-cluster.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Trusted documents: the web app's operations, extracted at build time into a manifest
 * (hash → document), sent by hash; with TRUSTED_DOCUMENTS=enforce a browser session runs only
 * those, while an API token may send any query within the limits.
 */
const manifest = JSON.parse(readFileSync(WEB_MANIFEST_FILE, 'utf8')) as Record<string, string>;

function hashOf(operationName: string): string {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`(query|mutation) ${operationName}\\b`).test(text));
  if (!entry) throw new Error(`the manifest has no operation ${operationName}`);
  return entry[0].replace(/^sha256:/, '');
}

const byHash = (hash: string, variables?: Record<string, unknown>) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const OWN_QUERY = '{ provinces { code name nameKhmer } }';

function bearer(api: HttpApp, token: string): GraphQLClient {
  const headers = { authorization: `Bearer ${token}` };
  return {
    cookie: null,
    post: (body, extra = {}) => api.anonymous.post(body, { ...headers, ...extra }),
    gql: (query, variables, extra = {}) => api.anonymous.gql(query, variables, { ...headers, ...extra }),
  };
}

describe('the web app manifest', () => {
  it('holds every operation of the web app, each keyed by the sha256 of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(40);
    for (const [hash, text] of Object.entries(manifest)) {
      expect(hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
  });

  it('every document validates against the schema and stays within the token, depth and cost limits', async () => {
    const schema = await createSchema();
    // As extracted, and as the server runs them (with `__typename` where Apollo's cache wants
    // it), each parsed within the token limit as a client's text is.
    const problems = Object.values(manifest).flatMap((text) =>
      [parseQuery(text), parseQuery(print(withTypenames(parse(text))))].flatMap((document) =>
        validate(schema, document, [...specifiedRules, ...queryLimitRules]).map((error) => `${text.slice(0, 80)}…: ${error.message}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});

for (const mode of ['allow', 'enforce'] as const) {
  describe(`TRUSTED_DOCUMENTS=${mode} over HTTP (production configuration)`, () => {
    let db: TestDatabase;
    let api: HttpApp;
    let clinician: GraphQLClient;

    beforeAll(async () => {
      db = await createTestDatabase();
      api = await startHttpApp(db, { clock: testClock(), production: true, trustedDocuments: { mode } });
      clinician = await api.userWithRoles([Role.CLINICIAN]);
    });

    afterAll(async () => {
      await api?.close();
      await db?.close();
    });

    it('runs a manifest document sent by its hash alone', async () => {
      const response = await clinician.post(byHash(hashOf('Provinces')));
      expect(response.status).toBe(200);
      const body = (await response.json()) as GraphQLBody<{ provinces: unknown[] }>;
      expect(body.errors).toBeUndefined();
      expect(body.data?.provinces).toHaveLength(25);
      const me = (await (await clinician.post(byHash(hashOf('Me')))).json()) as GraphQLBody<{ mySession: { user: { username: string } } }>;
      expect(me.errors).toBeUndefined();
      expect(me.data?.mySession.user.username).toMatch(/^tester/);
    });

    it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
      const response = await clinician.post(byHash('0'.repeat(64)));
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLBody<unknown>;
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    });

    it('signs in with the web app\'s own Login document by hash', async () => {
      const username = `manifest-login-${mode}`;
      await api.userWithRoles([Role.NURSE], username);
      const response = await api.anonymous.post(byHash(hashOf('Login'), { input: { username, password: 'test-password' } }));
      const body = (await response.json()) as GraphQLBody<{ login: unknown }>;
      expect(body.errors).toBeUndefined();
      expect(response.headers.get('set-cookie')).toMatch(/^pj_session=/);
    });

    it('runs the manifest document sent as text', async () => {
      const text = manifest[`sha256:${hashOf('Provinces')}`];
      const body = await clinician.gql<{ provinces: unknown[] }>(text);
      expect(body.errors).toBeUndefined();
    });

    it('lets a browser session read the schema (the explorer\'s documentation)', async () => {
      const body = await clinician.gql<{ __type: { name: string } }>('{ __type(name: "Patient") { name fields { name } } }');
      expect(body.errors).toBeUndefined();
      expect(body.data?.__type.name).toBe('Patient');
    });

    it('runs any query sent with an API token', async () => {
      const created = await clinician.gql<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "script" }) { token } }');
      if (mode === 'enforce') {
        // Not a web app document: a browser session cannot make tokens outside the app.
        expect(created.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['FORBIDDEN', 'UNKNOWN_DOCUMENT']]);
        return;
      }
      expect(created.errors).toBeUndefined();
      const script = bearer(api, created.data!.createApiToken.token);
      const body = await script.gql<{ provinces: unknown[] }>(OWN_QUERY);
      expect(body.errors).toBeUndefined();
      expect(body.data?.provinces).toHaveLength(25);
    });

    if (mode === 'allow') {
      it('runs a browser session\'s own query', async () => {
        const body = await clinician.gql<{ provinces: unknown[] }>(OWN_QUERY);
        expect(body.errors).toBeUndefined();
      });
    } else {
      it('refuses a browser session\'s own query with 403, FORBIDDEN and UNKNOWN_DOCUMENT, before running it', async () => {
        for (const query of [OWN_QUERY, 'mutation { logout }', '{ provinces { code } __schema { queryType { name } } }']) {
          const response = await clinician.post({ query });
          expect(response.status, query).toBe(403);
          const body = (await response.json()) as GraphQLBody<unknown>;
          expect(body.data, query).toBeUndefined();
          expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.reason]), query).toEqual([['FORBIDDEN', 'UNKNOWN_DOCUMENT']]);
        }
        // The session was not signed out by the refused logout.
        expect((await clinician.post(byHash(hashOf('Me')))).status).toBe(200);
      });

      it('runs any query within the limits for an API token, and still refuses one over them', async () => {
        const { token } = await createTokenOutsideTheApp(db, api);
        const script = bearer(api, token);
        const body = await script.gql<{ provinces: unknown[] }>(OWN_QUERY);
        expect(body.errors).toBeUndefined();
        let inner = 'id';
        for (let i = 11; i > 0; i--) inner = i % 2 === 1 ? `currentAdmission { ${inner} }` : `bed { ${inner} }`;
        const deep = await script.post({ query: `{ node(id: "QmVkOjA") { ... on Bed { ${inner} } } }` });
        expect(deep.status).toBe(400);
        expect(((await deep.json()) as GraphQLBody<unknown>).errors?.[0].extensions?.reason).toBe('QUERY_TOO_DEEP');
      });

      it('holds a browser session\'s socket to the web app\'s subscriptions, and lets an API token\'s subscribe to anything', async () => {
        const { token } = await createTokenOutsideTheApp(db, api);
        const session = graphqlWsClient(api.url, { cookie: clinician.cookie });
        const script = graphqlWsClient(api.url, { token });
        try {
          const census = Object.entries(manifest).find(([, text]) => /subscription WardCensusChanged\b/.test(text));
          if (!census) throw new Error('the manifest has no WardCensusChanged subscription');
          const asTheAppSends = print(withTypenames(parse(census[1])));
          const subscriptions = {
            own: subscribeTo(session, OWN_QUERY),
            ownSubscription: subscribeTo(session, 'subscription { censusChanged { bed { id } } }'),
            unknownHash: subscribeTo(session, '', {}, { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } }),
            manifestText: subscribeTo(session, asTheAppSends, { withPatients: true }),
            manifestHash: subscribeTo(session, '', { withPatients: false }, { persistedQuery: { version: 1, sha256Hash: census[0].replace(/^sha256:/, '') } }),
            token: subscribeTo(script, 'subscription { censusChanged { bed { id } } }'),
          };
          const codes = (name: keyof typeof subscriptions) => subscriptions[name].results.flatMap((r) => r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason]) ?? []);
          // A refused operation ends with graphql-ws's Error message: the errors, and nothing run.
          const refusal = async (name: keyof typeof subscriptions) =>
            ((await subscriptions[name].ended) as { extensions?: { code?: string; reason?: string } }[]).map((e) => [e.extensions?.code, e.extensions?.reason]);
          expect(await refusal('ownSubscription')).toEqual([['FORBIDDEN', 'UNKNOWN_DOCUMENT']]);
          expect(await refusal('unknownHash')).toEqual([['PERSISTED_QUERY_NOT_FOUND', undefined]]);
          expect(await refusal('own')).toEqual([['FORBIDDEN', 'UNKNOWN_DOCUMENT']]);
          expect(subscriptions.ownSubscription.results).toEqual([]);
          // The server (this process) has started the three accepted ones: an admission committed
          // before that would be announced to nobody.
          await until('the three accepted subscriptions to start', () => livePubSub.listenerCount(LiveTopic.census) >= 3);

          // The accepted ones receive the next admission. A subscription reads its starting census
          // just after it starts listening: an admission committed in between is part of that
          // starting point and announced to it as nothing new. So while any of the three has
          // received nothing, the next bed is admitted to (every admission after the start is sent).
          const admit = bearer(api, token);
          const { wards } = (await admit.gql<{ wards: { beds: { id: string }[] }[] }>('{ wards { beds { id } } }')).data!;
          const accepted = ['manifestText', 'manifestHash', 'token'] as const;
          const allReceived = () => accepted.every((name) => subscriptions[name].results.length > 0);
          const admittedTo: string[] = [];
          for (const bed of wards[0].beds.slice(0, 4)) {
            const { registerPatient } = (
              await admit.gql<{ registerPatient: { id: string } }>(`mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`, {
                input: { familyName: 'Socket', givenName: `Dara ${admittedTo.length + 1}`, sex: 'FEMALE', birthDate: '1980-05-05', phones: [], provinceCode: 12, confirmNotDuplicate: true },
              })
            ).data!;
            const admitted = await admit.gql(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
              input: { patientId: registerPatient.id, bedId: bed.id, reason: 'MEDICAL' },
            });
            expect(admitted.errors).toBeUndefined();
            admittedTo.push(bed.id);
            if (await until('the three accepted subscriptions', allReceived, 5_000).then(() => true, () => false)) break;
          }
          expect(accepted.filter((name) => subscriptions[name].results.length === 0), 'accepted subscriptions that received nothing').toEqual([]);
          for (const name of accepted) {
            expect(codes(name), name).toEqual([]);
            const { censusChanged } = subscriptions[name].results[0].data as { censusChanged: { bed: { id: string } } };
            expect(admittedTo, name).toContain(censusChanged.bed.id);
          }
        } finally {
          await Promise.all([session.dispose(), script.dispose()]);
        }
      });

      it('leaves signed-out requests to sign in, whatever they send', async () => {
        const body = await api.anonymous.gql('{ provinces { code } }');
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      });
    }
  });
}

/** An API token made as a script would after creating it on a server that allows it. */
async function createTokenOutsideTheApp(db: TestDatabase, api: HttpApp): Promise<{ token: string }> {
  const { createApiToken, authenticate, createUser } = await import('../../packages/server/src/auth/auth.service.js');
  const username = `script-owner-${Date.now()}`;
  await createUser(db.orm.em.fork(), { username, displayName: 'Script owner', roles: [Role.CLINICIAN], password: 'test-password' });
  const session = await api.signIn(username, 'test-password');
  const sessionToken = decodeURIComponent(session.cookie!.split('=')[1]);
  const auth = await authenticate(db.orm.em.fork(), { sessionToken }, new Date());
  if (!auth.user) throw new Error('no user');
  const { token } = await createApiToken(db.orm.em.fork(), auth.user, { name: 'script' }, new Date());
  return { token };
}

describe('withTypenames', () => {
  it('adds __typename to every selection set below the root, as Apollo Client does, once', () => {
    const document = parse('query Q { me { username roles } node(id: "x") { id ... on Patient { mrn } } } fragment F on Ward { __typename name }');
    expect(print(withTypenames(document))).toBe(
      print(parse('query Q { me { username roles __typename } node(id: "x") { id ... on Patient { mrn __typename } __typename } } fragment F on Ward { __typename name }')),
    );
  });
});
