import { AllergySeverity, AllergyStatus, ErrorCode, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type HttpApp } from '../../../../tests/support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { childGuardian, expectDomainError, patientInput, rejectionOf, reloadPatient, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { toGlobalId } from '../graphql/relay.js';
import { PatientAllergy, WeightMeasurement } from './allergy-weight.entity.js';
import type { RecordAllergiesInput, RecordWeightInput } from './allergy-weight.input.js';
import { latestWeight, recordAllergies, recordWeight } from './allergy-weight.service.js';
import type { Patient } from './patient.entity.js';
import { registerPatient } from './patient.service.js';

describe('allergies and weight', () => {
  let db: TestDatabase;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const adult = (): Promise<Patient> => registerPatient(ctx(), patientInput({ givenName: 'Dara', birthDate: '1990-04-01' }));
  const infant = (): Promise<Patient> =>
    registerPatient(ctx(), patientInput({ givenName: 'Mealea', birthDate: '2025-10-01', phones: [], guardian: childGuardian }));
  const allergies = (patientId: string, overrides: Partial<RecordAllergiesInput> = {}) =>
    recordAllergies(ctx(), patientId, {
      patientId,
      noKnownAllergies: false,
      allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: AllergySeverity.SEVERE }],
      ...overrides,
    });
  const weight = (patientId: string, overrides: Partial<RecordWeightInput> = {}) =>
    recordWeight(ctx(), patientId, { patientId, weightKg: 61.25, measuredOn: '2026-03-01', ...overrides });
  const rows = async (patientId: string) => ({
    allergies: await db.orm.em.fork().find(PatientAllergy, { patient: patientId }, { orderBy: { position: 'asc' } }),
    weights: await db.orm.em.fork().count(WeightMeasurement, { patient: patientId }),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('starts as not recorded, then holds none known or the whole list, each confirmation replacing the last', async () => {
    const patient = await adult();
    expect((await reloadPatient(db.orm, patient.id)).allergyStatus).toBe(AllergyStatus.NOT_RECORDED);

    await recordAllergies(ctx(), patient.id, { patientId: patient.id, noKnownAllergies: true, allergies: [], expectedAllergiesVersion: 0 });
    let stored = await reloadPatient(db.orm, patient.id);
    expect(stored).toMatchObject({ allergyStatus: AllergyStatus.NO_KNOWN_ALLERGIES, allergiesVersion: 1, allergiesRecordedBy: 'test' });

    await allergies(patient.id, {
      expectedAllergiesVersion: 1,
      allergies: [
        { substance: '  Penicillin ', reaction: 'Hives', severity: AllergySeverity.SEVERE },
        { substance: 'Latex', reaction: null, severity: AllergySeverity.ANAPHYLAXIS },
      ],
    });
    stored = await reloadPatient(db.orm, patient.id);
    expect(stored).toMatchObject({ allergyStatus: AllergyStatus.ALLERGIES, allergiesVersion: 2 });
    expect((await rows(patient.id)).allergies.map((a) => [a.substance, a.reaction, a.severity])).toEqual([
      ['Penicillin', 'Hives', AllergySeverity.SEVERE],
      ['Latex', null, AllergySeverity.ANAPHYLAXIS],
    ]);

    // A nurse working from the list as it was before: told, not overwritten.
    expectDomainError(await rejectionOf(allergies(patient.id, { expectedAllergiesVersion: 1, allergies: [{ substance: 'Iodine', severity: AllergySeverity.MILD }] })), {
      code: ErrorCode.CONFLICT,
      reason: 'STALE_VERSION',
    });
    expect((await rows(patient.id)).allergies).toHaveLength(2);
  });

  it('refuses contradictory, empty, duplicate or malformed lists and changes nothing', async () => {
    const patient = await adult();
    const cases: [Partial<RecordAllergiesInput>, string, string][] = [
      [{ noKnownAllergies: true }, 'allergies', 'ALLERGIES_AND_NONE_KNOWN'],
      [{ allergies: [] }, 'allergies', 'NO_ALLERGY_GIVEN'],
      [{ allergies: [{ substance: 'Penicillin', severity: AllergySeverity.MILD }, { substance: 'penicillin', severity: AllergySeverity.SEVERE }] }, 'allergies.1.substance', 'DUPLICATE_ALLERGY'],
      [{ allergies: [{ substance: '  ', severity: AllergySeverity.MILD }] }, 'allergies.0.substance', 'REQUIRED'],
      [{ allergies: [{ substance: 'x'.repeat(201), severity: AllergySeverity.MILD }] }, 'allergies.0.substance', 'TOO_LONG'],
      [{ allergies: [{ substance: 'Aspirin', reaction: 'a\u0007b', severity: AllergySeverity.MILD }] }, 'allergies.0.reaction', 'CONTROL_CHARACTERS'],
      [{ allergies: Array.from({ length: 31 }, (_, i) => ({ substance: `Drug ${i}`, severity: AllergySeverity.MILD })) }, 'allergies', 'TOO_MANY'],
    ];
    for (const [overrides, field, reason] of cases) {
      expectDomainError(await rejectionOf(allergies(patient.id, overrides)), { code: ErrorCode.BAD_USER_INPUT, reason, field });
    }
    expect((await reloadPatient(db.orm, patient.id)).allergyStatus).toBe(AllergyStatus.NOT_RECORDED);
    expect((await rows(patient.id)).allergies).toEqual([]);
  });

  it('keeps weighings and gives the latest by the day weighed', async () => {
    const patient = await adult();
    expect(await latestWeight(db.orm.em.fork(), patient.id)).toBeNull();
    await weight(patient.id, { weightKg: 60.004, measuredOn: '2026-02-20' });
    await weight(patient.id, { weightKg: 61.25, measuredOn: '2026-03-02' });
    // Entered later, but weighed earlier: not the latest.
    await weight(patient.id, { weightKg: 59, measuredOn: '2026-01-10' });
    const latest = await latestWeight(db.orm.em.fork(), patient.id);
    expect(latest).toMatchObject({ weightKg: 61.25, measuredOn: '2026-03-02', recordedBy: 'test' });
    expect((await rows(patient.id)).weights).toBe(3);
    const first = await db.orm.em.fork().findOneOrFail(WeightMeasurement, { patient: patient.id, measuredOn: '2026-02-20' });
    expect(first.weightKg).toBe(60);
  });

  it('refuses weights outside the range for the age, in the future or before birth', async () => {
    const grown = await adult();
    const baby = await infant();
    const cases: [Patient, Partial<RecordWeightInput>, string, string, Record<string, number>?][] = [
      [grown, { weightKg: 7 }, 'weightKg', 'WEIGHT_OUT_OF_RANGE', { min: 20, max: 350 }],
      [grown, { weightKg: 3200 }, 'weightKg', 'WEIGHT_OUT_OF_RANGE', { min: 20, max: 350 }],
      // 70 for an infant of 7 kg: a typo, not a weight.
      [baby, { weightKg: 70 }, 'weightKg', 'WEIGHT_OUT_OF_RANGE', { min: 0.3, max: 20 }],
      [baby, { weightKg: 0.1 }, 'weightKg', 'WEIGHT_OUT_OF_RANGE', { min: 0.3, max: 20 }],
      [grown, { weightKg: Number.NaN }, 'weightKg', 'INVALID'],
      [grown, { measuredOn: '2026-03-03' }, 'measuredOn', 'IN_FUTURE'],
      [baby, { weightKg: 3, measuredOn: '2025-09-30' }, 'measuredOn', 'BEFORE_BIRTH'],
      [grown, { measuredOn: '2026-02-30' }, 'measuredOn', 'INVALID_DATE'],
    ];
    for (const [patient, overrides, field, reason, params] of cases) {
      const error = await rejectionOf(weight(patient.id, overrides));
      expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason, field });
      if (params) expect(error.details.params).toEqual(params);
    }
    expect((await rows(grown.id)).weights + (await rows(baby.id)).weights).toBe(0);
    await expect(weight(baby.id, { weightKg: 7.2 })).resolves.toBeDefined();
  });

  describe('through the API', () => {
    let api: HttpApp;
    const RECORD_ALLERGIES = `mutation($input: RecordAllergiesInput!) { recordAllergies(input: $input) { id allergyStatus allergiesVersion allergies { substance severity } } }`;
    const RECORD_WEIGHT = `mutation($input: RecordWeightInput!) { recordWeight(input: $input) { id latestWeight { weightKg measuredOn } } }`;
    const READ = `query($id: ID!) { patient(id: $id) { allergyStatus allergies { substance reaction severity } latestWeight { weightKg measuredOn } weights { weightKg } } }`;

    beforeAll(async () => {
      api = await startHttpApp(db, { clock });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('lets the clinical roles record both, audited, and nobody else', async () => {
      const patient = await adult();
      const id = toGlobalId('Patient', patient.id);
      const input = (n: number) => ({ patientId: id, noKnownAllergies: false, allergies: [{ substance: `Drug ${n}`, severity: 'MILD' }] });
      let n = 0;
      for (const role of [Role.NURSE, Role.SURGEON, Role.CLINICIAN, Role.ONCOLOGY]) {
        const client = await api.userWithRoles([role]);
        clock.advance(1);
        const a = await client.gql(RECORD_ALLERGIES, { input: input(++n) });
        expect(a.errors, role).toBeUndefined();
        const w = await client.gql(RECORD_WEIGHT, { input: { patientId: id, weightKg: 60 + n, measuredOn: '2026-03-02' } });
        expect(w.errors, role).toBeUndefined();
      }
      for (const role of [Role.CASE_MANAGER, Role.ADMINISTRATOR, Role.ANALYST]) {
        const client = await api.userWithRoles([role]);
        const a = await client.gql(RECORD_ALLERGIES, { input: input(99) });
        expect(a.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
        const w = await client.gql(RECORD_WEIGHT, { input: { patientId: id, weightKg: 70, measuredOn: '2026-03-02' } });
        expect(w.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      }

      // Read with the record: the case manager sees what the nurse recorded; the analyst opens no record.
      const caseManager = await api.userWithRoles([Role.CASE_MANAGER]);
      const read = await caseManager.gql<{ patient: Record<string, unknown> }>(READ, { id });
      expect(read.errors).toBeUndefined();
      expect(read.data?.patient).toEqual({
        allergyStatus: 'ALLERGIES',
        allergies: [{ substance: 'Drug 4', reaction: null, severity: 'MILD' }],
        latestWeight: { weightKg: 64, measuredOn: '2026-03-02' },
        weights: [{ weightKg: 64 }, { weightKg: 63 }, { weightKg: 62 }, { weightKg: 61 }],
      });
      const analyst = await api.userWithRoles([Role.ANALYST]);
      expect((await analyst.gql(READ, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // Each write has its audit entry, with the patient; refusals too.
      const entries = await db.orm.em
        .fork()
        .getConnection()
        .execute<{ action: string; outcome: string }[]>(`select action, outcome from audit_entry where patient_id = ? and action like 'mutation:record%' order by id`, [patient.id]);
      expect(entries.filter((e) => e.outcome === 'OK').map((e) => e.action)).toEqual(
        Array.from({ length: 4 }, () => ['mutation:recordAllergies', 'mutation:recordWeight']).flat(),
      );
      expect(entries.filter((e) => e.outcome === 'FORBIDDEN')).toHaveLength(6);
    });
  });
});
