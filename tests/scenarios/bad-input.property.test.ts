import { randomUUID } from 'node:crypto';
import { ReferralStatus, Specialty } from '@pj/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { admittedPatient, diagnoseWilms, recordFullChecklist, referralInStatus, scheduleSurgery, serviceContext, surgeryInput, testClock, vacantBeds } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Every mutation of the API, sent over HTTP to the real server with arbitrary malformed and
 * hostile input: wrong types, huge strings, control characters, mixed scripts and bidi
 * controls, impossible dates, absurd numbers, forged IDs, nulls, unknown fields, as variables
 * and as literals in the query text. Whatever arrives, the answer is a typed client error —
 * never INTERNAL_SERVER_ERROR — with no stack trace or SQL in it, and a failed mutation
 * leaves every table exactly as it was.
 */

/** 60 keeps the file well under a minute; BAD_INPUT_RUNS=1000 for a deeper hunt. */
const RUNS_PER_MUTATION = Number(process.env.BAD_INPUT_RUNS ?? 60);

/** What a client may be told about bad input (GRAPHQL_PARSE_FAILED only for hostile query text). */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']);
const CLIENT_CODES_FOR_LITERALS = new Set([...CLIENT_CODES, 'GRAPHQL_PARSE_FAILED']);

const STACK_TRACE = /\n\s+at |\bat [\w.<>]+ \(|\.[cm]?[jt]s:\d+:\d+|node_modules/;
const SQL = /\b(?:insert into|select .* from|update "\w+" set|delete from)\b|violates .* constraint|relation "\w+"|column "\w+"|syntax error at or near|duplicate key value|invalid input syntax for|out of range for type|DatabaseError|DriverException/i;

/** Tables a failed mutation must leave untouched: all of them but the audit trail (which records the attempt). */
const UNTRACKED_TABLES = new Set(['mikro_orm_migrations', 'audit_entry']);

type Kind = 'text' | `id:${string}` | 'enum' | 'date' | 'datetime' | 'int' | 'bool' | 'phones' | 'guardian';

interface MutationCase {
  name: string;
  inputType: string;
  /** A valid input that reaches deep into the service, field by field. */
  base: () => Record<string, unknown>;
  fields: Record<string, Kind>;
  /** Inputs that once got INTERNAL_SERVER_ERROR (as changes to `base`): always tried first. */
  regressions?: Record<string, unknown>[];
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

const SCRIPTS = [
  'សុខ ដារា', 'ស្រីមុំ', 'Sok Dara', 'Nguyễn', '陳大文', 'مرحبا', 'שָׁלוֹם', '\u202Eevil\u202C', '\u200F\u200E', '\u200B\u200D',
  '👩🏽‍⚕️🏥', '🇰🇭', 'e\u0301\u0301\u0301', 'Z̴̧̛̗a̷̢l̸g̶o', '\uFEFF', 'ﬀ', 'İı', '\uD800', '\uDFFF', 'x\uD83D', '\u0085\u00A0\u3000',
];
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007F', '\u2028', '\u2029');

const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 100_000 }), fc.constantFrom('x', 'ស', '👩🏽‍⚕️', '\u202E', ' ', 'a\u0000', '\\', '"', '%_'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const controlText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 10 }))
  .map(([a, c, b]) => `${a}${c}${b}`);
