import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
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
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const PAGING = 'first: $first, after: $after, last: $last, before: $before';
const VARIABLES = '$first: Int, $after: String, $last: Int, $before: String';

/**
 * Every list of the API pages the same way (graphql/keyset.ts): small pages walked with their
 * cursors give the whole list once, in order, and a cursor that is not one of the list's own is
 * BAD_USER_INPUT / INVALID_CURSOR, never INTERNAL_SERVER_ERROR.
 */
describe('paged lists', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let patientId: string;
  /** `$id` of the lists with an `owner`. */
  const owners = new Map<string, string>();
  const clock = testClock(NOW.toISOString());

  const execute = (source: string, variables: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });

  /** `{ list(…, first: $first, after: $after) { … } }` at `path` (a root field, or patient → accessLog). */
  const LISTS: {
    name: string;
    query: string;
    at: (data: Record<string, unknown>) => Connection;
    /** The record whose list it is (`$id`), when not the patient with the longest timeline: SQL giving its key, and its type. */
    owner?: [sql: string, type: string];
  }[] = [
    ...['RECEIVED_AT', 'DUE_DATE', 'PRIORITY'].flatMap((field) =>
      ['ASC', 'DESC'].map((direction) => ({
        name: `referrals by ${field} ${direction}`,
        query: `query (${VARIABLES}) { list: referrals(filter: { specialties: [ENT] }, orderBy: { field: ${field}, direction: ${direction} }, ${PAGING}) { ${PAGE} } }`,
        at: (data: Record<string, unknown>) => data.list as Connection,
      })),
    ),
    {
      name: 'followUps',
      query: `query (${VARIABLES}) { list: followUps(dueFrom: "2026-11-01", date: "2026-11-30", statuses: [SCHEDULED, ATTENDED, MISSED], ${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'missions',
      query: `query (${VARIABLES}) { list: missions(${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'auditLog',
      query: `query (${VARIABLES}) { list: auditLog(${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'Patient.accessLog',
      query: `query ($id: ID!, ${VARIABLES}) { patient(id: $id) { list: accessLog(${PAGING}) { ${PAGE} } } }`,
      at: (data) => (data.patient as Record<string, unknown>).list as Connection,
    },
    {
      name: 'patients by name',
      query: `query (${VARIABLES}) { list: patients(${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'patients by search',
      query: `query (${VARIABLES}) { list: patients(search: "sok", ${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'Patient.referralsConnection',
      query: `query ($id: ID!, ${VARIABLES}) { patient(id: $id) { list: referralsConnection(${PAGING}) { ${PAGE} } } }`,
      at: (data) => (data.patient as Record<string, unknown>).list as Connection,
      owner: ['select patient_id as id from referral group by patient_id order by count(*) desc, patient_id limit 1', 'Patient'],
    },
    {
      name: 'Patient.followUpsConnection',
      query: `query ($id: ID!, ${VARIABLES}) { patient(id: $id) { list: followUpsConnection(${PAGING}) { ${PAGE} } } }`,
      at: (data) => (data.patient as Record<string, unknown>).list as Connection,
      owner: ['select patient_id as id from follow_up group by patient_id order by count(*) desc, patient_id limit 1', 'Patient'],
    },
    {
      name: 'Mission.referralsConnection',
      query: `query ($id: ID!, ${VARIABLES}) { mission(id: $id) { list: referralsConnection(${PAGING}) { ${PAGE.replace('node { id }', 'node { referral { id } }')} } } }`,
      // A mission's list entry is known by its referral.
      at: (data) => {
        const list = (data.mission as Record<string, unknown>).list as Connection;
        for (const edge of list.edges) edge.node = { id: (edge.node as unknown as { referral: { id: string } }).referral.id };
        return list;
      },
      owner: ['select mission_id as id from mission_referral group by mission_id order by count(*) desc, mission_id limit 1', 'Mission'],
    },
    ...(
      [
        ['admissionsConnection', 'admission'],
        ['surgeriesConnection', 'surgery'],
        ['episodesConnection', 'episode'],
      ] as const
    ).map(([field, table]) => ({
      name: `Patient.${field}`,
      query: `query ($id: ID!, ${VARIABLES}) { patient(id: $id) { list: ${field}(${PAGING}) { ${PAGE} } } }`,
      at: (data: Record<string, unknown>) => (data.patient as Record<string, unknown>).list as Connection,
      owner: [`select patient_id as id from ${table} group by patient_id order by count(*) desc, patient_id limit 1`, 'Patient'] as [string, string],
    })),
    {
      name: 'TreatmentPlan.toxicitiesConnection',
      query: `query ($id: ID!, ${VARIABLES}) { node(id: $id) { ... on TreatmentPlan { list: toxicitiesConnection(${PAGING}) { ${PAGE} } } } }`,
      at: (data) => (data.node as Record<string, unknown>).list as Connection,
      owner: ['select plan_id as id from toxicity group by plan_id order by count(*) desc, plan_id limit 1', 'TreatmentPlan'],
    },
    {
      name: 'Referral.statusHistoryConnection',
      query: `query ($id: ID!, ${VARIABLES}) { node(id: $id) { ... on Referral { list: statusHistoryConnection(${PAGING}) { ${PAGE.replace('node { id }', 'node { changedAt }')} } } } }`,
      // A status change has no ID of its own: it is known by its cursor (which holds its key).
      at: (data) => {
        const list = (data.node as Record<string, unknown>).list as Connection;
        for (const edge of list.edges) edge.node = { id: edge.cursor };
        return list;
      },
      owner: ['select referral_id as id from referral_status_change group by referral_id order by count(*) desc, referral_id limit 1', 'Referral'],
    },
    {
      name: 'inpatientsConnection',
      query: `query (${VARIABLES}) { list: inpatientsConnection(${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'staffMembersConnection',
      query: `query (${VARIABLES}) { list: staffMembersConnection(${PAGING}) { ${PAGE} } }`,
      at: (data) => data.list as Connection,
    },
    {
      name: 'Patient.journey',
      query: `query ($id: ID!, ${VARIABLES}) { patient(id: $id) { list: journey(${PAGING}) { ${PAGE} } } }`,
      at: (data) => (data.patient as Record<string, unknown>).list as Connection,
    },
  ];

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: NOW });
    schema = await createSchema();
    // The patient with the longest timeline (ties: the smallest id).
    const [patient] = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select patient_id as id from journey_event group by patient_id order by count(*) desc, patient_id limit 1');
    patientId = Buffer.from(`Patient:${patient.id}`, 'utf8').toString('base64url');
    for (const list of LISTS) {
      if (!list.owner) continue;
      const [owner] = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(list.owner[0]);
      owners.set(list.name, Buffer.from(`${list.owner[1]}:${owner.id}`, 'utf8').toString('base64url'));
    }
    // More referrals and follow-ups for the patients whose lists are paged: copies of theirs
    // (some received or due at the same instant, ties the id breaks).
    // Episodes, operations (cancelled copies, which hold no theatre), follow-ups and toxicities likewise.
    const OPEN_FOR_SURGERY = `t.status = 'SCHEDULED' and t.surgery_id is not null`;
    const copies: [table: string, owner: string, changes: string][] = [
      ['referral', 'patient_id', ''],
      // An operation has one open follow-up of each kind (a unique index): copies of an open one are cancelled.
      ['follow_up', 'patient_id', `, 'status', case when ${OPEN_FOR_SURGERY} then 'CANCELLED' else t.status end,
        'cancel_reason', case when ${OPEN_FOR_SURGERY} then 'Copy for paging' else t.cancel_reason end,
        'cancelled_at', case when ${OPEN_FOR_SURGERY} then now() else t.cancelled_at end`],
      ['episode', 'patient_id', ''],
      ['surgery', 'patient_id', `, 'status', 'CANCELLED', 'cancellation_reason', 'Copy for paging'`],
      ['toxicity', 'plan_id', ''],
    ];
    for (const [table, owner, changes] of copies) {
      await db.orm.em.fork().getConnection().execute(
        `insert into ${table} select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('id', gen_random_uuid()${changes}))).*
         from ${table} t, generate_series(1, 3) where t.${owner} = (select ${owner} from ${table} group by ${owner} order by count(*) desc, ${owner} limit 1)`,
      );
    }
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
        const result = await execute(list.query, { id: owners.get(list.name) ?? patientId, ...variables });
        expect(result.errors).toBeUndefined();
        return list.at(result.data as Record<string, unknown>);
      };
      const whole = await run({ first: 100 });
      expect(whole.edges.length).toBeGreaterThan(2);
      expect(whole.edges.length).toBe(Math.min(100, whole.totalCount));
      const walked: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 60; pages++) {
        const page: Connection = await run({ first: 2, after });
        if (walked.length >= 100) break;
        walked.push(...page.edges.map((edge) => edge.node.id));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(walked.slice(0, 100)).toEqual(whole.edges.map((edge) => edge.node.id));
    });

    it(`${list.name}: pages of 2 read backward from the end give the same pages, last first`, async () => {
      const run = async (variables: Record<string, unknown>) => {
        const result = await execute(list.query, { id: owners.get(list.name) ?? patientId, ...variables });
        expect(result.errors).toBeUndefined();
        return list.at(result.data as Record<string, unknown>);
      };
      // The whole list, in pages of 100; pages of 2, or more for a long list.
      const whole: Connection = await run({ first: 100 });
      for (let next = whole; next.pageInfo.hasNextPage; ) {
        next = await run({ first: 100, after: next.pageInfo.endCursor });
        whole.edges.push(...next.edges);
      }
      const ids = whole.edges.map((edge) => edge.node.id);
      expect(ids.length).toBe(whole.totalCount);
      const size = ids.length > 60 ? 16 : 2;
      const forward: string[][] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 60; pages++) {
        const page: Connection = await run({ first: size, after });
        forward.push(page.edges.map((edge) => edge.node.id));
        // Paging forward, rows come before every page but the first.
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const backward: string[][] = [];
      let before: string | null = null;
      for (let pages = 0; pages < 60; pages++) {
        const page: Connection = await run({ last: size, before });
        backward.push(page.edges.map((edge) => edge.node.id));
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        expect(page.totalCount).toBe(whole.totalCount);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      // Backward pages end at the list's end, so they line up with forward pages when the
      // length is a multiple of the size; either way they hold the whole list once, in order.
      expect(backward.toReversed().flat()).toEqual(ids);
      if (ids.length % size === 0) expect(backward.toReversed()).toEqual(forward);
      // The last page alone, and a page between two cursors.
      expect((await run({ last: 3 })).edges.map((edge) => edge.node.id)).toEqual(ids.slice(-3));
      const between = await run({ after: whole.edges[0].cursor, before: whole.edges[3]?.cursor ?? null, first: 10 });
      expect(between.edges.map((edge) => edge.node.id)).toEqual(ids.slice(1, 3));
      // A cursor at the first row: nothing before it; at the last row: nothing after it.
      const beforeFirst = await run({ last: 5, before: whole.edges[0].cursor });
      expect([beforeFirst.edges, beforeFirst.pageInfo.hasPreviousPage, beforeFirst.pageInfo.hasNextPage]).toEqual([[], false, true]);
      const afterLast = await run({ first: 5, after: whole.edges.at(-1)!.cursor });
      expect([afterLast.edges, afterLast.pageInfo.hasNextPage, afterLast.pageInfo.hasPreviousPage]).toEqual([[], false, true]);
    });

    it(`${list.name}: first with last, or a page size out of bounds, is BAD_USER_INPUT`, async () => {
      const codes = async (variables: Record<string, unknown>) => {
        const result = await execute(list.query, { id: owners.get(list.name) ?? patientId, ...variables });
        return result.errors?.map((e) => formatError(e.toJSON(), e)).map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]);
      };
      expect(await codes({ first: 2, last: 2 })).toEqual([['BAD_USER_INPUT', 'FIRST_AND_LAST', 'last']]);
      expect(await codes({ last: 101 })).toEqual([['BAD_USER_INPUT', 'PAGE_SIZE', 'last']]);
      expect(await codes({ last: 0 })).toEqual([['BAD_USER_INPUT', 'PAGE_SIZE', 'last']]);
      expect(await codes({ last: 2, before: 'bm90LWEtY3Vyc29y' })).toEqual([['BAD_USER_INPUT', 'INVALID_CURSOR', 'before']]);
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
        const result = await execute(list.query, { id: owners.get(list.name) ?? patientId, first: 2, after });
        expect(result.errors?.map((e) => formatError(e.toJSON(), e)).map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]), `${list.name} after ${after}`).toEqual([
          ['BAD_USER_INPUT', 'INVALID_CURSOR', 'after'],
        ]);
      }
    });
  }
});
