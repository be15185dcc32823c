import {
  AdmissionReason,
  CancerType,
  DiagnosisBasis,
  JourneyEventKind,
  StageScheme,
  SurgicalUrgency,
  ToxicityTerm,
} from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  childGuardian,
  dischargeInput,
  freeBeds,
  patientInput,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
  waitlistedPatient,
} from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { TIMELINE_REPAIR } from '../db/migrations/20261205040000-timeline-order.js';
import { Episode } from '../episodes/episode.entity.js';
import { createContext } from '../graphql/context.js';
import { fromGlobalId, toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { recordToxicity } from '../oncology/oncology-outcome.service.js';
import { recordOncologyDiagnosis } from '../oncology/oncology.service.js';
import { ChemoAdministration } from '../oncology/treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from '../oncology/treatment-plan.service.js';
import { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { rescheduleSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { onClinicalDay, recordJourneyEvent } from './journey-recorder.js';
import { readJourney } from './journey.service.js';

/** Seeded by the oncology migration. */
const WILMS = '0c010000-0000-4000-8000-000000000001';

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!, $first: Int, $after: String) {
    patient(id: $id) {
      journey(first: $first, after: $after) {
        edges { cursor node { id kind occurredAt occurredOn dateOnly recordedAt summary } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface Node {
  id: string;
  kind: JourneyEventKind;
  occurredAt: string;
  occurredOn: string | null;
  dateOnly: boolean;
  recordedAt: string;
  summary: string;
}

describe('the timeline reads in clinical order', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);

  async function page(patientId: string, first: number, after: string | null = null) {
    const result = await graphql({
      schema,
      source: TIMELINE,
      variableValues: { id: toGlobalId('Patient', patientId), first, after },
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    type Journey = { edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    // As a client reads it: times as ISO strings.
    return (JSON.parse(JSON.stringify(result.data)) as { patient: { journey: Journey } }).patient.journey;
  }

  /** The whole timeline, oldest first (the API serves it newest first). */
  async function chronological(patientId: string): Promise<Node[]> {
    const all = await page(patientId, 100);
    expect(all.pageInfo.hasNextPage).toBe(false);
    return all.edges.map((e) => e.node).reverse();
  }

  /** Every page of `size`, concatenated. */
  async function paged(patientId: string, size: number): Promise<Node[]> {
    const seen: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const next = await page(patientId, size, after);
      seen.push(...next.edges.map((e) => e.node));
      if (!next.pageInfo.hasNextPage) return seen;
      after = next.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('a child registered, admitted, diagnosed and started on treatment', () => {
    let child: Patient;

    beforeAll(async () => {
      clock.set('2026-03-02T02:00:00.000Z'); // 09:00
      child = await registerPatient(ctx(), patientInput({ givenName: 'Sreyleak', birthDate: '2021-06-10', phones: [], guardian: childGuardian }));
      const [bed] = await freeBeds(db.orm);
      await admitPatient(ctx(), { patientId: child.id, bedId: bed.id, episodeId: null }, { patientId: child.id, bedId: bed.id, reason: AdmissionReason.ONCOLOGY });
      clock.set('2026-03-02T03:00:00.000Z'); // 10:00
      await recordOncologyDiagnosis(ctx(), child.id, {
        patientId: child.id,
        cancerType: CancerType.WILMS_TUMOUR,
        basis: DiagnosisBasis.IMAGING,
        diagnosedOn: '2026-03-02',
        stageScheme: StageScheme.SIOP_WILMS,
        stage: 'I',
      });
      clock.set('2026-03-02T03:30:00.000Z'); // 10:30
      await startTreatmentPlan(ctx(), { patientId: child.id, protocolId: WILMS }, {
        patientId: child.id,
        protocolId: WILMS,
        startDate: '2026-03-02',
        heightCm: 110,
        weightKg: 18,
      });
    });

    it('shows registration, admission, then the diagnosis and the plan of that day', async () => {
      const events = await chronological(child.id);
      expect(events.map((e) => e.kind)).toEqual([
        JourneyEventKind.PATIENT_REGISTERED,
        JourneyEventKind.ADMITTED,
        JourneyEventKind.ONCOLOGY_DIAGNOSED,
        JourneyEventKind.TREATMENT_PLAN_STARTED,
      ]);
    });

    it('gives a date-only event its day and the time it was recorded, and a timed event neither', async () => {
      const events = await chronological(child.id);
      const diagnosis = events.find((e) => e.kind === JourneyEventKind.ONCOLOGY_DIAGNOSED)!;
      expect(diagnosis).toMatchObject({ occurredOn: '2026-03-02', dateOnly: true, recordedAt: '2026-03-02T03:00:00.000Z' });
      // occurredAt stays, for clients that read it: the start of that day in Phnom Penh.
      expect(diagnosis.occurredAt).toBe('2026-03-01T17:00:00.000Z');
      const admitted = events.find((e) => e.kind === JourneyEventKind.ADMITTED)!;
      expect(admitted).toMatchObject({ occurredOn: null, dateOnly: false, occurredAt: '2026-03-02T02:00:00.000Z' });
    });

    it('places a dose given on a past day within that day, after the day\'s events recorded before it', async () => {
      // The next day at 10:00 the child goes home; two days later the dose of 2 March and a
      // toxicity that began that day are written down.
      clock.set('2026-03-03T03:00:00.000Z');
      await dischargePatient(ctx(), child.id, dischargeInput(child.id, { diagnosis: 'Wilms tumour, cycle 1 day 1' }));
      clock.set('2026-03-04T03:00:00.000Z');
      const [dose] = await db.orm.em.fork().find(
        ChemoAdministration,
        { plan: { patient: child.id }, plannedDate: '2026-03-02' },
        { orderBy: { position: 'asc' }, populate: ['plan'] },
      );
      await recordChemoAdministration(ctx(), dose.id, { administrationId: dose.id, givenOn: '2026-03-02', dose: dose.plannedDose });
      clock.set('2026-03-04T04:00:00.000Z');
      await recordToxicity(ctx(), { planId: dose.plan.id, administrationId: dose.id }, {
        treatmentPlanId: dose.plan.id,
        administrationId: dose.id,
        term: ToxicityTerm.NAUSEA,
        grade: 1,
        onsetOn: '2026-03-02',
      });

      const events = await chronological(child.id);
      expect(events.map((e) => e.kind)).toEqual([
        JourneyEventKind.PATIENT_REGISTERED,
        JourneyEventKind.ADMITTED,
        JourneyEventKind.ONCOLOGY_DIAGNOSED,
        JourneyEventKind.TREATMENT_PLAN_STARTED,
        JourneyEventKind.CHEMO_ADMINISTERED,
        JourneyEventKind.TOXICITY_RECORDED,
        JourneyEventKind.DISCHARGED,
      ]);
      const toxicity = events.find((e) => e.kind === JourneyEventKind.TOXICITY_RECORDED)!;
      expect(toxicity).toMatchObject({ occurredOn: '2026-03-02', dateOnly: true, recordedAt: '2026-03-04T04:00:00.000Z' });
    });

    it('places a toxicity recorded on its own day at the time it was recorded, like every date-only event', async () => {
      const other = await registerPatient(ctx(), patientInput({ givenName: 'Vanna', birthDate: '2020-01-10', phones: [], guardian: childGuardian }));
      clock.set('2026-03-05T01:00:00.000Z'); // 08:00
      await recordOncologyDiagnosis(ctx(), other.id, {
        patientId: other.id,
        cancerType: CancerType.WILMS_TUMOUR,
        basis: DiagnosisBasis.IMAGING,
        diagnosedOn: '2026-03-05',
        stageScheme: StageScheme.SIOP_WILMS,
        stage: 'II',
      });
      const plan = await startTreatmentPlan(ctx(), { patientId: other.id, protocolId: WILMS }, {
        patientId: other.id,
        protocolId: WILMS,
        startDate: '2026-03-05',
        heightCm: 110,
        weightKg: 18,
      });
      clock.set('2026-03-05T05:00:00.000Z'); // 12:00
      await recordToxicity(ctx(), { planId: plan.id, administrationId: null }, {
        treatmentPlanId: plan.id,
        term: ToxicityTerm.VOMITING,
        grade: 2,
        onsetOn: '2026-03-05',
      });
      const events = await chronological(other.id);
      const toxicity = events.find((e) => e.kind === JourneyEventKind.TOXICITY_RECORDED)!;
      const diagnosis = events.find((e) => e.kind === JourneyEventKind.ONCOLOGY_DIAGNOSED)!;
      // Both date-only, placed the same way: their day, start of it as occurredAt.
      expect(toxicity).toMatchObject({ occurredOn: '2026-03-05', dateOnly: true, occurredAt: '2026-03-04T17:00:00.000Z' });
      expect(diagnosis).toMatchObject({ occurredOn: '2026-03-05', dateOnly: true, occurredAt: '2026-03-04T17:00:00.000Z' });
      expect(events.at(-1)?.kind).toBe(JourneyEventKind.TOXICITY_RECORDED);
    });
  });

  it('pages across date-only and timed events without repeating or skipping any', async () => {
    const patient = await registerPatient(ctx(), patientInput({ givenName: 'Pisey' }));
    const em = db.orm.em.fork();
    const managed = await em.findOneOrFail(Patient, { id: patient.id });
    const episode = await em.findOne(Episode, { patient: managed });
    // Over six days: timed events at the same instants, date-only events recorded on their day,
    // a day later and at the very same instant, so that every tie-breaker is exercised.
    for (let day = 1; day <= 6; day++) {
      const on = `2026-02-0${day}`;
      for (const hour of ['09', '09', '13']) {
        recordJourneyEvent(em, managed, { kind: JourneyEventKind.REFERRAL_RECEIVED, occurredAt: new Date(`${on}T${hour}:00:00+07:00`), summary: { text: `timed ${on} ${hour}`, variant: 'default', params: [] }, episode }, null);
      }
      for (const recorded of [`${on}T10:00:00+07:00`, `${on}T10:00:00+07:00`, `2026-02-0${day + 1}T08:00:00+07:00`, `${on}T06:00:00+07:00`]) {
        recordJourneyEvent(em, managed, { kind: JourneyEventKind.RESPONSE_ASSESSED, ...onClinicalDay(on, new Date(recorded)), summary: { text: `day ${on} recorded ${recorded}`, variant: 'default', params: [] } }, null);
      }
    }
    await em.flush();

    const whole = (await page(patient.id, 100)).edges.map((e) => e.node);
    expect(whole.length).toBe(1 + 6 * 7);
    // Clinical order: by day, then within the day by the time (timed) or the recording (date-only,
    // a later day's recording counting as the day's end), then by id.
    const key = (n: Node): string => {
      const day = n.occurredOn ?? new Date(Date.parse(n.occurredAt) + 7 * 3_600_000).toISOString().slice(0, 10);
      const within = n.occurredOn
        ? Math.min(Date.parse(n.recordedAt), Date.parse(`${n.occurredOn}T23:59:59.999+07:00`))
        : Date.parse(n.occurredAt);
      return `${day} ${String(Math.max(within, Date.parse(`${day}T00:00:00+07:00`))).padStart(15, '0')} ${fromGlobalId(n.id)!.key.padStart(20, '0')}`;
    };
    expect(whole.map((n) => n.summary)).toEqual([...whole].sort((a, b) => (key(a) < key(b) ? 1 : -1)).map((n) => n.summary));
    // A date-only event recorded before its day's first timed event sorts before it; recorded
    // the next morning, after the day's last.
    const feb3 = whole.filter((n) => /^(day|timed) 2026-02-03/.test(n.summary)).reverse().map((n) => n.summary);
    expect(feb3).toEqual([
      'day 2026-02-03 recorded 2026-02-03T06:00:00+07:00',
      'timed 2026-02-03 09',
      'timed 2026-02-03 09',
      'day 2026-02-03 recorded 2026-02-03T10:00:00+07:00',
      'day 2026-02-03 recorded 2026-02-03T10:00:00+07:00',
      'timed 2026-02-03 13',
      'day 2026-02-03 recorded 2026-02-04T08:00:00+07:00',
    ]);

    for (const size of [1, 2, 3, 5, 7]) {
      const pages = await paged(patient.id, size);
      expect(pages.map((n) => n.id)).toEqual(whole.map((n) => n.id));
    }
  });

  it('orders rows written around the services the same way: the database computes the key', async () => {
    const patient = await registerPatient(ctx(), patientInput({ givenName: 'Rith' }));
    const conn = db.orm.em.getConnection();
    await conn.execute(
      `insert into journey_event (patient_id, kind, occurred_at, summary) values (?, 'ADMITTED', '2026-01-10T09:00:00+07:00', 'timed 09:00')`,
      [patient.id],
    );
    await conn.execute(
      `insert into journey_event (patient_id, kind, occurred_at, occurred_on, recorded_at, summary)
       values (?, 'CHEMO_ADMINISTERED', '2026-01-10T00:00:00+07:00', '2026-01-10', '2026-01-12T10:00:00+07:00', 'date-only, recorded later')`,
      [patient.id],
    );
    await conn.execute(
      `insert into journey_event (patient_id, kind, occurred_at, summary) values (?, 'DISCHARGED', '2026-01-11T08:00:00+07:00', 'timed next day')`,
      [patient.id],
    );
    const events = (await readJourney(db.orm.em.fork(), patient.id, { first: 10 })).nodes.map((e) => e.summary).reverse();
    expect(events.filter((summary) => !summary.startsWith('Registered'))).toEqual(['timed 09:00', 'date-only, recorded later', 'timed next day']);
    // A clinical day that is not the day of occurredAt is refused.
    await expect(
      conn.execute(
        `insert into journey_event (patient_id, kind, occurred_at, occurred_on, summary) values (?, 'CHEMO_ADMINISTERED', '2026-01-10T00:00:00+07:00', '2026-01-11', 'x')`,
        [patient.id],
      ),
    ).rejects.toThrow(/journey_event_occurred_on_check/);
  });

  it('writes booking times in summaries in Phnom Penh time', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const { patient, referral } = await waitlistedPatient(db.orm, clock, { givenName: 'Kosal' });
    const start = new Date('2026-03-20T02:00:00.000Z'); // 09:00 in Phnom Penh
    // Urgent, so it may move to 06:30, before the session of planned operations.
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: referral.id, episodeId: null }, surgeryInput(patient.id, start, { urgency: SurgicalUrgency.URGENT }));
    await rescheduleSurgery(ctx(), surgery.id, { theatreId: THEATRE_KEYS['OT 2'], team: null }, {
      surgeryId: surgery.id,
      scheduledStart: new Date('2026-03-21T23:30:00.000Z'), // 06:30 on 22 March in Phnom Penh
      reason: 'Theatre 1 closed for cleaning',
    });
    const summaries = (await readJourney(db.orm.em.fork(), patient.id, { first: 20 })).nodes.map((e) => [e.kind, e.summary]);
    const booked = summaries.find(([kind]) => kind === JourneyEventKind.SURGERY_SCHEDULED)![1];
    const moved = summaries.find(([kind]) => kind === JourneyEventKind.SURGERY_RESCHEDULED)![1];
    expect(booked).toContain('on 2026-03-20 09:00');
    expect(moved).toContain('from 2026-03-20 09:00');
    expect(moved).toContain('to 2026-03-22 06:30');
    for (const text of [booked, moved]) expect(text).not.toMatch(/UTC|02:00|23:30/);
  });

  it('repairs rows written before: date-only events get their day, booking summaries Phnom Penh time', async () => {
    const patient = await registerPatient(ctx(), patientInput({ givenName: 'Chenda' }));
    const conn = db.orm.em.getConnection();
    // As the earlier code wrote them: a dose at 00:00 of its day, a toxicity at the time it was
    // recorded, and booking summaries in UTC.
    await conn.execute(
      `insert into journey_event (patient_id, kind, occurred_at, recorded_at, summary) values
         (?, 'CHEMO_ADMINISTERED', '2026-01-10T00:00:00+07:00', '2026-01-12T10:00:00+07:00', 'Vincristine 1.1 mg IV given'),
         (?, 'TOXICITY_RECORDED', '2026-01-12T10:05:00+07:00', '2026-01-12T10:05:00+07:00', 'Toxicity: nausea, grade 1'),
         (?, 'ADMITTED', '2026-01-10T09:00:00+07:00', '2026-01-10T09:00:00+07:00', 'Admitted'),
         (?, 'SURGERY_SCHEDULED', '2026-01-09T10:00:00+07:00', '2026-01-09T10:00:00+07:00', 'Surgery booked: Hernia repair (OT 1) on 2026-01-20 02:00 UTC'),
         (?, 'SURGERY_RESCHEDULED', '2026-01-09T11:00:00+07:00', '2026-01-09T11:00:00+07:00', 'Surgery moved: Hernia repair from 2026-01-20 02:00 UTC (OT 1) to 2026-01-21 23:30 UTC (OT 2)')`,
      [patient.id, patient.id, patient.id, patient.id, patient.id],
    );
    await db.orm.em.fork().transactional(async (em) => {
      for (const sql of TIMELINE_REPAIR) await em.execute(sql);
    });
    const rows = await conn.execute<{ kind: string; occurred_on: string | null; summary: string }[]>(
      `select kind, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on, summary from journey_event where patient_id = ? order by id`,
      [patient.id],
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(byKind['CHEMO_ADMINISTERED']?.occurred_on).toBe('2026-01-10');
    expect(byKind['TOXICITY_RECORDED']?.occurred_on).toBe('2026-01-12');
    expect(byKind['ADMITTED']?.occurred_on).toBeNull();
    expect(byKind['SURGERY_SCHEDULED']?.summary).toBe('Surgery booked: Hernia repair (OT 1) on 2026-01-20 09:00');
    expect(byKind['SURGERY_RESCHEDULED']?.summary).toBe('Surgery moved: Hernia repair from 2026-01-20 09:00 (OT 1) to 2026-01-22 06:30 (OT 2)');
    const order = (await readJourney(db.orm.em.fork(), patient.id, { first: 10 })).nodes.map((e) => e.kind).reverse();
    expect(order.indexOf(JourneyEventKind.ADMITTED)).toBeLessThan(order.indexOf(JourneyEventKind.CHEMO_ADMINISTERED));
    // And the table is append-only again.
    await expect(conn.execute(`update journey_event set summary = 'edited' where patient_id = ?`, [patient.id])).rejects.toThrow(/append-only/);
  });
});
