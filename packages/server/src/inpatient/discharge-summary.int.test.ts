import { DischargeDisposition, ErrorCode } from '@pj/shared';
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
});
