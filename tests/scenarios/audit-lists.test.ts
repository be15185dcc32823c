import { Role } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../packages/server/src/graphql/context.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { patientInput, testClock, testUser, vacantBeds } from '../support/factories.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { seedPrivacyPatients, type SeededPrivacy } from '../support/privacy-seed.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Row {
  action: string;
  outcome: string;
  username: string | null;
  patient_id: string | null;
  patient_ids: string[];
  detail: string | null;
}

/**
 * The audit trail misses nothing that shows patients, and loses nothing a mutation did:
 * every read of a work list is one entry with the patients it showed, written by the one
 * statement the request's entries share; a mutation's entry commits in its own transaction.
 */
describe('audit of list reads and of mutations', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let schema: GraphQLSchema;
  let seed: SeededPrivacy;
  let clinician: GraphQLClient;
  let analyst: GraphQLClient;
  const clock = testClock();

  const entries = async (where: string, params: unknown[] = []): Promise<Row[]> =>
    db.orm.em.fork().getConnection().execute<Row[]>(
      `select action, outcome, username, patient_id, array(select unnest(patient_ids)::text order by 1) as patient_ids, detail
       from audit_entry where ${where} order by id`,
      params,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    seed = await seedPrivacyPatients(db.orm, clock);
    schema = await createSchema();
    api = await startHttpApp(db, { clock });
    clinician = await api.userWithRoles([Role.CLINICIAN], 'clinician.lists');
    analyst = await api.userWithRoles([Role.ANALYST], 'analyst.lists');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const LISTS: [string, string, string[] | 'ANY'][] = [
    ['read:census', `{ census { bed { label } daysIn } }`, ['child']],
    ['read:inpatients', `{ inpatients { admittedAt } }`, ['child']],
    ['read:referrals', `{ referrals(first: 50) { totalCount edges { node { status } } } }`, ['adult', 'child']],
    ['read:followUps', `{ followUps(first: 50) { edges { node { kind dueDate } } } }`, ['adult']],
    ['read:theatreSchedule', `{ theatreSchedule(date: "2026-03-02") { status scheduledStart } }`, ['adult', 'child']],
    ['read:theatreBoard', `{ theatreBoard(date: "2026-03-02") { theatre { name } surgeries { status } } }`, ['adult']],
    ['read:oncologyAlerts', `{ oncologyAlerts { level } }`, []],
    ['search:patients', `{ patients(search: "Quonsett", first: 5) { edges { node { mrn } } } }`, ['adult']],
  ];

  it.each(LISTS)('records %s with the patients it showed, as the rows were read', async (action, query, shown) => {
    const ids = { adult: seed.patientIds[0], child: seed.patientIds[1] };
    const body = await clinician.gql(query);
    expect(body.errors, query).toBeUndefined();
    const [entry, ...more] = await entries(`username = 'clinician.lists' and action = ?`, [action]);
    expect(more).toEqual([]);
    expect(entry.outcome).toBe('OK');
    if (shown !== 'ANY') expect(entry.patient_ids).toEqual(shown.map((who) => ids[who as keyof typeof ids]).sort());
  });

  it('records a list read by a role that cannot see names too, with the rows\' patients', async () => {
    const body = await analyst.gql(`{ census { bed { label } daysIn } referrals(first: 50) { totalCount } }`);
    expect(body.errors).toBeUndefined();
    const rows = await entries(`username = 'analyst.lists' and action like 'read:%'`);
    expect(rows.map((r) => r.action).sort()).toEqual(['read:census', 'read:referrals']);
    expect(rows.find((r) => r.action === 'read:census')!.patient_ids).toEqual([seed.patientIds[1]]);
  });

  it('shows list reads in a patient\'s "who looked at this record"', async () => {
    const admin = await api.userWithRoles([Role.ADMINISTRATOR], 'admin.lists');
    const body = await admin.gql<{ patient: { accessLog: { edges: { node: { username: string; action: string; patientIds: string[] } }[] } } }>(
      `query ($id: ID!) { patient(id: $id) { accessLog(first: 100) { edges { node { username action patientIds } } } } }`,
      { id: toGlobalId('Patient', seed.patientIds[1]) },
    );
    expect(body.errors).toBeUndefined();
    const seen = body.data!.patient.accessLog.edges.map((e) => `${e.node.username} ${e.node.action}`);
    expect(seen).toEqual(expect.arrayContaining(['clinician.lists read:census', 'analyst.lists read:census', 'clinician.lists read:referrals']));
    const filtered = await admin.gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      `query ($id: ID!) { auditLog(first: 100, filter: { patientId: $id, action: "read:" }) { edges { node { action } } } }`,
      { id: toGlobalId('Patient', seed.patientIds[1]) },
    );
    expect(filtered.data!.auditLog.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(['read:census', 'read:inpatients']));
  });

  /** Statements one request sends: over HTTP (auth, reads, audit) and in-process (reads only). */
  async function statements(query: string): Promise<{ http: string[]; inProcess: string[] }> {
    db.resetQueries();
    const body = await clinician.gql(query);
    expect(body.errors, query).toBeUndefined();
    const http = [...db.queries];
    db.resetQueries();
    const result = await graphql({ schema, source: query, contextValue: createContext(db.orm.em, clock, { user: testUser([Role.CLINICIAN]) }) });
    expect(result.errors, query).toBeUndefined();
    const inProcess = [...db.queries];
    return { http, inProcess };
  }

  it('costs one statement per request for the audit, however many lists and rows it read', async () => {
    const baseline = await statements(`{ checklistItems { key } }`);
    const auth = baseline.http.length - baseline.inProcess.length;
    expect(baseline.http.filter((sql) => /audit_entry/.test(sql))).toEqual([]);
    const queries = [...LISTS.map(([, query]) => query), `{ census { bed { label } } referrals(first: 50) { edges { node { status } } } followUps { totalCount } }`];
    for (const query of queries) {
      await statements(query); // warm: prepared statements are planned once per connection
      const { http, inProcess } = await statements(query);
      expect(http.filter((sql) => /audit_entry/.test(sql)), query).toHaveLength(1);
      expect(http.length, query).toBe(inProcess.length + auth + 1);
    }
  });

  describe('a mutation\'s entry commits in its own transaction', () => {
    const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
    const admit = `mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`;

    it('is there even when the response never leaves (nothing flushed after the commit)', async () => {
      const context = createContext(db.orm.em, clock, { user: testUser([Role.NURSE]) });
      const input = patientInput({ familyName: 'Norflush', givenName: 'Committed', confirmNotDuplicate: true });
      const result = await graphql({ schema, source: register, variableValues: { input }, contextValue: context });
      expect(result.errors).toBeUndefined();
      // The request "crashes" here: its trail is never flushed.
      const patientId = (result.data as { registerPatient: { id: string } }).registerPatient.id;
      const [entry, ...more] = await entries(`action = 'mutation:registerPatient' and patient_id = ?`, [Buffer.from(patientId, 'base64url').toString().split(':')[1]]);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ outcome: 'OK', username: context.user!.username });
      // And it is not written a second time when the trail is flushed.
      expect(context.audit.pending).toEqual([]);
    });

    it('leaves no entry of a mutation that rolled back; its refusal is written afterwards, once', async () => {
      const [bed] = await vacantBeds(db.orm, 1);
      const patients: string[] = [];
      for (let i = 0; i < 6; i++) {
        const context = createContext(db.orm.em, clock, { user: testUser([Role.NURSE]) });
        const result = await graphql({ schema, source: register, variableValues: { input: patientInput({ familyName: 'Bedrace', givenName: `Number${'abcdef'[i]}` }) }, contextValue: context });
        patients.push((result.data as { registerPatient: { id: string } }).registerPatient.id);
      }
      const bedId = toGlobalId('Bed', bed.id);
      const contexts = patients.map(() => createContext(db.orm.em, clock, { user: testUser([Role.NURSE]) }));
      // Six admissions to one bed at once: the database lets one in; the others roll back.
      const results = await Promise.all(patients.map((patientId, i) =>
        graphql({ schema, source: admit, variableValues: { input: { patientId, bedId, reason: 'MEDICAL' } }, contextValue: contexts[i] })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const before = await entries(`action = 'mutation:admitPatient'`);
      expect(before.map((e) => e.outcome)).toEqual(['OK']);
      for (const context of contexts) await context.audit.flush(api.app.auditWriter, { user: context.user, ip: null, userAgent: null, at: clock() });
      const after = await entries(`action = 'mutation:admitPatient'`);
      expect(after.filter((e) => e.outcome === 'OK')).toHaveLength(1);
      expect(after.filter((e) => e.outcome === 'CONFLICT')).toHaveLength(5);
    });

    it('names who signed in, from the session the login opened', async () => {
      await api.userWithRoles([Role.NURSE], 'nurse.signin');
      const [entry] = await entries(`action = 'mutation:login' and detail = 'nurse.signin' and outcome = 'OK'`);
      expect(entry).toMatchObject({ username: 'nurse.signin' });
    });
  });
});
