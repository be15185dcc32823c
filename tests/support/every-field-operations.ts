import { addDays, hospitalDate } from '@pj/shared';
import { getNamedType, isAbstractType, isNonNullType, parse, validate, type GraphQLArgument, type GraphQLField, type GraphQLSchema } from 'graphql';
import { ASSUMED_LIST_SIZE, MAX_QUERY_COST, MAX_QUERY_DEPTH, queryLimitRules } from '../../packages/server/src/graphql/limits.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { literal, splitToLimits, walker } from './schema-walk.js';
import type { TestDatabase } from './test-database.js';

/**
 * The schema walk's operations (tests/scenarios/every-field.test.ts): every root query field,
 * and under it every field down to `depth` levels, with arguments filled from the demo hospital.
 */

const LIMITS = { maxDepth: MAX_QUERY_DEPTH, maxCost: MAX_QUERY_COST };

export interface Operation {
  root: string;
  query: string;
}

export interface WalkOptions {
  /** Levels under each root field (a connection's `edges` and `node` not counted). */
  depth: number;
  /** `first` of every connection. */
  page: number;
  /** The moment the demo hospital was seeded at: DateTime and LocalDate arguments are filled from it. */
  now: Date;
  debug?: boolean;
}

export interface Walk {
  schema: GraphQLSchema;
  operations: Operation[];
  demo: DemoValues;
  /** An argument's value as a GraphQL literal, from the demo hospital (`day` for LocalDate ones). */
  scalar: (day: string) => (scalarName: string, name: string) => string | undefined;
}

/** Demo values the arguments are filled from. */
export interface DemoValues {
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

export async function buildOperations(db: TestDatabase, { depth, page, now, debug = false }: WalkOptions): Promise<Walk> {
  const schema = await createSchema();
  const today = hospitalDate(now);
  const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).map((t) => t.name).sort();
  const demo = await demoValues(db, nodeTypes);
  const query = schema.getQueryType()!;

  const scalar = (day: string) => (scalarName: string, name: string): string | undefined => {
    switch (scalarName) {
      case 'ID': {
        const type = nodeTypes.find((t) => t.toLowerCase().startsWith(name.replace(/Ids?$/, '').toLowerCase()));
        return JSON.stringify(demo.ids.get(type ?? 'Patient')![0]);
      }
      case 'Int': return name === 'first' ? String(page) : '1';
      case 'Float': return '1.5';
      case 'Boolean': return 'true';
      case 'DateTime': return JSON.stringify(now.toISOString());
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
    const days = dated ? [...new Set([today, demo.busyDay])] : [today];
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
        if (arg.name === 'first') return String(page);
        if (!isNonNullType(arg.type)) return undefined;
        return literal(arg.type, scalar(variant.day), arg.name);
      };
      const walk = walker(schema, { depth, assumedListSize: ASSUMED_LIST_SIZE, argumentValues });
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
  if (debug) {
    const byRoot = new Map<string, number>();
    for (const op of operations) byRoot.set(op.root, (byRoot.get(op.root) ?? 0) + 1);
    console.log([...byRoot].map(([root, n]) => `${root} ${n}`).join(', '));
  }
  if (debug) console.log(`${unreachable.length} selections over the limits on their own:\n${unreachable.join('\n')}`);
  return { schema, operations, demo, scalar };
}
