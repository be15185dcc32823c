import { permissionsOf, Role } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { createApiToken, createUser } from '../auth/auth.service.js';
import { createContext } from './context.js';
import { formatError } from './errors.js';
import { nodeTypeNames } from './node.resolver.js';
import { toGlobalId } from './relay.js';
import { createSchema } from './schema.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');

/** Types on the work lists (wards, census, theatre board, missions, staff): READ_WORKLISTS is enough. */
const WORKLIST_TYPES = new Set(['Ward', 'Bed', 'Theatre', 'Mission', 'StaffMember']);
/** A person's own records: the owner and administrators may fetch them, nobody else. */
const OWN_TYPES = new Set(['User', 'ApiToken']);
/** Training records: their owner, and roles that read others' (READ_TRAINING: the director, not a clinician). */
const TRAINING_TYPES = new Set(['LogbookEntry']);

type Result = { data?: { node: { __typename: string; id: string } | null } | null; errors?: readonly { extensions: Record<string, unknown> }[] };

describe('node(id:) reaches every Node type in the schema, with the permission of its type', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock(NOW.toISOString());
  /** An account in the database, and its owner as a signed-in user. */
  let owner: AuthUser;

  /** Runs a query as the server answers it: errors formatted with their codes. */
  async function query(source: string, user: AuthUser | null = testUser([Role.CLINICIAN]), variableValues?: Record<string, unknown>): Promise<Result & { data?: Record<string, unknown> | null }> {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext(db.orm.em, clock, { user }) });
    return { ...result, errors: result.errors?.map((error) => formatError(error.toJSON(), error) as { extensions: Record<string, unknown> }) } as never;
  }

  function node(id: string, user: AuthUser | null): Promise<Result> {
    return query('query ($id: ID!) { node(id: $id) { __typename id } }', user, { id });
  }

  /** The key of one stored record of a Node type: the entity of the same name, first row. */
  async function someKey(typeName: string): Promise<string | undefined> {
    const meta = db.orm.getMetadata().find(typeName);
    if (!meta) return undefined;
    const [row] = await db.orm.em.getConnection().execute<{ id: string }[]>(`select id::text as id from "${meta.tableName}" order by id limit 1`);
    return row?.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: NOW });
    schema = await createSchema();
    const roles = [Role.CLINICIAN];
    const user = await createUser(db.orm.em.fork(), { username: 'node.owner', displayName: 'Node Owner', roles, password: 'a long test password' });
    owner = { id: user.id, username: user.username, displayName: user.displayName, roles, permissions: permissionsOf(roles), via: { kind: 'session', sessionId: user.id } };
    // Every ApiToken is this user's: the first row found below is one of theirs.
    await db.orm.em.getConnection().execute('delete from api_token');
    await createApiToken(db.orm.em.fork(), owner, { name: 'monthly surgical report' }, NOW);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('finds the Node types in the schema, User and ApiToken among them', () => {
    const types = nodeTypeNames(schema);
    expect(types.length).toBeGreaterThanOrEqual(22);
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Ward', 'Bed', 'User', 'ApiToken']));
  });

  it('fetches a stored record of every Node type by its ID, as a role allowed to read it', async () => {
    const unreachable: string[] = [];
    for (const typeName of nodeTypeNames(schema)) {
      // User rows: the owner's own account (the demo's users belong to others).
      const key = typeName === 'User' ? owner.id : await someKey(typeName);
      if (!key) {
        unreachable.push(`${typeName}: no stored record (add one to the demo hospital)`);
        continue;
      }
      const id = toGlobalId(typeName, key);
      const allowed = OWN_TYPES.has(typeName)
        ? owner
        : WORKLIST_TYPES.has(typeName)
          ? testUser([Role.ANALYST])
          : TRAINING_TYPES.has(typeName)
            ? testUser([Role.DIRECTOR])
            : testUser([Role.CLINICIAN]);
      const result = await node(id, allowed);
      if (result.errors || result.data?.node?.__typename !== typeName || result.data.node.id !== id) {
        unreachable.push(`${typeName}: ${JSON.stringify(result)}`);
      }
      if (TRAINING_TYPES.has(typeName)) {
        // Its owner (through their staff record) without READ_TRAINING.
        const [{ staff }] = await db.orm.em.getConnection().execute<{ staff: string }[]>(`select staff_member_id::text as staff from logbook_entry where id = ?`, [key]);
        const byOwner = await node(id, { ...testUser([Role.CLINICIAN]), staffMemberId: staff });
        if (byOwner.data?.node?.id !== id) unreachable.push(`${typeName} as its owner: ${JSON.stringify(byOwner)}`);
      }
      if (OWN_TYPES.has(typeName)) {
        const byAdministrator = await node(id, testUser([Role.ADMINISTRATOR]));
        if (byAdministrator.data?.node?.id !== id) unreachable.push(`${typeName} as administrator: ${JSON.stringify(byAdministrator)}`);
      }
    }
    expect(unreachable).toEqual([]);
  });

  it('refuses every Node type to a role not allowed to read it with a typed error, never an internal one', async () => {
    const wrong: string[] = [];
    for (const typeName of nodeTypeNames(schema)) {
      const key = typeName === 'User' ? owner.id : await someKey(typeName);
      if (!key) continue;
      const id = toGlobalId(typeName, key);
      // Every role reads the work lists: for those types only a signed-out request is refused.
      const [refused, code] = OWN_TYPES.has(typeName)
        ? [testUser([Role.SURGEON]), 'FORBIDDEN']
        : WORKLIST_TYPES.has(typeName)
          ? [null, 'UNAUTHENTICATED']
          : TRAINING_TYPES.has(typeName)
            ? [testUser([Role.CLINICIAN]), 'FORBIDDEN']
            : [testUser([Role.ANALYST]), 'FORBIDDEN'];
      const result = await node(id, refused);
      const codes = (result.errors ?? []).map((error) => error.extensions.code);
      if (result.data?.node || codes.length !== 1 || codes[0] !== code) wrong.push(`${typeName}: ${JSON.stringify(result)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives null for a well-formed ID that matches no record, of any Node type', async () => {
    for (const typeName of nodeTypeNames(schema)) {
      const result = await node(toGlobalId(typeName, '00000000-0000-4000-8000-000000000000'), testUser());
      expect(result, typeName).toEqual({ data: { node: null } });
    }
  });

  it('refuses a malformed ID, or the ID of a type that is not a Node, as BAD_USER_INPUT / INVALID_ID', async () => {
    for (const id of ['garbage', '', toGlobalId('PageInfo', '00000000-0000-4000-8000-000000000000'), toGlobalId('Patient', 'not-a-uuid'), toGlobalId('Node', '00000000-0000-4000-8000-000000000000')]) {
      const result = await node(id, testUser());
      expect(result.data?.node ?? null, id).toBeNull();
      expect(result.errors?.map((error) => error.extensions), id).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'id' })]);
    }
  });

  it('follows the same rule in patient(id:) and patientByMrn', async () => {
    const unknown = toGlobalId('Patient', '00000000-0000-4000-8000-000000000000');
    expect((await query(`{ patient(id: "${unknown}") { id } }`)).data).toEqual({ patient: null });
    expect((await query('{ patientByMrn(mrn: "999999-6") { id } }')).data).toEqual({ patientByMrn: null });
    for (const source of ['{ patient(id: "garbage") { id } }', `{ patient(id: "${toGlobalId('Ward', '00000000-0000-4000-8000-000000000000')}") { id } }`]) {
      expect((await query(source)).errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'id' })]);
    }
    for (const mrn of ['abc', '123456-0', '']) {
      const result = await query(`{ patientByMrn(mrn: "${mrn}") { id } }`);
      expect(result.errors?.map((error) => error.extensions), mrn).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'mrn' })]);
    }
  });

  it('nulls only Patient.accessLog, with FORBIDDEN, for a clinician who selects it in a list', async () => {
    const result = await query('{ patients(first: 3) { edges { node { mrn accessLog(first: 1) { totalCount } } } } }', testUser([Role.CLINICIAN]));
    const edges = (result.data as unknown as { patients: { edges: { node: { mrn: string; accessLog: unknown } }[] } }).patients.edges;
    expect(edges).toHaveLength(3);
    expect(edges.every((edge) => /^\d{6}-\d$/.test(edge.node.mrn) && edge.node.accessLog === null)).toBe(true);
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
