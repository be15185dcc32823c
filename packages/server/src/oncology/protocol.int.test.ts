import { bodySurfaceArea, DoseBasis, ErrorCode, ProtocolState } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { childGuardian, diagnoseWilms, expectDomainError, patientInput, rejectionOf, serviceContext, testClock, testUser } from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { registerPatient } from '../patients/patient.service.js';
import type { CreateProtocolInput, ProtocolDoseInput } from './protocol.input.js';
import { Protocol, ProtocolDose, ProtocolPhase, ProtocolRetirement } from './protocol.entity.js';
import { createProtocol, protocolLibrary, retireProtocol, reviseProtocol } from './protocol.service.js';
import { ChemoAdministration, TreatmentPlan } from './treatment-plan.entity.js';
import { recordChemoAdministration, startTreatmentPlan } from './treatment-plan.service.js';

const vincristine = (day: number, overrides: Partial<ProtocolDoseInput> = {}): ProtocolDoseInput => ({
  drug: 'Vincristine', route: 'IV', unit: 'mg', day, basis: DoseBasis.PER_M2, dose: 1.5, maxDose: 2, ...overrides,
});

let codes = 0;
/** A small Wilms-like protocol: vincristine weekly ×2 per m² (capped) and dactinomycin per kg on day 0, then a milestone phase. */
const protocolInput = (overrides: Partial<CreateProtocolInput> = {}): CreateProtocolInput => ({
  code: `TEST-WILMS-${++codes}`,
  name: 'Test Wilms AV',
  cancerType: 'WILMS_TUMOUR' as CreateProtocolInput['cancerType'],
  description: 'For tests.',
  example: false,
  phases: [
    {
      name: 'Pre-operative',
      startDay: 0,
      endDay: 13,
      doses: [vincristine(0), vincristine(7), { drug: 'Dactinomycin', route: 'IV', unit: 'µg', day: 0, basis: DoseBasis.PER_KG, dose: 45, maxDose: 2000 }],
    },
    { name: 'Surgery', startDay: 14, endDay: 14, milestone: 'Nephrectomy', doses: [] },
  ],
  ...overrides,
});

