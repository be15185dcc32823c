import { ReferenceKind } from '@mikro-orm/core';
import {
  DischargeDisposition,
  FollowUpOutcome,
  JourneyEventKind,
  JourneyStage,
  ReferralStatus,
  stageAfter,
  type StageInput,
} from '@pj/shared';
import { getNamedType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createSchema } from '../graphql/schema.js';
import { registerPatient } from '../patients/patient.service.js';
import { syncJourneyEventKinds } from './event-kind-table.js';
import { declarationOf, EVENT_FACT_TYPES, EVENT_KINDS, EVENT_RECORD_TYPES, EVENT_RECORDS, type EventRecord, type RecordUse } from './event-kinds.js';
import { TIMELINE_RECORDS } from './journey.service.js';

const KINDS = Object.values(JourneyEventKind);

let db: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase();
  schema = await createSchema();
});

afterAll(async () => {
  await db?.close();
});

/** The Postgres error of a statement that must fail. */
async function sqlError(sql: string, params: unknown[] = []): Promise<{ code?: string; constraint?: string }> {
  try {
    await db.orm.em.fork().getConnection().execute(sql, params);
  } catch (error) {
    return error as { code?: string; constraint?: string };
  }
  throw new Error(`Expected the database to refuse: ${sql}`);
}

describe('every journey event kind is fully declared', () => {
  it('declares exactly the kinds of the shared enum, each with its own GraphQL type, a description and a summary', () => {
    expect(Object.keys(EVENT_KINDS).sort()).toEqual([...KINDS].sort());
    const typeNames = KINDS.map((kind) => EVENT_KINDS[kind].type);
    expect(new Set(typeNames).size).toBe(KINDS.length);
    for (const kind of KINDS) {
      const declaration = declarationOf(kind);
      expect(declaration.type, kind).toMatch(/^[A-Z][A-Za-z]+Event$/);
      expect(declaration.description.trim(), kind).not.toBe('');
      expect(typeof declaration.summary, kind).toBe('function');
    }
  });

  it('gives each kind a stage rule in @pj/shared (stageAfter answers a stage for it)', () => {
    const stages = new Set<string>(Object.values(JourneyStage));
    // Every input a kind's stage rule may read, filled in, so the call is valid for any kind.
    const facts = { toStatus: ReferralStatus.WAITLISTED, disposition: DischargeDisposition.HOME, grade: 1, outcome: FollowUpOutcome.ATTENDED, day30Status: null };
    for (const kind of KINDS) {
      expect(stages.has(stageAfter(JourneyStage.REFERRED, { kind, ...facts } as StageInput)), kind).toBe(true);
    }
  });

  it('builds the GraphQL type of each kind, implementing JourneyEvent, with a non-null field per record and a field per fact', () => {
    const iface = schema.getType('JourneyEvent');
    expect(iface).toBeDefined();
    const implementations = schema.getPossibleTypes(iface as never).map((t) => t.name).sort();
    expect(implementations).toEqual(KINDS.map((kind) => EVENT_KINDS[kind].type).sort());
    for (const kind of KINDS) {
      const declaration = declarationOf(kind);
      const type = schema.getType(declaration.type);
      expect(isObjectType(type), declaration.type).toBe(true);
      if (!isObjectType(type)) continue;
      for (const relation of Object.keys(declaration.records ?? {}) as EventRecord[]) {
        const field = type.getFields()[relation];
        expect(field, `${declaration.type}.${relation}`).toBeDefined();
        expect(isNonNullType(field.type), `${declaration.type}.${relation} is non-null`).toBe(true);
        expect(getNamedType(field.type).name).toBe(EVENT_RECORD_TYPES[relation]().name);
      }
      for (const fact of Object.keys(declaration.facts ?? {})) {
        expect(type.getFields()[fact], `${declaration.type}.${fact}`).toBeDefined();
      }
    }
  });

  it('points each kind at relations of JourneyEvent, to the entity its GraphQL field names, reading relations those entities have', () => {
    const metadata = db.orm.getMetadata();
    const event = metadata.get('JourneyEvent');
    for (const relation of EVENT_RECORDS) {
      const prop = event.properties[relation];
      expect(prop?.kind, `JourneyEvent.${relation}`).toBe(ReferenceKind.MANY_TO_ONE);
      expect(prop.type).toBe(EVENT_RECORD_TYPES[relation]().name);
    }
    // Every many-to-one of an event but its patient and episode is a record some kind may point at.
    const relations = Object.values(event.properties).filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name);
    expect(relations.filter((name) => name !== 'patient' && name !== 'episode').sort()).toEqual([...EVENT_RECORDS].sort());
    for (const fact of Object.keys(EVENT_FACT_TYPES)) expect(event.properties[fact as 'note']?.kind, fact).toBe(ReferenceKind.SCALAR);

    const walk = (className: string, reads: Record<string, Record<string, unknown>>, path: string) => {
      for (const [relation, nested] of Object.entries(reads)) {
        const prop = metadata.get(className).properties[relation as never] as { kind: ReferenceKind; type: string } | undefined;
        expect(prop?.kind, `${path}.${relation}`).toBe(ReferenceKind.MANY_TO_ONE);
        if (prop) walk(prop.type, nested as Record<string, Record<string, unknown>>, `${path}.${relation}`);
      }
    };
    for (const kind of KINDS) {
      for (const [relation, use] of Object.entries(declarationOf(kind).records ?? {}) as [EventRecord, RecordUse][]) {
        walk(EVENT_RECORD_TYPES[relation]().name, (use.reads ?? {}), `${kind}.${relation}`);
      }
    }
  });

  it('reads with a timeline page every record a kind points at', () => {
    for (const kind of KINDS) {
      for (const relation of Object.keys(declarationOf(kind).records ?? {})) expect(TIMELINE_RECORDS[relation], `${kind}.${relation}`).toBeDefined();
    }
    expect(TIMELINE_RECORDS.surgery).toEqual({ theatre: {} });
    expect(TIMELINE_RECORDS.admission).toEqual({ bed: { ward: {} } });
  });

  it('has a row in journey_event_kind for every kind, with its GraphQL type', async () => {
    const rows = await db.orm.em.fork().getConnection().execute<{ kind: string; type_name: string }[]>(
      'select kind, type_name from journey_event_kind order by kind',
    );
    const byKind = Object.fromEntries(rows.map((row) => [row.kind, row.type_name]));
    for (const kind of KINDS) expect(byKind[kind], kind).toBe(EVENT_KINDS[kind].type);
  });
});

