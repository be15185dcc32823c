import { Permission, Role } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, serviceContext, testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createContext } from '../graphql/context.js';
import { createSchema } from '../graphql/schema.js';
import { registerPatient } from '../patients/patient.service.js';

interface Answer {
  auditLog: { edges: { node: { action: string; patientId: string | null; patient: Record<string, string | null> | null } }[] };
}

const QUERY = `{ auditLog(first: 20) { edges { node { action patientId patient { mrn familyName givenName familyNameKhmer givenNameKhmer } } } } }`;

/** The audit log names the patient of each entry, a page's patients in one statement, and only for roles that may open records. */
describe("the audit log's patient", () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock();
  const mrns: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    const ctx = () => serviceContext(db.orm, clock);
    const khmer = await registerPatient(ctx(), patientInput({ familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'តារា', confirmNotDuplicate: true }));
    const latin = await registerPatient(ctx(), patientInput({ familyName: 'Chea', givenName: 'Sokha', familyNameKhmer: null, givenNameKhmer: null, confirmNotDuplicate: true }));
    mrns.push(khmer.mrn, latin.mrn);
    // Six entries about the two patients and one about none, as the audit plugin writes them.
    for (const [patientId, action] of [
      [khmer.id, 'read:patient'], [latin.id, 'read:patient'], [khmer.id, 'read:journey'], [latin.id, 'mutation:updatePatient'],
      [khmer.id, 'read:patient'], [latin.id, 'read:journey'], [null, 'login'],
    ] as const) {
      await db.orm.em.fork().getConnection().execute(
        `insert into audit_entry (at, username, action, patient_id, outcome) values (now(), 'someone', ?, ?, 'OK')`,
        [action, patientId],
      );
    }
  });

  afterAll(async () => {
    await db?.close();
  });

  it('names the patient (both scripts where recorded, MRN) for an administrator, the page loaded in one statement', async () => {
    db.resetQueries();
    const result = await graphql({ schema, source: QUERY, contextValue: createContext(db.orm.em, clock, { user: testUser([Role.ADMINISTRATOR]) }) });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as unknown as Answer).auditLog.edges.map((e) => e.node);
    expect(nodes).toHaveLength(7);
    expect(nodes.map((n) => n.patient?.mrn ?? null)).toEqual([null, mrns[1], mrns[0], mrns[1], mrns[0], mrns[1], mrns[0]]);
    expect(nodes.find((n) => n.patient?.mrn === mrns[0])!.patient).toEqual({ mrn: mrns[0], familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'តារា' });
    expect(nodes.find((n) => n.patient?.mrn === mrns[1])!.patient).toMatchObject({ familyName: 'Chea', familyNameKhmer: null });
    // One statement for the page's patients, however many rows name them.
    expect(db.queries.filter((sql) => /from "patient"/.test(sql))).toHaveLength(1);
  });

  it('gives a role that may read the trail but not open records no name: null with FORBIDDEN on that field alone', async () => {
    const auditor = { ...testUser([Role.ADMINISTRATOR]), permissions: new Set([Permission.READ_AUDIT_LOG]) };
    const result = await graphql({ schema, source: QUERY, contextValue: createContext(db.orm.em, clock, { user: auditor }) });
    const nodes = (result.data as unknown as Answer).auditLog.edges.map((e) => e.node);
    expect(nodes.map((n) => n.patient)).toEqual(nodes.map(() => null));
    expect(nodes.filter((n) => n.patientId !== null)).toHaveLength(6);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.extensions?.code ?? (error.originalError as { code?: string } | undefined)?.code).toBe('FORBIDDEN');
      expect(error.path?.at(-1)).toBe('patient');
    }
  });
});
