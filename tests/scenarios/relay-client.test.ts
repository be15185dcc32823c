import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import { buildSchema, getNamedType, isLeafType, isObjectType, parse, print, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHospital } from '../../packages/server/src/db/seed/demo-hospital.js';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * A Relay app compiled against the committed schema (`schema/schema.graphql`) with the Relay
 * compiler (relay-compiler, its Linux binary): `@connection` on the patient list, the worklist
 * and the timeline, paged both ways, and a `@refetchable` fragment on every `Node` type
 * (generated here from the schema). The compiler must accept them all; the operations it
 * writes (`params.text` of its artifacts) are then sent to the server in its production
 * configuration, over HTTP, as a user who may read everything: no errors, and no null where a
 * record exists.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCHEMA = join(root, 'schema', 'schema.graphql');
const DOCUMENTS = join(root, 'tests', 'relay', 'documents');
const require = createRequire(import.meta.url);


type Json = Record<string, unknown>;
interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } | null }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** `fragment NodeRefetch<T>_node on T @refetchable { id, every scalar field without arguments }`, one module per type. */
function nodeFragments(nodeTypes: readonly GraphQLObjectType[]): Map<string, string> {
  const modules = new Map<string, string>();
  for (const type of nodeTypes) {
    const scalars = Object.values(type.getFields())
      .filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)))
      .map((field) => field.name);
    modules.set(
      `NodeRefetch${type.name}`,
      `fragment NodeRefetch${type.name}_node on ${type.name} @refetchable(queryName: "NodeRefetch${type.name}Query") { ${scalars.join(' ')} }`,
    );
  }
  return modules;
}

