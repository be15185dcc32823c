import { appendFileSync, readFileSync } from 'node:fs';
import { hospitalDate, Role } from '@pj/shared';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  parseValue,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../packages/server/src/db/seed/demo-users.js';
import { seedDemoHospitalIfEmpty } from '../../packages/server/src/db/seed/demo-hospital.js';
import { WEB_MANIFEST_FILE } from '../../packages/server/src/graphql/trusted-documents.js';
import { buildOperations, type Walk } from '../support/every-field-operations.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { literal } from '../support/schema-walk.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Operations run by graphql-jit's compiled functions (the server's executor) answer exactly
 * as graphql-js's `execute` answers them: the same status, data and errors (message, path,
 * extensions), over the same database, as every demo role and signed out. Sent: the schema
 * walk (tests/scenarios/every-field.test.ts: every field under every root query), the web
 * app's own queries, and documents for what an executor may do its own way (null
 * propagation, abstract types, @skip/@include, introspection, variables refused).
 */
const DEPTH = Number(process.env.EXECUTOR_DIFF_DEPTH ?? 2);
const PAGE = 3;
const PARALLEL = 4;
const NOW = new Date();

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

/**
 * What changes between two identical requests, whatever runs them: what a read changes by
 * being read (the audit trail: each read of a patient writes an entry; the session: each
 * request moves its idle deadline), what follows the clock (a job's next run, computed
 * from now) and the database snapshot a read was made in (a timeline's `liveCursor`: the
 * transactions in progress then). Their values are masked, under any alias (the walk's are `Type_field`); their
 * errors are still compared.
 */
const VOLATILE = ['auditLog', 'accessLog', 'mySession', 'nextRunAt', 'liveCursor'];
const isVolatile = (key: string) => VOLATILE.some((name) => key === name || key.endsWith(`_${name}`));

function masked(value: Json): Json {
  if (Array.isArray(value)) return value.map(masked);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isVolatile(k) && v !== null ? '(changes between requests)' : masked(v)]));
  }
  return value;
}

/**
 * Errors in one order: each executor lists them as the fields fail, which for fields resolved
 * in parallel (a page of rows, each refusing a field) is the order their promises settle in.
 * GraphQL gives the list no order; every error must still be there, word for word.
 */
function inOneOrder(body: Json): Json {
  if (!body || typeof body !== 'object' || Array.isArray(body) || !Array.isArray(body.errors)) return body;
  const key = (error: Json) => JSON.stringify(error);
  return { ...body, errors: [...body.errors].sort((a, b) => key(a).localeCompare(key(b))) };
}

interface Request {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

interface Answer {
  status: number;
  body: Json;
}

async function send(client: GraphQLClient, request: Request): Promise<Answer> {
  const response = await client.post({ query: request.query, variables: request.variables, operationName: request.operationName });
  const text = await response.text();
  let body: Json;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    body = text;
  }
  return { status: response.status, body: inOneOrder(masked(body)) };
}

/** The web app's queries (its persisted documents), required variables filled from the demo hospital. */
function webQueries(walk: Walk): Request[] {
  const manifest = JSON.parse(readFileSync(WEB_MANIFEST_FILE, 'utf8')) as Record<string, string>;
  const today = hospitalDate(NOW);
  const requests: Request[] = [];
  for (const text of Object.values(manifest)) {
    const document = parse(text);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue;
      const variables = filledVariables(walk, definition, today);
      if (!variables) continue;
      requests.push({ label: `web ${definition.name?.value ?? '(anonymous)'}`, query: text, variables, operationName: definition.name?.value });
    }
  }
  return requests;
}

function filledVariables(walk: Walk, operation: OperationDefinitionNode, today: string): Record<string, unknown> | null {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    const name = definition.variable.name.value;
    const type = typeFromAST(walk.schema, definition.type) as GraphQLInputType | undefined;
    const value = type && literal(type, walk.scalar(today), name);
    if (value === undefined) return null;
    variables[name] = valueFromASTUntyped(parseValue(value));
  }
  return variables;
}