describe('the protocol library', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  const sql = (text: string, params: unknown[] = []) => fresh().getConnection().execute(text, params);
  const counts = async () => ({
    protocols: await fresh().count(Protocol, {}),
    phases: await fresh().count(ProtocolPhase, {}),
    doses: await fresh().count(ProtocolDose, {}),
    retirements: await fresh().count(ProtocolRetirement, {}),
  });
  const child = async () => {
    const patient = await registerPatient(ctx(), patientInput({ givenName: 'Dara', birthDate: '2020-05-01', phones: [], guardian: childGuardian }));
    await diagnoseWilms(db.orm, clock, patient.id);
    return patient;
  };
  const start = (patientId: string, protocolId: string) =>
    startTreatmentPlan(ctx(), { patientId, protocolId }, { patientId, protocolId, startDate: '2026-03-02', heightCm: 120, weightKg: 22 });
  const planned = async (planId: string) =>
    (await fresh().find(ChemoAdministration, { plan: planId }, { orderBy: [{ plannedDate: 'asc' }, { position: 'asc' }] })).map((a) => [a.plannedDate, a.drug, a.plannedDose, a.unit]);
  const query = async (source: string, variableValues: Record<string, unknown> = {}) => {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext(fresh(), clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, never>;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('creates a protocol as revision 1 with its phases and doses, current and in the library', async () => {
    const protocol = await createProtocol(ctx(), protocolInput({ code: 'test-burkitt ', name: 'Burkitt COM', cancerType: 'BURKITT_LYMPHOMA' as CreateProtocolInput['cancerType'], example: true }));
    expect(protocol).toMatchObject({ code: 'TEST-BURKITT', revision: 1, example: true, revisionNote: null });
    const phases = await fresh().find(ProtocolPhase, { protocol: protocol.id }, { orderBy: { position: 'asc' } });
    expect(phases.map((p) => [p.position, p.name, p.startDay, p.endDay, p.milestone])).toEqual([
      [1, 'Pre-operative', 0, 13, null],
      [2, 'Surgery', 14, 14, 'Nephrectomy'],
    ]);
    const doses = await fresh().find(ProtocolDose, { phase: { protocol: protocol.id } }, { orderBy: [{ dayOffset: 'asc' }, { drug: 'asc' }] });
    expect(doses.map((d) => [d.dayOffset, d.drug, d.dosePerM2, d.dosePerKg, d.maxDose, d.unit])).toEqual([
      [0, 'Dactinomycin', null, 45, 2000, 'µg'],
      [0, 'Vincristine', 1.5, null, 2, 'mg'],
      [7, 'Vincristine', 1.5, null, 2, 'mg'],
    ]);
    expect((await protocolLibrary(fresh(), false)).map((p) => p.code)).toContain('TEST-BURKITT');
    const data = await query('query ($id: ID!) { node(id: $id) { ... on Protocol { state example revision revisions { revision } retiredAt } } }', { id: toGlobalId('Protocol', protocol.id) });
    expect(data.node).toEqual({ state: ProtocolState.CURRENT, example: true, revision: 1, revisions: [{ revision: 1 }], retiredAt: null });
  });

  it.each([
    ['no phase', { phases: [] }, 'phases', 'NO_PHASES'],
    ['no drug', { phases: [{ name: 'Surgery', startDay: 0, endDay: 0, milestone: 'Nephrectomy', doses: [] }] }, 'phases', 'NO_DRUGS'],
    ['a dose of 0', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { dose: 0 })] }] }, 'phases.0.doses.0.dose', 'DOSE_NOT_POSITIVE'],
    ['a negative dose', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { dose: -1.5 })] }] }, 'phases.0.doses.0.dose', 'DOSE_NOT_POSITIVE'],
    ['a cap of 0', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { maxDose: 0 })] }] }, 'phases.0.doses.0.maxDose', 'DOSE_NOT_POSITIVE'],
    ['a day outside its phase', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(8)] }] }, 'phases.0.doses.0.day', 'DAY_OUTSIDE_PHASE'],
    ['a day before its phase', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0)] }, { name: 'B', startDay: 10, endDay: 20, doses: [vincristine(9)] }] }, 'phases.1.doses.0.day', 'DAY_OUTSIDE_PHASE'],
    ['an unknown unit', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { unit: 'tablets' })] }] }, 'phases.0.doses.0.unit', 'UNKNOWN_UNIT'],
    ['an unknown route', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { route: 'rectal' })] }] }, 'phases.0.doses.0.route', 'UNKNOWN_ROUTE'],
    ['a phase ending before it starts', { phases: [{ name: 'A', startDay: 7, endDay: 0, doses: [vincristine(7)] }] }, 'phases.0.endDay', 'PHASE_ENDS_BEFORE_START'],
    ['overlapping phases', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0)] }, { name: 'B', startDay: 7, endDay: 9, doses: [] }] }, 'phases.1.startDay', 'PHASES_OVERLAP'],
    ['half a small-child dose', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0, { smallChildWeightKg: 10 })] }] }, 'phases.0.doses.0.smallChildDosePerKg', 'SMALL_CHILD_DOSE_INCOMPLETE'],
    ['the same drug twice on a day', { phases: [{ name: 'A', startDay: 0, endDay: 7, doses: [vincristine(0), vincristine(0)] }] }, 'phases.0.doses.1.drug', 'DUPLICATE_DOSE'],
    ['a bad code', { code: 'wilms tumour!' }, 'code', 'INVALID_CODE'],
    ['no name', { name: '  ' }, 'name', 'REQUIRED'],
  ] as const)('refuses %s with a typed reason, changing nothing', async (_what, overrides, field, reason) => {
    const before = await counts();
    const error = await rejectionOf(createProtocol(ctx(), protocolInput(overrides as Partial<CreateProtocolInput>)));
    expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason, field });
    expect(await counts()).toEqual(before);
  });

  it('refuses a code already used, with the code as a parameter', async () => {
    const first = await createProtocol(ctx(), protocolInput());
    const before = await counts();
    const error = await rejectionOf(createProtocol(ctx(), protocolInput({ code: first.code })));
    expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_CODE_TAKEN' });
    expect(error.details.params).toEqual({ code: first.code });
    expect(await counts()).toEqual(before);
  });

  it('a plan keeps the revision it started with: revising after the start changes none of its doses', async () => {
    const protocol = await createProtocol(ctx(), protocolInput());
    const first = await child();
    const plan = await start(first.id, protocol.id);
    const bsa = bodySurfaceArea(120, 22); // 0.86
    const before = await planned(plan.id);
    expect(before).toEqual([
      ['2026-03-02', 'Dactinomycin', Math.min(45 * 22, 2000), 'µg'],
      ['2026-03-02', 'Vincristine', Math.round(1.5 * bsa * 100) / 100, 'mg'],
      ['2026-03-09', 'Vincristine', Math.round(1.5 * bsa * 100) / 100, 'mg'],
    ]);

    const revised = await reviseProtocol(ctx(), protocol.id, {
      ...protocolInput(),
      protocolId: toGlobalId('Protocol', protocol.id),
      revisionNote: 'Vincristine 2 mg/m² after the oncologists\' review',
      phases: [{ name: 'Pre-operative', startDay: 0, endDay: 13, doses: [vincristine(0, { dose: 2 }), vincristine(7, { dose: 2 })] }],
    });
    expect(revised).toMatchObject({ code: protocol.code, revision: 2, revisionNote: 'Vincristine 2 mg/m² after the oncologists\' review' });
    expect(await planned(plan.id)).toEqual(before);
    expect((await fresh().findOneOrFail(TreatmentPlan, { id: plan.id })).protocol.id).toBe(protocol.id);

    // New plans start from the current revision only.
    const second = await child();
    expectDomainError(await rejectionOf(start(second.id, protocol.id)), { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_SUPERSEDED' });
    const newer = await start(second.id, revised.id);
    expect(await planned(newer.id)).toEqual([
      ['2026-03-02', 'Vincristine', Math.round(2 * bsa * 100) / 100, 'mg'],
      ['2026-03-09', 'Vincristine', Math.round(2 * bsa * 100) / 100, 'mg'],
    ]);

    const data = await query('query ($id: ID!) { node(id: $id) { ... on Protocol { state revisions { revision state } } } }', { id: toGlobalId('Protocol', protocol.id) });
    expect(data.node).toEqual({ state: ProtocolState.SUPERSEDED, revisions: [{ revision: 2, state: ProtocolState.CURRENT }, { revision: 1, state: ProtocolState.SUPERSEDED }] });
    // A superseded revision may not be revised again.
    expectDomainError(
      await rejectionOf(reviseProtocol(ctx(), protocol.id, { ...protocolInput(), protocolId: '', revisionNote: 'again' })),
      { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_REVISED' },
    );
  });

  it('of 20 concurrent revisions of one revision exactly one is written: one current revision', async () => {
    const protocol = await createProtocol(ctx(), protocolInput());
    await Promise.all(Array.from({ length: 10 }, () => fresh().getConnection().execute('select pg_sleep(0.05)')));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        reviseProtocol(ctx(), protocol.id, { ...protocolInput(), protocolId: '', revisionNote: `Revision attempt ${i}` }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const lost of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expectDomainError(lost.reason, { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_REVISED' });
    }
    const revisions = await fresh().find(Protocol, { code: protocol.code }, { orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect((await protocolLibrary(fresh(), false)).filter((p) => p.code === protocol.code).map((p) => p.revision)).toEqual([2]);
  });

  it('the database refuses a second revision with the same number, and any change to a revision a plan uses, whoever writes', async () => {
    const protocol = await createProtocol(ctx(), protocolInput());
    const plan = await start((await child()).id, protocol.id);
    await expect(sql(`insert into protocol (id, code, revision, name, cancer_type, example, created_at) values (gen_random_uuid(), ?, 1, 'Copy', 'WILMS_TUMOUR', false, now())`, [protocol.code]))
      .rejects.toMatchObject({ constraint: 'protocol_code_revision_unique' });
    const before = await planned(plan.id);
    await expect(sql(`update protocol_dose set dose_per_m2 = 3 where phase_id in (select id from protocol_phase where protocol_id = ?)`, [protocol.id])).rejects.toThrow(/never changed/);
    await expect(sql(`update protocol_phase set end_day = 20 where protocol_id = ?`, [protocol.id])).rejects.toThrow(/never changed/);
    await expect(sql(`update protocol set name = 'Renamed' where id = ?`, [protocol.id])).rejects.toThrow(/never changed/);
    await expect(sql(`delete from protocol_dose where phase_id in (select id from protocol_phase where protocol_id = ?)`, [protocol.id])).rejects.toThrow(/never changed/);
    await expect(sql('truncate protocol_dose')).rejects.toThrow(/never changed/);
    await expect(sql(`update protocol_dose set dose_per_kg = -1 where false`)).resolves.toBeDefined();
    expect(await planned(plan.id)).toEqual(before);
    expect((await fresh().findOneOrFail(Protocol, { id: protocol.id })).name).toBe('Test Wilms AV');
  });

  it('retiring stops new plans (service and database) while plans already started go on', async () => {
    const protocol = await createProtocol(ctx(), protocolInput());
    const patient = await child();
    const plan = await start(patient.id, protocol.id);
    const retired = await retireProtocol(ctx(), protocol.id, { protocolId: '', reason: 'Replaced by the 2027 regimen' });
    expect(retired.id).toBe(protocol.id);

    expect((await protocolLibrary(fresh(), false)).map((p) => p.code)).not.toContain(protocol.code);
    expect((await protocolLibrary(fresh(), true)).map((p) => p.code)).toContain(protocol.code);
    const data = await query('query ($id: ID!) { node(id: $id) { ... on Protocol { state retirementReason } } }', { id: toGlobalId('Protocol', protocol.id) });
    expect(data.node).toEqual({ state: ProtocolState.RETIRED, retirementReason: 'Replaced by the 2027 regimen' });

    const other = await child();
    expectDomainError(await rejectionOf(start(other.id, protocol.id)), { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_RETIRED' });
    expectDomainError(await rejectionOf(retireProtocol(ctx(), protocol.id, { protocolId: '', reason: 'again' })), { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_RETIRED' });
    expectDomainError(
      await rejectionOf(reviseProtocol(ctx(), protocol.id, { ...protocolInput(), protocolId: '', revisionNote: 'after retirement' })),
      { code: ErrorCode.CONFLICT, reason: 'PROTOCOL_RETIRED' },
    );
    // Around the service, the database refuses the plan too.
    await expect(sql(
      `insert into treatment_plan (id, patient_id, protocol_id, start_date, height_cm, weight_kg, body_surface_area, created_at, status)
       values (gen_random_uuid(), ?, ?, '2026-03-02', 120, 22, 0.86, now(), 'ACTIVE')`,
      [other.id, protocol.id],
    )).rejects.toThrow(/retired/);

    // The plan already started goes on: its first dose is recorded as usual.
    const [first] = await fresh().find(ChemoAdministration, { plan: plan.id }, { orderBy: { position: 'asc' } });
    const given = await recordChemoAdministration(ctx(), first.id, { administrationId: '', givenOn: '2026-03-02', dose: first.plannedDose });
    expect(given.status).toBe('GIVEN');
  });

  it('the database refuses a plan from a superseded revision written around the service', async () => {
    const protocol = await createProtocol(ctx(), protocolInput());
    await reviseProtocol(ctx(), protocol.id, { ...protocolInput(), protocolId: '', revisionNote: 'newer' });
    const patient = await child();
    await expect(sql(
      `insert into treatment_plan (id, patient_id, protocol_id, start_date, height_cm, weight_kg, body_surface_area, created_at, status)
       values (gen_random_uuid(), ?, ?, '2026-03-02', 120, 22, 0.86, now(), 'ACTIVE')`,
      [patient.id, protocol.id],
    )).rejects.toThrow(/revised/);
  });
});
