import { readFileSync } from 'node:fs';
import { IndicatorKey, Role } from '@pj/shared';
import { Ajv } from 'ajv';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../packages/server/src/graphql/context.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { dhis2MappingFile, type Dhis2Mapping } from '../../packages/server/src/reports/dhis2.js';
import { testUser } from '../support/factories.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { buildIndicatorHospital, type IndicatorHospital } from '../support/indicator-hospital.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

const INDICATORS = `query ($input: IndicatorQueryInput!) {
  indicators(input: $input) { definition { key kind title } rows { groups { dimension value } count numerator denominator rate median p90 } }
}`;
const CSV = `query ($input: IndicatorQueryInput!) { indicatorCsv(input: $input) { filename contentType csv } }`;
const CASES = `query ($input: IndicatorCasesInput!, $first: Int, $after: String) {
  indicatorCases(input: $input, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { on inNumerator patient { id } surgery { id } referral { id } treatmentPlan { id } } }
  }
}`;

interface Row { groups: { dimension: string; value: string }[]; count: number | null; numerator: number | null; denominator: number | null; rate: number | null; median: number | null; p90: number | null }
interface Result { definition: { key: string; kind: string; title: string }; rows: Row[] }
interface Cases {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { on: string; inNumerator: boolean; patient: { id: string }; surgery: { id: string } | null; referral: { id: string } | null; treatmentPlan: { id: string } | null } }[];
}

/**
 * The indicators over HTTP, in production configuration, on the hand-built hospital
 * (tests/support/indicator-hospital.ts): who may read what, bad input, the CSV with small
 * numbers suppressed, drill-down, the DHIS2 export, and the statements one request costs.
 */
