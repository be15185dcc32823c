import { CareInstruction, DischargeDisposition, ErrorCode } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  admittedPatient,
  dischargeInput,
  dischargePatient,
  expectFailsAndChangesNothing,
  serviceContext,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { Discharge } from './admission.entity.js';

const FULL = {
  reasonForAdmission: 'Painful right groin swelling for 6 months',
  proceduresAndTreatment: 'Open mesh repair of right inguinal hernia under spinal anaesthesia; IV cefazolin once',
  medications: [
    { name: 'Paracetamol', dose: '1 g', frequency: 'four times a day', duration: '5 days', reconciled: true },
    { name: 'Amlodipine', dose: '5 mg', frequency: 'once a day', duration: null, reconciled: false },
  ],
  dietInstructions: 'Normal diet, plenty of water',
  woundCareInstructions: 'Keep the dressing dry for 5 days',
  warningSigns: 'Fever, bleeding, a swelling that grows',
};

describe('the discharge summary', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-05-01T02:00:00.000Z');
  const bed = async () => (await vacantBeds(db.orm, 1))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('round-trips every section through dischargePatient and the API', async () => {
    const { patient } = await admittedPatient(db.orm, clock, await bed());
    clock.advance(3 * 24 * 60);
    const discharge = await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, FULL));

    const stored = await db.orm.em.fork().findOneOrFail(Discharge, { id: discharge.id });
    expect(stored).toMatchObject({ ...FULL, diagnosis: 'Right inguinal hernia, repaired', followUpPlan: 'Wound check at 10 days', clinician: 'Dr Vannak' });

    const result = await graphql({
      schema,
      source: `query ($id: ID!) { node(id: $id) { ... on Discharge { reasonForAdmission proceduresAndTreatment
        medications { name dose frequency duration reconciled } dietInstructions woundCareInstructions warningSigns
        instructions followUpPlan clinician } } }`,
      variableValues: { id: toGlobalId('Discharge', discharge.id) },
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.data))).toEqual({
      node: { ...FULL, instructions: 'Keep the wound dry for 5 days', followUpPlan: 'Wound check at 10 days', clinician: 'Dr Vannak' },
    });
  });

  it('keeps the old summary working: new sections default to empty', async () => {
    const { patient } = await admittedPatient(db.orm, clock, await bed());
    clock.advance(60);
    const discharge = await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id));
    const stored = await db.orm.em.fork().findOneOrFail(Discharge, { id: discharge.id });
    expect(stored).toMatchObject({ medications: [], reasonForAdmission: null, warningSigns: null, disposition: DischargeDisposition.HOME });
  });

  it.each([
    ['a medication without a name', { medications: [{ name: ' ', reconciled: true }] }, 'medications[0].name', 'REQUIRED'],
    ['a line break in a dose', { medications: [{ name: 'Ibuprofen', dose: '400\nmg', reconciled: true }] }, 'medications[0].dose', 'CONTROL_CHARACTERS'],
    ['51 medications', { medications: Array.from({ length: 51 }, (_, i) => ({ name: `M${i}`, reconciled: true })) }, 'medications', 'TOO_MANY'],
    ['a control character in the warning signs', { warningSigns: 'Fever\u0007' }, 'warningSigns', 'CONTROL_CHARACTERS'],
    ['a Khmer diagnosis in Latin letters only', { diagnosisForFamilyKhmer: 'Hernia, repaired' }, 'diagnosisForFamilyKhmer', 'NOT_KHMER'],
    ['Khmer care instructions in Latin letters only', { careInstructionsKhmer: 'Keep it dry' }, 'careInstructionsKhmer', 'NOT_KHMER'],
    ['a Khmer diagnosis over 2000 characters', { diagnosisForFamilyKhmer: 'ក'.repeat(2001) }, 'diagnosisForFamilyKhmer', 'TOO_LONG'],
    ['Khmer care instructions over 5000 characters', { careInstructionsKhmer: 'ក'.repeat(5001) }, 'careInstructionsKhmer', 'TOO_LONG'],
    ['no heavy lifting without its weeks', { careInstructions: [CareInstruction.NO_HEAVY_LIFTING] }, 'noHeavyLiftingWeeks', 'REQUIRED'],
    ['weeks without "no heavy lifting"', { careInstructions: [CareInstruction.KEEP_WOUND_DRY], noHeavyLiftingWeeks: 4 }, 'noHeavyLiftingWeeks', 'NOT_ALLOWED'],
    ['13 weeks of no heavy lifting', { careInstructions: [CareInstruction.NO_HEAVY_LIFTING], noHeavyLiftingWeeks: 13 }, 'noHeavyLiftingWeeks', 'OUT_OF_RANGE'],
    ['0 weeks of no heavy lifting', { careInstructions: [CareInstruction.NO_HEAVY_LIFTING], noHeavyLiftingWeeks: 0 }, 'noHeavyLiftingWeeks', 'OUT_OF_RANGE'],
    ['an unknown care instruction', { careInstructions: ['SWIM_DAILY'] }, 'careInstructions[0]', 'INVALID'],
  ] as const)('refuses %s with BAD_USER_INPUT and changes nothing', async (_name, overrides, field, reason) => {
    const { patient } = await admittedPatient(db.orm, clock, await bed());
    clock.advance(60);
    await expectFailsAndChangesNothing(
      db.orm,
      () => dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, overrides as never)),
      { code: ErrorCode.BAD_USER_INPUT, reason, field },
      [patient.id],
    );
  });

  describe('for the family, in Khmer', () => {
    const KHMER = {
      diagnosisForFamilyKhmer: 'ក្លូនពោះវៀនខាងស្ដាំ បានវះកាត់ជួសជុលរួចហើយ',
      careInstructionsKhmer: 'សម្រាកនៅផ្ទះ ១ សប្ដាហ៍',
    };

    it('keeps the Khmer texts and the chosen instructions, each once and in the list\'s order, through the API', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await bed());
      clock.advance(60);
      const discharge = await dischargePatient(
        serviceContext(db.orm, clock),
        patient.id,
        dischargeInput(patient.id, {
          ...KHMER,
          careInstructions: [CareInstruction.COME_TO_FOLLOW_UP, CareInstruction.NO_HEAVY_LIFTING, CareInstruction.KEEP_WOUND_DRY, CareInstruction.COME_TO_FOLLOW_UP],
          noHeavyLiftingWeeks: 6,
        }),
      );
      const stored = await db.orm.em.fork().findOneOrFail(Discharge, { id: discharge.id });
      const expected = {
        ...KHMER,
        careInstructions: [CareInstruction.KEEP_WOUND_DRY, CareInstruction.NO_HEAVY_LIFTING, CareInstruction.COME_TO_FOLLOW_UP],
        noHeavyLiftingWeeks: 6,
      };
      expect(stored).toMatchObject(expected);

      const result = await graphql({
        schema,
        source: `query ($id: ID!) { node(id: $id) { ... on Discharge { diagnosisForFamilyKhmer careInstructionsKhmer careInstructions noHeavyLiftingWeeks } } }`,
        variableValues: { id: toGlobalId('Discharge', discharge.id) },
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expect(result.errors).toBeUndefined();
      expect(JSON.parse(JSON.stringify(result.data))).toEqual({ node: expected });
    });

    it('leaves them empty when not given: the summary is saved without Khmer text (a warning on screen, not a refusal)', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await bed());
      clock.advance(60);
      const discharge = await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, { careInstructions: [] }));
      const stored = await db.orm.em.fork().findOneOrFail(Discharge, { id: discharge.id });
      expect(stored).toMatchObject({ diagnosisForFamilyKhmer: null, careInstructionsKhmer: null, careInstructions: [], noHeavyLiftingWeeks: null });
    });

    it('accepts Khmer text that also has Latin words and digits (a drug name, a temperature)', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await bed());
      clock.advance(60);
      const careInstructionsKhmer = 'លេប Paracetamol ពេលគ្រុនក្ដៅលើស 38°C';
      const discharge = await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, { careInstructionsKhmer }));
      expect(discharge.careInstructionsKhmer).toBe(careInstructionsKhmer);
    });

    it('is kept by the database too: a write that bypasses the service cannot store Latin-only "Khmer", an unknown code or weeks without their instruction', async () => {
      const { patient } = await admittedPatient(db.orm, clock, await bed());
      clock.advance(60);
      const discharge = await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, KHMER));
      const connection = db.orm.em.fork().getConnection();
      for (const [sql, constraint] of [
        [`update discharge set diagnosis_for_family_khmer = 'Hernia' where id = ?`, 'discharge_diagnosis_for_family_khmer_check'],
        [`update discharge set care_instructions_khmer = 'Rest' where id = ?`, 'discharge_care_instructions_khmer_check'],
        [`update discharge set care_instructions = '{SWIM_DAILY}' where id = ?`, 'discharge_care_instructions_check'],
        [`update discharge set no_heavy_lifting_weeks = 4 where id = ?`, 'discharge_no_heavy_lifting_weeks_check'],
        [`update discharge set care_instructions = '{NO_HEAVY_LIFTING}' where id = ?`, 'discharge_no_heavy_lifting_weeks_check'],
        [`update discharge set care_instructions = '{NO_HEAVY_LIFTING}', no_heavy_lifting_weeks = 13 where id = ?`, 'discharge_no_heavy_lifting_weeks_check'],
      ] as const) {
        await expect(connection.execute(sql, [discharge.id])).rejects.toThrow(constraint);
      }
      await connection.execute(`update discharge set care_instructions = '{NO_HEAVY_LIFTING}', no_heavy_lifting_weeks = 12 where id = ?`, [discharge.id]);
    });
  });
});
