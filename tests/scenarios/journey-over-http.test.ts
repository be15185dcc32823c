import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../support/factories.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * A whole journey walked through the public API, as a client would: after every step the
 * patient's stage and timeline are read back over HTTP.
 */

const PATIENT_STATE = /* GraphQL */ `
  query State($id: ID!) {
    patient(id: $id) {
      stage
      journey(first: 50) {
        edges { node { __typename kind occurredAt summary } }
      }
    }
  }
`;

interface State {
  patient: { stage: string; journey: { edges: { node: { __typename: string; kind: string; occurredAt: string } }[] } };
}

describe('a patient journey over HTTP, from referral to discharge', () => {
  let db: TestDatabase;
  let api: HttpApp;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const day = (n: number, hourUtc = 2): string => new Date(Date.UTC(2026, 2, 2 + n, hourUtc)).toISOString();
  let patientId = '';
  const ids: Record<string, string> = {};

  async function mutate<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const body = await api.gql<T>(query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as T;
  }

  async function expectState(stage: string, kindsOldestFirst: string[]): Promise<void> {
    const body = await api.gql<State>(PATIENT_STATE, { id: patientId });
    expect(body.errors).toBeUndefined();
    const { patient } = body.data!;
    expect(patient.stage).toBe(stage);
    const kinds = patient.journey.edges.map((e) => e.node.kind);
    expect(kinds).toEqual([...kindsOldestFirst].reverse());
    const times = patient.journey.edges.map((e) => Date.parse(e.node.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  }

  async function expectFailure(query: string, variables: Record<string, unknown>, code: string, reason?: string): Promise<void> {
    const before = await api.gql<State>(PATIENT_STATE, { id: patientId });
    const body = await api.gql(query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    expect(await api.gql<State>(PATIENT_STATE, { id: patientId })).toEqual(before);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('walks register → referral → triage → waitlist → booking → admission → surgery → discharge', async () => {
    const steps: string[] = [];

    const registered = await mutate<{ registerPatient: { id: string; mrn: string; stage: string } }>(
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn stage } }`,
      {
        input: {
          familyName: 'Chan',
          givenName: 'Sreymom',
          familyNameKhmer: 'ចាន់',
          givenNameKhmer: 'ស្រីមុំ',
          sex: 'FEMALE',
          birthDate: '1979-01-01',
          birthDateEstimated: true,
          phones: ['012 888 777'],
          provinceCode: 8,
        },
      },
    );
    patientId = registered.registerPatient.id;
    expect(registered.registerPatient.mrn).toMatch(/^\d{6}-\d$/);
    await expectState('REGISTERED', (steps.push('PATIENT_REGISTERED'), steps));

    clock.set(day(0, 3));
    const referral = await mutate<{ receiveReferral: { id: string; status: string; dueDate: string } }>(
      `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id status dueDate } }`,
      { input: { patientId, sourceType: 'REFERRAL_HOSPITAL', sourceName: 'Kandal Provincial Hospital (CPA-3)', specialty: 'BREAST_SURGERY', reason: 'Left breast lump, 3 cm', priority: 'URGENT', urgencyBand: 'DAYS_30' } },
    );
    ids.referral = referral.receiveReferral.id;
    expect(referral.receiveReferral).toMatchObject({ status: 'RECEIVED', dueDate: '2026-04-01' });
    await expectState('REFERRED', (steps.push('REFERRAL_RECEIVED'), steps));

    const transition = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { status version } }`;
    for (const [n, to, stage] of [[2, 'TRIAGED', 'IN_ASSESSMENT'], [3, 'ACCEPTED', 'WAITLISTED'], [3, 'WAITLISTED', 'WAITLISTED']] as const) {
      clock.set(day(n, 4));
      await mutate(transition, { input: { referralId: ids.referral, to } });
      await expectState(stage, (steps.push('REFERRAL_STATUS_CHANGED'), steps));
    }

    // An illegal move changes nothing.
    await expectFailure(transition, { input: { referralId: ids.referral, to: 'TRIAGED' } }, 'CONFLICT', 'ILLEGAL_TRANSITION');

    clock.set(day(10));
    const theatres = await mutate<{ theatres: { id: string; name: string }[] }>('{ theatres { id name } }', {});
    const theatreOt2 = theatres.theatres.find((t) => t.name === 'OT 2')!.id;
    const surgery = await mutate<{ scheduleSurgery: { id: string; status: string; referral: { status: string } } }>(
      `mutation ($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id status referral { status } } }`,
      { input: { patientId, referralId: ids.referral, procedure: 'Excision of breast lump', theatreId: theatreOt2, scheduledStart: day(30, 1), expectedDurationMinutes: 50 } },
    );
    ids.surgery = surgery.scheduleSurgery.id;
    expect(surgery.scheduleSurgery).toMatchObject({ status: 'SCHEDULED', referral: { status: 'SCHEDULED' } });
    await expectState('SURGERY_SCHEDULED', (steps.push('REFERRAL_STATUS_CHANGED', 'SURGERY_SCHEDULED'), steps));

    // Discharging a patient who is not admitted fails and changes nothing.
    const discharge = `mutation ($input: DischargePatientInput!) { dischargePatient(input: $input) { id disposition } }`;
    await expectFailure(discharge, { input: { patientId, disposition: 'HOME', diagnosis: 'Fibroadenoma' } }, 'CONFLICT', 'NOT_ADMITTED');

    clock.set(day(29, 10));
    const wards = await api.gql<{ wards: { name: string; beds: { id: string; currentAdmission: { id: string } | null }[] }[] }>(
      `{ wards { name beds { id currentAdmission { id } } } }`,
    );
    const bed = wards.data!.wards.find((w) => w.name === 'Adult Surgery')!.beds.find((b) => !b.currentAdmission)!;
    await mutate(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
      input: { patientId, bedId: bed.id, reason: 'PRE_OPERATIVE' },
    });
    await expectState('INPATIENT', (steps.push('ADMITTED'), steps));

    clock.set(day(30, 6));
    // The WHO checklist, answered from the items the API lists: completing without it is refused.
    const complete = `mutation ($input: CompleteSurgeryInput!) { completeSurgery(input: $input) { status referral { status } } }`;
    const operation = {
      surgeryId: ids.surgery, startedAt: day(30, 1), endedAt: day(30, 2), findings: '3 cm well-circumscribed lump',
      anaesthesiaType: 'GENERAL', asaClass: 'ASA_I', woundClass: 'CLEAN', estimatedBloodLossMl: 20, specimens: ['Left breast lump'],
    };
    await expectFailure(complete, { input: operation }, 'CONFLICT', 'CHECKLIST_INCOMPLETE');
    const items = await mutate<{ checklistItems: { key: string; phase: string; allowedAnswers: string[] }[] }>('{ checklistItems { key phase allowedAnswers } }', {});
    expect(items.checklistItems).toHaveLength(19);
    const recordPhase = `mutation ($input: RecordChecklistPhaseInput!) { recordChecklistPhase(input: $input) { nextChecklistPhase } }`;
    for (const [phase, at] of [['SIGN_IN', new Date(Date.parse(day(30, 1)) - 30 * 60_000).toISOString()], ['TIME_OUT', new Date(Date.parse(day(30, 1)) - 5 * 60_000).toISOString()], ['SIGN_OUT', day(30, 2)]]) {
      const answers = items.checklistItems.filter((i) => i.phase === phase).map((i) => ({ item: i.key, answer: i.allowedAnswers[0] }));
      await mutate(recordPhase, { input: { surgeryId: ids.surgery, phase, answers, recordedAt: at } });
      steps.push('CHECKLIST_PHASE_RECORDED');
    }
    await expectState('INPATIENT', steps);
    const completed = await mutate<{ completeSurgery: { status: string; referral: { status: string } } }>(complete, { input: operation });
    expect(completed.completeSurgery).toEqual({ status: 'COMPLETED', referral: { status: 'COMPLETED' } });
    // The operation happened at 01:00, before the referral was closed at 02:00.
    // Incision (01:00) came before Sign Out and the referral's closure (02:00).
    steps.splice(steps.length - 1, 0, 'SURGERY_PERFORMED');
    await expectState('INPATIENT', (steps.push('REFERRAL_STATUS_CHANGED'), steps));

    // Completing it a second time is refused as a repeat.
    await expectFailure(complete, { input: operation }, 'CONFLICT', 'ALREADY_COMPLETED');

    clock.set(day(32));
    const discharged = await mutate<{ dischargePatient: { disposition: string } }>(discharge, {
      input: { patientId, disposition: 'HOME', diagnosis: 'Fibroadenoma, left breast, excised', instructions: 'Keep the dressing dry' },
    });
    expect(discharged.dischargePatient.disposition).toBe('HOME');
    // A discharge after an operation books the wound check and the day-30 call by itself.
    await expectState('FOLLOW_UP', (steps.push('DISCHARGED', 'FOLLOW_UP_SCHEDULED', 'FOLLOW_UP_SCHEDULED'), steps));
    expect(steps).toHaveLength(16);
  });

  it('answers bad IDs with BAD_USER_INPUT and unknown ones with NOT_FOUND, changing nothing', async () => {
    const receive = `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id } }`;
    const input = { sourceType: 'SELF', specialty: 'ENT', reason: 'Neck lump' };
    await expectFailure(receive, { input: { ...input, patientId: 'not-an-id' } }, 'BAD_USER_INPUT', 'INVALID_ID');
    const unknown = Buffer.from('Patient:00000000-0000-4000-8000-000000000000').toString('base64url');
    await expectFailure(receive, { input: { ...input, patientId: unknown } }, 'NOT_FOUND');
  });

  it('speaks GraphQL over HTTP: health checks, GET queries, spec media type, no stack traces', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true', cookie: api.cookie! },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(((await get.json()) as { data: { provinces: unknown[] } }).data.provinces).toHaveLength(25);

    const broken = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ patients { ' }),
    });
    expect(broken.status).toBe(400);
    const body = (await broken.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js/);

    // A mutation must not be possible through GET (and so not through a plain link).
    const register = 'mutation { registerPatient(input: { familyName: "Get", givenName: "Link", sex: MALE, birthDate: "1990-01-01", provinceCode: 1 }) { id } }';
    const patientsBefore = await db.orm.em.getConnection().execute('select count(*)::int as n from patient');
    // (with the victim's session cookie, as a browser would send it)
    const mutationByGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent(register)}`, {
      headers: { 'apollo-require-preflight': 'true', cookie: api.cookie! },
    });
    expect(mutationByGet.status).toBe(405);
    expect(await db.orm.em.getConnection().execute('select count(*)::int as n from patient')).toEqual(patientsBefore);

    // Nor through a form post from another site (CSRF): a simple request without a JSON body is refused.
    const formPost = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: api.cookie! },
      body: JSON.stringify({ query: register }),
    });
    expect(formPost.status).toBe(400);
    expect(await db.orm.em.getConnection().execute('select count(*)::int as n from patient')).toEqual(patientsBefore);
  });
});