describe('indicators over the API', () => {
  let db: TestDatabase;
  let hospital: IndicatorHospital;
  let api: HttpApp;
  let analyst: GraphQLClient;
  let director: GraphQLClient;
  let nurse: GraphQLClient;
  let schema: GraphQLSchema;

  const codeOf = (body: { errors?: { extensions?: { code?: string; reason?: string } }[] }) =>
    body.errors ? `${body.errors[0].extensions?.code}/${body.errors[0].extensions?.reason ?? ''}` : 'OK';

  beforeAll(async () => {
    db = await createTestDatabase();
    hospital = await buildIndicatorHospital(db.orm);
    api = await startHttpApp(db, { production: true, clock: hospital.clock });
    analyst = await api.userWithRoles([Role.ANALYST]);
    director = await api.userWithRoles([Role.DIRECTOR]);
    nurse = await api.userWithRoles([Role.NURSE]);
    schema = await createSchema();
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  describe('access', () => {
    it('gives the analyst and the director the indicators, definitions, CSV and DHIS2 export; a nurse FORBIDDEN', async () => {
      const queries: [string, Record<string, unknown>][] = [
        [INDICATORS, { input: { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME] } }],
        ['{ indicatorDefinitions { key } }', {}],
        [CSV, { input: MARCH }],
        ['{ dhis2DataValueSet(month: "2026-03") }', {}],
      ];
      for (const [query, variables] of queries) {
        expect(codeOf(await analyst.gql(query, variables)), query).toBe('OK');
        expect(codeOf(await director.gql(query, variables)), query).toBe('OK');
        expect(codeOf(await nurse.gql(query, variables)), query).toBe('FORBIDDEN/MISSING_PERMISSION');
      }
    });

    it('lets only the director drill down to the records behind a figure', async () => {
      const input = { key: IndicatorKey.SURGICAL_VOLUME, ...MARCH };
      expect(codeOf(await analyst.gql(CASES, { input }))).toBe('FORBIDDEN/MISSING_PERMISSION');
      expect(codeOf(await nurse.gql(CASES, { input }))).toBe('FORBIDDEN/MISSING_PERMISSION');
      expect(codeOf(await director.gql(CASES, { input }))).toBe('OK');
    });
  });

  describe('bad input is BAD_USER_INPUT', () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ['to before from', { from: '2026-03-31', to: '2026-03-01' }, 'END_BEFORE_START'],
      ['more than ten years', { from: '2010-01-01', to: '2026-03-01' }, 'OUT_OF_RANGE'],
      ['the last day there is', { from: '9999-12-01', to: '9999-12-31' }, 'OUT_OF_RANGE'],
      ['a grouping the indicator does not support', { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME], groupBy: ['CANCER_TYPE'] }, 'UNSUPPORTED_DIMENSION'],
      ['three groupings', { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME], groupBy: ['MONTH', 'SPECIALTY', 'AGE_GROUP'] }, 'TOO_MANY'],
      ['a grouping given twice', { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME], groupBy: ['MONTH', 'MONTH'] }, 'DUPLICATE_ITEM'],
    ];
    for (const [what, input, reason] of bad) {
      it(what, async () => {
        expect(codeOf(await director.gql(INDICATORS, { input }))).toBe(`BAD_USER_INPUT/${reason}`);
        expect(codeOf(await analyst.gql(CSV, { input }))).toBe(`BAD_USER_INPUT/${reason}`);
      });
    }

    it('a month not written YYYY-MM', async () => {
      for (const month of ['2026-13', '2026-3', 'March', '2026-03-01']) {
        expect(codeOf(await director.gql('query ($month: String!) { dhis2DataValueSet(month: $month) }', { month })), month).toBe('BAD_USER_INPUT/INVALID_DATE');
      }
    });

    it('a drill-down cursor this list did not give', async () => {
      const input = { key: IndicatorKey.SURGICAL_VOLUME, ...MARCH };
      for (const after of ['nonsense', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["2026-03-01","x"]').toString('base64url')]) {
        expect(codeOf(await director.gql(CASES, { input, after })), after).toBe('BAD_USER_INPUT/INVALID_CURSOR');
      }
    });

    it('a drill-down row with a value of the wrong kind of ID', async () => {
      const input = { key: IndicatorKey.SURGICAL_VOLUME, ...MARCH, groups: [{ dimension: 'MISSION', value: toGlobalId('Patient', hospital.patients.ADULT_CLEAN) }] };
      expect(codeOf(await director.gql(CASES, { input }))).toBe('BAD_USER_INPUT/INVALID_ID');
    });
  });

  it('serves the figures and their definitions in the caller\'s language', async () => {
    const body = await director.gql<{ indicators: Result[] }>(INDICATORS, { input: { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME, IndicatorKey.PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY] } });
    expect(body.data!.indicators.map((r) => [r.definition.key, r.definition.title, r.rows.map((row) => [row.count, row.numerator, row.denominator, row.rate])])).toEqual([
      // The 7 operations of March; DIED_SAME_DAY of those 7.
      ['SURGICAL_VOLUME', 'Surgical volume', [[7, null, null, null]]],
      ['PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY', 'Perioperative mortality, day of surgery', [[null, 1, 7, 0.1429]]],
    ]);
    const khmer = await api.userWithRoles([Role.DIRECTOR]);
    expect(codeOf(await khmer.gql('mutation { setMyLanguage(language: KM) { language } }'))).toBe('OK');
    const japanese = await api.userWithRoles([Role.ANALYST]);
    expect(codeOf(await japanese.gql('mutation { setMyLanguage(language: JA) { language } }'))).toBe('OK');
    const titleOf = async (client: GraphQLClient) =>
      (await client.gql<{ indicatorDefinitions: { key: string; title: string }[] }>('{ indicatorDefinitions { key title } }')).data!.indicatorDefinitions.find((d) => d.key === 'SURGICAL_VOLUME')!.title;
    expect([await titleOf(director), await titleOf(khmer), await titleOf(japanese)]).toEqual(['Surgical volume', 'ចំនួនការវះកាត់', '手術件数']);
    const all = (await director.gql<{ indicatorDefinitions: { key: string; dimensions: string[] }[] }>('{ indicatorDefinitions { key dimensions } }')).data!.indicatorDefinitions;
    expect(all.map((d) => d.key)).toEqual(Object.values(IndicatorKey));
    expect(all.every((d) => d.dimensions.includes('MONTH'))).toBe(true);
  });

  it('writes the texts in the language asked for (the one on screen), whatever the account keeps', async () => {
    // The director's account keeps no language (English); a Japanese reader's account keeps JA.
    const japanese = await api.userWithRoles([Role.DIRECTOR]);
    expect(codeOf(await japanese.gql('mutation { setMyLanguage(language: JA) { language } }'))).toBe('OK');
    const titles = async (client: GraphQLClient, language: string) => {
      const definitions = await client.gql<{ indicatorDefinitions: { key: string; title: string }[] }>('query ($language: InterfaceLanguage) { indicatorDefinitions(language: $language) { key title } }', { language });
      const figures = await client.gql<{ indicators: Result[] }>('query ($input: IndicatorQueryInput!, $language: InterfaceLanguage) { indicators(input: $input, language: $language) { definition { key kind title } rows { count } } }', {
        input: { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME] },
        language,
      });
      return [definitions.data!.indicatorDefinitions.find((d) => d.key === 'SURGICAL_VOLUME')!.title, figures.data!.indicators[0].definition.title];
    };
    expect(await titles(director, 'KM')).toEqual(['ចំនួនការវះកាត់', 'ចំនួនការវះកាត់']);
    expect(await titles(director, 'JA')).toEqual(['手術件数', '手術件数']);
    expect(await titles(japanese, 'KM')).toEqual(['ចំនួនការវះកាត់', 'ចំនួនការវះកាត់']);
    expect(await titles(japanese, 'EN')).toEqual(['Surgical volume', 'Surgical volume']);
    // The CSV's titles too (its column names stay English: they are read by programs).
    const csv = await director.gql<{ indicatorCsv: { csv: string } }>('query ($input: IndicatorQueryInput!, $language: InterfaceLanguage) { indicatorCsv(input: $input, language: $language) { csv } }', {
      input: { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME] },
      language: 'KM',
    });
    expect(csv.data!.indicatorCsv.csv.split('\r\n').slice(0, 2)).toEqual(['indicator,title,from,to,count,numerator,denominator,rate,median_days,p90_days', 'SURGICAL_VOLUME,ចំនួនការវះកាត់,2026-03-01,2026-03-31,7,,,,,']);
    // A language that is not one of the enum's: a GraphQL validation error, not a server error.
    expect(codeOf(await director.gql('{ indicatorDefinitions(language: FR) { key } }'))).not.toMatch(/^OK|INTERNAL_SERVER_ERROR/);
  });

  describe('CSV', () => {
    const input = { ...MARCH, keys: [IndicatorKey.SURGICAL_VOLUME, IndicatorKey.PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY, IndicatorKey.WAIT_REFERRAL_TO_TRIAGE] };
    const header = 'indicator,title,from,to,count,numerator,denominator,rate,median_days,p90_days';

    it('gives the director the figures as they are', async () => {
      const body = await director.gql<{ indicatorCsv: { filename: string; contentType: string; csv: string } }>(CSV, { input });
      expect(body.data!.indicatorCsv).toEqual({
        filename: 'indicators-2026-03-01-2026-03-31.csv',
        contentType: 'text/csv; charset=utf-8',
        csv: [
          header,
          'SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,7,,,,,',
          'PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY,"Perioperative mortality, day of surgery",2026-03-01,2026-03-31,,1,7,0.1429,,',
          'WAIT_REFERRAL_TO_TRIAGE,Waiting time from referral to triage,2026-03-01,2026-03-31,2,,,,2,2.8',
          '',
        ].join('\r\n'),
      });
    });

    it('suppresses counts from 1 to 4 for the analyst, and the rate or median they would give away', async () => {
      const body = await analyst.gql<{ indicatorCsv: { csv: string } }>(CSV, { input });
      expect(body.data!.indicatorCsv.csv.split('\r\n')).toEqual([
        header,
        // 7 operations: shown.
        'SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,7,,,,,',
        // 1 death: <5, the rate left empty; the denominator 7 shown.
        'PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY,"Perioperative mortality, day of surgery",2026-03-01,2026-03-31,,<5,7,,,',
        // 2 referrals measured: <5, median and p90 left empty.
        'WAIT_REFERRAL_TO_TRIAGE,Waiting time from referral to triage,2026-03-01,2026-03-31,<5,,,,,',
        '',
      ]);
    });

    it('writes a column per grouping, and keeps 0 (nothing to hide)', async () => {
      const body = await analyst.gql<{ indicatorCsv: { csv: string } }>(CSV, { input: { ...MARCH, keys: [IndicatorKey.SURGICAL_SITE_INFECTION], groupBy: ['WOUND_CLASS'] } });
      expect(body.data!.indicatorCsv.csv.split('\r\n')).toEqual([
        'indicator,title,from,to,wound_class,count,numerator,denominator,rate,median_days,p90_days',
        // CLEAN 0 of 5; CLEAN_CONTAMINATED 1 of 1 (CHILD_MISSION); CONTAMINATED 0 of 1 (DIED_SAME_DAY).
        'SURGICAL_SITE_INFECTION,Surgical site infection,2026-03-01,2026-03-31,CLEAN,,0,5,0,,',
        'SURGICAL_SITE_INFECTION,Surgical site infection,2026-03-01,2026-03-31,CLEAN_CONTAMINATED,,<5,<5,,,',
        'SURGICAL_SITE_INFECTION,Surgical site infection,2026-03-01,2026-03-31,CONTAMINATED,,0,<5,,,',
        '',
      ]);
    });
  });

  describe('drill-down', () => {
    it('lists the deaths behind the mortality rate, oldest first, page by page', async () => {
      const input = { key: IndicatorKey.PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY, ...MARCH, numeratorOnly: true };
      const first = (await director.gql<{ indicatorCases: Cases }>(CASES, { input, first: 1 })).data!.indicatorCases;
      const second = (await director.gql<{ indicatorCases: Cases }>(CASES, { input, first: 1, after: first.pageInfo.endCursor })).data!.indicatorCases;
      // DIED_DAY_12 (operated 5 March), then DIED_SAME_DAY (17 March).
      expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([2, true, false]);
      expect([...first.edges, ...second.edges].map((e) => [e.node.on, e.node.inNumerator, e.node.patient.id, e.node.surgery?.id])).toEqual([
        ['2026-03-05', true, toGlobalId('Patient', hospital.patients.DIED_DAY_12), toGlobalId('Surgery', hospital.surgeries.DIED_DAY_12!)],
        ['2026-03-17', true, toGlobalId('Patient', hospital.patients.DIED_SAME_DAY), toGlobalId('Surgery', hospital.surgeries.DIED_SAME_DAY!)],
      ]);
    });

    it('narrows to a row\'s groups, and marks the cases outside the numerator', async () => {
      const children = (await director.gql<{ indicatorCases: Cases }>(CASES, {
        input: { key: IndicatorKey.SURGICAL_SITE_INFECTION, ...MARCH, groups: [{ dimension: 'AGE_GROUP', value: 'CHILD' }] },
      })).data!.indicatorCases;
      // CHILD_MISSION (infected) and TURNING_18 (a child on 12 March).
      expect(children.edges.map((e) => [e.node.patient.id, e.node.inNumerator])).toEqual([
        [toGlobalId('Patient', hospital.patients.CHILD_MISSION), true],
        [toGlobalId('Patient', hospital.patients.TURNING_18), false],
      ]);
      const mission = (await director.gql<{ indicatorCases: Cases }>(CASES, {
        input: { key: IndicatorKey.SURGICAL_VOLUME, ...MARCH, groups: [{ dimension: 'MISSION', value: toGlobalId('Mission', hospital.missionId) }] },
      })).data!.indicatorCases;
      expect(mission.edges.map((e) => e.node.referral !== null)).toEqual([true]);
      const plans = (await director.gql<{ indicatorCases: Cases }>(CASES, { input: { key: IndicatorKey.TREATMENT_ABANDONMENT, ...MARCH, numeratorOnly: true } })).data!.indicatorCases;
      expect(plans.edges.map((e) => e.node.treatmentPlan?.id)).toEqual([toGlobalId('TreatmentPlan', hospital.plans.ONC_REFUSED!)]);
    });

    it('writes the patients listed into the audit trail', async () => {
      const reader = await api.userWithRoles([Role.DIRECTOR], 'director.audit');
      await reader.gql(CASES, { input: { key: IndicatorKey.PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY, ...MARCH, numeratorOnly: true } });
      const rows = await db.orm.em.fork().getConnection().execute<{ action: string; patients: string[] }[]>(
        `select action, patient_ids::text[] as patients from audit_entry where username = 'director.audit' and action like 'read:%'`,
      );
      expect(rows).toEqual([{ action: 'read:indicatorCases', patients: [hospital.patients.DIED_SAME_DAY] }]);
    });
  });

  describe('DHIS2', () => {
    const UID = '^[A-Za-z][A-Za-z0-9]{10}$';
    /**
     * The dataValueSet JSON as DHIS2's Web API documents it ("Data values" → "Sending data
     * values"): data set, period, organisation unit and completion date of the whole set, and
     * data values of a data element (with its category option combo) and a value, as a string.
     */
    const DATA_VALUE_SET_SCHEMA = {
      type: 'object',
      required: ['dataSet', 'period', 'orgUnit', 'completeDate', 'dataValues'],
      additionalProperties: false,
      properties: {
        dataSet: { type: 'string', pattern: UID },
        // A monthly period: YYYYMM.
        period: { type: 'string', pattern: '^\\d{4}(0[1-9]|1[0-2])$' },
        orgUnit: { type: 'string', pattern: UID },
        completeDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        attributeOptionCombo: { type: 'string', pattern: UID },
        dataValues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['dataElement', 'value'],
            additionalProperties: false,
            properties: {
              dataElement: { type: 'string', pattern: UID },
              categoryOptionCombo: { type: 'string', pattern: UID },
              attributeOptionCombo: { type: 'string', pattern: UID },
              value: { type: 'string', minLength: 1 },
              comment: { type: 'string' },
            },
          },
        },
      },
    } as const;

    it('validates against the documented dataValueSet structure, its values the month\'s indicators', async () => {
      const body = await analyst.gql<{ dhis2DataValueSet: { dataSet: string; period: string; orgUnit: string; completeDate: string; dataValues: { dataElement: string; categoryOptionCombo?: string; value: string }[] } }>(
        '{ dhis2DataValueSet(month: "2026-03") }',
      );
      const set = body.data!.dhis2DataValueSet;
      const validate = new Ajv({ allErrors: true }).compile(DATA_VALUE_SET_SCHEMA);
      expect(validate(set), JSON.stringify(validate.errors)).toBe(true);
      const mapping = JSON.parse(readFileSync(dhis2MappingFile({}), 'utf8')) as Dhis2Mapping;
      expect([set.dataSet, set.period, set.orgUnit, set.completeDate]).toEqual([mapping.dataSet, '202603', mapping.orgUnit, '2026-06-30']);

      // The same figures from `indicators`, for each data element of the mapping.
      const figures = async (groupBy: string[], keys: string[] | null) =>
        (await analyst.gql<{ indicators: Result[] }>(INDICATORS, { input: { ...MARCH, groupBy, keys } })).data!.indicators;
      const whole = await figures([], null);
      expect(new Set(mapping.dataElements.flatMap((e) => (e.group ? [e.group.dimension] : [])))).toEqual(new Set(['AGE_GROUP']));
      const byAge = await figures(['AGE_GROUP'], [...new Set(mapping.dataElements.filter((e) => e.group).map((e) => e.indicator))]);
      const expected = mapping.dataElements.flatMap((e) => {
        const result = (e.group ? byAge : whole).find((r) => r.definition.key === e.indicator)!;
        const row = e.group ? result.rows.find((r) => r.groups[0].value === e.group!.value) : result.rows[0];
        const value = row ? row[e.figure] : e.figure === 'count' || e.figure === 'numerator' || e.figure === 'denominator' ? 0 : null;
        return value === null ? [] : [{ dataElement: e.dataElement, ...(e.categoryOptionCombo ? { categoryOptionCombo: e.categoryOptionCombo } : {}), value: String(value) }];
      });
      expect(set.dataValues).toEqual(expected);
      // Counted by hand: 7 operations in March, 2 of them on children (CHILD_MISSION, TURNING_18), 5 on adults.
      const surgicalVolume = mapping.dataElements.filter((e) => e.indicator === IndicatorKey.SURGICAL_VOLUME);
      expect(surgicalVolume.map((e) => set.dataValues.find((v) => v.dataElement === e.dataElement && v.categoryOptionCombo === e.categoryOptionCombo)?.value)).toEqual(['7', '2', '5']);
    });
  });

  describe('statements', () => {
    /** SQL statements one in-process `indicators` request sends for these keys. */
    async function statements(keys: IndicatorKey[]): Promise<number> {
      const source = `{ indicators(input: { from: "2026-01-01", to: "2026-12-31", keys: [${keys.join(', ')}], groupBy: [MONTH] }) { rows { count } } }`;
      const run = () => graphql({ schema, source, contextValue: createContext(db.orm.em, hospital.clock, { user: testUser([Role.DIRECTOR]) }) });
      await run(); // warm: anything read once per process
      db.resetQueries();
      const result = await run();
      expect(result.errors).toBeUndefined();
      return db.queries.length;
    }

    it('runs one statement per indicator asked for, however many rows they give', async () => {
      const none = await statements([]);
      const one = await statements([IndicatorKey.SURGICAL_VOLUME]);
      const all = Object.values(IndicatorKey);
      expect(one).toBe(none + 1);
      expect(await statements(all)).toBe(none + all.length);
      // The fixed overhead: reading the caller's language, at most.
      expect(none).toBeLessThanOrEqual(1);
      // Nothing at all when the language is given (the page passes the one on screen).
      const source = '{ indicators(language: KM, input: { from: "2026-01-01", to: "2026-12-31", keys: [SURGICAL_VOLUME] }) { rows { count } } }';
      const run = () => graphql({ schema, source, contextValue: createContext(db.orm.em, hospital.clock, { user: testUser([Role.DIRECTOR]) }) });
      await run();
      db.resetQueries();
      expect((await run()).errors).toBeUndefined();
      expect(db.queries.length).toBe(1);
    });
  });
});
