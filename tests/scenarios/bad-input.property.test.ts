import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ChecklistPhase, Role } from '@pj/shared';
import fc from 'fast-check';
import {
  buildSchema as parseSdl,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, sha256 } from '../../packages/server/src/auth/auth.service.js';
import { fromGlobalId, toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { checklistAnswers, testClock } from '../support/factories.js';
import { startHttpApp, TEST_PASSWORD, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Every mutation of the schema, sent over HTTP to the real server with malformed and hostile
 * input generated from its argument types: text with NUL and other control characters, huge
 * strings, mixed scripts and bidi controls; forged, foreign and garbage IDs; invalid enum
 * values; impossible dates and times; absurd numbers; empty, huge and null-riddled lists;
 * nulls, missing and unknown fields; forged credentials — as variables and as literals in the
 * query text. Each mutation starts from a valid input (built by BASES below from fresh records)
 * and mostly changes one or two fields of it, so that the hostile value gets deep into the
 * service. Whatever arrives, the answer is a typed client error — never INTERNAL_SERVER_ERROR —
 * with no stack trace or SQL in it, and a failed mutation leaves every table as it was.
 *
 * The mutations come from the schema: a mutation without an entry in BASES fails its test, so
 * a new mutation is covered as soon as someone writes how to call it validly.
 */

/** 30 keeps the file within about two minutes; BAD_INPUT_RUNS=1000 for a deeper hunt. */
const RUNS_PER_MUTATION = Number(process.env.BAD_INPUT_RUNS ?? 30);
/** Time for one mutation's inputs, generous on a busy machine (a deeper hunt gets more). */
const TIMEOUT_MS = Math.max(180_000, RUNS_PER_MUTATION * 3_000);

/** What a client may be told about bad input (GRAPHQL_PARSE_FAILED only for hostile query text). */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']);
const CLIENT_CODES_FOR_LITERALS = new Set([...CLIENT_CODES, 'GRAPHQL_PARSE_FAILED']);
/** Request bodies over this size are refused before GraphQL (413, BAD_REQUEST PAYLOAD_TOO_LARGE). */
const MAX_BODY_BYTES = 1024 * 1024;

const STACK_TRACE = /\n\s+at |\bat [\w.<>]+ \(|\.[cm]?[jt]s:\d+:\d+|node_modules/;
const SQL = /\b(?:insert into|select .* from|update "\w+" set|delete from)\b|violates .* constraint|relation "\w+"|column "\w+"|syntax error at or near|duplicate key value|invalid input syntax for|out of range for type|invalid byte sequence|DatabaseError|DriverException/i;

/** Tables a failed mutation must leave untouched: all of them but the audit trail (which records the attempt). */
const UNTRACKED_TABLES = new Set(['mikro_orm_migrations', 'audit_entry']);
/** A session's last request moves with every request (once a minute): the rest of its row must not. */
const ROW_TEXT: Record<string, string> = { user_session: '(r.id, r.token_hash, r.user_id, r.expires_at, r.revoked_at, r.locked_at)::text' };

const NOW = '2026-03-02T02:00:00.000Z';
/** Today in Phnom Penh at NOW. */
const TODAY = '2026-03-02';

const schema = parseSdl(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const MUTATIONS = Object.values(schema.getMutationType()!.getFields());
/** Types whose IDs a client can hold: every implementation of Node. */
const NODE_TYPES = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
  .map((type) => type.name)
  .sort();

// ---------------------------------------------------------------------------------------------
// Hostile values, by GraphQL type
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
const oddText = fc.constantFrom('', ' ', '   \t ', '\n', 'null', 'undefined', "'; drop table patient; --", '%', '_', '\\', '${x}', '<script>', '0', '-1', 'NaN', '\u0000', 'Sok\u0000Dara');
const anyText = fc.oneof(
  hugeString,
  controlText,
  mixedScripts,
  oddText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const phoneText = fc.oneof(anyText, fc.constantFrom('012 345 678', '+855 12 345 678', '855', '+', '0'.repeat(40), '012\u0000345678', '٠١٢٣٤٥٦٧٨'));

const IMPOSSIBLE_DATES = [
  '2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '0001-01-01', '1899-12-31',
  '9999-12-31', '2999-01-01', '10000-01-01', '-0001-01-01', '+002026-01-01', 'yesterday', 'today', '', '2026-1-1', '20260301',
  '2026-03-01T00:00:00Z', '01/03/2026', '2026-03-01 ', ' 2026-03-01', '2026-03-0\u0000', '２０２６-03-01',
];
const IMPOSSIBLE_DATETIMES = [
  '2026-02-30T10:00:00Z', '2026-03-01T25:00:00Z', '2026-03-01T10:60:00Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z',
  '0099-06-01T00:00:00Z', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2026-03-01', '2026-03-01T10:00:00', '2026-03-01T10:00:00+14:00',
  '2026-03-01T10:00:00-12:00', '2026-03-01T10:00:00+99:00', 'yesterday', 'now', '', '1772330400000', '2026-03-01T10:00:00.123456789Z',
  '2026-03-01T10:00:00Z\u0000',
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
const enumText = fc.oneof(fc.constantFrom('', 'female', 'FEMALE ', 'ADMITTED', 'DROP', '__proto__', 'constructor', 'true', 'null'), fc.string({ maxLength: 20 }));
const unknownFields = fc.dictionary(fc.constantFrom('id', 'mrn', 'stage', 'version', '__proto__', 'constructor', 'admin', 'roles', 'userId'), wrongType, { minKeys: 1, maxKeys: 2 });

const forgedId = fc.oneof(
  fc.tuple(fc.constantFrom(...NODE_TYPES), fc.uuid()).map(([type, uuid]) => toGlobalId(type, uuid)),
  fc.tuple(fc.constantFrom(...NODE_TYPES), fc.string({ maxLength: 60 })).map(([type, key]) => toGlobalId(type, key)),
  fc.constantFrom(
    toGlobalId('Patient', "' or 1=1 --"),
    toGlobalId('Patient', ''),
    toGlobalId('', randomUUID()),
    toGlobalId('Patient', `${randomUUID()}:extra`),
    toGlobalId('Patient', `${randomUUID()}\u0000`),
    toGlobalId('Patient', randomUUID().toUpperCase()),
    toGlobalId('Patient\u0000', randomUUID()),
    Buffer.from(JSON.stringify({ type: 'Patient' })).toString('base64'),
    'UGF0aWVudDo=',
    '====',
    '💥',
    randomUUID(),
  ),
  fc.string({ unit: 'binary', maxLength: 80 }),
  hugeString,
);

/** Real IDs of records the fixtures made, by type (filled as they are made). */
const realIds = new Map<string, Set<string>>();
function remember(id: string): string {
  const type = fromGlobalId(id)?.type ?? '?';
  if (!realIds.has(type)) realIds.set(type, new Set());
  realIds.get(type)!.add(id);
  return id;
}
const someRealIds = (type?: string | null): string[] =>
  type ? [...(realIds.get(type) ?? [])] : [...realIds.values()].flatMap((ids) => [...ids]);

/** The Node type an ID argument or field expects: that of the valid value, else guessed from its name. */
function expectedNodeType(base: unknown, name: string): string | null {
  if (typeof base === 'string') {
    const type = fromGlobalId(base)?.type;
    if (type && NODE_TYPES.includes(type)) return type;
  }
  const stem = name.replace(/Ids?$/, '');
  const guess = stem.charAt(0).toUpperCase() + stem.slice(1);
  return NODE_TYPES.find((type) => type === guess || type.endsWith(guess)) ?? null;
}

/** IDs where `type` is expected: forged, of an unknown record of that type, of another real record of that type, or of a real record of another type. */
function idFor(type: string | null): fc.Arbitrary<unknown> {
  const others = someRealIds().filter((id) => fromGlobalId(id)?.type !== type);
  const sameType = someRealIds(type);
  return fc.oneof(
    forgedId,
    fc.uuid().map((uuid) => toGlobalId(type ?? 'Patient', uuid)),
    ...(others.length ? [fc.constantFrom(...others)] : []),
    ...(sameType.length ? [fc.constantFrom(...sameType)] : []),
  );
}

const OMIT = Symbol('omit');

/** `arbitrary` one time in ten, else null (fc.option's `freq` is the other way round: 1/freq is the chance of null). */
const sometimes = <T,>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary, weight: 1 });
const MAX_DEPTH = 4;

/** A field or an argument: what an input value is checked against. */
type Slot = Pick<GraphQLInputField | GraphQLArgument, 'name' | 'type' | 'defaultValue'>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A sensible value of a type, for parts of an input the valid base leaves out. */
function plausible(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  const t = getNullableType(type);
  if (isListType(t)) return fc.array(plausible(t.ofType, name, depth + 1), { minLength: 1, maxLength: 2 });
  if (isInputObjectType(t)) {
    if (depth > MAX_DEPTH) return fc.constant({});
    const fields = Object.values(t.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, plausible(f.type, f.name, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name),
    });
  }
  if (isEnumType(t)) return fc.constantFrom(...t.getValues().map((v) => v.name));
  switch (t.name) {
    case 'String':
      return /phone/i.test(name) ? fc.constant('012 345 678') : fc.constantFrom('Sok Dara', 'Right inguinal hernia', 'x');
    case 'ID': {
      const ids = someRealIds(expectedNodeType(undefined, name));
      return ids.length ? fc.constantFrom(...ids) : fc.uuid().map((uuid) => toGlobalId('Patient', uuid));
    }
    case 'Int':
      return fc.integer({ min: 0, max: 120 });
    case 'Float':
      return fc.double({ min: 0.5, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.constantFrom(TODAY, '2026-03-10', '2026-02-20');
    case 'DateTime':
      return fc.constantFrom('2026-03-02T01:00:00.000Z', '2026-03-02T03:00:00.000Z');
    default:
      return anyText;
  }
}

/** Hostile values of a GraphQL input type, starting from the valid `base` where there is one. */
function hostileFor(type: GraphQLInputType, base: unknown, name: string, depth: number): fc.Arbitrary<unknown> {
  const t = getNullableType(type);
  if (depth > MAX_DEPTH) return fc.oneof(anyText, wrongType);
  if (isListType(t)) return hostileList(t.ofType, base, name, depth);
  if (isInputObjectType(t)) {
    const start = isRecord(base) ? fc.constant(base) : (plausible(t, name, depth) as fc.Arbitrary<Record<string, unknown>>);
    return fc.oneof({ arbitrary: hostileObject(Object.values(t.getFields()), start, depth), weight: 12 }, { arbitrary: wrongType, weight: 1 });
  }
  if (isEnumType(t)) {
    const values = t.getValues().map((v) => v.name);
    // Valid values too: another state or kind than the base's is a legal input the service must judge.
    return fc.oneof({ arbitrary: enumText, weight: 3 }, fc.constantFrom(...values), fc.constantFrom(...values).map((v) => v.toLowerCase()));
  }
  switch (t.name) {
    case 'String':
      return /phone/i.test(name) ? phoneText : anyText;
    case 'ID':
      return idFor(expectedNodeType(base, name));
    case 'Int':
    case 'Float':
      return numbers;
    case 'Boolean':
      return wrongType;
    case 'LocalDate':
      return dateText;
    case 'DateTime':
      return dateTimeText;
    default:
      // A scalar added later gets text and values of the wrong type until it has its own.
      return fc.oneof(anyText, wrongType);
  }
}

/** Lists: empty, hostile elements, one bad element among good ones, nulls inside, thousands of elements, nested, or a single value. */
function hostileList(elementType: GraphQLInputType, base: unknown, name: string, depth: number): fc.Arbitrary<unknown> {
  const sample = Array.isArray(base) && base.length > 0 ? base[0] : undefined;
  const good = sample !== undefined ? fc.constant<unknown>(sample) : plausible(elementType, name, depth + 1);
  const bad = hostileFor(elementType, sample, name, depth + 1);
  return fc.oneof(
    fc.constant([]),
    fc.array(bad, { minLength: 1, maxLength: 4 }),
    fc.tuple(fc.array(good, { maxLength: 3 }), bad, fc.nat()).map(([goods, one, at]) => goods.toSpliced(at % (goods.length + 1), 0, one)),
    fc.array(fc.oneof(good, fc.constant(null)), { minLength: 1, maxLength: 4 }),
    fc.tuple(fc.integer({ min: 201, max: 3000 }), good).map(([n, value]) => Array.from({ length: n }, () => value)),
    fc.array(fc.array(good, { maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    bad,
  );
}

/**
 * An object (an input object, or a mutation's arguments) built from a valid one. Mostly one or
 * two fields are replaced by hostile values of their own type (or dropped, or nulled), so that
 * the rest is valid and the input gets deep into the service; sometimes every field is scrambled;
 * sometimes unknown fields ride along.
 */
function hostileObject(fields: readonly Slot[], start: fc.Arbitrary<Record<string, unknown>>, depth: number): fc.Arbitrary<Record<string, unknown>> {
  if (fields.length === 0) return fc.oneof(start, unknownFields);
  const valueFor = (field: Slot, base: Record<string, unknown>) =>
    fc.oneof(
      { arbitrary: hostileFor(field.type, base[field.name], field.name, depth + 1), weight: 6 },
      { arbitrary: fc.constant<unknown>(OMIT), weight: 1 },
      { arbitrary: fc.constant<unknown>(null), weight: 1 },
      { arbitrary: fc.oneof(anyText, wrongType), weight: 1 },
    );
  const apply = (base: Record<string, unknown>, changes: [string, unknown][], extra: Record<string, unknown> | null) => {
    const input: Record<string, unknown> = { ...base };
    for (const [field, value] of changes) {
      if (value === OMIT) delete input[field];
      else input[field] = value;
    }
    return extra ? { ...input, ...extra } : input;
  };
  const few = start.chain((base) =>
    fc
      .subarray([...fields], { minLength: 1, maxLength: Math.min(2, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((field) => valueFor(field, base).map((value): [string, unknown] => [field.name, value]))))
      .chain((changes) => sometimes(unknownFields).map((extra) => apply(base, changes, extra))),
  );
  const many = start.chain((base) =>
    fc
      .tuple(...fields.map((field) => fc.option(valueFor(field, base).map((value): [string, unknown] => [field.name, value]), { freq: 2, nil: null })))
      .map((changes) => apply(base, changes.filter((c): c is [string, unknown] => c !== null), null)),
  );
  return fc.oneof({ arbitrary: few, weight: 10 }, { arbitrary: many, weight: 2 });
}

/** Credentials that are not a session: garbage cookies and bearer tokens (header-safe characters only). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 200 });
const forgedCredentials: fc.Arbitrary<Record<string, string>> = fc.oneof(
  headerText.map((t) => ({ cookie: `pj_session=${t}` })),
  headerText.map((t) => ({ authorization: `Bearer ${t}` })),
  headerText.map((t) => ({ authorization: t })),
  headerText.map((t) => ({ cookie: t })),
  fc.constant({ authorization: `Bearer pj_${'x'.repeat(43)}` }),
  fc.constant({ cookie: `pj_session=${'A'.repeat(4000)}` }),
);

// ---------------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------------

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** GraphQL literal syntax for a value of `type` (enum values bare), to send the input inside the query text. */
function literal(value: unknown, type?: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const t = type ? getNullableType(type) : undefined;
  if (typeof value === 'string') return t && isEnumType(t) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, t && isListType(t) ? (t.ofType) : t)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = t && isInputObjectType(t) ? t.getFields() : {};
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')}}`;
  }
  return 'null';
}

/** What to select from a mutation's result: its type name, and the id of a Node. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return isEnumType(type) || !('getFields' in type) ? '' : '{ __typename }';
  return type.getInterfaces().some((i) => i.name === 'Node') ? '{ __typename ... on Node { id } }' : '{ __typename }';
}

/** The request for one call: arguments as variables, or written out in the query text. */
function requestFor(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, asLiteral: boolean): { query: string; variables?: Record<string, unknown> } {
  const selection = selectionFor(field);
  if (asLiteral) {
    const types = new Map(field.args.map((a) => [a.name, a.type]));
    const written = Object.entries(args).map(([name, value]) => `${name}: ${literal(value, types.get(name))}`);
    return { query: `mutation { ${field.name}${written.length ? `(${written.join(', ')})` : ''} ${selection} }` };
  }
  if (field.args.length === 0) return { query: `mutation { ${field.name} ${selection} }`, variables: args };
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `mutation (${declared}) { ${field.name}(${passed}) ${selection} }`, variables: args };
}

/** Every string of `value` that differs from the one at the same place in `fresh`: a record or time the base pointed at. */
function replacements(value: unknown, fresh: unknown, into = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'string' && value !== fresh) into.set(value, fresh);
  else if (Array.isArray(value) && Array.isArray(fresh)) value.forEach((v, i) => replacements(v, fresh[i], into));
  else if (isRecord(value) && isRecord(fresh)) for (const k of Object.keys(value)) replacements(value[k], fresh[k], into);
  return into;
}
function replaced(value: unknown, map: Map<string, unknown>): unknown {
  if (typeof value === 'string') return map.has(value) ? map.get(value) : value;
  if (Array.isArray(value)) return value.map((v) => replaced(v, map));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaced(v, map)]));
  return value;
}

function errorsOf(body: GraphQLBody<unknown>): NonNullable<GraphQLBody<unknown>['errors']> {
  return body.errors ?? [];
}

function ok<T>(body: GraphQLBody<T>, what: string): T {
  expect(body.errors, `${what}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data!;
}

// ---------------------------------------------------------------------------------------------
// Valid inputs, one per mutation
// ---------------------------------------------------------------------------------------------

/** Records a base may point at and ways to make fresh ones (over the API, as a user with every role). */
interface Fixtures {
  api: HttpApp;
  db: TestDatabase;
  clock: ReturnType<typeof testClock>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A number no earlier call returned: keeps names, times and slots apart. */
  next(): number;
  theatre: string;
  surgeon: string;
  nurse: string;
  caseManager: string;
  wilmsProtocol: string;
  patient(overrides?: Record<string, unknown>): Promise<{ id: string; version: number }>;
  child(): Promise<string>;
  /** A referral walked to RECEIVED or WAITLISTED, for a new patient. */
  referral(status: 'RECEIVED' | 'WAITLISTED'): Promise<{ patientId: string; referralId: string; version: number }>;
  /** An operation booked in the future (from tomorrow on, one day apart). */
  bookedSurgery(): Promise<{ patientId: string; surgeryId: string }>;
  /** An operation booked, checked and performed earlier today (not yet recorded unless `complete`). */
  performedSurgery(complete: boolean): Promise<{ surgeryId: string; startedAt: string; endedAt: string }>;
  admitted(): Promise<{ patientId: string }>;
  vacantBed(): Promise<string>;
  /** A child with a Wilms tumour diagnosis and, unless `planned` is false, a plan started today. */
  oncologyChild(planned?: boolean): Promise<{ patientId: string; planId: string; administrationId: string; plannedDose: number }>;
  mission(): Promise<{ missionId: string; day: string }>;
}

interface Base {
  /** Makes fresh records and returns valid arguments that reach the end of the mutation. */
  setup(fx: Fixtures): Promise<Record<string, unknown>>;
  /**
   * Who sends it: the all-roles user (default), nobody, or a session of its own (signed in again
   * after a success), or one of its own with the screen locked.
   */
  sender?: 'user' | 'anonymous' | 'own-session' | 'locked-session';
  /** Tables a refusal is meant to change (a failed sign-in counts towards the backoff). */
  changesOnRefusal?: string[];
  /** Inputs that once got INTERNAL_SERVER_ERROR, as changes to `input`: always tried first. */
  regressions?: Record<string, unknown>[];
}

const input = (value: Record<string, unknown>) => ({ input: value });

/** One hostile call: its arguments, whether they go in the query text, and forged credentials (null: the sender's own). */
interface Attempt {
  args: Record<string, unknown>;
  literal: boolean;
  credentials: Record<string, string> | null;
}

/**
 * The all-roles user that sends every mutation, as it was: a hostile input to an account
 * mutation may name it (its ID is among the real ones) and change its roles, expiry or password,
 * which ends its session; its account and session are put back before each input.
 */
async function restoreSender(fx: Fixtures): Promise<void> {
  const token = (fx.api.cookie ?? '').slice((fx.api.cookie ?? '').indexOf('=') + 1);
  const conn = fx.db.orm.em.fork().getConnection();
  await conn.execute(
    `update app_user set roles = ?::text[], active = true, expires_at = null, must_change_password = false
     where id = (select user_id from user_session where token_hash = ?)`,
    [`{${Object.values(Role).join(',')}}`, sha256(token)],
  );
  await conn.execute(`update user_session set revoked_at = null where token_hash = ?`, [sha256(token)]);
}

/** A fresh account for an administrator to change. */
async function someAccount(fx: Fixtures): Promise<string> {
  const user = await createUser(fx.db.orm.em.fork(), { username: `account${fx.next()}`, displayName: 'Some account', roles: [Role.NURSE], password: TEST_PASSWORD });
  return remember(toGlobalId('User', user.id));
}

/** A fresh local staff member (a trainee, a supervisor), written directly. */
async function staffRecord(fx: Fixtures): Promise<string> {
  const id = randomUUID();
  await fx.db.orm.em.fork().getConnection().execute(
    `insert into staff_member (id, name, role, visiting, version) values (?, ?, 'SURGEON', false, 1)`,
    [id, `Dr Trainee ${fx.next()}`],
  );
  remember(toGlobalId('StaffMember', id));
  return id;
}

/** The sender's own staff record (linked now if a hostile input unlinked it): whose logbook is "mine". */
async function senderStaff(fx: Fixtures): Promise<string> {
  const token = (fx.api.cookie ?? '').slice((fx.api.cookie ?? '').indexOf('=') + 1);
  const conn = fx.db.orm.em.fork().getConnection();
  const [sender] = await conn.execute<{ id: string; staff_member_id: string | null }[]>(
    `select u.id, u.staff_member_id from app_user u join user_session s on s.user_id = u.id where s.token_hash = ?`,
    [sha256(token)],
  );
  if (sender.staff_member_id) return sender.staff_member_id;
  const staff = await staffRecord(fx);
  await conn.execute(`update app_user set staff_member_id = ? where id = ?`, [staff, sender.id]);
  return staff;
}

/** A hernia repair entry copied from a paper logbook: made, confirmed (awaiting countersignature) or countersigned. */
async function logbookEntry(fx: Fixtures, owner: string, supervisor: string, state: 'made' | 'confirmed' | 'countersigned'): Promise<string> {
  const id = randomUUID();
  const confirmed = state === 'made' ? null : new Date('2026-03-01T03:00:00Z');
  const countersigned = state === 'countersigned' ? new Date('2026-03-01T04:00:00Z') : null;
  await fx.db.orm.em.fork().getConnection().execute(
    `insert into logbook_entry (id, staff_member_id, source, performed_on, level, supervisor_id, procedure_code, procedure_group, procedure_text, confirmed_at, countersigned_at, countersigned_by)
     values (?, ?, 'TRANSCRIBED', '2026-02-27', 'ASSISTED', ?, 'GEN-01', 'GEN-HERNIA', 'Open inguinal hernia repair', ?, ?, ?)`,
    [id, owner, supervisor, confirmed, countersigned, countersigned ? supervisor : null],
  );
  return remember(toGlobalId('LogbookEntry', id));
}

/** Keyed by mutation name; a mutation of the schema missing here fails its test. */
const BASES: Record<string, Base> = {
  login: {
    sender: 'anonymous',
    changesOnRefusal: ['login_throttle', 'login_throttle_address'],
    setup: async (fx) => {
      const username = `hostile-login-${fx.next()}`;
      await createUser(fx.db.orm.em.fork(), { username, displayName: 'Hostile login', roles: [Role.NURSE], password: TEST_PASSWORD });
      return input({ username, password: TEST_PASSWORD });
    },
    // A NUL in the username reached the backoff table and PostgreSQL refused the text (INTERNAL_SERVER_ERROR).
    regressions: [{ username: 'nurse\u0000' }, { username: '\u0000', password: '\u0000' }],
  },
  logout: { sender: 'own-session', setup: () => Promise.resolve({}) },
  lockSession: { sender: 'own-session', setup: () => Promise.resolve({}) },
  signOutEverywhere: { sender: 'own-session', setup: () => Promise.resolve({}) },
  unlockSession: {
    sender: 'locked-session',
    // A wrong password counts towards the backoff, as a failed sign-in does.
    changesOnRefusal: ['login_throttle', 'login_throttle_address'],
    setup: () => Promise.resolve(input({ password: TEST_PASSWORD })),
  },
  signOutUser: {
    setup: async (fx) => {
      // A hostile input may name the all-roles user that sends every mutation (its ID is among the
      // real ones: it is a case manager) and sign it out; its session is opened again here, before
      // each input, so the mutations after this one are still sent signed in.
      const token = (fx.api.cookie ?? '').slice((fx.api.cookie ?? '').indexOf('=') + 1);
      await fx.db.orm.em.fork().getConnection().execute(`update user_session set revoked_at = null where token_hash = ?`, [sha256(token)]);
      const someone = await fx.api.userWithRoles([Role.NURSE]);
      const { data } = await someone.gql<{ me: { id: string } }>('{ me { id } }');
      return { userId: remember(data!.me.id) };
    },
  },
  createApiToken: { setup: (fx) => Promise.resolve(input({ name: `Monthly report ${fx.next()}`, roles: [Role.ANALYST] })) },
  revokeApiToken: {
    setup: async (fx) => {
      const { createApiToken } = await fx.gql<{ createApiToken: { apiToken: { id: string } } }>(
        `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`,
        { input: { name: `Script ${fx.next()}` } },
      );
      return { id: remember(createApiToken.apiToken.id) };
    },
  },
  createUser: {
    setup: async (fx) => {
      await restoreSender(fx);
      return input({ username: `visitor${fx.next()}`, displayName: 'Visiting surgeon', roles: [Role.SURGEON], expiresOn: '2099-12-31', temporaryPassword: null });
    },
  },
  updateUser: {
    setup: async (fx) => {
      await restoreSender(fx);
      return input({ userId: await someAccount(fx), displayName: 'Renamed', roles: [Role.NURSE, Role.CLINICIAN], expiresOn: '2099-01-31' });
    },
  },
  deactivateUser: {
    setup: async (fx) => {
      await restoreSender(fx);
      return { userId: await someAccount(fx) };
    },
  },
  reactivateUser: {
    setup: async (fx) => {
      await restoreSender(fx);
      return { userId: await someAccount(fx) };
    },
  },
  resetUserPassword: {
    setup: async (fx) => {
      await restoreSender(fx);
      return input({ userId: await someAccount(fx), temporaryPassword: 'river lantern seventeen' });
    },
  },
  revokeUserApiToken: {
    setup: async (fx) => {
      await restoreSender(fx);
      const { createApiToken } = await fx.gql<{ createApiToken: { apiToken: { id: string } } }>(
        `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`,
        { input: { name: `Script ${fx.next()}` } },
      );
      return { id: remember(createApiToken.apiToken.id) };
    },
  },
  registerPatient: {
    setup: (fx) =>
      Promise.resolve(
        input({
          familyName: 'Sok', givenName: `Dara${fx.next()}`, familyNameKhmer: 'សុខ', givenNameKhmer: 'ដារា', sex: 'FEMALE', birthDate: '1988-05-14',
          birthDateEstimated: false, phones: ['012 345 678'], guardian: null, nationalId: null, provinceCode: 21, district: 'Bati', commune: 'Trapeang Sab',
          village: 'Phum 1', travelTimeHours: 2.5, transport: null, confirmNotDuplicate: true,
        }),
      ),
  },
  updatePatient: {
    setup: async (fx) => {
      const patient = await fx.patient();
      return input({
        patientId: patient.id, expectedVersion: patient.version, familyName: 'Sok', givenName: 'Dara', phones: ['012 345 678'], provinceCode: 21,
        village: 'Phum 1', guardian: { name: 'Chan Sophea', relation: 'MOTHER', phones: ['097 765 4321'] }, birthDate: '1988-05-15', travelTimeHours: 3,
      });
    },
  },
  mergePatients: {
    setup: async (fx) => {
      const keep = await fx.referral('WAITLISTED');
      const remove = await fx.patient();
      return input({ keepId: keep.patientId, removeId: remove.id, keepVersion: null, removeVersion: remove.version });
    },
  },
  receiveReferral: {
    setup: async (fx) => {
      const patient = await fx.patient();
      return input({
        patientId: patient.id, sourceType: 'REFERRAL_HOSPITAL', sourceName: 'Takeo Provincial Referral Hospital', sourceCpaGrade: null, specialty: 'GENERAL_SURGERY',
        reason: 'Right inguinal hernia', priority: 'ROUTINE', urgencyBand: 'DAYS_90', receivedAt: '2026-03-01T03:00:00.000Z', assigneeId: fx.caseManager,
        targetMission: null,
      });
    },
    // Year 1 could not be turned into a hospital date for the due date (RangeError).
    regressions: [{ receivedAt: '0001-01-01T00:00:00Z' }],
  },
  transitionReferral: {
    setup: async (fx) => {
      const { referralId, version } = await fx.referral('RECEIVED');
      return input({ referralId, to: 'TRIAGED', reason: 'Seen at triage', urgencyBand: 'DAYS_30', targetMission: null, expectedVersion: version });
    },
  },
  assignReferral: {
    setup: async (fx) => {
      const { referralId } = await fx.referral('RECEIVED');
      return input({ referralId, assigneeId: fx.caseManager, expectedVersion: null });
    },
  },
  createStaffMember: {
    setup: (fx) =>
      Promise.resolve(input({ name: `Dr Kenji Tanaka ${fx.next()}`, nameKhmer: 'តាណាកា', role: 'SURGEON', specialty: 'GENERAL_SURGERY', visiting: true, institution: 'Kyoto University Hospital' })),
  },
  createMission: {
    setup: (fx) => {
      const day = missionDay(fx.next());
      return Promise.resolve(
        input({
          name: `Kyoto hernia mission ${day}`, institution: 'Kyoto University Hospital', startDate: day, endDate: addDays(day, 4), dailyCapacityMinutes: 300,
          specialties: ['GENERAL_SURGERY'], theatreIds: [fx.theatre], memberIds: [fx.surgeon], notes: 'Hernias and hydroceles',
        }),
      );
    },
  },
  assignReferralToMission: {
    setup: async (fx) => {
      const { missionId } = await fx.mission();
      const { referralId } = await fx.referral('WAITLISTED');
      return input({ missionId, referralId, procedure: 'Open inguinal hernia repair', expectedDurationMinutes: 90 });
    },
  },
  unassignReferralFromMission: {
    setup: async (fx) => {
      const { missionId } = await fx.mission();
      const { referralId } = await fx.referral('WAITLISTED');
      await assignToMission(fx, missionId, referralId);
      return input({ missionId, referralId });
    },
  },
  confirmMissionSchedule: {
    setup: async (fx) => {
      const { missionId, day } = await fx.mission();
      const { referralId } = await fx.referral('WAITLISTED');
      await assignToMission(fx, missionId, referralId);
      return input({
        missionId,
        slots: [
          {
            referralId, theatreId: fx.theatre, scheduledStart: `${day}T01:00:00.000Z`, expectedDurationMinutes: 90, procedure: 'Open inguinal hernia repair',
            team: [{ staffId: fx.surgeon, role: 'PRIMARY_SURGEON' }, { staffId: fx.nurse, role: 'SCRUB_NURSE' }],
          },
        ],
      });
    },
  },
  scheduleSurgery: {
    setup: async (fx) => {
      const { patientId, referralId } = await fx.referral('WAITLISTED');
      return input({
        patientId, referralId, episodeId: null, procedure: 'Open inguinal hernia repair', specialty: null, theatreId: fx.theatre,
        scheduledStart: futureSlot(fx.next()), expectedDurationMinutes: 60, urgency: 'ELECTIVE', missionId: null,
        team: [{ staffId: fx.surgeon, role: 'PRIMARY_SURGEON' }, { staffId: fx.nurse, role: 'SCRUB_NURSE' }],
      });
    },
  },
  rescheduleSurgery: {
    setup: async (fx) => {
      const { surgeryId } = await fx.bookedSurgery();
      return input({
        surgeryId, scheduledStart: futureSlot(fx.next()), expectedDurationMinutes: 75, theatreId: fx.theatre, team: [{ staffId: fx.surgeon, role: 'PRIMARY_SURGEON' }],
        reason: 'Theatre list overran', expectedVersion: null,
      });
    },
  },
  cancelSurgery: {
    setup: async (fx) => {
      const { surgeryId } = await fx.bookedSurgery();
      return input({ surgeryId, category: 'PATIENT', reason: 'Patient unwell on the day', expectedVersion: null });
    },
  },
  recordChecklistPhase: {
    setup: async (fx) => {
      const { surgeryId } = await fx.bookedSurgery();
      return input({ surgeryId, phase: 'SIGN_IN', answers: checklistAnswers(ChecklistPhase.SIGN_IN), recordedAt: null });
    },
  },
  completeSurgery: {
    setup: async (fx) => {
      const { surgeryId, startedAt, endedAt } = await fx.performedSurgery(false);
      return input({
        surgeryId, startedAt, endedAt, inTheatreAt: null, outOfTheatreAt: null, procedures: ['Open inguinal hernia repair'], findings: 'As expected',
        operativeNote: 'Mesh repair', anaesthesiaType: 'GENERAL', asaClass: 'ASA_II', urgency: null, woundClass: 'CLEAN', estimatedBloodLossMl: 50,
        specimens: ['Hernial sac'], team: [{ staffId: fx.surgeon, role: 'PRIMARY_SURGEON' }], expectedVersion: null,
      });
    },
  },
  recordComplication: {
    setup: async (fx) => {
      const { surgeryId, endedAt } = await fx.performedSurgery(true);
      const occurredAt = new Date(Date.parse(endedAt) + 10 * 60_000).toISOString();
      return input({ surgeryId, grade: 'II', disabilityAtDischarge: false, description: 'Wound haematoma', occurredAt, surgicalSiteInfection: false });
    },
  },
  admitPatient: {
    setup: async (fx) => {
      const patient = await fx.patient();
      return input({ patientId: patient.id, bedId: await fx.vacantBed(), reason: 'MEDICAL', episodeId: null, admittedAt: '2026-03-02T01:00:00.000Z' });
    },
  },
  transferPatient: {
    setup: async (fx) => {
      const { patientId } = await fx.admitted();
      return input({ patientId, bedId: await fx.vacantBed(), reason: 'Needs an isolation bed', at: null, expectedVersion: null });
    },
  },
  dischargePatient: {
    setup: async (fx) => {
      const { patientId } = await fx.admitted();
      return input({
        patientId, disposition: 'HOME', diagnosis: 'Pneumonia, treated', condition: 'Well', instructions: 'Rest', followUpPlan: 'Review in 2 weeks',
        clinician: 'Dr Vannak', dischargedAt: null, expectedVersion: null, reasonForAdmission: 'Fever and cough', proceduresAndTreatment: 'IV antibiotics',
        dietInstructions: null, warningSigns: 'Fever again', woundCareInstructions: null,
        medications: [{ name: 'Amoxicillin', dose: '500 mg', frequency: 'three times a day', duration: '5 days', reconciled: true }],
        diagnosisForFamilyKhmer: 'រលាកសួត បានព្យាបាលរួច', careInstructionsKhmer: 'សម្រាកនៅផ្ទះ', careInstructions: ['NO_HEAVY_LIFTING'], noHeavyLiftingWeeks: 2,
      });
    },
  },
  recordOncologyDiagnosis: {
    setup: async (fx) =>
      input({
        patientId: await fx.child(), cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: '2026-02-20', stageScheme: 'SIOP_WILMS', stage: 'II',
        notes: 'Favourable histology',
      }),
  },
  startTreatmentPlan: {
    setup: async (fx) => {
      const { patientId } = await fx.oncologyChild(false);
      return input({ patientId, protocolId: fx.wilmsProtocol, startDate: TODAY, heightCm: 110, weightKg: 18 });
    },
  },
  recordChemoAdministration: {
    setup: async (fx) => {
      const { administrationId, plannedDose } = await fx.oncologyChild();
      return input({ administrationId, givenOn: TODAY, dose: plannedDose, delayReason: null });
    },
  },
  omitChemoAdministration: {
    setup: async (fx) => {
      const { administrationId } = await fx.oncologyChild();
      return input({ administrationId, reason: 'Neutropenia', expectedVersion: null });
    },
  },
  recordToxicity: {
    setup: async (fx) => {
      const { planId, administrationId } = await fx.oncologyChild();
      return input({ treatmentPlanId: planId, administrationId, term: 'NAUSEA', otherTerm: null, grade: 2, onsetOn: TODAY, note: 'Settled with ondansetron' });
    },
  },
  recordResponseAssessment: {
    setup: async (fx) => {
      const { planId } = await fx.oncologyChild();
      return input({ treatmentPlanId: planId, assessedOn: TODAY, method: 'IMAGING', response: 'PR', note: 'Tumour smaller on ultrasound' });
    },
  },
  recordTreatmentRefusal: {
    setup: async (fx) => {
      const { planId } = await fx.oncologyChild();
      return input({ treatmentPlanId: planId, refusedBy: 'PARENTS', reason: 'Family chose traditional medicine', refusedOn: TODAY, expectedVersion: null });
    },
  },
  completeTreatmentPlan: {
    setup: async (fx) => {
      const { planId } = await fx.oncologyChild();
      return input({ treatmentPlanId: planId, completedOn: TODAY, note: 'Course completed', expectedVersion: null });
    },
  },
  scheduleFollowUp: {
    setup: async (fx) => {
      const patient = await fx.patient();
      return input({ patientId: patient.id, kind: 'CLINIC', dueDate: '2026-03-10', dischargeId: null, surgeryId: null, treatmentPlanId: null, notes: 'Review the wound' });
    },
  },
  recordFollowUp: {
    setup: async (fx) => {
      const patient = await fx.patient();
      const { scheduleFollowUp } = await fx.gql<{ scheduleFollowUp: { id: string } }>(
        `mutation ($input: ScheduleFollowUpInput!) { scheduleFollowUp(input: $input) { id } }`,
        { input: { patientId: patient.id, kind: 'DAY_30_CALL', dueDate: TODAY } },
      );
      return input({ followUpId: remember(scheduleFollowUp.id), outcome: 'ATTENDED', outcomeOn: TODAY, day30Status: 'ALIVE', notes: 'Well, eating', expectedVersion: null });
    },
  },
  markLostToFollowUp: { setup: () => Promise.resolve({ asOf: TODAY }) },
  moveFollowUp: {
    setup: async (fx) =>
      input({ followUpId: await bookedFollowUp(fx), dueDate: addDays(TODAY, 7), reason: 'Family asked for a later day', expectedVersion: null }),
  },
  cancelFollowUp: {
    setup: async (fx) =>
      input({ followUpId: await bookedFollowUp(fx), reason: 'Seen at the provincial hospital instead', expectedVersion: null }),
  },
  createProtocol: {
    setup: (fx) => Promise.resolve(input({ code: `TEST-WILMS-${fx.next()}`, ...protocolBody() })),
  },
  reviseProtocol: {
    setup: async (fx) => {
      return input({ ...protocolBody(), protocolId: await createdProtocol(fx), revisionNote: 'Vincristine 2 mg/m² after the oncologists\' review' });
    },
  },
  retireProtocol: {
    setup: async (fx) => input({ protocolId: await createdProtocol(fx), reason: 'Replaced by the 2027 regimen' }),
  },
  setMyLanguage: { setup: () => Promise.resolve({ language: 'KM' }) },
  recordAllergies: {
    setup: async (fx) =>
      input({
        patientId: (await fx.patient()).id, noKnownAllergies: false, expectedAllergiesVersion: null,
        allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'SEVERE' }],
      }),
  },
  recordWeight: {
    setup: async (fx) => input({ patientId: (await fx.patient()).id, weightKg: 61.5, measuredOn: '2026-03-01' }),
  },
  correctRecordedDeath: {
    setup: async (fx) => {
      // A death recorded by a discharge, to be corrected as recorded in error.
      const { patientId } = await fx.admitted();
      await fx.gql(`mutation ($input: DischargePatientInput!) { dischargePatient(input: $input) { id } }`, {
        input: { patientId, disposition: 'DIED', diagnosis: 'Recorded on the wrong record' },
      });
      return input({ patientId, reason: 'The death was recorded on the wrong patient', expectedVersion: null });
    },
  },
  // The training logbook: the sender (every role) keeps its own logbook through its staff record.
  confirmLogbookEntry: {
    setup: async (fx) => input({ entryId: await logbookEntry(fx, await senderStaff(fx), await staffRecord(fx), 'made'), expectedVersion: 1, level: 'ASSISTED', note: 'Closed the skin' }),
  },
  countersignLogbookEntry: {
    setup: async (fx) => input({ entryId: await logbookEntry(fx, await staffRecord(fx), await senderStaff(fx), 'confirmed'), expectedVersion: 1 }),
  },
  correctLogbookEntry: {
    setup: async (fx) =>
      input({ entryId: await logbookEntry(fx, await senderStaff(fx), await staffRecord(fx), 'countersigned'), reason: 'I performed it with the trainer scrubbed', level: 'PERFORMED_TRAINER_SCRUBBED' }),
  },
  recordEntrustment: {
    setup: async (fx) => {
      await senderStaff(fx);
      return input({ staffId: toGlobalId('StaffMember', await staffRecord(fx)), procedureGroup: 'GEN-HERNIA', level: 'PERFORMED_TRAINER_SCRUBBED', reason: 'Twelve repairs assisted, sound technique' });
    },
  },
  addDevelopmentActivity: {
    setup: async (fx) =>
      input({ staffId: toGlobalId('StaffMember', await staffRecord(fx)), kind: 'COURSE', title: 'Primary Trauma Care', place: 'Phnom Penh', startsOn: '2026-01-12', endsOn: '2026-01-14', evidence: 'Certificate 2026-017' }),
  },
  removeDevelopmentActivity: {
    setup: async (fx) => {
      const id = randomUUID();
      await fx.db.orm.em.fork().getConnection().execute(
        `insert into development_activity (id, staff_member_id, kind, title, starts_on) values (?, ?, 'TEACHING', 'Suturing workshop for interns', '2026-02-02')`,
        [id, await staffRecord(fx)],
      );
      return { id: remember(toGlobalId('DevelopmentActivity', id)) };
    },
  },
  setUserStaffMember: {
    setup: async (fx) => {
      await restoreSender(fx);
      return { userId: await someAccount(fx), staffId: toGlobalId('StaffMember', await staffRecord(fx)) };
    },
  },
};

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/** Missions on days of their own, far enough apart that they never share a theatre day. */
const missionDay = (n: number) => addDays('2026-04-06', n * 5);
/**
 * Operations booked on days of their own from tomorrow, 13:00 Phnom Penh. Not at 08:00: the
 * counter behind `n` is shared, so a day can also be a mission's day, whose confirmed slots
 * (08:00 to 09:30, OT 2, the fixture surgeon and nurse) would clash with the booking.
 */
const futureSlot = (n: number) => `${addDays('2026-03-03', n)}T06:00:00.000Z`;

/** A follow-up booked for a new patient, due today. */
async function bookedFollowUp(fx: Fixtures): Promise<string> {
  const patient = await fx.patient();
  const { scheduleFollowUp } = await fx.gql<{ scheduleFollowUp: { id: string } }>(
    `mutation ($input: ScheduleFollowUpInput!) { scheduleFollowUp(input: $input) { id } }`,
    { input: { patientId: patient.id, kind: 'CLINIC', dueDate: TODAY } },
  );
  return remember(scheduleFollowUp.id);
}

/** A small Wilms-like protocol, without its code: vincristine and dactinomycin, then a milestone phase. */
function protocolBody() {
  return {
    name: 'Test Wilms AV', cancerType: 'WILMS_TUMOUR', description: 'For tests.', example: false,
    phases: [
      {
        name: 'Pre-operative', startDay: 0, endDay: 13, milestone: null,
        doses: [
          { drug: 'Vincristine', route: 'IV', unit: 'mg', day: 0, basis: 'PER_M2', dose: 1.5, maxDose: 2, smallChildDosePerKg: null, smallChildWeightKg: null },
          { drug: 'Dactinomycin', route: 'IV', unit: 'µg', day: 0, basis: 'PER_KG', dose: 45, maxDose: 2000, smallChildDosePerKg: null, smallChildWeightKg: null },
        ],
      },
      { name: 'Surgery', startDay: 14, endDay: 14, milestone: 'Nephrectomy', doses: [] },
    ],
  };
}

/** A protocol created over the API, current and unretired. */
async function createdProtocol(fx: Fixtures): Promise<string> {
  const { createProtocol } = await fx.gql<{ createProtocol: { id: string } }>(
    `mutation ($input: CreateProtocolInput!) { createProtocol(input: $input) { id } }`,
    { input: { code: `TEST-WILMS-${fx.next()}`, ...protocolBody() } },
  );
  return remember(createProtocol.id);
}

async function assignToMission(fx: Fixtures, missionId: string, referralId: string): Promise<void> {
  await fx.gql(`mutation ($input: AssignReferralToMissionInput!) { assignReferralToMission(input: $input) { id } }`, {
    input: { missionId, referralId, procedure: 'Open inguinal hernia repair', expectedDurationMinutes: 90 },
  });
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('every mutation of the schema, fed hostile input over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let fx: Fixtures;
  const clock = testClock(NOW);
  let tried = 0;
  const outcomes = new Map<string, number>();

  /** One statement: per table, its row count and a sum of its rows' hashes (equal sums: nothing changed). */
  let snapshotSql: string | null = null;
  async function snapshot(): Promise<Record<string, string>> {
    const connection = db.orm.em.fork().getConnection();
    if (!snapshotSql) {
      const tables = await connection.execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      );
      snapshotSql = tables
        .map((t) => t.table_name)
        .filter((t) => !UNTRACKED_TABLES.has(t))
        .map((t) => `select '${t}' as t, count(*)::int || ':' || coalesce(sum(hashtextextended(${ROW_TEXT[t] ?? 'r::text'}, 0)), 0) as s from "${t}" r`)
        .join(' union all ');
    }
    const rows = await connection.execute<{ t: string; s: string }[]>(snapshotSql);
    return Object.fromEntries(rows.map((r) => [r.t, r.s]));
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock });
    let counter = 0;
    let performed = 0;
    const usedBeds = new Set<string>();
    const gql = async <T,>(query: string, variables?: Record<string, unknown>): Promise<T> => ok(await api.gql<T>(query, variables), query.slice(0, 80));
    const registered = async (overrides: Record<string, unknown> = {}) => {
      const { registerPatient } = await gql<{ registerPatient: { id: string; version: number } }>(
        `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id version } }`,
        {
          input: {
            familyName: 'Chea', givenName: `Sophal${++counter}`, sex: 'MALE', birthDate: '1979-11-02', birthDateEstimated: false, phones: ['012 345 678'],
            provinceCode: 12, confirmNotDuplicate: true, ...overrides,
          },
        },
      );
      remember(registerPatient.id);
      return registerPatient;
    };
    const transition = (referralId: string, to: string, extra: Record<string, unknown> = {}) =>
      gql<{ transitionReferral: { version: number } }>(`mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { version } }`, {
        input: { referralId, to, ...extra },
      });
    const referral = async (status: 'RECEIVED' | 'WAITLISTED', patientId?: string) => {
      const id = patientId ?? (await registered()).id;
      const { receiveReferral } = await gql<{ receiveReferral: { id: string; version: number } }>(
        `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id version } }`,
        {
          input: {
            patientId: id, sourceType: 'REFERRAL_HOSPITAL', sourceName: 'Takeo Provincial Referral Hospital', specialty: 'GENERAL_SURGERY',
            reason: 'Right inguinal hernia, reducible', priority: 'ROUTINE', urgencyBand: 'DAYS_90',
          },
        },
      );
      let version = receiveReferral.version;
      if (status === 'WAITLISTED') {
        for (const to of ['TRIAGED', 'ACCEPTED', 'WAITLISTED']) version = (await transition(receiveReferral.id, to)).transitionReferral.version;
      }
      return { patientId: id, referralId: remember(receiveReferral.id), version };
    };
    const book = async (patientId: string, theatre: string, scheduledStart: string, expectedDurationMinutes: number, team: { staffId: string; role: string }[], urgency = 'ELECTIVE') => {
      const { scheduleSurgery } = await gql<{ scheduleSurgery: { id: string } }>(
        `mutation ($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`,
        {
          input: {
            patientId, procedure: 'Open inguinal hernia repair', theatreId: theatre, scheduledStart, expectedDurationMinutes, urgency,
            specialty: 'GENERAL_SURGERY', team,
          },
        },
      );
      return remember(scheduleSurgery.id);
    };
    const checklist = async (surgeryId: string, phase: ChecklistPhase, recordedAt: Date) =>
      gql(`mutation ($input: RecordChecklistPhaseInput!) { recordChecklistPhase(input: $input) { id } }`, {
        input: { surgeryId, phase, answers: checklistAnswers(phase), recordedAt: recordedAt.toISOString() },
      });
    const staff = async (name: string, role: string) => {
      const { createStaffMember } = await gql<{ createStaffMember: { id: string } }>(
        `mutation ($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`,
        { input: { name, role, visiting: false } },
      );
      return remember(createStaffMember.id);
    };
    const minutes = (iso: string, n: number) => new Date(Date.parse(iso) + n * 60_000);

    const { protocols } = await gql<{ protocols: { id: string; cancerType: string }[] }>('{ protocols { id cancerType } }');
    const { caseManagers } = await gql<{ caseManagers: { id: string }[] }>('{ caseManagers { id } }');
    fx = {
      api,
      db,
      clock,
      gql,
      next: () => ++counter,
      theatre: remember(toGlobalId('Theatre', THEATRE_KEYS['OT 2'])),
      surgeon: await staff('Dr Vannak Chea', 'SURGEON'),
      nurse: await staff('Sreymom Keo', 'NURSE'),
      caseManager: remember(caseManagers[0].id),
      // Not offered to the hostile inputs as a real id: a hostile `retireProtocol` given it would
      // succeed, and every later plan on it would then be refused as retired.
      wilmsProtocol: protocols.find((p) => p.cancerType === 'WILMS_TUMOUR')!.id,
      patient: registered,
      child: async () =>
        (await registered({ birthDate: '2020-06-01', guardian: { name: 'Chan Sophea', relation: 'MOTHER', phones: ['097 765 4321'] }, phones: [] })).id,
      referral: (status) => referral(status),
      bookedSurgery: async () => {
        const { patientId } = await referral('RECEIVED');
        const surgeryId = await book(patientId, remember(toGlobalId('Theatre', THEATRE_KEYS['OT 3'])), futureSlot(++counter), 60, [{ staffId: fx.surgeon, role: 'PRIMARY_SURGEON' }]);
        return { patientId, surgeryId };
      },
      performedSurgery: async (complete) => {
        // Booked before it happened (the clock goes back for the booking), checked and done
        // earlier today: ten-minute operations, one after the other in OT 1 since 00:00 Phnom Penh.
        const n = performed++;
        const start = new Date(Date.parse('2026-03-01T17:00:00.000Z') + n * 12 * 60_000).toISOString();
        if (Date.parse(start) > Date.parse(NOW) - 30 * 60_000) throw new Error('No theatre time left today for another performed operation');
        clock.set(minutes(start, -180).toISOString());
        try {
          const { patientId } = await referral('RECEIVED');
          // Urgent: these start before the 08:00 session, which only an emergency may.
          const surgeryId = await book(patientId, toGlobalId('Theatre', THEATRE_KEYS['OT 1']), start, 10, [], 'URGENT');
          clock.set(NOW);
          const startedAt = minutes(start, 3).toISOString();
          const endedAt = minutes(start, 9).toISOString();
          await checklist(surgeryId, ChecklistPhase.SIGN_IN, minutes(start, 1));
          await checklist(surgeryId, ChecklistPhase.TIME_OUT, minutes(start, 2));
          await checklist(surgeryId, ChecklistPhase.SIGN_OUT, minutes(start, 9));
          if (complete) {
            await gql(`mutation ($input: CompleteSurgeryInput!) { completeSurgery(input: $input) { id } }`, {
              input: { surgeryId, startedAt, endedAt, anaesthesiaType: 'GENERAL', asaClass: 'ASA_I', woundClass: 'CLEAN', estimatedBloodLossMl: 20, specimens: [] },
            });
          }
          return { surgeryId, startedAt, endedAt };
        } finally {
          clock.set(NOW);
        }
      },
      admitted: async () => {
        const patient = await registered();
        await gql(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
          input: { patientId: patient.id, bedId: await fx.vacantBed(), reason: 'MEDICAL', admittedAt: minutes(NOW, -60).toISOString() },
        });
        return { patientId: patient.id };
      },
      vacantBed: async () => {
        // A bed nobody has lain in, so that a back-dated admission or a transfer clashes with no earlier stay.
        const rows = await db.orm.em
          .fork()
          .getConnection()
          .execute<{ id: string }[]>(`select b.id from bed b where not exists (select 1 from bed_stay s where s.bed_id = b.id) and not exists (select 1 from admission a where a.bed_id = b.id) order by b.id`);
        const bed = rows.find((row) => !usedBeds.has(row.id));
        if (!bed) throw new Error('No unused bed left');
        usedBeds.add(bed.id);
        return remember(toGlobalId('Bed', bed.id));
      },
      oncologyChild: async (planned = true) => {
        const patientId = await fx.child();
        await gql(`mutation ($input: RecordOncologyDiagnosisInput!) { recordOncologyDiagnosis(input: $input) { id } }`, {
          input: { patientId, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: '2026-02-20', stageScheme: 'SIOP_WILMS', stage: 'II' },
        });
        if (!planned) return { patientId, planId: '', administrationId: '', plannedDose: 0 };
        const { startTreatmentPlan } = await gql<{ startTreatmentPlan: { id: string; administrations: { id: string; plannedDate: string; plannedDose: number }[] } }>(
          `mutation ($input: StartTreatmentPlanInput!) { startTreatmentPlan(input: $input) { id administrations { id plannedDate plannedDose } } }`,
          { input: { patientId, protocolId: fx.wilmsProtocol, startDate: TODAY, heightCm: 110, weightKg: 18 } },
        );
        const due = startTreatmentPlan.administrations.find((a) => a.plannedDate === TODAY)!;
        return { patientId, planId: remember(startTreatmentPlan.id), administrationId: remember(due.id), plannedDose: due.plannedDose };
      },
      mission: async () => {
        const day = missionDay(++counter);
        const { createMission } = await gql<{ createMission: { id: string } }>(
          `mutation ($input: CreateMissionInput!) { createMission(input: $input) { id } }`,
          {
            input: {
              name: `Mission ${day}`, institution: 'Kyoto University Hospital', startDate: day, endDate: addDays(day, 1), dailyCapacityMinutes: 300,
              specialties: ['GENERAL_SURGERY'], theatreIds: [fx.theatre], memberIds: [fx.surgeon, fx.nurse],
            },
          },
        );
        return { missionId: remember(createMission.id), day };
      },
    };
  });

  afterAll(async () => {
    const summary = [...outcomes].map(([code, n]) => `${code} ${n}`).join(', ');
    console.info(`[bad-input] ${tried} hostile inputs tried over HTTP (${MUTATIONS.length} mutations and the request envelope); answers: ${summary}`);
    await api?.close();
    await db?.close();
  });

  it('knows how to call every mutation of the schema validly, and nothing else', () => {
    const names = MUTATIONS.map((m) => m.name);
    expect(names.filter((name) => !(name in BASES)), 'mutations without a valid input in BASES: add one').toEqual([]);
    expect(Object.keys(BASES).filter((name) => !names.includes(name)), 'BASES entries for mutations the schema no longer has').toEqual([]);
    expect(names.length).toBeGreaterThanOrEqual(34);
  });

  it('text no column can hold (a NUL, half a surrogate pair) is BAD_USER_INPUT in any argument, of queries too', async () => {
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['query ($s: String) { patients(search: $s) { totalCount } }', { s: 'Sok\u0000' }, 'search'],
      ['query ($m: String!) { patientByMrn(mrn: $m) { id } }', { m: '\u0000' }, 'mrn'],
      ['query ($t: String) { referrals(filter: { text: $t }) { totalCount } }', { t: 'x\uD800' }, 'filter.text'],
      ['query ($f: ReferralFilter) { referrals(filter: $f) { totalCount } }', { f: { text: 'a\u0000' } }, 'filter.text'],
      ['{ patients(search: "Sok\\u0000") { totalCount } }', undefined, 'search'],
      ['mutation { login(input: { username: "nurse\\u0000", password: "x" }) { expiresAt } }', undefined, 'username'],
      ['mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', { input: { username: 'nurse', password: 'pass\uDC00word' } }, 'password'],
      [
        'mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
        { input: { familyName: 'Sok', givenName: 'Dara', sex: 'FEMALE', birthDate: '2020-01-01', birthDateEstimated: false, phones: [], provinceCode: 12, guardian: { name: 'Chan\u0000', relation: 'MOTHER', phones: [] } } },
        'guardian.name',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const body = await api.gql(query, variables);
      expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.field]), query).toEqual([['BAD_USER_INPUT', field]]);
    }
  });

  it('a session cookie that is not even well-formed is no session: UNAUTHENTICATED, not INTERNAL_SERVER_ERROR', async () => {
    // `%` began a %-escape that decodeURIComponent could not finish (URIError, a 500 for every request).
    for (const cookie of ['pj_session=%', 'pj_session=%E0%A4%A', 'pj_session=%ZZ; other=1']) {
      const body = await api.anonymous.gql('mutation { logout }', undefined, { cookie });
      expect(body.errors?.map((e) => e.extensions?.code), cookie).toEqual(['UNAUTHENTICATED']);
    }
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
  }, TIMEOUT_MS);

  for (const mutation of MUTATIONS) {
    it(`${mutation.name}: typed client errors only, no stack or SQL, nothing written on failure`, async () => {
      const entry = BASES[mutation.name];
      if (!entry) throw new Error(`${mutation.name} has no valid input in BASES: add one, so that its hostile inputs start from something that works`);

      const lockedSession = async (): Promise<GraphQLClient> => {
        const own = await api.userWithRoles(Object.values(Role));
        ok(await own.gql('mutation { lockSession }'), 'lockSession');
        return own;
      };
      const sessionFor = async (): Promise<GraphQLClient> =>
        entry.sender === 'anonymous'
          ? api.anonymous
          : entry.sender === 'own-session'
            ? api.userWithRoles(Object.values(Role))
            : entry.sender === 'locked-session'
              ? lockedSession()
              : api;

      // The valid input works as it is: the hostile ones below change it a little and get as deep.
      const check = await entry.setup(fx);
      const checked = await (await sessionFor()).post(requestFor(mutation, check, false));
      const checkedBody = (await checked.json()) as GraphQLBody<Record<string, unknown>>;
      expect(checkedBody.errors, `the valid input of ${mutation.name} ${JSON.stringify(check)} fails: ${JSON.stringify(checkedBody.errors)}`).toBeUndefined();
      expect(checkedBody.data?.[mutation.name], mutation.name).not.toBeNull();

      let base = await entry.setup(fx);
      let sender = await sessionFor();
      /** Strings of the first base (records, times) and what they are now, after fresh records replaced used ones. */
      const firstBase = base;
      let current = new Map<string, unknown>();
      let before = await snapshot();
      const hostile: fc.Arbitrary<Attempt> = fc.record({
        args: hostileObject(mutation.args, fc.constant(firstBase), 0),
        literal: fc.nat(3).map((n) => n === 0),
        credentials: sometimes(forgedCredentials),
      });
      const regressions = (entry.regressions ?? []).flatMap((changes) =>
        [true, false].map((asLiteral): [Attempt] => [{ args: { ...firstBase, input: { ...(firstBase.input as object), ...changes } }, literal: asLiteral, credentials: null }]),
      );

      await fc.assert(
        fc.asyncProperty(hostile, async ({ args: generated, literal: asLiteral, credentials }) => {
          tried++;
          const args = replaced(generated, current) as Record<string, unknown>;
          const request = requestFor(mutation, args, asLiteral);
          const body = JSON.stringify(request);
          const response = credentials ? await api.anonymous.post(request, credentials) : await sender.post(request);
          const text = await response.text();
          const context = `${mutation.name} ${asLiteral ? 'literal' : 'variables'}${credentials ? ` as ${JSON.stringify(credentials).slice(0, 100)}` : ''} ${body.slice(0, 600)} → ${response.status} ${text.slice(0, 600)}`;
          expect(response.headers.get('content-type'), context).toMatch(/json/);
          const parsed = JSON.parse(text) as GraphQLBody<Record<string, unknown>>;
          const errors = errorsOf(parsed);
          const allowed = asLiteral ? CLIENT_CODES_FOR_LITERALS : CLIENT_CODES;
          for (const error of errors) {
            const code = error.extensions?.code ?? 'NO CODE';
            outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
            const tooLarge = code === 'BAD_REQUEST' && error.extensions?.reason === 'PAYLOAD_TOO_LARGE' && Buffer.byteLength(body) > MAX_BODY_BYTES;
            expect(allowed.has(code) || tooLarge, `code ${code}: ${context}`).toBe(true);
            expect(error.extensions?.stacktrace, context).toBeUndefined();
            expect(error.message, context).not.toMatch(STACK_TRACE);
            expect(error.message, context).not.toMatch(SQL);
          }
          const after = await snapshot();
          const succeeded = errors.length === 0 && parsed.data?.[mutation.name] !== null && parsed.data?.[mutation.name] !== undefined;
          if (!succeeded) {
            const expected = { ...before };
            const actual = { ...after };
            for (const table of entry.changesOnRefusal ?? []) {
              delete expected[table];
              delete actual[table];
            }
            expect(actual, `a failed mutation changed the database: ${context}`).toEqual(expected);
            before = after;
            return;
          }
          outcomes.set('OK', (outcomes.get('OK') ?? 0) + 1);
          // It went through and used up its records: later inputs point at fresh ones.
          base = await entry.setup(fx);
          current = replacements(firstBase, base);
          if (entry.sender === 'own-session' || entry.sender === 'locked-session') sender = await sessionFor();
          before = await snapshot();
        }),
        { numRuns: RUNS_PER_MUTATION, endOnFailure: true, examples: regressions },
      );
    }, TIMEOUT_MS);
  }
});