const mixedScripts = fc.array(fc.constantFrom(...SCRIPTS, ' ', 'a', '1'), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const oddText = fc.constantFrom('', ' ', '   \t ', '\n', 'null', 'undefined', "'; drop table patient; --", '%', '_', '\\', '${x}', '<script>', '0', '-1', 'NaN');
const anyText = fc.oneof(
  hugeString,
  controlText,
  mixedScripts,
  oddText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const IMPOSSIBLE_DATES = [
  '2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '0001-01-01', '1899-12-31',
  '9999-12-31', '2999-01-01', '10000-01-01', '-0001-01-01', '+002026-01-01', 'yesterday', 'today', '', '2026-1-1', '20260301',
  '2026-03-01T00:00:00Z', '01/03/2026', '2026-03-01 ', ' 2026-03-01',
];
const IMPOSSIBLE_DATETIMES = [
  '2026-02-30T10:00:00Z', '2026-03-01T25:00:00Z', '2026-03-01T10:60:00Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z',
  '0099-06-01T00:00:00Z', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2026-03-01', '2026-03-01T10:00:00', '2026-03-01T10:00:00+14:00',
  '2026-03-01T10:00:00-12:00', '2026-03-01T10:00:00+99:00', 'yesterday', 'now', '', '1772330400000', '2026-03-01T10:00:00.123456789Z',
];
const dateText = fc.oneof(
  fc.constantFrom(...IMPOSSIBLE_DATES),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, d.toISOString().indexOf('T'))),
);
const dateTimeText = fc.oneof(fc.constantFrom(...IMPOSSIBLE_DATETIMES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const numbers = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, -0, 0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 4.9e-324),
);
const wrongType = fc.oneof(
  fc.boolean(),
  numbers,
  fc.constant(null),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

const TYPES = ['Patient', 'Referral', 'Surgery', 'Bed', 'Episode', 'Admission', 'Ward', 'Discharge', 'User', 'Protocol', 'ChemoAdministration'];
const forgedId = fc.oneof(
  fc.tuple(fc.constantFrom(...TYPES), fc.uuid()).map(([type, uuid]) => toGlobalId(type, uuid)),
  fc.tuple(fc.constantFrom(...TYPES), fc.string({ maxLength: 60 })).map(([type, key]) => toGlobalId(type, key)),
  fc.constantFrom(
    toGlobalId('Patient', "' or 1=1 --"),
    toGlobalId('Patient', ''),
    toGlobalId('', randomUUID()),
    toGlobalId('Patient', `${randomUUID()}:extra`),
    toGlobalId('Patient', randomUUID().toUpperCase()),
    Buffer.from(JSON.stringify({ type: 'Patient' })).toString('base64'),
    'UGF0aWVudDo=',
    '====',
    '💥',
    randomUUID(),
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
  hugeString,
);
const enumText = fc.oneof(fc.constantFrom('', 'female', 'FEMALE ', 'ADMITTED', 'DROP', '__proto__', 'constructor'), fc.string({ maxLength: 20 }));
const phonesValue = fc.oneof(
  fc.array(fc.oneof(anyText, fc.constantFrom('012 345 678', '+855 12 345 678', '855', '+', '0'.repeat(40))), { maxLength: 8 }),
  fc.array(fc.constant('012 345 678'), { minLength: 6, maxLength: 200 }),
  wrongType,
);
const guardianValue = fc.oneof(
  fc.record({ name: anyText, relation: enumText, phones: phonesValue }),
  fc.record({ name: fc.constant('Chan Sophea'), relation: fc.constant('MOTHER'), phones: phonesValue }),
  wrongType,
);

/** Real IDs of the fixtures (filled in beforeAll), to be sent where another type is expected. */
const realIds: string[] = [];

/** IDs for a field expecting `type`: forged, of an unknown record of the right type, or of a real record of another type. */
function idFor(type: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    forgedId,
    fc.uuid().map((uuid) => toGlobalId(type, uuid)),
    fc.nat().map((i) => realIds[i % realIds.length]),
  );
}

function hostileFor(kind: Kind): fc.Arbitrary<unknown> {
  return kind.startsWith('id:') ? idFor(kind.slice(3)) : HOSTILE[kind as Exclude<Kind, `id:${string}`>];
}

const HOSTILE: Record<Exclude<Kind, `id:${string}`>, fc.Arbitrary<unknown>> = {
  text: anyText,
  enum: enumText,
  date: dateText,
  datetime: dateTimeText,
  int: numbers,
  bool: wrongType,
  phones: phonesValue,
  guardian: guardianValue,
};

const OMIT = Symbol('omit');

/**
 * An input built from the valid one. Mostly one or two fields are replaced by hostile values
 * of their own kind (or dropped), so that the rest is valid and the input gets deep into the
 * service; sometimes everything is scrambled, or the input is not an object at all.
 */
function hostileInput(testCase: MutationCase): fc.Arbitrary<unknown> {
  const names = Object.keys(testCase.fields);
  const valueFor = (field: string) =>
    fc.oneof(
      { arbitrary: hostileFor(testCase.fields[field]), weight: 6 },
      { arbitrary: fc.constant<unknown>(OMIT), weight: 1 },
      { arbitrary: fc.constant<unknown>(null), weight: 1 },
      { arbitrary: fc.oneof(anyText, wrongType), weight: 1 },
    );
  const apply = (changes: [string, unknown][], extra: Record<string, unknown> | null) => {
    const input: Record<string, unknown> = { ...testCase.base() };
    for (const [field, value] of changes) {
      if (value === OMIT) delete input[field];
      else input[field] = value;
    }
    return extra ? { ...input, ...extra } : input;
  };
  const unknownFields = fc.dictionary(fc.constantFrom('id', 'mrn', 'stage', 'version', '__proto__', 'constructor', 'admin'), wrongType, { maxKeys: 2 });
  const few = fc
    .subarray(names, { minLength: 1, maxLength: 2 })
    .chain((chosen) => fc.tuple(...chosen.map((field) => valueFor(field).map((value): [string, unknown] => [field, value]))))
    .chain((changes) => fc.option(unknownFields, { freq: 10 }).map((extra) => apply(changes, extra)));
  const many = fc
    .tuple(...names.map((field) => fc.option(valueFor(field), { freq: 2 }).map((value): [string, unknown] | null => (value === null ? null : [field, value]))))
    .map((changes) => apply(changes.filter((c): c is [string, unknown] => c !== null), null));
  return fc.oneof({ arbitrary: few, weight: 10 }, { arbitrary: many, weight: 2 }, { arbitrary: wrongType, weight: 1 });
}

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

/** GraphQL literal syntax for a value (enum fields bare), to send the input inside the query text. */
function literal(value: unknown, enumFields: ReadonlySet<string>, field?: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return field && enumFields.has(field) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumFields, field)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, enumFields, k)}`)
      .join(', ')}}`;
  }
  return 'null';
}

