import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createContext } from './context.js';
import { createSchema } from './schema.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');

describe('read queries over the demo hospital', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock(NOW.toISOString());

  async function run<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: NOW });
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('lists every bed with its occupant in a constant number of statements (no N+1)', async () => {
    db.resetQueries();
    const data = await run<{ wards: { name: string; beds: { label: string; currentAdmission: { patient: { mrn: string } } | null }[] }[] }>(
      `{ wards { name beds { label currentAdmission { admittedAt patient { mrn stage } } } } }`,
    );
    const beds = data.wards.flatMap((w) => w.beds);
    expect(beds).toHaveLength(28 + 20 + 30);
    const occupied = beds.filter((b) => b.currentAdmission);
    expect(occupied.length).toBeGreaterThan(5);
    // wards, beds, open admissions, their patients: 4 statements for 78 beds.
    expect(db.queries.length).toBeLessThanOrEqual(4);
  });

  it('lists patients with their referrals and admissions in a constant number of statements', async () => {
    db.resetQueries();
    const data = await run<{ patients: { edges: { node: { referrals: unknown[]; admissions: unknown[] } }[] } }>(
      `{ patients(first: 50) { edges { node { mrn referrals { status statusHistory { toStatus } } admissions { bed { ward { name } } } } } } }`,
    );
    expect(data.patients.edges).toHaveLength(50);
    expect(db.queries.length).toBeLessThanOrEqual(6);
  });

  it('resolves any object by its global id with node(), and a patient by MRN', async () => {
    const { patients } = await run<{ patients: { edges: { node: { id: string; mrn: string; referrals: { id: string }[] } }[] } }>(
      `{ patients(first: 1) { edges { node { id mrn referrals { id } } } } }`,
    );
    const [{ node: patient }] = patients.edges as [{ node: { id: string; mrn: string; referrals: { id: string }[] } }];
    const byNode = await run<{ a: { __typename: string; mrn: string }; b: { __typename: string } }>(
      `query ($a: ID!, $b: ID!) { a: node(id: $a) { __typename ... on Patient { mrn } } b: node(id: $b) { __typename } }`,
      { a: patient.id, b: patient.referrals[0].id },
    );
    expect(byNode).toEqual({ a: { __typename: 'Patient', mrn: patient.mrn }, b: { __typename: 'Referral' } });

    // A valid MRN that no patient has gives null (a mistyped one, failing its check digit, is
    // BAD_USER_INPUT: graphql/node.int.test.ts).
    const byMrn = await run<{ patientByMrn: { id: string } | null; unknown: null }>(
      `query ($mrn: String!, $unknown: String!) { patientByMrn(mrn: $mrn) { id } unknown: patientByMrn(mrn: $unknown) { id } }`,
      { mrn: patient.mrn, unknown: '999999-6' },
    );
    expect(byMrn).toEqual({ patientByMrn: { id: patient.id }, unknown: null });
  });

  it('shows the theatre board of a day in Phnom Penh time, by theatre and start', async () => {
    const [row] = await db.orm.em.getConnection().execute<{ day: string }[]>(
      `select to_char(scheduled_start at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD') as day
         from surgery group by 1 order by count(*) desc limit 1`,
    );
    const data = await run<{ theatreSchedule: { theatre: { name: string }; scheduledStart: string; patient: { mrn: string } }[] }>(
      `query ($date: LocalDate!) { theatreSchedule(date: $date) { theatre { name } scheduledStart patient { mrn } } }`,
      { date: row.day },
    );
    expect(data.theatreSchedule.length).toBeGreaterThan(1);
    const keys = data.theatreSchedule.map((s) => `${s.theatre.name}|${s.scheduledStart}`);
    expect(keys).toEqual([...keys].sort());
    const localDays = data.theatreSchedule.map((s) =>
      new Date(Date.parse(s.scheduledStart) + 7 * 3_600_000).toISOString().slice(0, 10),
    );
    expect(new Set(localDays)).toEqual(new Set([row.day]));
  });

  it('pages the referral worklist by status without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const data: { referrals: { totalCount: number; edges: { node: { id: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await run(
        `query ($after: String) { referrals(filter: { statuses: [WAITLISTED, ACCEPTED] }, first: 25, after: $after) {
            totalCount edges { node { id status } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      total = data.referrals.totalCount;
      seen.push(...data.referrals.edges.map((e) => e.node.id));
      expect(data.referrals.edges.every((e) => ['WAITLISTED', 'ACCEPTED'].includes(e.node.status))).toBe(true);
      after = data.referrals.pageInfo.hasNextPage ? data.referrals.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(50);
  });
});