describe('the kinds the database accepts follow the declarations', () => {
  let patientId: string;
  const insert = `insert into journey_event (patient_id, kind, occurred_at, summary) values (?, ?, now(), 'test')`;

  beforeAll(async () => {
    const clock = testClock();
    patientId = (await registerPatient(serviceContext(db.orm, clock), patientInput())).id;
  });

  it('refuses an event of a kind nobody declared, written in raw SQL', async () => {
    const error = await sqlError(insert, [patientId, 'SOMETHING_UNDECLARED']);
    expect(error.code).toBe('23503');
    expect(error.constraint).toBe('journey_event_kind_foreign');
  });

  it('accepts every declared kind', async () => {
    const em = db.orm.em.fork();
    for (const kind of KINDS) await em.getConnection().execute(insert, [patientId, kind]);
  });

  it('accepts a newly declared kind once the declarations are synced, with no migration', async () => {
    const em = db.orm.em.fork();
    expect((await sqlError(insert, [patientId, 'WOUND_PHOTO_TAKEN'])).code).toBe('23503');
    await syncJourneyEventKinds(em, { ...EVENT_KINDS, WOUND_PHOTO_TAKEN: { type: 'WoundPhotoTakenEvent' } });
    await syncJourneyEventKinds(em, { ...EVENT_KINDS, WOUND_PHOTO_TAKEN: { type: 'WoundPhotoTakenEvent' } });
    await em.getConnection().execute(insert, [patientId, 'WOUND_PHOTO_TAKEN']);
    const [row] = await em.getConnection().execute<{ type_name: string }[]>(`select type_name from journey_event_kind where kind = 'WOUND_PHOTO_TAKEN'`);
    expect(row.type_name).toBe('WoundPhotoTakenEvent');
  });

  it('refuses to drop the row of a kind that has events', async () => {
    expect((await sqlError(`delete from journey_event_kind where kind = 'ADMITTED'`)).code).toBe('23001'); // restrict_violation
  });
});
