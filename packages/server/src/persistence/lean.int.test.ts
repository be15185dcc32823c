import { GuardianRelation, ReferralStatus } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { patientInput, referralInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { createLoaders } from '../graphql/loaders.js';
import { loadRef } from '../graphql/loader-factory.js';
import { toGlobalId } from '../graphql/relay.js';
import { type JourneyEvent } from '../journey/journey-event.entity.js';
import { Guardian, Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { Referral } from '../referrals/referral.entity.js';
import { receiveReferral } from '../referrals/referral.service.js';
import { columnsPlan, leanPlanReader, leanReader, leanState } from './lean.js';
import { queryPrepared } from './prepared.js';

describe('lean reads (entities from one statement, without the unit of work)', () => {
  let db: TestDatabase;
  const clock = testClock('2026-05-04T03:00:00.000Z');
  let patient: Patient;
  let referral: Referral;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ctx = () => serviceContext(db.orm, clock);
    patient = await registerPatient(ctx(), patientInput({ givenName: 'Sreyneang', phones: ['012 345 678'] }));
    referral = await receiveReferral(ctx(), patient.id, referralInput(patient.id, { sourceName: 'Takeo Provincial Hospital' }));
  });

  afterAll(async () => {
    await db?.close();
  });

  const readReferral = async (include: Record<string, Record<string, never>>) => {
    const em = db.orm.em.fork();
    const reader = leanReader<Referral>(em, 'Referral', 'r', include);
    const [row] = await queryPrepared<{ row: unknown }>(em, `select ${reader.sql} as row from referral r where r.id = ?`, [referral.id]);
    return { em, entity: reader.read(row.row) };
  };

  it('builds instances of the entity class, with its getters and the column types it declares', async () => {
    const { em, entity } = await readReferral({ patient: {} });
    expect(entity).toBeInstanceOf(Referral);
    expect(entity.nodeId).toBe(toGlobalId('Referral', referral.id));
    expect(entity.receivedAt).toBeInstanceOf(Date);
    expect(entity.receivedAt.getTime()).toBe(referral.receivedAt.getTime());
    expect(entity.status).toBe(ReferralStatus.RECEIVED);
    expect(entity.sourceName).toBe('Takeo Provincial Hospital');
    expect(entity.version).toBe(referral.version);
    // The included relation was read with it, as a lean instance of its own class.
    expect(entity.patient).toBeInstanceOf(Patient);
    expect(leanState(entity.patient)).toBe(true);
    expect(entity.patient.givenName).toBe('Sreyneang');
    expect(entity.patient.phones).toEqual(['+85512345678']);
    // Nothing entered the request's identity map: the unit of work has nothing to flush.
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('leaves a relation it was not asked for as a reference that loadRef loads through the request loader', async () => {
    const { em, entity } = await readReferral({});
    expect(leanState(entity.patient)).toBe(false);
    expect(entity.patient.id).toBe(patient.id);
    // Only its key was read: any other field fails loudly rather than answering null.
    expect(() => entity.patient.givenName).toThrow(/Patient.givenName read of a reference that was not loaded/);
    const loaders = createLoaders(em);
    db.resetQueries();
    const loaded = await loadRef(entity.patient, loaders.patient);
    expect(loaded?.givenName).toBe('Sreyneang');
    expect(db.queries).toHaveLength(1);
    // A relation that was read is served as it is, without a statement.
    const { entity: withPatient } = await readReferral({ patient: {} });
    db.resetQueries();
    expect(await loadRef(withPatient.patient, loaders.patient)).toBe(withPatient.patient);
    expect(db.queries).toHaveLength(0);
  });

  it('reads bigint keys as strings and a missing relation as null', async () => {
    const em = db.orm.em.fork();
    const reader = leanReader<JourneyEvent>(em, 'JourneyEvent', 'e', { referral: {}, surgery: {} });
    const rows = await queryPrepared<{ row: unknown }>(em, `select ${reader.sql} as row from journey_event e where e.patient_id = ? order by e.id`, [patient.id]);
    const events = rows.map((r) => reader.read(r.row));
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const event of events) {
      expect(typeof event.id).toBe('string');
      expect(event.id).toMatch(/^\d+$/);
      expect(event.surgery).toBeNull();
    }
    const received = events.find((e) => e.referral !== null);
    expect(received?.referral?.id).toBe(referral.id);
    expect(received?.referral).toBeInstanceOf(Referral);
  });

  it('reads every column of the row and of each included record; a record not included is a reference that holds only its key', async () => {
    const em = db.orm.em.fork();
    const withPatient = leanPlanReader<Referral>(em, 'Referral', 'r', { include: { patient: { include: {} } } });
    const [row] = await queryPrepared<{ row: unknown }>(em, `select ${withPatient.sql} as row from referral r where r.id = ?`, [referral.id]);
    const entity = withPatient.read(row.row);
    const managed = await em.findOneOrFail(Referral, referral.id, { populate: ['patient'] });
    for (const prop of em.getMetadata().get('Referral').props) {
      if (prop.kind === 'scalar' && prop.persist !== false) expect((entity as never)[prop.name], prop.name).toEqual((managed as never)[prop.name]);
    }
    expect(entity.nodeId).toBe(toGlobalId('Referral', referral.id));
    expect(entity.patient.givenName).toBe(patient.givenName);
    expect(entity.patient.mrn).toBe(patient.mrn);

    const alone = leanPlanReader<Referral>(em, 'Referral', 'r', { include: {} });
    expect(alone.sql).not.toContain('"given_name"');
    const [bare] = await queryPrepared<{ row: unknown }>(em, `select ${alone.sql} as row from referral r where r.id = ?`, [referral.id]);
    const unloaded = alone.read(bare.row);
    expect(unloaded.status).toBe(ReferralStatus.RECEIVED);
    expect(unloaded.patient.id).toBe(patient.id);
    expect(leanState(unloaded.patient)).toBe(false);
    expect(() => unloaded.patient.givenName).toThrow(/reference that was not loaded/);
  });

  it('with named columns, reads those and the keys; a column it did not read throws when read, never answers null', async () => {
    const em = db.orm.em.fork();
    const plan = columnsPlan(['status'], { patient: columnsPlan(['mrn']) });
    const reader = leanPlanReader<Referral>(em, 'Referral', 'r', plan);
    expect(reader.sql).toContain('"status"');
    expect(reader.sql).not.toContain('"source_name"');
    expect(reader.sql).not.toContain('"given_name"');
    const [row] = await queryPrepared<{ row: unknown }>(em, `select ${reader.sql} as row from referral r where r.id = ?`, [referral.id]);
    const entity = reader.read(row.row);
    expect(entity.id).toBe(referral.id);
    expect(entity.status).toBe(ReferralStatus.RECEIVED);
    // The key of every relation is read: a reference to the episode, the patient read as planned.
    expect(entity.episode.id).toBe(referral.episode.id);
    expect(entity.patient.id).toBe(patient.id);
    expect(entity.patient.mrn).toBe(patient.mrn);
    expect(() => entity.sourceName).toThrow(/Referral\.sourceName was not read.*@Reads/);
    expect(() => entity.patient.givenName).toThrow(/Patient\.givenName was not read/);
    // A column the entity does not map is refused when the reader is made.
    expect(() => leanPlanReader(em, 'Referral', 'r', columnsPlan(['nonsense']))).toThrow(/not a mapped column/);
  });

  it('keeps a bounded number of readers however many shapes are asked for', () => {
    const em = db.orm.em.fork();
    const first = leanPlanReader(em, 'Referral', 'r0', { include: {} });
    expect(leanPlanReader(em, 'Referral', 'r0', { include: {} })).toBe(first);
    for (let i = 1; i <= 300; i++) leanPlanReader(em, 'Referral', `r${i}`, { include: {} });
    expect(leanPlanReader(em, 'Referral', 'r0', { include: {} })).not.toBe(first);
  });

  it('builds an embeddable kept as JSON as the ORM does: an instance of its class, its phones an array', async () => {
    const child = await registerPatient(
      serviceContext(db.orm, clock),
      patientInput({ givenName: 'Pisey', birthDate: '2019-03-02', guardian: { name: 'Sok Channa', relation: GuardianRelation.MOTHER, phones: ['012 888 777', '097 111 2222'] } }),
    );
    const em = db.orm.em.fork();
    const reader = leanReader<Patient>(em, 'Patient', 'p');
    const [row] = await queryPrepared<{ row: unknown }>(em, `select ${reader.sql} as row from patient p where p.id = ?`, [child.id]);
    const lean = reader.read(row.row);
    const managed = await db.orm.em.fork().findOneOrFail(Patient, child.id);
    expect(lean.guardian).toBeInstanceOf(Guardian);
    expect(lean.guardian?.phones).toEqual(['+85512888777', '+855971112222']);
    expect({ ...lean.guardian }).toEqual({ ...managed.guardian });
  });

  it('refuses to include what is not a many-to-one relation', () => {
    const em = db.orm.em.fork();
    expect(() => leanReader(em, 'Referral', 'r', { statusHistory: {} })).toThrow(/not a many-to-one relation/);
    expect(() => leanReader(em, 'Referral', 'r', { reason: {} })).toThrow(/not a many-to-one relation/);
  });
});

describe('prepared reads', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('numbers placeholders, sends lists as one array value, and logs the statement', async () => {
    db.resetQueries();
    const rows = await queryPrepared<{ n: number }>(db.orm.em.fork(), 'select count(*)::int as n from unnest(?::text[]) as x where x <> ?', [['a', 'b', 'c'], 'b']);
    expect(rows).toEqual([{ n: 2 }]);
    expect(db.queries).toHaveLength(1);
  });

  it('refuses a statement whose placeholders and values do not match', async () => {
    await expect(queryPrepared(db.orm.em.fork(), 'select ?::int + ?::int', [1])).rejects.toThrow(/2 placeholders for 1 values/);
  });

  it('runs inside the request\'s transaction, so it sees what the transaction wrote', async () => {
    const em = db.orm.em.fork();
    const seen = await em.transactional(async (tx) => {
      await tx.execute(`create temporary table lean_probe (x int) on commit drop`);
      await tx.execute(`insert into lean_probe values (7)`);
      return queryPrepared<{ x: number }>(tx, 'select x from lean_probe where x = ?', [7]);
    });
    expect(seen).toEqual([{ x: 7 }]);
  });
});
