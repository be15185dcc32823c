import fc from 'fast-check';
import { isObjectType, parse, validate, type GraphQLArgument, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../packages/server/src/db/seed/demo-users.js';
import { seedDemoHospitalIfEmpty } from '../../packages/server/src/db/seed/demo-hospital.js';
import { ASSUMED_LIST_SIZE, MAX_QUERY_COST, MAX_QUERY_DEPTH, queryLimitRules } from '../../packages/server/src/graphql/limits.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { costOf, depthOf, render, walker, type Sel } from '../support/schema-walk.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The list read paths (one statement each, with the records the request selects read along:
 * the timeline, the referral worklist, the census, the theatre schedule and board, patient
 * search) against a read of each record on its own: random selections (fast-check) through
 * each path, and every record in the answer read again with the same selection through
 * `node(id:)`, which loads it by key and each related record through the request's loaders.
 * The two must be equal, field for field. (That a lean read holds what the ORM reads is
 * persistence/lean-oracle.int.test.ts.)
 */
const RUNS = Number(process.env.READ_PATHS_RUNS ?? 6);
/** Levels of objects selected under each record of a read path. */
const DEPTH = 2;
/** Requests in flight at once when each field is read alone. */
const PARALLEL = 8;
/** Records compared per answer, so one run stays one request or two. */
const RECORDS_PER_RUN = 30;

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

interface ReadPath {
  name: string;
  /** The operation around the record selection: `{ census { admission { … } } }`. */
  wrap: (records: string) => string;
  /** The type of the records the path reads. */
  type: string;
  /** Where the records are in the answer. */
  at: string[];
}

describe('optimised read paths answer as a plain read of the same rows', () => {
  let db: TestDatabase;
  let app: HttpApp;
  let client: GraphQLClient;
  let schema: GraphQLSchema;
  let nodeTypes: Set<string>;
  let paths: ReadPath[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const now = new Date();
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now });
    schema = await createSchema();
    nodeTypes = new Set(schema.getPossibleTypes(schema.getType('Node') as never).map((t) => t.name));
    const conn = db.orm.em.getConnection();
    const [busy] = await conn.execute<{ day: string }[]>(
      `select to_char(scheduled_start at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD') as day from surgery group by 1 order by count(*) desc, 1 limit 1`,
    );
    const [longest] = await conn.execute<{ id: string }[]>(
      `select p.id::text from patient p join journey_event e on e.patient_id = p.id group by p.id order by count(*) desc, p.mrn limit 1`,
    );
    const [child] = await conn.execute<{ family_name: string }[]>(
      `select p.family_name from patient p join admission a on a.patient_id = p.id and a.status = 'ADMITTED' where p.guardian is not null order by p.mrn limit 1`,
    );
    const patientId = Buffer.from(`Patient:${longest.id}`).toString('base64url');
    paths = [
      { name: 'census (bed)', type: 'Bed', at: ['census', 'bed'], wrap: (s) => `{ census { bed { ${s} } } }` },
      { name: 'census (stay)', type: 'BedStay', at: ['census', 'stay'], wrap: (s) => `{ census { stay { ${s} } } }` },
      { name: 'census (admission)', type: 'Admission', at: ['census', 'admission'], wrap: (s) => `{ census { admission { ${s} } } }` },
      { name: 'census (occupant)', type: 'Patient', at: ['census', 'occupant'], wrap: (s) => `{ census { occupant { ${s} } } }` },
      { name: 'referral worklist', type: 'Referral', at: ['referrals', 'edges', 'node'], wrap: (s) => `{ referrals(first: 10) { edges { node { ${s} } } } }` },
      { name: 'overdue referrals', type: 'Referral', at: ['referrals', 'edges', 'node'], wrap: (s) => `{ referrals(first: 10, filter: { overdue: true }, orderBy: { field: DUE_DATE, direction: ASC }) { edges { node { ${s} } } } }` },
      { name: 'theatre schedule', type: 'Surgery', at: ['theatreSchedule'], wrap: (s) => `{ theatreSchedule(date: "${busy.day}") { ${s} } }` },
      { name: 'theatre board', type: 'Surgery', at: ['theatreBoard', 'surgeries'], wrap: (s) => `{ theatreBoard(date: "${busy.day}") { surgeries { ${s} } } }` },
      { name: 'patient search', type: 'Patient', at: ['patients', 'edges', 'node'], wrap: (s) => `{ patients(search: ${JSON.stringify(child.family_name)}, first: 10) { edges { node { ${s} } } } }` },
      { name: 'patient list', type: 'Patient', at: ['patients', 'edges', 'node'], wrap: (s) => `{ patients(first: 10) { edges { node { ${s} } } } }` },
      { name: 'timeline', type: 'JourneyEvent', at: ['patient', 'journey', 'edges', 'node'], wrap: (s) => `{ patient(id: "${patientId}") { journey(first: 25) { edges { node { ${s} } } } } }` },
    ];
    app = await startHttpApp(db, { production: true });
    client = await app.signIn('clinician', DEMO_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  /** Every field of a type, DEPTH levels of objects deep, `first: 3` on connections. */
  const fullSelection = (typeName: string, depth = DEPTH): Sel[] => {
    const argumentValues = (arg: GraphQLArgument) => (arg.name === 'first' ? '3' : undefined);
    return walker(schema, { depth, assumedListSize: ASSUMED_LIST_SIZE, argumentValues }).selectionOf(schema.getType(typeName)!, depth);
  };

  /** A random part of a selection; `__typename` and `id` always, so records can be found again. */
  const part = (sels: readonly Sel[]): fc.Arbitrary<Sel[]> => {
    const kept = sels.filter((s) => s.name === '__typename' || s.name === 'id');
    const optional = sels.filter((s) => s.name !== '__typename' && s.name !== 'id');
    return fc.subarray(optional, { minLength: Math.min(1, optional.length), maxLength: Math.min(12, optional.length) }).chain((chosen) =>
      fc.tuple(...chosen.map((s) => (s.children ? part(s.children).map((children) => ({ ...s, children })) : fc.constant(s)))).map((picked) => [...kept, ...picked]),
    );
  };

  /** The records (objects of a Node type with an id) in an answer, with the selection each was answered for. */
  const records = (value: Json | undefined, sels: readonly Sel[], out: { type: string; id: string; sels: Sel[]; value: Json }[]) => {
    if (Array.isArray(value)) {
      for (const item of value) records(item, sels, out);
      return out;
    }
    if (!value || typeof value !== 'object') return out;
    const type = value.__typename;
    if (typeof type === 'string' && nodeTypes.has(type) && typeof value.id === 'string') {
      out.push({ type, id: value.id, sels: sels.filter((s) => !s.onType || s.onType === type), value });
    }
    for (const s of sels) if (s.children && (!s.onType || s.onType === value.__typename)) records(value[s.key], s.children, out);
    return out;
  };

  /**
   * An answer without what differs between two reads of the same rows: a timeline's
   * `liveCursor` holds the database snapshot it was read in (the transactions in progress then).
   */
  const unsnapshotted = (value: Json | undefined): Json | undefined => {
    if (Array.isArray(value)) return value.map((item) => unsnapshotted(item) as Json);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'liveCursor' && v !== null ? '(snapshot)' : (unsnapshotted(v) as Json)]));
  };

  const accepted = (query: string) => validate(schema, parse(query), queryLimitRules).length === 0;

  it('has a plain read for every kind of record the paths return', () => {
    for (const path of paths) expect(schema.getType(path.type), path.name).toBeTruthy();
    expect(isObjectType(schema.getType('Bed'))).toBe(true);
  });

  it('every read path gives, for random selections, the records node(id:) gives', async () => {
    const cases = fc.constantFrom(...paths).chain((path) => part(fullSelection(path.type)).map((sels) => ({ path, sels })));
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ path, sels }) => {
        const query = path.wrap(render(sels));
        fc.pre(costOf(sels) * 100 <= MAX_QUERY_COST && depthOf(sels) + 4 <= MAX_QUERY_DEPTH && accepted(query));
        const lean = await client.gql<Json>(query);
        const internal = (lean.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        expect(internal, `${path.name}: ${query}`).toEqual([]);

        const found = records(pluck(lean.data, path.at), sels, []).slice(0, RECORDS_PER_RUN);
        // Read each record again, plainly, in batches within the server's limits.
        for (let start = 0; start < found.length; start += 10) {
          const batch = found.slice(start, start + 10);
          const plain = `{ ${batch.map((r, i) => `r${i}: node(id: ${JSON.stringify(r.id)}) { ... on ${r.type} { ${render(r.sels)} } }`).join(' ')} }`;
          const body = await client.gql<Record<string, Json>>(plain);
          expect((body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'), plain).toEqual([]);
          batch.forEach((r, i) => {
            expect(unsnapshotted(body.data?.[`r${i}`]), `${path.name}: ${r.type} ${r.id}\n${query}`).toEqual(unsnapshotted(r.value));
            compared++;
          });
        }
      }),
      { numRuns: RUNS * paths.length },
    );
    expect(compared).toBeGreaterThan(0);
  }, Number(process.env.READ_PATHS_TIMEOUT ?? 240_000));

  /** Each leaf of a selection on its own, with the path down to it (and `__typename id` at every level). */
  const leaves = (sels: readonly Sel[]): Sel[][] => {
    const kept = sels.filter((s) => s.name === '__typename' || s.name === 'id');
    return sels
      .filter((s) => s.name !== '__typename' && s.name !== 'id')
      .flatMap((s) => (s.children ? leaves(s.children).map((below) => [...kept, { ...s, children: below }]) : [[...kept, s]]));
  };

  // Random selections meet most fields with others, which may read what a field needs for it.
  // Alone, a field reads only what it declares (graphql/reads.ts): a declaration that leaves
  // out what its resolver reads fails here (the property throws), as it would for a user.
  // The paths that read only the selected columns; the patient list (no search) reads whole rows.
  it('every read path that reads only what is selected answers each field alone as node(id:) does', async () => {
    let compared = 0;
    const alone = async (path: ReadPath, sels: Sel[]) => {
      const query = path.wrap(render(sels));
      if (!(costOf(sels) * 100 <= MAX_QUERY_COST && depthOf(sels) + 4 <= MAX_QUERY_DEPTH && accepted(query))) return;
      const lean = await client.gql<Json>(query);
      const internal = (lean.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      expect(internal, `${path.name}: ${query}`).toEqual([]);
      const found = records(pluck(lean.data, path.at), sels, []).slice(0, 3);
      if (found.length === 0) return;
      const plain = `{ ${found.map((r, i) => `r${i}: node(id: ${JSON.stringify(r.id)}) { ... on ${r.type} { ${render(r.sels)} } }`).join(' ')} }`;
      const body = await client.gql<Record<string, Json>>(plain);
      found.forEach((r, i) => {
        expect(unsnapshotted(body.data?.[`r${i}`]), `${path.name}: ${r.type} ${r.id}\n${query}`).toEqual(unsnapshotted(r.value));
        compared++;
      });
    };
    for (const path of paths.filter((p) => p.name !== 'patient list')) {
      const all = leaves(fullSelection(path.type, 1));
      for (let i = 0; i < all.length; i += PARALLEL) await Promise.all(all.slice(i, i + PARALLEL).map((sels) => alone(path, sels)));
    }
    expect(compared).toBeGreaterThan(100);
  }, 240_000);
});

/** The values at `keys` under `value`, lists flattened: the records of a read path's answer. */
function pluck(value: Json | undefined, keys: readonly string[]): Json[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => pluck(item, keys));
  if (keys.length === 0) return [value];
  return typeof value === 'object' ? pluck(value[keys[0]], keys.slice(1)) : [];
}