/** Compiles the documents with the Relay compiler; the operations it wrote, by name. */
function compile(modules: Map<string, string>): { operations: Map<string, string>; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'relay-app-'));
  try {
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, '__generated__'));
    for (const [module, text] of modules) {
      // Relay reads `graphql` tagged templates, one definition each, named after the module.
      const definitions = parse(text).definitions.map((definition) => `graphql\`${print(definition)}\`;`);
      writeFileSync(join(dir, 'src', `${module}.js`), `${definitions.join('\n')}\n`);
    }
    writeFileSync(
      join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: SCHEMA, language: 'javascript', artifactDirectory: './__generated__' }),
    );
    const binary = join(dirname(require.resolve('relay-compiler/package.json')), `${process.platform}-${process.arch}`, 'relay');
    const output = execFileSync(binary, [], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    const operations = new Map<string, string>();
    for (const file of readdirSync(join(dir, '__generated__'))) {
      // An operation's artifact ends with its `params`: `"name": "…"`, `"operationKind": "…"`, `"text": "…"`
      // (read from the file, since a fragment's artifact requires its query's).
      const source = readFileSync(join(dir, '__generated__', file), 'utf8');
      const params = /"name": ("[^"]*"),\s*"operationKind": "[a-z]+",\s*"text": ("(?:[^"\\]|\\.)*")/.exec(source);
      if (params) operations.set(JSON.parse(params[1]) as string, JSON.parse(params[2]) as string);
    }
    return { operations, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a Relay app compiled against the schema runs against the production server', () => {
  let db: TestDatabase;
  let app: HttpApp;
  let reader: GraphQLClient;
  let operations: Map<string, string>;
  let nodeTypes: GraphQLObjectType[];

  const run = async (name: string, variables: Json): Promise<Json> => {
    const text = operations.get(name);
    if (!text) throw new Error(`The compiler wrote no operation ${name}`);
    const body = await reader.gql<Json>(text, variables);
    expect(body.errors, `${name} ${JSON.stringify(variables)}`).toBeUndefined();
    return body.data!;
  };
  const ids = (page: Page) => page.edges.map((edge) => edge.node?.id);

  /** First page, the next, then back from the second: the first again (and no null nodes). */
  async function pagesBothWays(name: string, pagination: string, variables: Json, at: (data: Json) => Page) {
    const first = at(await run(name, { ...variables, count: 3 }));
    expect(first.edges.length).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(ids(first)).not.toContain(undefined);
    const second = at(await run(pagination, { ...variables, count: 3, cursor: first.pageInfo.endCursor }));
    expect(second.edges.length).toBeGreaterThan(0);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    // Relay's loadPrevious: the forward variables null, `last` and `before` set.
    const back = at(await run(pagination, { ...variables, count: null, cursor: null, last: 3, before: second.pageInfo.startCursor }));
    expect(ids(back)).toEqual(ids(first));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
    expect(back.pageInfo.hasNextPage).toBe(true);
    expect(back.totalCount).toBe(first.totalCount);
  }

  beforeAll(async () => {
    const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
    nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).filter(isObjectType);
    const modules = new Map<string, string>();
    for (const file of readdirSync(DOCUMENTS).filter((f) => f.endsWith('.graphql'))) {
      modules.set(file.replace(/\.graphql$/, ''), readFileSync(join(DOCUMENTS, file), 'utf8'));
    }
    for (const [module, text] of nodeFragments(nodeTypes)) modules.set(module, text);
    ({ operations } = compile(modules));

    db = await createTestDatabase();
    await seedDemoHospital(db.orm.em.fork(), { now: new Date() });
    app = await startHttpApp(db, { production: true });
    reader = await app.userWithRoles(Object.values(Role));
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('compiles: a refetch query for every Node type and a pagination query for each list', () => {
    for (const type of nodeTypes) expect(operations.has(`NodeRefetch${type.name}Query`), type.name).toBe(true);
    for (const name of ['PatientListQuery', 'PatientListPaginationQuery', 'WorklistQuery', 'WorklistPaginationQuery', 'PatientTimelineQuery', 'PatientTimelinePaginationQuery']) {
      expect(operations.has(name), name).toBe(true);
    }
    // Paged both ways: the pagination queries take `last` and `before`.
    expect(operations.get('PatientTimelinePaginationQuery')).toMatch(/journey\(first: \$count, after: \$cursor, last: \$last, before: \$before\)/);
  });

  it('pages the patient list both ways', async () => {
    await pagesBothWays('PatientListQuery', 'PatientListPaginationQuery', {}, (data) => data.patients as Page);
  });

  it('pages the worklist both ways', async () => {
    await pagesBothWays('WorklistQuery', 'WorklistPaginationQuery', {}, (data) => data.referrals as Page);
  });

  it('pages a timeline both ways, refetching the patient through node(id:)', async () => {
    const [longest] = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select patient_id as id from journey_event group by patient_id order by count(*) desc, patient_id limit 1');
    const id = toGlobalId('Patient', longest.id);
    const first = (await run('PatientTimelineQuery', { id, count: 3 })).patient as Json;
    expect(first.id).toBe(id);
    await pagesBothWays('PatientTimelineQuery', 'PatientTimelinePaginationQuery', { id }, (data) =>
      ((data.patient ?? data.node) as { journey: Page }).journey,
    );
  });

  it('refetches a record of every Node type through its refetch query', async () => {
    const metadata = db.orm.getMetadata();
    const checked: string[] = [];
    const nulls: string[] = [];
    for (const type of nodeTypes) {
      const meta = metadata.find(type.name);
      expect(meta, `an entity for the Node type ${type.name}`).toBeDefined();
      const rows = await db.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(`select "${meta!.primaryKeys[0]}"::text as id from "${meta!.tableName}" order by 1 limit 1`);
      if (rows.length === 0) continue;
      const id = toGlobalId(type.name, rows[0].id);
      const data = await run(`NodeRefetch${type.name}Query`, { id });
      const node = data.node as Json | null;
      if (node === null) nulls.push(type.name);
      else {
        expect(node.id).toBe(id);
        expect(node.__typename).toBe(type.name);
        checked.push(type.name);
      }
    }
    expect(nulls, 'Node types refetched as null').toEqual([]);
    expect(checked.length).toBeGreaterThan(10);
  });
});