function errorsOf(body: GraphQLBody<unknown>): NonNullable<GraphQLBody<unknown>['errors']> {
  return body.errors ?? [];
}

describe('every mutation, fed hostile input over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ids: Record<string, string> = {};
  let tried = 0;
  const outcomes = new Map<string, number>();

  async function snapshot(): Promise<Record<string, string>> {
    const tables = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      );
    const tracked = tables.map((t) => t.table_name).filter((t) => !UNTRACKED_TABLES.has(t));
    const sql = tracked
      .map((t) => `select '${t}' as t, count(*)::int || ':' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as s from "${t}" r`)
      .join(' union all ');
    const rows = await db.orm.em.fork().getConnection().execute<{ t: string; s: string }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.t, r.s]));
  }

  const CASES: MutationCase[] = [
    {
      name: 'registerPatient',
      inputType: 'RegisterPatientInput',
      base: () => ({
        familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'ដារា', sex: 'FEMALE', birthDate: '1988-05-14',
        birthDateEstimated: false, phones: ['012 345 678'], guardian: null, nationalId: null, provinceCode: 21, district: 'Bati', commune: null, village: null,
      }),
      fields: {
        familyName: 'text', givenName: 'text', familyNameKhmer: 'text', givenNameKhmer: 'text', sex: 'enum', birthDate: 'date',
        birthDateEstimated: 'bool', phones: 'phones', guardian: 'guardian', nationalId: 'text', provinceCode: 'int', district: 'text', commune: 'text', village: 'text',
      },
    },
    {
      name: 'receiveReferral',
      inputType: 'ReceiveReferralInput',
      base: () => ({
        patientId: ids.patient, sourceType: 'REFERRAL_HOSPITAL', sourceName: 'Takeo Provincial Referral Hospital', specialty: 'GENERAL_SURGERY',
        reason: 'Right inguinal hernia', priority: 'ROUTINE', urgencyBand: 'DAYS_90', receivedAt: '2026-03-01T03:00:00.000Z',
      }),
      fields: { patientId: 'id:Patient', sourceType: 'enum', sourceName: 'text', specialty: 'enum', reason: 'text', priority: 'enum', urgencyBand: 'enum', receivedAt: 'datetime' },
      // Year 1 could not be turned into a hospital date for the due date (RangeError).
      regressions: [{ receivedAt: '0001-01-01T00:00:00Z' }],
    },
    {
      name: 'transitionReferral',
      inputType: 'TransitionReferralInput',
      base: () => ({ referralId: ids.receivedReferral, to: 'TRIAGED', reason: 'Seen at triage', urgencyBand: 'DAYS_30', expectedVersion: 1 }),
      fields: { referralId: 'id:Referral', to: 'enum', reason: 'text', urgencyBand: 'enum', expectedVersion: 'int' },
    },
    {
      name: 'scheduleSurgery',
      inputType: 'ScheduleSurgeryInput',
      base: () => ({
        patientId: ids.waitlistedPatient, referralId: ids.waitlistedReferral, episodeId: null, procedure: 'Open inguinal hernia repair',
        specialty: null, theatreId: ids.theatre, scheduledStart: '2026-03-20T01:00:00.000Z', expectedDurationMinutes: 60, urgency: 'ELECTIVE', team: [],
      }),
      fields: {
        patientId: 'id:Patient', referralId: 'id:Referral', episodeId: 'id:Episode', procedure: 'text', specialty: 'enum', theatreId: 'id:Theatre', scheduledStart: 'datetime',
        expectedDurationMinutes: 'int', urgency: 'enum',
      },
    },
    {
      name: 'completeSurgery',
      inputType: 'CompleteSurgeryInput',
      base: () => ({
        surgeryId: ids.surgery, startedAt: '2026-03-02T00:00:00.000Z', endedAt: '2026-03-02T01:00:00.000Z', findings: 'As expected', operativeNote: 'Mesh repair',
        anaesthesiaType: 'GENERAL', asaClass: 'ASA_II', woundClass: 'CLEAN', estimatedBloodLossMl: 50, specimens: ['Hernial sac'],
      }),
      fields: {
        surgeryId: 'id:Surgery', startedAt: 'datetime', endedAt: 'datetime', findings: 'text', operativeNote: 'text',
        anaesthesiaType: 'enum', asaClass: 'enum', woundClass: 'enum', estimatedBloodLossMl: 'int',
      },
    },
    {
      name: 'cancelSurgery',
      inputType: 'CancelSurgeryInput',
      base: () => ({ surgeryId: ids.surgery, category: 'PATIENT', reason: 'Patient unwell on the day' }),
      fields: { surgeryId: 'id:Surgery', category: 'enum', reason: 'text' },
    },
    {
      name: 'admitPatient',
      inputType: 'AdmitPatientInput',
      base: () => ({ patientId: ids.patient, bedId: ids.vacantBed, reason: 'MEDICAL', episodeId: null, admittedAt: '2026-03-02T01:00:00.000Z' }),
      fields: { patientId: 'id:Patient', bedId: 'id:Bed', reason: 'enum', episodeId: 'id:Episode', admittedAt: 'datetime' },
    },
    {
      name: 'dischargePatient',
      inputType: 'DischargePatientInput',
      base: () => ({
        patientId: ids.admittedPatient, disposition: 'HOME', diagnosis: 'Pneumonia, treated', condition: 'Well', instructions: 'Rest',
        followUpPlan: 'Review in 2 weeks', clinician: 'Dr Vannak', dischargedAt: '2026-03-02T01:30:00.000Z',
      }),
      fields: {
        patientId: 'id:Patient', disposition: 'enum', diagnosis: 'text', condition: 'text', instructions: 'text', followUpPlan: 'text', clinician: 'text', dischargedAt: 'datetime',
      },
    },
    {
      name: 'updatePatient',
      inputType: 'UpdatePatientInput',
      base: () => ({ patientId: ids.patient, expectedVersion: 1, familyName: 'Sok', givenName: 'Dara', phones: ['012 345 678'], provinceCode: 21, village: 'Phum 1' }),
      fields: {
        patientId: 'id:Patient', expectedVersion: 'int', familyName: 'text', givenName: 'text', familyNameKhmer: 'text', sex: 'enum', birthDate: 'date',
        phones: 'phones', guardian: 'guardian', provinceCode: 'int', village: 'text',
      },
    },
    {
      name: 'transferPatient',
      inputType: 'TransferPatientInput',
      base: () => ({ patientId: ids.admittedPatient, bedId: ids.vacantBed, reason: 'Needs an isolation bed', at: null, expectedVersion: null }),
      fields: { patientId: 'id:Patient', bedId: 'id:Bed', reason: 'text', at: 'datetime', expectedVersion: 'int' },
    },
    {
      name: 'recordOncologyDiagnosis',
      inputType: 'RecordOncologyDiagnosisInput',
      base: () => ({
        patientId: ids.waitlistedPatient, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: '2026-02-20',
        stageScheme: 'SIOP_WILMS', stage: 'II', notes: 'Favourable histology',
      }),
      fields: { patientId: 'id:Patient', cancerType: 'enum', basis: 'enum', diagnosedOn: 'date', stageScheme: 'enum', stage: 'text', notes: 'text' },
    },
    {
      name: 'startTreatmentPlan',
      inputType: 'StartTreatmentPlanInput',
      base: () => ({ patientId: ids.waitlistedPatient, protocolId: ids.protocol, startDate: '2026-03-02', heightCm: 110, weightKg: 18 }),
      fields: { patientId: 'id:Patient', protocolId: 'id:Protocol', startDate: 'date', heightCm: 'int', weightKg: 'int' },
    },
    {
      name: 'recordChemoAdministration',
      inputType: 'RecordChemoAdministrationInput',
      base: () => ({ administrationId: ids.administration, givenOn: '2026-03-02', dose: 1.11, delayReason: null }),
      fields: { administrationId: 'id:ChemoAdministration', givenOn: 'date', dose: 'int', delayReason: 'text' },
    },
    {
      // Last: a merge that goes through leaves one of the fixtures a tombstone.
      name: 'mergePatients',
      inputType: 'MergePatientsInput',
      base: () => ({ keepId: ids.waitlistedPatient, removeId: ids.patient, keepVersion: null, removeVersion: 1 }),
      fields: { keepId: 'id:Patient', removeId: 'id:Patient', keepVersion: 'int', removeVersion: 'int' },
    },
  ];

  /** Sends one input, checks the answer, and returns the new snapshot when the mutation succeeded. */
  async function attempt(testCase: MutationCase, input: unknown, asLiteral: boolean, before: Record<string, string>): Promise<Record<string, string>> {
    tried++;
    const enumFields = new Set(Object.entries(testCase.fields).filter(([, kind]) => kind === 'enum').map(([field]) => field));
    const selection = '{ __typename ... on Node { id } }';
    const response = asLiteral
      ? await api.post({ query: `mutation { ${testCase.name}(input: ${literal(input, enumFields)}) ${selection} }` })
      : await api.post({
          query: `mutation ($input: ${testCase.inputType}!) { ${testCase.name}(input: $input) ${selection} }`,
          variables: { input },
        });
    const text = await response.text();
    const context = `${testCase.name} ${asLiteral ? 'literal' : 'variables'} ${JSON.stringify(input)?.slice(0, 600)} → ${response.status} ${text.slice(0, 600)}`;
    expect(response.headers.get('content-type'), context).toMatch(/json/);
    const body = JSON.parse(text) as GraphQLBody<Record<string, unknown>>;
    const errors = errorsOf(body);
    const allowed = asLiteral ? CLIENT_CODES_FOR_LITERALS : CLIENT_CODES;
    for (const error of errors) {
      const code = error.extensions?.code ?? 'NO CODE';
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      expect(allowed.has(code), `code ${code}: ${context}`).toBe(true);
      expect(error.extensions?.stacktrace, context).toBeUndefined();
      expect(error.message, context).not.toMatch(STACK_TRACE);
      expect(error.message, context).not.toMatch(SQL);
    }
    const after = await snapshot();
    if (errors.length > 0 || !body.data?.[testCase.name]) {
      expect(after, `a failed mutation changed the database: ${context}`).toEqual(before);
    } else {
      outcomes.set('OK', (outcomes.get('OK') ?? 0) + 1);
    }
    return after;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock });
    const { orm } = db;
    const received = await referralInStatus(orm, clock, ReferralStatus.RECEIVED);
    ids.patient = toGlobalId('Patient', received.patientId);
    ids.receivedReferral = toGlobalId('Referral', received.referral.id);
    const waitlisted = await referralInStatus(orm, clock, ReferralStatus.WAITLISTED);
    ids.waitlistedPatient = toGlobalId('Patient', waitlisted.patientId);
    ids.waitlistedReferral = toGlobalId('Referral', waitlisted.referral.id);
    const surgery = await scheduleSurgery(
      serviceContext(orm, clock),
      { patientId: received.patientId, referralId: null, episodeId: null },
      surgeryInput(received.patientId, new Date('2026-03-01T23:00:00.000Z'), { specialty: Specialty.GENERAL_SURGERY }),
    );
    ids.surgery = toGlobalId('Surgery', surgery.id);
    ids.theatre = toGlobalId('Theatre', THEATRE_KEYS['OT 2']);
    await recordFullChecklist(orm, clock, surgery.id, new Date('2026-03-02T00:00:00.000Z'), new Date('2026-03-02T01:00:00.000Z'));
    const [occupied, vacant] = await vacantBeds(orm, 2);
    const admitted = await admittedPatient(orm, clock, occupied);
    ids.admittedPatient = toGlobalId('Patient', admitted.patient.id);
    ids.vacantBed = toGlobalId('Bed', vacant.id);
    ids.episode = toGlobalId('Episode', waitlisted.referral.episode.id);
    // An oncology plan for the received-referral patient, whose first dose the chemo case records.
    await diagnoseWilms(orm, clock, received.patientId);
    const protocols = await api.gql<{ protocols: { id: string }[] }>('{ protocols { id } }');
    ids.protocol = protocols.data!.protocols[0].id;
    const plan = await api.gql<{ startTreatmentPlan: { administrations: { id: string }[] } }>(
      `mutation ($input: StartTreatmentPlanInput!) { startTreatmentPlan(input: $input) { administrations { id } } }`,
      { input: { patientId: ids.patient, protocolId: ids.protocol, startDate: '2026-03-02', heightCm: 110, weightKg: 18 } },
    );
    expect(plan.errors).toBeUndefined();
    ids.administration = plan.data!.startTreatmentPlan.administrations[0].id;
    realIds.push(...Object.values(ids));
  });

  afterAll(async () => {
    const summary = [...outcomes].map(([code, n]) => `${code} ${n}`).join(', ');
    console.info(`[bad-input] ${tried} hostile inputs tried over HTTP (${CASES.length} mutations and the request envelope); answers: ${summary}`);
    await api?.close();
    await db?.close();
  });

  it('the request envelope itself: odd variables, operation names, extensions and query text get request errors, never INTERNAL_SERVER_ERROR', async () => {
    const REQUEST_CODES = new Set([...CLIENT_CODES_FOR_LITERALS, 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);
    const mutation = 'mutation Register($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }';
    const envelope = fc.record(
      {
        query: fc.oneof(fc.constant(mutation), anyText, wrongType, fc.constant(`${mutation} ${mutation}`), fc.constant('mutation { __typename }')),
        variables: fc.oneof(wrongType, anyText, fc.record({ input: fc.oneof(wrongType, anyText) })),
        operationName: fc.oneof(fc.constant('Register'), anyText, wrongType),
        extensions: fc.oneof(wrongType, fc.constant({ persistedQuery: { version: 1, sha256Hash: 'x' } })),
      },
      { requiredKeys: [] },
    );
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(envelope, async (body) => {
        tried++;
        const response = await api.post(body);
        const text = await response.text();
        const context = `${JSON.stringify(body).slice(0, 400)} → ${response.status} ${text.slice(0, 400)}`;
        expect(response.headers.get('content-type'), context).toMatch(/json/);
        const parsed = JSON.parse(text) as GraphQLBody<Record<string, unknown>>;
        for (const error of errorsOf(parsed)) {
          const code = error.extensions?.code ?? 'NO CODE';
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
          expect(REQUEST_CODES.has(code), `code ${code}: ${context}`).toBe(true);
          expect(error.message, context).not.toMatch(STACK_TRACE);
        }
        const after = await snapshot();
        if (!parsed.data?.registerPatient) expect(after, context).toEqual(before);
        before = after;
      }),
      {
        numRuns: RUNS_PER_MUTATION,
        endOnFailure: true,
        // An automatic persisted query whose hash does not match its text was INTERNAL_SERVER_ERROR.
        examples: [[{ query: mutation, variables: { input: {} }, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }]],
      },
    );
  }, 120_000);

  for (const testCase of CASES) {
    it(`${testCase.name}: typed client errors only, no stack or SQL, nothing written on failure`, async () => {
      let before = await snapshot();
      await fc.assert(
        // One in four inputs goes inside the query text as a literal, the rest as variables.
        fc.asyncProperty(hostileInput(testCase), fc.nat(3), async (input, way) => {
          const asLiteral = way === 0;
          before = await attempt(testCase, input, asLiteral, before);
        }),
        {
          numRuns: RUNS_PER_MUTATION,
          endOnFailure: true,
          examples: (testCase.regressions ?? []).flatMap((changes): [unknown, number][] => {
            const input = { ...testCase.base(), ...changes };
            return [[input, 1], [input, 0]];
          }),
        },
      );
    }, 120_000);
  }
});
