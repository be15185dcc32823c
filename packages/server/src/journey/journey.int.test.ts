import { AdmissionReason, AdmissionStatus, DischargeDisposition, JourneyEventKind } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  freeBeds,
  patientInput,
  referralInput,
  serviceContext,
  testClock,
  testUser,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { Episode } from '../episodes/episode.entity.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { receiveReferral } from '../referrals/referral.service.js';
import { JourneyEvent } from './journey-event.entity.js';
import { recordJourneyEvent } from './journey-recorder.js';

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!, $first: Int, $after: String, $kinds: [JourneyEventKind!]) {
    patient(id: $id) {
      mrn
      stage
      journey(first: $first, after: $after, kinds: $kinds) {
        edges {
          cursor
          node {
            __typename
            id
            kind
            occurredAt
            summary
            episode { id title }
            ... on ReferralReceivedEvent { referral { id reason status } }
            ... on AdmittedEvent { admission { id admittedAt bed { label ward { name } } } }
            ... on DischargedEvent { discharge { id disposition diagnosis } admission { id } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface TimelineEdge {
  cursor: string;
  node: {
    __typename: string;
    id: string;
    kind: JourneyEventKind;
    occurredAt: string;
    admission?: { bed: { label: string; ward: { name: string } } };
    discharge?: { disposition: string };
    referral?: { reason: string };
  };
}

describe('patient journey (timeline)', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let longPatient: Patient;
  const clock = testClock('2025-01-01T00:00:00.000Z');

  async function timeline(variables: Record<string, unknown>) {
    const result = await graphql({
      schema,
      source: TIMELINE,
      variableValues: variables,
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    const patient = (result.data as { patient: { journey: { edges: TimelineEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }).patient;
    return patient.journey;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    // A long oncology-like course: 160 admissions and discharges (320 events) plus a referral,
    // with several events sharing one instant so that the id tie-breaker is exercised.
    longPatient = await registerPatient(serviceContext(db.orm, clock), patientInput());
    await receiveReferral(serviceContext(db.orm, clock), longPatient.id, referralInput(longPatient.id));
    const [bed] = await freeBeds(db.orm);
    const em = db.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, { id: longPatient.id });
    const episode = await em.findOneOrFail(Episode, { patient });
    for (let i = 0; i < 160; i++) {
      const admittedAt = new Date(Date.UTC(2025, 1, 1) + Math.floor(i / 2) * 86_400_000);
      const dischargedAt = new Date(admittedAt.getTime() + (i % 2 === 0 ? 0 : 3_600_000));
      const admission = em.create(Admission, {
        patient,
        episode,
        bed: bed,
        reason: AdmissionReason.ONCOLOGY,
        admittedAt,
        status: AdmissionStatus.DISCHARGED,
        dischargedAt,
      });
      const discharge = em.create(Discharge, {
        admission,
        patient,
        dischargedAt,
        disposition: DischargeDisposition.HOME,
        diagnosis: `Cycle ${i + 1} complete`,
      });
      recordJourneyEvent(em, patient, { kind: JourneyEventKind.ADMITTED, occurredAt: admittedAt, summary: { text: `Cycle ${i + 1}`, variant: 'default', params: [] }, episode, admission }, null);
      recordJourneyEvent(
        em,
        patient,
        { kind: JourneyEventKind.DISCHARGED, disposition: DischargeDisposition.HOME, occurredAt: dischargedAt, summary: { text: `Cycle ${i + 1} done`, variant: 'default', params: [] }, episode, admission, discharge },
        null,
      );
    }
    await em.flush();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('reads a page of 50 events with their linked records in at most 2 SQL statements', async () => {
    const id = toGlobalId('Patient', longPatient.id);
    expect(await db.orm.em.fork().count(JourneyEvent, { patient: longPatient.id })).toBeGreaterThan(300);

    db.resetQueries();
    const page = await timeline({ id, first: 50 });
    expect(page.edges).toHaveLength(50);
    expect(db.queries.length).toBeGreaterThan(0); // the counter sees statements at all
    expect(db.queries.length).toBeLessThanOrEqual(2);

    // The linked records really came back, not just the events.
    const admitted = page.edges.find((e) => e.node.kind === JourneyEventKind.ADMITTED);
    expect(admitted?.node.admission?.bed.ward.name).toBe('Adult Surgery');
    const discharged = page.edges.find((e) => e.node.kind === JourneyEventKind.DISCHARGED);
    expect(discharged?.node.discharge?.disposition).toBe('HOME');

    // A later page costs the same, whatever its depth.
    db.resetQueries();
    await timeline({ id, first: 50, after: page.pageInfo.endCursor });
    expect(db.queries.length).toBeLessThanOrEqual(2);
  });

  it('reads the linked records a query selects, however it selects them, and only those', async () => {
    const source = /* GraphQL */ `
      fragment Stay on AdmittedEvent { stay: admission { admittedAt bed { label ward { name } } } }
      query ($id: ID!) {
        patient(id: $id) {
          journey(first: 60) {
            edges { node { kind ...Stay ... on DischargedEvent { discharge { diagnosis } } } }
          }
        }
      }`;
    db.resetQueries();
    const result = await graphql({
      schema,
      source,
      variableValues: { id: toGlobalId('Patient', longPatient.id) },
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    type Node = { kind: JourneyEventKind; stay?: { bed: { label: string; ward: { name: string } } }; discharge?: { diagnosis: string } };
    const nodes = (result.data as { patient: { journey: { edges: { node: Node }[] } } }).patient.journey.edges.map((e) => e.node);
    const admitted = nodes.filter((n) => n.kind === JourneyEventKind.ADMITTED);
    const discharged = nodes.filter((n) => n.kind === JourneyEventKind.DISCHARGED);
    expect(admitted.length).toBeGreaterThan(10);
    expect(discharged.length).toBeGreaterThan(10);
    // Through a named fragment and an alias: the admission, its bed and ward were read.
    for (const n of admitted) expect(n.stay?.bed.ward.name).toEqual(expect.any(String));
    for (const n of discharged) expect(n.discharge?.diagnosis).toMatch(/^Cycle \d+ complete$/);
    // One statement for the page, with exactly the selected records in it (no referral or
    // episode subquery); the patient lookup is the other.
    const page = db.queries.filter((q) => q.includes('journey_event'));
    expect(page).toHaveLength(1);
    expect(page[0]).toContain('"admission"');
    expect(page[0]).toContain('"ward"');
    expect(page[0]).toContain('"discharge"');
    expect(page[0]).not.toContain('"referral"');
    expect(page[0]).not.toContain('"episode"');
    expect(db.queries.length).toBeLessThanOrEqual(2);
  });

  it('pages through the whole timeline newest first, without repeating or skipping events', async () => {
    const id = toGlobalId('Patient', longPatient.id);
    const seen: TimelineEdge[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await timeline({ id, first: 37, after });
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = await db.orm.em.fork().count(JourneyEvent, { patient: longPatient.id });
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(total);
    const times = seen.map((e) => Date.parse(e.node.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('filters by kind', async () => {
    const page = await timeline({ id: toGlobalId('Patient', longPatient.id), first: 100, kinds: ['REFERRAL_RECEIVED', 'PATIENT_REGISTERED'] });
    expect(page.edges.map((e) => e.node.__typename).sort()).toEqual(['PatientRegisteredEvent', 'ReferralReceivedEvent']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects a page size over the cap and a forged cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { first: 0 }, { first: 10, after: 'not-a-cursor' }]) {
      const result = await graphql({
        schema,
        source: TIMELINE,
        variableValues: { id: toGlobalId('Patient', longPatient.id), ...variables },
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expect(result.errors?.[0]?.originalError?.message).toBeTruthy();
      expect((result.errors?.[0]?.originalError as { code?: string }).code).toBe('BAD_USER_INPUT');
    }
  });

  it('is append-only: the database refuses to change or delete an event', async () => {
    const conn = db.orm.em.getConnection();
    await expect(conn.execute(`update journey_event set summary = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from journey_event`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`truncate journey_event cascade`)).rejects.toThrow(/append-only/);
  });
});