/** Documents for what an executor may do its own way. */
function edgeCases(walk: Walk): Request[] {
  const patient = walk.demo.ids.get('Patient')![0];
  const deceased = walk.demo.ids.get('Patient')![2];
  const referral = walk.demo.ids.get('Referral')?.[0] ?? patient;
  const timeline = `
    fragment Event on JourneyEvent { __typename id occurredAt dateOnly summary ... on Node { id } }
    query Timeline($id: ID!, $withSummary: Boolean!, $skipActor: Boolean = true) {
      node(id: $id) {
        __typename
        ... on Patient {
          mrn
          stage
          journey(first: 20) @include(if: $withSummary) { edges { cursor node { ...Event actor @skip(if: $skipActor) } } }
          again: journey(first: 2) { edges { node { __typename ...Event ... on JourneyEvent { summary } } } }
        }
      }
    }`;
  return [
    { label: 'typename', query: '{ __typename }' },
    { label: 'introspection (the API explorer)', query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }) },
    { label: 'type introspection', query: '{ __type(name: "JourneyEvent") { kind name possibleTypes { name } fields(includeDeprecated: true) { name isDeprecated } } }' },
    { label: 'timeline through node, fragments, skip and include', query: timeline, variables: { id: patient, withSummary: true }, operationName: 'Timeline' },
    { label: 'timeline, skip and include the other way', query: timeline, variables: { id: deceased, withSummary: false, skipActor: false }, operationName: 'Timeline' },
    { label: 'literal skip and include', query: `{ node(id: ${JSON.stringify(patient)}) { id @skip(if: true) ... on Patient @include(if: false) { mrn } ... on Patient { stage @include(if: true) givenName @skip(if: false) } } }` },
    { label: 'two operations, the second chosen', query: `query A { __typename } query B { node(id: ${JSON.stringify(patient)}) { id } }`, operationName: 'B' },
    { label: 'aliases and a field merged', query: `{ a: node(id: ${JSON.stringify(patient)}) { id ... on Patient { mrn } } b: node(id: ${JSON.stringify(referral)}) { __typename id } a: node(id: ${JSON.stringify(patient)}) { ... on Patient { stage } } }` },
    { label: 'malformed global ID', query: '{ node(id: "not-an-id") { id } }' },
    { label: 'well-formed ID of no record', query: `{ node(id: ${JSON.stringify(Buffer.from('Patient:999999999', 'utf8').toString('base64url'))}) { id } }` },
    { label: 'variables: wrong type', query: 'query ($n: Int) { patients(first: $n) { totalCount } }', variables: { n: 'three' } },
    { label: 'variables: missing required', query: 'query ($id: ID!) { node(id: $id) { id } }', variables: {} },
    { label: 'variables: null for non-null', query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: null } },
    { label: 'variables: bad LocalDate', query: 'query ($d: LocalDate!) { theatreSchedule(date: $d) { __typename } }', variables: { d: '2024-13-45' } },
    { label: 'variables: bad DateTime', query: 'query ($at: DateTime) { census(at: $at) { __typename } }', variables: { at: 'yesterday' } },
    { label: 'variables: unknown input field', query: 'query ($f: ReferralFilter) { referrals(filter: $f, first: 1) { totalCount } }', variables: { f: { nonsense: 1 } } },
    { label: 'variables: bad enum', query: 'query ($f: ReferralFilter) { referrals(filter: $f, first: 1) { totalCount } }', variables: { f: { statuses: ['NOPE'] } } },
    { label: 'argument out of bounds', query: '{ patients(first: 100000) { totalCount } }' },
    { label: 'mutation refused before it changes anything', query: 'mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }', variables: { input: { referralId: 'not-an-id', to: 'DECLINED' } } },
    { label: 'mutation: variables refused', query: 'mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { id } }', variables: { input: { to: 'DECLINED' } } },
  ];
}

describe('graphql-jit answers as graphql-js', () => {
  let db: TestDatabase;
  let jit: HttpApp;
  let plain: HttpApp;
  let walk: Walk;
  const clients = new Map<string, [GraphQLClient, GraphQLClient]>();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: NOW });
    walk = await buildOperations(db, { depth: DEPTH, page: PAGE, now: NOW });
    // Two servers over one database, in the production configuration (introspection guarded).
    jit = await startHttpApp(db, { production: true, executor: 'jit' });
    plain = await startHttpApp(db, { production: true, executor: 'graphql-js' });
    for (const user of DEMO_USERS) {
      clients.set(user.roles[0], [await jit.signIn(user.username, DEMO_PASSWORD), await plain.signIn(user.username, DEMO_PASSWORD)]);
    }
    clients.set('signed out', [jit.anonymous, plain.anonymous]);
  }, 180_000);

  afterAll(async () => {
    await jit?.close();
    await plain?.close();
    await db?.close();
  });

  it('serves both executors', () => {
    expect([...clients.keys()].sort()).toEqual([...Object.values(Role), 'signed out'].sort());
    expect(walk.operations.length).toBeGreaterThan(100);
  });

  async function compare(who: string, requests: readonly Request[]): Promise<void> {
    const [compiled, interpreted] = clients.get(who)!;
    const queue = [...requests];
    const differences: string[] = [];
    const work = async () => {
      for (let request = queue.shift(); request; request = queue.shift()) {
        // The compiled one first: a second read of the same records is no cheaper for it.
        const a = await send(compiled, request);
        const b = await send(interpreted, request);
        try {
          expect(a).toEqual(b);
        } catch {
          differences.push(`${request.label}\n  ${request.query}\n  jit:        ${JSON.stringify(a)}\n  graphql-js: ${JSON.stringify(b)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, work));
    // The whole of each difference, for reading: EXECUTOR_DIFF_REPORT=<file>.
    if (process.env.EXECUTOR_DIFF_REPORT) appendFileSync(process.env.EXECUTOR_DIFF_REPORT, differences.map((d) => `## ${who}: ${d}\n`).join(''));
    expect(differences).toEqual([]);
  }

  for (const who of [...Object.values(Role), 'signed out']) {
    it(`as ${who}: the web app's queries and the edge cases`, async () => {
      await compare(who, [...webQueries(walk), ...edgeCases(walk)]);
    }, 120_000);

    it(`as ${who}: every field of the schema walk`, async () => {
      await compare(
        who,
        walk.operations.map((op) => ({ label: op.root, query: op.query })),
      );
    }, Number(process.env.EXECUTOR_DIFF_TIMEOUT ?? 180_000));
  }
});
