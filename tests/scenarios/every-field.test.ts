import { addDays, hospitalDate, Role } from '@pj/shared';
import { getNamedType, isAbstractType, isNonNullType, parse, validate, type GraphQLArgument, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../packages/server/src/db/seed/demo-users.js';
import { seedDemoHospitalIfEmpty } from '../../packages/server/src/db/seed/demo-hospital.js';
import { ASSUMED_LIST_SIZE, MAX_QUERY_COST, MAX_QUERY_DEPTH, queryLimitRules } from '../../packages/server/src/graphql/limits.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { literal, splitToLimits, walker } from '../support/schema-walk.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Every field answers, or gives a typed error. Built from the schema: every root query field,
 * and under it every field down to DEPTH levels (a connection's `edges` and `node` not
 * counted), with arguments filled from the demo hospital, sent as every demo account to the
 * server in its production configuration. FORBIDDEN, NOT_FOUND and the other typed codes
 * are answers; INTERNAL_SERVER_ERROR is a bug.
 */
const DEPTH = Number(process.env.EVERY_FIELD_DEPTH ?? 3);
/** `first` of every connection: enough rows to meet a few different records. */
const PAGE = 3;
/** Requests in flight at once. */
const PARALLEL = 4;

const LIMITS = { maxDepth: MAX_QUERY_DEPTH, maxCost: MAX_QUERY_COST };

const NOW = new Date();
const TODAY = hospitalDate(NOW);

interface Failure {
  role: string;
  path: string;
  message: string;
  query: string;
}

interface Operation {
  root: string;
  query: string;
}

describe('every field answers or gives a typed error', () => {
  let db: TestDatabase;
  let app: HttpApp;
  const clients = new Map<Role, GraphQLClient>();
  let operations: Operation[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    let t = Date.now();
    const lap = (what: string) => {
      if (process.env.EVERY_FIELD_DEBUG) console.log(`${what}: ${Date.now() - t} ms`);
      t = Date.now();
    };
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: NOW });
    lap('seed');
    operations = await buildOperations(db);
    lap('build operations');
    app = await startHttpApp(db, { production: true });
    for (const user of DEMO_USERS) clients.set(user.roles[0], await app.signIn(user.username, DEMO_PASSWORD));
    lap('sign in');
    if (process.env.EVERY_FIELD_DEBUG) console.log(`${operations.length} operations per role`);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('covers every demo role', () => {
    expect([...clients.keys()].sort()).toEqual(Object.values(Role).sort());
  });

  // The reproductions of issue 12, by hand, before the walk.
  it.each([
    ['census { occupant { guardian { phones } } }'],
    ['census { stay { admission { dischargedAt lengthOfStayDays } } }'],
    ['census { admission { patient { guardian { name phones } } } occupant { mrn } }'],
    ['census { stay { admission { reason patient { guardian { phones } } } } }'],
    ['patients(first: 100) { edges { node { guardian { phones } } } }'],
  ])('answers { %s } without INTERNAL_SERVER_ERROR', async (selection) => {
    const body = await clients.get(Role.CLINICIAN)!.gql(`{ ${selection} }`);
    expect(body.errors ?? []).toEqual([]);
  });

  it('refuses a NUL character in any text input as BAD_USER_INPUT, signed in or not', async () => {
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }';
    for (const client of [app.anonymous, clients.get(Role.ANALYST)!]) {
      const variables = await client.post({ query: login, variables: { input: { username: 'ad\u0000min', password: 'x' } } });
      expect(variables.status).toBe(400);
      expect(((await variables.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CONTROL_CHARACTERS',
      });
      const literal = await client.gql('mutation { login(input: { username: "ad\\u0000min", password: "x" }) { expiresAt } }');
      expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTERS' });
    }
    const search = await clients.get(Role.CLINICIAN)!.gql('query ($s: String) { patients(search: $s) { totalCount } }', { s: 'Sok\u0000' });
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTERS' });
    // The demo accounts still sign in.
    expect((await app.signIn('analyst', DEMO_PASSWORD)).cookie).toBeTruthy();
  });

  it('in production describes the schema to signed-in users only', async () => {
    expect((await app.anonymous.post({ query: '{ __schema { queryType { name } } }' })).status).toBe(401);
    expect((await clients.get(Role.ANALYST)!.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  for (const role of Object.values(Role)) {
    it(`as ${role}: no field of any root query answers INTERNAL_SERVER_ERROR`, async () => {
      const client = clients.get(role)!;
      const failures: Failure[] = [];
      const refusedRoots = new Set<string>();
      let answered = 0;
      const queue = [...operations];
      const work = async () => {
        for (let op = queue.shift(); op; op = queue.shift()) {
          if (refusedRoots.has(op.root)) continue;
          const started = Date.now();
          const response = await client.post({ query: op.query });
          timings.push([Date.now() - started, op.query]);
          expect(response.status, op.query).toBeLessThan(500);
          const body = (await response.json()) as { data?: unknown; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
          answered++;
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code;
            // Production answers carry no stack traces.
            expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
            // Our own generator must build valid operations within the limits.
            expect(code, `${error.message}\n${op.query}`).not.toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
            expect(error.message).not.toMatch(/QUERY_TOO|nested .* levels deep|could return about/);
            if (code === 'INTERNAL_SERVER_ERROR' || !code) {
              failures.push({ role, path: (error.path ?? []).join('.'), message: error.message, query: op.query });
            } else if (code === 'FORBIDDEN' && error.path?.length === 1) {
              // The root itself is refused to this role: its other operations would only say so again.
              refusedRoots.add(op.root);
            }
          }
        }
      };
      const timings: [number, string][] = [];
      await Promise.all(Array.from({ length: PARALLEL }, work)).finally(() => {
        if (process.env.EVERY_FIELD_DEBUG) {
          timings.sort((a, b) => b[0] - a[0]);
          console.log(`${timings.length} requests, ${timings.reduce((n, t) => n + t[0], 0)} ms; slowest:\n${timings.slice(0, 15).map((t) => `${t[0]} ms ${t[1].slice(0, 300)}`).join('\n')}`);
        }
      });
      expect(answered).toBeGreaterThan(0);
      const report = failures.map((f) => `${f.path}: ${f.message}\n  ${f.query}`);
      expect([...new Set(report)]).toEqual([]);
    }, Number(process.env.EVERY_FIELD_TIMEOUT ?? 120_000));
  }
});

/** Demo values the arguments are filled from. */
interface DemoValues {
  /** Global IDs by type name (several for the patient). */
  ids: Map<string, string[]>;
  /** Of a child in a bed. */
  mrn: string;
  familyName: string;
  /** The day with the most operations. */
  busyDay: string;
}

async function demoValues(db: TestDatabase, nodeTypes: readonly string[]): Promise<DemoValues> {
  const conn = db.orm.em.getConnection();
  const metadata = db.orm.getMetadata();
  const global = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
  const ids = new Map<string, string[]>();
  for (const type of nodeTypes) {
    const meta = metadata.find(type);
    if (!meta) throw new Error(`No entity for the node type ${type}`);
    const rows = await conn.execute<{ id: string }[]>(`select id::text from "${meta.tableName}" order by id limit 1`);
    ids.set(type, rows.map((r) => global(type, r.id)));
  }
  // Patients worth a look: the longest journey, a child in a bed, one who died.
  const patients = await conn.execute<{ id: string; mrn: string; family_name: string }[]>(
    `(select p.id::text, p.mrn, p.family_name from patient p join journey_event e on e.patient_id = p.id group by p.id order by count(*) desc, p.mrn limit 1)
     union all (select p.id::text, p.mrn, p.family_name from patient p join admission a on a.patient_id = p.id and a.status = 'ADMITTED' where p.guardian is not null order by p.mrn limit 1)
     union all (select id::text, mrn, family_name from patient where stage = 'DECEASED' order by mrn limit 1)`,
  );
  ids.set('Patient', patients.map((p) => global('Patient', p.id)));
  const [busy] = await conn.execute<{ day: string }[]>(
    `select to_char(scheduled_start at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD') as day from surgery group by 1 order by count(*) desc, 1 limit 1`,
  );
  // Searches look for the child in a bed (a guardian, contact details, an admission).
  return { ids, mrn: patients[1].mrn, familyName: patients[1].family_name, busyDay: busy.day };
}

/** The Node types an ID argument may name: by the argument's (or for `id`, the field's) name. */
function idTypes(arg: GraphQLArgument, field: GraphQLField<unknown, unknown>, nodeTypes: readonly string[]): string[] {
  const stem = (arg.name === 'id' ? field.name : arg.name.replace(/Ids?$/, '')).toLowerCase();
  const named = nodeTypes.filter((t) => t.toLowerCase().startsWith(stem));
  return named.length > 0 ? named : [...nodeTypes];
}

async function buildOperations(db: TestDatabase): Promise<Operation[]> {
  const schema = await createSchema();
  const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).map((t) => t.name).sort();
  const demo = await demoValues(db, nodeTypes);
  const query = schema.getQueryType()!;

  const scalar = (day: string) => (scalarName: string, name: string): string | undefined => {
    switch (scalarName) {
      case 'ID': {
        const type = nodeTypes.find((t) => t.toLowerCase().startsWith(name.replace(/Ids?$/, '').toLowerCase()));
        return JSON.stringify(demo.ids.get(type ?? 'Patient')![0]);
      }
      case 'Int': return name === 'first' ? String(PAGE) : '1';
      case 'Float': return '1.5';
      case 'Boolean': return 'true';
      case 'DateTime': return JSON.stringify(NOW.toISOString());
      case 'LocalDate': return JSON.stringify(name === 'from' || name.endsWith('From') ? addDays(day, -365) : day);
      case 'String': return JSON.stringify(name === 'mrn' ? demo.mrn : name === 'after' || name === 'before' ? '' : demo.familyName);
      default: return undefined;
    }
  };

  const operations: Operation[] = [];
  const unreachable: string[] = [];
  for (const root of Object.values(query.getFields())) {
    const idArg = root.args.find((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'ID');
    const dated = root.args.some((a) => isNonNullType(a.type) && getNamedType(a.type).name === 'LocalDate');
    // One variant per ID the root may be asked for (each node type for `node`), and per day.
    const variants: { id?: string; type?: string; day: string }[] = [];
    const days = dated ? [...new Set([TODAY, demo.busyDay])] : [TODAY];
    for (const day of days) {
      if (!idArg) variants.push({ day });
      else {
        // Every ID of its type; for a field that takes any type (`node`), the first of each.
        const types = idTypes(idArg, root, nodeTypes);
        for (const type of types) for (const id of (demo.ids.get(type) ?? []).slice(0, types.length > 1 ? 1 : undefined)) variants.push({ id, type, day });
      }
    }
    for (const variant of variants) {
      const argumentValues = (arg: GraphQLArgument, field: GraphQLField<unknown, unknown>) => {
        if (arg === idArg && field === root && variant.id) return JSON.stringify(variant.id);
        if (arg.name === 'first') return String(PAGE);
        if (!isNonNullType(arg.type)) return undefined;
        return literal(arg.type, scalar(variant.day), arg.name);
      };
      const walk = walker(schema, { depth: DEPTH, assumedListSize: ASSUMED_LIST_SIZE, argumentValues });
      const sel = walk.field(query, root);
      if (!sel) throw new Error(`Could not fill the arguments of Query.${root.name}`);
      // An abstract result asked for by one type's ID: only that type's fields.
      const named = getNamedType(root.type);
      if (variant.type && isAbstractType(named) && sel.children) {
        sel.children = sel.children.filter((c) => !c.onType || c.onType === variant.type);
      }
      const split = splitToLimits(sel, LIMITS);
      for (const text of split.operations) operations.push({ root: root.name, query: text });
      unreachable.push(...split.unreachable);

      // Once more with every optional argument filled as well (filters, sort orders), a level deep.
      // Paging is `first` alone (with `last` as well it is refused; cursors are the paging tests').
      const paging = ['after', 'last', 'before'];
      const filled = (arg: GraphQLArgument) =>
        arg === idArg && variant.id ? JSON.stringify(variant.id) : paging.includes(arg.name) ? undefined : literal(arg.type, scalar(variant.day), arg.name, true);
      const shallow = walker(schema, { depth: 1, assumedListSize: ASSUMED_LIST_SIZE, argumentValues: filled }).field(query, root);
      if (shallow && root.args.some((a) => !isNonNullType(a.type) && ![...paging, 'first'].includes(a.name))) {
        for (const text of splitToLimits(shallow, LIMITS).operations) operations.push({ root: root.name, query: text });
      }
    }
  }
  // The estimate above is the server's (graphql/limits.ts); every operation must pass its rules.
  for (const op of operations) {
    const refused = validate(schema, parse(op.query), queryLimitRules);
    if (refused.length > 0) throw new Error(`${refused[0].message}: ${op.query}`);
  }
  if (process.env.EVERY_FIELD_DEBUG) {
    const byRoot = new Map<string, number>();
    for (const op of operations) byRoot.set(op.root, (byRoot.get(op.root) ?? 0) + 1);
    console.log([...byRoot].map(([root, n]) => `${root} ${n}`).join(', '));
  }
  if (process.env.EVERY_FIELD_DEBUG) console.log(`${unreachable.length} selections over the limits on their own:\n${unreachable.join('\n')}`);
  return operations;
}
