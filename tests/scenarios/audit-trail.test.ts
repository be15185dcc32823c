import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Entry {
  username: string | null;
  action: string;
  outcome: string;
  patientId: string | null;
  target: string | null;
  detail: string | null;
  ip: string | null;
  userAgent: string | null;
}

const ENTRIES = /* GraphQL */ `
  query ($filter: AuditLogFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      totalCount
      edges { node { username action outcome patientId target detail ip userAgent at } }
    }
  }
`;

describe('audit trail', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let nurse: GraphQLClient;
  let clinician: GraphQLClient;
  let admin: GraphQLClient;
  let patientId = '';

  async function log(filter: Record<string, unknown>, first = 50): Promise<Entry[]> {
    const body = await admin.gql<{ auditLog: { edges: { node: Entry }[] } }>(ENTRIES, { filter, first });
    expect(body.errors).toBeUndefined();
    return body.data!.auditLog.edges.map((e) => e.node);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db);
    nurse = await api.userWithRoles([Role.NURSE], 'nurse.audit');
    clinician = await api.userWithRoles([Role.CLINICIAN], 'clinician.audit');
    admin = await api.userWithRoles([Role.ADMINISTRATOR], 'admin.audit');
    const registered = await nurse.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "Ly", givenName: "Kanha", sex: FEMALE, birthDate: "1985-02-03", provinceCode: 3 }) { id } }`,
    );
    patientId = registered.data!.registerPatient.id;
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('records each mutation with who, what, which patient and the outcome', async () => {
    const [entry] = await log({ username: 'nurse.audit', action: 'mutation:registerPatient' });
    expect(entry).toMatchObject({ username: 'nurse.audit', outcome: 'OK', patientId, target: expect.stringMatching(/^Patient:/) });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);

    // A refused mutation is recorded too, with the code the client got.
    const refused = await clinician.gql(`mutation ($input: DischargePatientInput!) { dischargePatient(input: $input) { id } }`, {
      input: { patientId, disposition: 'HOME', diagnosis: 'n/a' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [failed] = await log({ username: 'clinician.audit', action: 'mutation:dischargePatient' });
    expect(failed).toMatchObject({ outcome: 'CONFLICT', patientId });
  });

  it('records every read of a patient\'s record and timeline', async () => {
    await clinician.gql(`query ($id: ID!) { patient(id: $id) { mrn journey(first: 10) { edges { node { kind } } } } }`, { id: patientId });
    const reads = await log({ patientId, action: 'read:' });
    expect(reads.map((e) => [e.username, e.action])).toEqual([
      ['clinician.audit', 'read:journey'],
      ['clinician.audit', 'read:patient'],
    ]);
    expect(reads[0].userAgent).toBeTruthy();
  });

  it('shows an administrator who looked at a record, newest first, and no one else', async () => {
    const query = `query ($id: ID!) { patient(id: $id) { accessLog(first: 20) { edges { node { username action } } } } }`;
    const asAdmin = await admin.gql<{ patient: { accessLog: { edges: { node: { username: string; action: string } }[] } } }>(query, { id: patientId });
    const actions = asAdmin.data!.patient.accessLog.edges.map((e) => `${e.node.username} ${e.node.action}`);
    expect(actions).toContain('clinician.audit read:patient');
    expect(actions.at(-1)).toBe('nurse.audit mutation:registerPatient');

    const asClinician = await clinician.gql(query, { id: patientId });
    expect(asClinician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditAsClinician = await clinician.gql(ENTRIES, {});
    expect(auditAsClinician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records searches, sign-ins and anonymous attempts', async () => {
    await clinician.gql(`{ patients(search: "kanha") { totalCount } }`);
    const [search] = await log({ username: 'clinician.audit', action: 'search:patients' });
    expect(search).toMatchObject({ detail: 'kanha', outcome: 'OK' });

    await api.anonymous.gql(`mutation { login(input: { username: "nurse.audit", password: "wrong-password" }) { expiresAt } }`);
    const [login] = await log({ action: 'mutation:login' }, 1);
    expect(login).toMatchObject({ username: null, outcome: 'UNAUTHENTICATED', detail: 'nurse.audit' });

    await api.anonymous.gql(`query ($id: ID!) { patient(id: $id) { mrn } }`, { id: patientId });
    const [anonymous] = await log({ action: 'read:patient' }, 1);
    expect(anonymous).toMatchObject({ username: null, outcome: 'UNAUTHENTICATED' });
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    const conn = db.orm.em.getConnection();
    await expect(conn.execute(`update audit_entry set username = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });
});
