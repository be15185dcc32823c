import { Permission, ROLE_PERMISSIONS, Role } from '@pj/shared';
import {
  buildSchema as parseSdl,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { testClock } from '../support/factories.js';
import { startHttpApp, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { CLINICAL_MARK, seedPrivacyPatients, type SeededPrivacy } from '../support/privacy-seed.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Privacy without gaps: a role that may not open patient records (no READ_PATIENTS) walks
 * every root field of the schema — every list, with every selectable field to a few levels —
 * and every worklist filter, including a text search for a real patient's name and MRN. The
 * whole answer (data, error messages, cursors decoded) must hold none of the seeded patients'
 * names (Latin and Khmer), MRNs, phones, guardian or free clinical text. The same walk as a
 * clinician must find them, which shows that the walk reaches the data.
 */
const schema = parseSdl(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

/** A selection tree: field name → arguments and sub-selection (null for a leaf). */
interface Node {
  args: string;
  children: Tree | null;
}
type Tree = Map<string, Node>;

/** Fields that need arguments to answer; given what the seed holds. */
function argumentsFor(field: GraphQLField<unknown, unknown>, seed: SeededPrivacy, root: boolean): string | null {
  const args: string[] = [];
  for (const arg of field.args) {
    const required = isNonNullType(arg.type);
    const type = getNamedType(arg.type).name;
    if (arg.name === 'first') args.push('first: 5');
    else if (!required) continue;
    else if (!root) return null;
    else if (arg.defaultValue !== undefined) continue;
    else if (arg.name === 'from') args.push(type === 'DateTime' ? `from: "${seed.day}T00:00:00.000Z"` : 'from: "2026-01-01"');
    else if (arg.name === 'to') args.push('to: "2026-12-31"');
    else if (type === 'LocalDate') args.push(`${arg.name}: "${seed.day}"`);
    else if (arg.name === 'mrn') args.push(`mrn: "${seed.mrns[0]}"`);
    else if (type === 'ID' && /staff/i.test(field.name + arg.name)) args.push(`${arg.name}: "${seed.staffId}"`);
    else if (type === 'ID' && /mission/i.test(field.name + arg.name)) args.push(`${arg.name}: "${seed.missionId}"`);
    else if (type === 'ID' && /^theatreIds?$/.test(arg.name)) args.push(`${arg.name}: "${toGlobalId('Theatre', THEATRE_KEYS['OT 1'])}"`);
    else if (type === 'Int' && /minutes$/i.test(arg.name)) args.push(`${arg.name}: 60`);
    else if (type === 'ID') args.push(`${arg.name}: "${seed.patientGlobalIds[0]}"`);
    else if (arg.name === 'month') args.push(`month: "${seed.day.slice(0, 7)}"`);
    else if (type === 'String') args.push(`${arg.name}: "${seed.familyNames[0]}"`);
    // The indicators: the whole year, every indicator (the drill-down, surgical volume's cases).
    else if (type === 'IndicatorQueryInput') args.push('input: { from: "2026-01-01", to: "2026-12-31" }');
    else if (type === 'IndicatorCasesInput') args.push('input: { key: SURGICAL_VOLUME, from: "2026-01-01", to: "2026-12-31" }');
    else return null;
  }
  return args.length ? `(${args.join(', ')})` : '';
}

/** Every field of `type` to `depth` levels (a patient's own fields only at one level). */
function treeOf(type: GraphQLObjectType, depth: number, seed: SeededPrivacy, patientDepth = 1): Tree {
  const tree: Tree = new Map();
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    const args = argumentsFor(field, seed, false);
    if (args === null) continue;
    if (isLeafType(named)) tree.set(field.name, { args, children: null });
    else if (isAbstractType(named)) tree.set(field.name, { args, children: new Map([['__typename', { args: '', children: null }]]) });
    else if (isObjectType(named) && depth > 0) {
      const children = treeOf(named, named.name === 'Patient' ? patientDepth : depth - 1, seed, patientDepth);
      if (children.size) tree.set(field.name, { args, children });
    }
  }
  return tree;
}

const render = (tree: Tree): string =>
  [...tree].map(([name, node]) => `${name}${node.args}${node.children ? ` { ${render(node.children)} }` : ''}`).join(' ');

/** Removes the field at an answer's path (list indexes dropped) from the tree. */
function prune(tree: Tree, path: readonly (string | number)[]): boolean {
  const names = path.filter((p): p is string => typeof p === 'string');
  let at: Tree | null = tree;
  for (const name of names.slice(0, -1)) at = at?.get(name)?.children ?? null;
  return at?.delete(names[names.length - 1]) ?? false;
}

/** The answer as text, with every cursor decoded next to it. */
function readable(body: GraphQLBody<unknown>): string {
  const cursors: string[] = [];
  const json = JSON.stringify(body, (key, value: unknown) => {
    if (typeof value === 'string' && /cursor$/i.test(key)) cursors.push(Buffer.from(value, 'base64url').toString('utf8'));
    return value;
  });
  return `${json}\n${cursors.join('\n')}`;
}

interface Walk {
  text: string;
  codes: Set<string>;
  bodies: GraphQLBody<Record<string, unknown>>[];
}

/**
 * Asks `rootField` with everything selectable under it; each field that answers with an
 * error is taken out and the query asked again, so what the role may see is all read.
 */
async function walk(client: GraphQLClient, rootField: GraphQLField<unknown, unknown>, seed: SeededPrivacy, rootArgs?: string): Promise<Walk> {
  const out: Walk = { text: '', codes: new Set(), bodies: [] };
  const named = getNamedType(rootField.type);
  const args = rootArgs ?? argumentsFor(rootField, seed, true);
  if (args === null) throw new Error(`no arguments for ${rootField.name}`);
  // Deepest first; then one level with a patient's own fields only, then the records' own
  // fields (every bed of the census, or every operation of a day with its team, checklist and
  // complications, is more than the cost limit allows when lists count by their real bounds).
  const attempts = [4, 3, 2, 1].map((depth) => ({ depth, patientDepth: 1 })).concat({ depth: 1, patientDepth: 0 }, { depth: 0, patientDepth: 0 });
  for (const { depth, patientDepth } of attempts) {
    const tree: Tree = new Map([[rootField.name, { args, children: isObjectType(named) ? treeOf(named, depth, seed, patientDepth) : isAbstractType(named) ? new Map([['__typename', { args: '', children: null }]]) : null }]]);
    let tooCostly = false;
    for (let attempt = 0; attempt < 40; attempt++) {
      const body = await client.gql(`{ ${render(tree)} }`);
      out.bodies.push(body);
      out.text += readable(body);
      for (const error of body.errors ?? []) out.codes.add(String(error.extensions?.code));
      const errors = body.errors ?? [];
      if (errors.some((e) => e.extensions?.reason === 'QUERY_TOO_COSTLY' || e.extensions?.reason === 'QUERY_TOO_DEEP')) {
        tooCostly = true;
        break;
      }
      const pruned = errors.filter((e) => e.path && e.path.length > 1 && prune(tree, e.path));
      if (pruned.length === 0) break;
    }
    if (!tooCostly) return out;
  }
  throw new Error(`${rootField.name} is too costly to walk even one level deep`);
}

/** Every filter of the worklist, one at a time, and searches for the seeded patients by name and MRN. */
function worklistFilters(seed: SeededPrivacy): string[] {
  const filterType = schema.getType('ReferralFilter');
  if (!isInputObjectType(filterType)) throw new Error('ReferralFilter is not an input type');
  const filters = Object.values(filterType.getFields()).flatMap(({ name, type: fieldType }): string[] => {
    const type = getNamedType(fieldType) as { name: string; getValues?: () => { name: string }[] };
    if (name === 'text') return [...seed.familyNames, ...seed.khmerNames, ...seed.mrns, seed.mrns[0].slice(0, 6), CLINICAL_MARK, 'Groin swelling'].map((t) => `text: ${JSON.stringify(t)}`);
    if (type.getValues) return [`${name}: [${type.getValues().map((v) => v.name).join(', ')}]`];
    if (type.name === 'Boolean') return [`${name}: true`, `${name}: false`];
    if (type.name === 'LocalDate') return [`${name}: "${seed.day}"`];
    if (name === 'assigneeIds') return [];
    if (type.name === 'String') return [`${name}: "Spring hernia mission"`];
    return [];
  });
  const orders = ['RECEIVED_AT', 'DUE_DATE', 'PRIORITY'].map((field) => `orderBy: { field: ${field}, direction: ASC }`);
  return [...filters.map((f) => `(first: 5, filter: { ${f} })`), ...orders.map((o) => `(first: 5, ${o})`)];
}

const ROLES = Object.values(Role);
const mayOpenRecords = (role: Role) => ROLE_PERMISSIONS[role].includes(Permission.READ_PATIENTS);

describe('privacy without gaps: what each role can learn from lists, filters, cursors and errors', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let seed: SeededPrivacy;
  const clients = new Map<Role, GraphQLClient>();
  const queryFields = Object.values(schema.getQueryType()!.getFields());

  beforeAll(async () => {
    db = await createTestDatabase();
    const clock = testClock();
    seed = await seedPrivacyPatients(db.orm, clock);
    api = await startHttpApp(db, { clock });
    for (const role of ROLES) clients.set(role, await api.userWithRoles([role]));
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  function leaksIn(text: string): string[] {
    return [...seed.identifying, CLINICAL_MARK].filter((needle) => text.includes(needle));
  }

  it.each(ROLES)('as %s: every root field, walked to every field it may see', async (role) => {
    const client = clients.get(role)!;
    let text = '';
    const answered: string[] = [];
    const skipped: string[] = [];
    for (const field of queryFields) {
      if (argumentsFor(field, seed, true) === null) {
        skipped.push(field.name);
        continue;
      }
      // (Fields that fail for other reasons are taken out of the walk like forbidden ones;
      // that every field answers is the schema walk's concern, not this test's.)
      const result = await walk(client, field, seed);
      text += result.text;
      if (result.bodies.some((b) => b.data && b.data[field.name] != null)) answered.push(field.name);
    }
    // Only fields that need a whole input object (answered from what the caller typed, not from a list).
    expect(skipped).toEqual(['possibleDuplicates']);
    // The walk reached the lists (not just FORBIDDEN at the root).
    expect(answered).toEqual(expect.arrayContaining(['referrals', 'census', 'inpatients', 'theatreSchedule', 'theatreBoard', 'followUps', 'missions', 'mission', 'staffMembers', 'referralStats']));
    // The indicators, for the roles that read reports; their drill-down only with READ_PATIENTS.
    if (role === Role.ANALYST || role === Role.DIRECTOR) expect(answered).toEqual(expect.arrayContaining(['indicators', 'indicatorCsv', 'indicatorDefinitions', 'dhis2DataValueSet']));
    expect(answered.includes('indicatorCases')).toBe(role === Role.DIRECTOR);
    if (mayOpenRecords(role)) {
      // The same walk finds the patients and their clinical text when the role may see them.
      expect(leaksIn(text)).toEqual(expect.arrayContaining(['Quonsett', 'Vantrisko', 'គួនសិត', seed.mrns[0], CLINICAL_MARK]));
    } else {
      expect(leaksIn(text)).toEqual([]);
    }
  }, 300_000);

  it.each(ROLES)('as %s: every worklist filter and order, a search for a patient\'s name or MRN included', async (role) => {
    const client = clients.get(role)!;
    const referrals = schema.getQueryType()!.getFields().referrals;
    let text = '';
    for (const args of worklistFilters(seed)) {
      const result = await walk(client, referrals, seed, args);
      text += result.text;
      const last = result.bodies[result.bodies.length - 1].data?.referrals as { totalCount?: number } | undefined;
      expect(last, `${role} referrals${args}`).toBeDefined();
      // A role that may not open records cannot even learn that a name or MRN is on the list.
      if (!mayOpenRecords(role) && /text: "(Quonsett|Vantrisko|គួនសិត|យុលម៉ារ៉ា|\d{6}|qz~|Groin)/.test(args)) {
        expect(last!.totalCount, `${role} referrals${args}`).toBe(0);
      }
    }
    if (mayOpenRecords(role)) expect(leaksIn(text)).toEqual(expect.arrayContaining(['Quonsett', seed.mrns[0], CLINICAL_MARK]));
    else expect(leaksIn(text)).toEqual([]);
  }, 300_000);

  it('keeps cursors free of personal data: every cursor of every list decodes to ids, ranks and dates only', async () => {
    const clinician = clients.get(Role.CLINICIAN)!;
    const lists = [
      `{ patients(first: 1) { edges { cursor } pageInfo { endCursor } } }`,
      `{ patients(search: "${seed.familyNames[0]}", first: 1) { edges { cursor } pageInfo { endCursor } } }`,
      `{ patients(search: "${seed.mrns[0]}", first: 1) { edges { cursor } pageInfo { endCursor } } }`,
      `{ referrals(first: 2) { edges { cursor } pageInfo { endCursor } } }`,
      `{ referrals(first: 2, filter: { text: "${seed.familyNames[0]}" }) { edges { cursor } pageInfo { endCursor } } }`,
      `{ followUps(first: 2, date: "2026-12-31") { edges { cursor } pageInfo { endCursor } } }`,
      `{ missions(first: 2) { edges { cursor } pageInfo { endCursor } } }`,
      `{ patient(id: "${seed.patientGlobalIds[0]}") { journey(first: 2) { edges { cursor } pageInfo { endCursor } } } }`,
    ];
    let decoded = 0;
    for (const query of lists) {
      const body = await clinician.gql(query);
      expect(body.errors, query).toBeUndefined();
      const cursors: string[] = [];
      JSON.stringify(body, (key, value: unknown) => {
        if (typeof value === 'string' && /cursor$/i.test(key)) cursors.push(value);
        return value;
      });
      expect(cursors.length, query).toBeGreaterThan(0);
      for (const cursor of cursors) {
        const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
        for (const value of values) {
          expect(String(value), query).toMatch(/^([0-9a-f]{8}-[0-9a-f-]{27}|-?\d+(\.\d+)?|\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?)$/);
        }
        expect(leaksIn(Buffer.from(cursor, 'base64url').toString('utf8')), query).toEqual([]);
        decoded++;
      }
    }
    expect(decoded).toBeGreaterThan(10);
    // The list by name still pages: the cursor names the last patient by id only.
    const first = await clinician.gql<{ patients: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } }>(`{ patients(first: 1) { edges { node { id } } pageInfo { endCursor } } }`);
    const next = await clinician.gql<{ patients: { edges: { node: { id: string } }[] } }>(`query ($after: String) { patients(first: 1, after: $after) { edges { node { id } } } }`, { after: first.data!.patients.pageInfo.endCursor });
    expect(next.data!.patients.edges[0].node.id).not.toBe(first.data!.patients.edges[0].node.id);
  }, 120_000);
});
