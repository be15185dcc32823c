import { CancerType, CodeSystem, DiagnosisBasis, ErrorCode, ReferralStatus, Specialty, StageScheme } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admittedPatient,
  dischargeInput,
  dischargePatient,
  expectDomainError,
  expectFailsAndChangesNothing,
  operationRecord,
  recordFullChecklist,
  referralInStatus,
  serviceContext,
  sessionSlot,
  surgeryInput,
  testClock,
  testUser,
  vacantBeds,
  waitlistedPatient,
} from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { recordOncologyDiagnosis } from '../oncology/oncology.service.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { ICD10, ICD10_JAPANESE } from './lists/icd10.js';
import { ICDO3_MORPHOLOGY, ICDO3_TOPOGRAPHY } from './lists/icdo3.js';
import { PROCEDURE_GROUPS } from './lists/procedure-groups.js';
import { PROCEDURES } from './lists/procedures.js';
import { syncCodeLists } from './code-tables.js';

const MINUTE = 60_000;

describe('clinical codes', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-05-01T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);

  async function run<T>(source: string, variableValues: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return JSON.parse(JSON.stringify(result.data)) as T;
  }

  const search = async (text: string, system = CodeSystem.ICD10, first = 20) =>
    (await run<{ diagnosisCodes: { code: string; system: string; title: string }[] }>(
      'query ($s: String!, $sys: CodeSystem, $first: Int) { diagnosisCodes(search: $s, system: $sys, first: $first) { code system title } }',
      { s: text, sys: system, first },
    )).diagnosisCodes;

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('the code tables', () => {
    it('hold every code of the lists in the repository', async () => {
      const count = async (table: string) => Number((await db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`))[0].n);
      expect(await count('icd10_code')).toBe(ICD10.length);
      expect(await count('icdo3_topography_code')).toBe(ICDO3_TOPOGRAPHY.length);
      expect(await count('icdo3_morphology_code')).toBe(ICDO3_MORPHOLOGY.length);
      expect(await count('hospital_procedure')).toBe(PROCEDURES.length);
      expect(ICD10.length).toBeGreaterThan(300);
    });

    it('have no code twice, and Japanese titles only for codes on the list', () => {
      for (const list of [ICD10, ICDO3_TOPOGRAPHY, ICDO3_MORPHOLOGY, PROCEDURES.map((p) => [p.code])]) {
        const codes = list.map(([code]) => code);
        expect(new Set(codes).size).toBe(codes.length);
      }
      const icd10 = new Set(ICD10.map(([code]) => code));
      expect(Object.keys(ICD10_JAPANESE).filter((code) => !icd10.has(code))).toEqual([]);
    });

    it('put every procedure in one procedure group of its own specialty, and keep a group\'s edited rule on the next start', async () => {
      const grouped = PROCEDURE_GROUPS.flatMap((group) => group.procedures);
      expect(grouped.toSorted()).toEqual(PROCEDURES.map((p) => p.code).toSorted());
      const sql = db.orm.em.getConnection();
      const rows = await sql.execute<{ code: string; specialty: string; procedure_group: string; group_specialty: string }[]>(
        `select p."code", p."specialty", p."procedure_group", g."specialty" as "group_specialty" from "hospital_procedure" p left join "procedure_group" g on g."code" = p."procedure_group"`,
      );
      expect(rows.filter((row) => row.procedure_group === null || row.specialty !== row.group_specialty)).toEqual([]);
      expect(rows.find((row) => row.code === 'GEN-01')?.procedure_group).toBe('GEN-HERNIA');

      await sql.execute(`update "procedure_group" set "required_supervised_cases" = 40, "title" = 'Renamed by hand' where "code" = 'GEN-HERNIA'`);
      await syncCodeLists(db.orm.em.fork());
      const [hernia] = await sql.execute<{ required_supervised_cases: number; title: string }[]>(`select "required_supervised_cases", "title" from "procedure_group" where "code" = 'GEN-HERNIA'`);
      // The rule is data (kept); the name comes from the list (restored).
      expect(hernia).toEqual({ required_supervised_cases: 40, title: 'Hernia repair' });
      await sql.execute(`update "procedure_group" set "required_supervised_cases" = 25 where "code" = 'GEN-HERNIA'`);
    });
  });

  describe('search', () => {
    it('finds codes by their beginning, with or without the point, in one statement', async () => {
      db.resetQueries();
      const k40 = await search('K40');
      expect(db.queries).toHaveLength(1);
      expect(k40.map((c) => c.code)).toEqual(['K40.0', 'K40.2', 'K40.3', 'K40.4', 'K40.9']);
      expect((await search('k409')).map((c) => c.code)).toEqual(['K40.9']);
      expect(k40[4]).toEqual({ code: 'K40.9', system: 'ICD10', title: 'Unilateral or unspecified inguinal hernia, without obstruction or gangrene' });
    });

    it('finds codes by every word of the title, case and accents ignored', async () => {
      const codes = (await search('INGUINAL hérnia gangrene')).map((c) => c.code);
      expect(codes).toEqual(['K40.4', 'K40.9', 'K40.0', 'K40.2', 'K40.3'].sort());
      expect((await search('caesarean')).map((c) => c.code)).toEqual(expect.arrayContaining(['O82.0', 'O82.1', 'O82.9', 'O90.0']));
      expect(await search('hernia nephroblastoma')).toEqual([]);
      expect(await search('   ')).toEqual([]);
    });

    it('finds codes by their Japanese title', async () => {
      expect((await search('鼠径ヘルニア')).map((c) => c.code)).toEqual(['K40.9']);
      expect((await search('帝王切開')).map((c) => c.code)).toEqual(['O82.0', 'O82.1', 'O82.9']);
    });

    it('searches the ICD-O-3 lists by system', async () => {
      expect(await search('8960', CodeSystem.ICDO3_MORPHOLOGY)).toEqual([{ code: '8960/3', system: 'ICDO3_MORPHOLOGY', title: 'Nephroblastoma, NOS' }]);
      expect((await search('kidney', CodeSystem.ICDO3_TOPOGRAPHY)).map((c) => c.code)).toEqual(['C64.9']);
      // The same characters are a disease in ICD-10 and a site in ICD-O-3.
      expect((await search('C64', CodeSystem.ICD10))[0].title).toBe('Malignant neoplasm of kidney, except renal pelvis');
    });

    it('is answered by the trigram and prefix indexes', async () => {
      const plans = await db.orm.em.fork().transactional(async (em) => {
        const connection = em.getConnection();
        const explain = async (sql: string) =>
          (await connection.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, [], 'all', em.getTransactionContext())).map((r) => r['QUERY PLAN']).join('\n');
        await connection.execute('set local enable_seqscan = off', [], 'all', em.getTransactionContext());
        return [
          await explain(`select code from icd10_code where search_text like '%' || patient_search_text('hernia') || '%'`),
          await explain(`select code from icd10_code where code like 'K40%'`),
        ];
      });
      expect(plans[0]).toContain('icd10_code_search');
      expect(plans[1]).toContain('icd10_code_code_prefix');
    });

    it('refuses a page size out of range', async () => {
      const result = await graphql({
        schema,
        source: '{ diagnosisCodes(search: "K40", first: 51) { code } }',
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expectDomainError(result.errors?.[0].originalError, { code: ErrorCode.BAD_USER_INPUT, reason: 'PAGE_SIZE', field: 'first' });
    });

    it('lists the procedure list by words, code and specialty, each with its ICD-9-CM code', async () => {
      const procedures = async (s: string | null, specialty: Specialty | null) =>
        (await run<{ procedures: { code: string; title: string; classification: string; classificationCode: string; system: string }[] }>(
          'query ($s: String, $sp: Specialty) { procedures(search: $s, specialty: $sp) { code title classification classificationCode system } }',
          { s, sp: specialty },
        )).procedures;
      expect(await procedures('lichtenstein', null)).toEqual([
        { code: 'GEN-01', title: 'Open inguinal hernia repair (Lichtenstein)', classification: 'ICD9CM_VOLUME_3', classificationCode: '53.05', system: 'PROCEDURE' },
      ]);
      expect((await procedures('hernia', Specialty.PAEDIATRIC_SURGERY)).map((p) => p.code)).toEqual([]);
      expect((await procedures('herniotomy', Specialty.PAEDIATRIC_SURGERY)).map((p) => p.code)).toEqual(['PAE-01']);
      expect((await procedures('obg-0', null)).map((p) => p.code)).toEqual(['OBG-01', 'OBG-02', 'OBG-03', 'OBG-04', 'OBG-05', 'OBG-06', 'OBG-07', 'OBG-08', 'OBG-09']);
      expect((await procedures(null, Specialty.UROLOGY)).length).toBe(PROCEDURES.filter((p) => p.specialty === Specialty.UROLOGY).length);
    });
  });

  describe('coded records', () => {
    it('a discharge keeps its primary and secondary ICD-10 codes beside the words, and serves them', async () => {
      const [bed] = await vacantBeds(db.orm, 1);
      const { patient } = await admittedPatient(db.orm, clock, bed);
      clock.advance(60);
      const discharge = await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { primaryDiagnosisCode: 'k409', secondaryDiagnosisCodes: ['T81.4'] }));
      const data = await run<{ node: { diagnosis: string; diagnosisCodes: { system: string; code: string; title: string }[] } }>(
        'query ($id: ID!) { node(id: $id) { ... on Discharge { diagnosis diagnosisCodes { system code title } } } }',
        { id: toGlobalId('Discharge', discharge.id) },
      );
      expect(data.node).toEqual({
        diagnosis: 'Right inguinal hernia, repaired',
        diagnosisCodes: [
          { system: 'ICD10', code: 'K40.9', title: 'Unilateral or unspecified inguinal hernia, without obstruction or gangrene' },
          { system: 'ICD10', code: 'T81.4', title: 'Infection following a procedure, not elsewhere classified' },
        ],
      });
    });

    it('refuses a discharge with a code not on the list, and writes nothing', async () => {
      const [bed] = await vacantBeds(db.orm, 1);
      const { patient } = await admittedPatient(db.orm, clock, bed);
      clock.advance(60);
      const error = await expectFailsAndChangesNothing(
        db.orm,
        () => dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { primaryDiagnosisCode: 'K40.9', secondaryDiagnosisCodes: ['X99.9'] })),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_CODE', field: 'secondaryDiagnosisCodes' },
      );
      expect(error.message).toBe('"X99.9" is not a code of the hospital\'s ICD-10 list');
      expect(error.details.params).toEqual({ code: 'X99.9' });
      await expectFailsAndChangesNothing(
        db.orm,
        () => dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { secondaryDiagnosisCodes: ['K40.9'] })),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'primaryDiagnosisCode' },
      );
    });

    it('refuses a discharge naming one diagnosis code twice (as typed differently too), and writes nothing; so does the database', async () => {
      const [bed] = await vacantBeds(db.orm, 1);
      const { patient } = await admittedPatient(db.orm, clock, bed);
      clock.advance(60);
      await expectFailsAndChangesNothing(
        db.orm,
        () => dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { primaryDiagnosisCode: 'K40.9', secondaryDiagnosisCodes: ['T81.4', 'k409'] })),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID', field: 'secondaryDiagnosisCodes' },
      );
      const discharge = await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { primaryDiagnosisCode: 'K40.9' }));
      // A statement sent as is, around the service: the unique constraint refuses the second K40.9.
      const error = await db.orm.em
        .getConnection()
        .execute(`insert into discharge_diagnosis_code (id, discharge_id, position, code) values (gen_random_uuid(), ?, 1, 'K40.9')`, [discharge.id])
        .then(() => null, (e: unknown) => e);
      expect(String(error)).toContain('violates unique constraint "discharge_diagnosis_code_code_unique"');
    });

    it('an oncology diagnosis keeps ICD-10, topography and morphology; an unknown one is refused', async () => {
      const { patient } = await waitlistedPatient(db.orm, clock);
      const patientId = patient.id;
      const input = {
        patientId,
        cancerType: CancerType.WILMS_TUMOUR,
        basis: DiagnosisBasis.HISTOLOGY,
        diagnosedOn: '2026-04-20',
        stageScheme: StageScheme.SIOP_WILMS,
        stage: 'II',
      };
      const diagnoses = async () => Number((await db.orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from oncology_diagnosis'))[0].n);
      const before = await diagnoses();
      await expectFailsAndChangesNothing(
        db.orm,
        () => recordOncologyDiagnosis(ctx(), patientId, { ...input, icd10Code: 'C64', topographyCode: 'C64.9', morphologyCode: '8961/3' }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_CODE', field: 'morphologyCode' },
      );
      expect(await diagnoses()).toBe(before);
      const diagnosis = await recordOncologyDiagnosis(ctx(), patientId, { ...input, icd10Code: 'c64', topographyCode: 'c649', morphologyCode: '8960/3' });
      const data = await run<{ node: Record<string, { system: string; code: string } | null> }>(
        'query ($id: ID!) { node(id: $id) { ... on OncologyDiagnosis { diagnosisCode { system code } topography { system code } morphology { system code } } } }',
        { id: toGlobalId('OncologyDiagnosis', diagnosis.id) },
      );
      expect(data.node).toEqual({
        diagnosisCode: { system: 'ICD10', code: 'C64' },
        topography: { system: 'ICDO3_TOPOGRAPHY', code: 'C64.9' },
        morphology: { system: 'ICDO3_MORPHOLOGY', code: '8960/3' },
      });
    });

    it('an operation is booked with a procedure-list entry and recorded with coded and free-text procedures', async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const start = sessionSlot(clock(), 0, 1);
      const ids = { patientId, referralId: referral.id, episodeId: null };
      await expectFailsAndChangesNothing(
        db.orm,
        () => scheduleSurgery(ctx(), ids, surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 3'], procedureCode: 'GEN-99' })),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_CODE', field: 'procedureCode' },
      );
      const surgery = await scheduleSurgery(ctx(), ids, surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 3'], procedureCode: 'gen-01' }));
      clock.set(new Date(start.getTime() + 3 * 60 * MINUTE).toISOString());
      const incisionAt = new Date(start.getTime() + 30 * MINUTE);
      const closureAt = new Date(start.getTime() + 90 * MINUTE);
      await recordFullChecklist(db.orm, clock, surgery.id, incisionAt, closureAt);
      const complete = (extra: object) => completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, incisionAt, closureAt, ...operationRecord(), ...extra });
      await expectFailsAndChangesNothing(db.orm, () => complete({ procedureCodes: ['GEN-01', 'NOPE'] }), { code: ErrorCode.BAD_USER_INPUT, reason: 'UNKNOWN_CODE', field: 'procedureCodes' });
      await complete({ procedureCodes: ['GEN-01'], procedures: ['Excision of a lipoma of the cord'] });
      const data = await run<{ node: { procedure: string; procedures: string[]; plannedProcedure: { code: string; classificationCode: string }; performedProcedures: unknown[] } }>(
        `query ($id: ID!) { node(id: $id) { ... on Surgery { procedure procedures plannedProcedure { code classificationCode }
          performedProcedures { description coded procedure { code classification classificationCode } } } } }`,
        { id: toGlobalId('Surgery', surgery.id) },
      );
      expect(data.node).toEqual({
        procedure: 'Open inguinal hernia repair (Lichtenstein)',
        procedures: ['Open inguinal hernia repair (Lichtenstein)', 'Excision of a lipoma of the cord'],
        plannedProcedure: { code: 'GEN-01', classificationCode: '53.05' },
        performedProcedures: [
          { description: 'Open inguinal hernia repair (Lichtenstein)', coded: true, procedure: { code: 'GEN-01', classification: 'ICD9CM_VOLUME_3', classificationCode: '53.05' } },
          { description: 'Excision of a lipoma of the cord', coded: false, procedure: null },
        ],
      });
    });
  });

  describe('the database', () => {
    it('refuses a code not on a list, whoever writes it (foreign keys)', async () => {
      const [bed] = await vacantBeds(db.orm, 1);
      const { patient } = await admittedPatient(db.orm, clock, bed);
      clock.advance(60);
      const discharge = await dischargePatient(ctx(), patient.id, dischargeInput(patient.id));
      const connection = db.orm.em.getConnection();
      // A statement sent as is: no service, no ORM checks in the way.
      const refused = async (sql: string, params: unknown[], constraint: string) => {
        const error = await connection.execute(sql, params).then(() => null, (e: unknown) => e);
        expect(String(error)).toContain(`violates foreign key constraint "${constraint}"`);
      };
      await refused(`insert into discharge_diagnosis_code (id, discharge_id, position, code) values (gen_random_uuid(), ?, 0, 'X99.9')`, [discharge.id], 'discharge_diagnosis_code_code_fkey');
      await refused(`update oncology_diagnosis set morphology_code = '0000/0'`, [], 'oncology_diagnosis_morphology_code_fkey');
      await refused(`update surgery set procedure_code = 'NOT-ON-LIST'`, [], 'surgery_procedure_code_fkey');
      await refused(`insert into surgery_procedure_code (id, surgery_id, position, procedure_code) select gen_random_uuid(), id, 9, 'X' from surgery limit 1`, [], 'surgery_procedure_code_procedure_code_fkey');
      // A code on the list goes in.
      await connection.execute(`insert into discharge_diagnosis_code (id, discharge_id, position, code) values (gen_random_uuid(), ?, 0, 'K40.9')`, [discharge.id]);
    });
  });
});

describe('the demo hospital', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-11-24T05:00:00.000Z') });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('is coded: every discharge, oncology diagnosis and operation', async () => {
    const [row] = await db.orm.em.getConnection().execute<Record<string, number>[]>(
      `select
         (select count(*) from discharge)::int as discharges,
         (select count(*) from discharge d where not exists (select 1 from discharge_diagnosis_code c where c.discharge_id = d.id and c.position = 0))::int as uncoded_discharges,
         (select count(*) from oncology_diagnosis)::int as diagnoses,
         (select count(*) from oncology_diagnosis where icd10_code is null or topography_code is null or morphology_code is null)::int as uncoded_diagnoses,
         (select count(*) from surgery)::int as operations,
         (select count(*) from surgery where procedure_code is null)::int as uncoded_bookings,
         (select count(*) from surgery s, jsonb_array_elements_text(s.procedures::jsonb) with ordinality p(text, n)
           where not exists (select 1 from surgery_procedure_code c where c.surgery_id = s.id and c.position = p.n - 1))::int as uncoded_procedures,
         (select count(*) from surgery where status = 'COMPLETED')::int as performed`,
    );
    expect(row).toMatchObject({ uncoded_discharges: 0, uncoded_diagnoses: 0, uncoded_bookings: 0, uncoded_procedures: 0 });
    expect(row.discharges).toBeGreaterThan(100);
    expect(row.diagnoses).toBeGreaterThan(10);
    expect(row.performed).toBeGreaterThan(100);
  });
});
