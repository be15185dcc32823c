import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { seedDemoHospital } from '../db/seed/demo-hospital.js';
import { createContext } from './context.js';
import { formatError } from './errors.js';
import { createSchema } from './schema.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');
const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** A cursor as a client could forge it: any JSON array, base64url. */
const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every list of the API pages the same way (graphql/keyset.ts): small pages walked with their
 * cursors give the whole list once, in order, and a cursor that is not one of the list's own is
 * BAD_USER_INPUT / INVALID_CURSOR, never INTERNAL_SERVER_ERROR.
 */
describe('paged lists', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let patientId: string;
  const clock = testClock(NOW.toISOString());

  const execute = (source: string, variables: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });

  /** `{ list(…, first: $first, after: $after) { … } }` at `path` (a root field, or patient → accessLog). */
  const LISTS: { name: string; query: string; at: (data: Record<string, unknown>) => Connection }[] = [
    ...['RECEIVED_AT', 'DUE_DATE', 'PRIORITY'].flatMap((field) =>
      ['ASC', 'DESC'].map((direction) => ({
        name: `referrals by ${field} ${direction}`,
        query: `query ($first: Int, $after: String) { list: referrals(filter: { specialties: [ENT] }, orderBy: { field: ${field}, direction: ${direction} }, first: $first, after: $after) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        at: (data: Record<string, unknown>) => data.list as Connection,
      })),
    ),
    {
      name: 'followUps',
      query: `query ($first: Int, $after: String) { list: followUps(dueFrom: "2026-11-01", date: "2026-11-30", statuses: [SCHEDULED, ATTENDED, MISSED], first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'missions',
      query: `query ($first: Int, $after: String) { list: missions(first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'auditLog',
      query: `query ($first: Int, $after: String) { list: auditLog(first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'Patient.accessLog',
      query: `query ($id: ID!, $first: Int, $after: String) { patient(id: $id) { list: accessLog(first: $first, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
      at: (data) => (data.patient as Record<string, unknown>).list as Connection,
    },
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    await seedDemoHospital(db.orm.em.fork(), { now: NOW });
    const [patient] = await db.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from patient order by id limit 1');
    patientId = Buffer.from(`Patient:${patient.id}`, 'utf8').toString('base64url');
    // Audit entries about the patient and others (the trail is append-only: inserts only).
    await db.orm.em.fork().getConnection().execute(
      `insert into audit_entry (at, username, action, patient_id, outcome, patient_ids)
       select now() - n * interval '1 minute', 'clinician', 'read:patient', case when n % 2 = 0 then ?::uuid end, 'OK', '{}' from generate_series(1, 7) n`,
      [patient.id],
    );
  });

  afterAll(async () => {
    await db?.close();
  });

  for (const list of LISTS) {
    it(`${list.name}: pages of 2 give the whole list once, in order`, async () => {
      const run = async (variables: Record<string, unknown>) => {
        const result = await execute(list.query, { id: patientId, ...variables });
        expect(result.errors).toBeUndefined();
        return list.at(result.data as Record<string, unknown>);
      };
      const whole = await run({ first: 100 });
      expect(whole.edges.length).toBeGreaterThan(2);
      expect(whole.edges.length).toBe(whole.totalCount);
      const walked: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 60; pages++) {
        const page: Connection = await run({ first: 2, after });
        walked.push(...page.edges.map((edge) => edge.node.id));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked).toEqual(whole.edges.map((edge) => edge.node.id));
    });

    it(`${list.name}: a forged cursor is INVALID_CURSOR`, async () => {
      const cursors = [
        'bm90LWEtY3Vyc29y',
        forged([]),
        forged(['2026-01-01', 'not-a-uuid']),
        forged(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
        forged([9, '2026-01-01T00:00:00.000Z', UUID]),
        forged(['99999999999999999999999']),
        forged(['2026-99-99', UUID]),
        forged(["1'; drop table patient; --"]),
      ];
      for (const after of cursors) {
        const result = await execute(list.query, { id: patientId, first: 2, after });
        expect(result.errors?.map((e) => formatError(e.toJSON(), e)).map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]), `${list.name} after ${after}`).toEqual([
          ['BAD_USER_INPUT', 'INVALID_CURSOR', 'after'],
        ]);
      }
    });
  }
});
