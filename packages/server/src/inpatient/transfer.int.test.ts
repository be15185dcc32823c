import { AdmissionReason, AdmissionStatus, ErrorCode, JourneyEventKind, JourneyStage } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  admittedPatient,
  dischargeInput,
  dischargePatient,
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { Admission } from './admission.entity.js';
import type { TransferPatientInput } from './admission.input.js';
import { admitPatient, transferPatient } from './admission.service.js';
import { BedStay } from './bed-stay.entity.js';
import { census } from './census.js';
import type { Bed } from './ward.entity.js';

const MINUTE = 60_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000cc';

describe('bed transfers, bed history and the census', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-04-01T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();

  const register = (givenName = 'Sophea'): Promise<Patient> => registerPatient(ctx(), patientInput({ givenName }));
  const transfer = (patientId: string, bedId: string, extra: Partial<TransferPatientInput> = {}) =>
    transferPatient(ctx(), { patientId, bedId }, { patientId, bedId, reason: 'Needs a bed near the nursing station', ...extra });
  const vacantBed = async (ward?: string): Promise<Bed> => {
    const [bed] = await vacantBeds(db.orm, 1, ward);
    if (!bed) throw new Error('no vacant bed left');
    return bed;
  };
  /** bed_stay is not among the shared journey tables: digest it here. */
  const bedStays = async () =>
    (
      await fresh()
        .getConnection()
        .execute<{ rows: number; digest: string }[]>(
          `select count(*)::int as "rows", coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as "digest" from "bed_stay" r`,
        )
    )[0];
  /** Like expectFailsAndChangesNothing, and bed_stay is unchanged too. */
  const failsAndChangesNothing = async (
    action: () => Promise<unknown>,
    expected: Parameters<typeof expectFailsAndChangesNothing>[2],
    stageOf: string[] = [],
  ) => {
    const before = await bedStays();
    await expectFailsAndChangesNothing(db.orm, action, expected, stageOf);
    expect(await bedStays()).toEqual(before);
  };
  async function gql(source: string, variables: Record<string, unknown> = {}) {
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('an admission opens a stay in its bed; a discharge closes it', async () => {
    const bed = await vacantBed();
    const before = await bedStays();
    const { patient, admission } = await admittedPatient(db.orm, clock, bed);
    expect((await bedStays()).rows).toBe(before.rows + 1);
    const stay = await fresh().findOneOrFail(BedStay, { admission: admission.id });
    expect(stay.bed.id).toBe(bed.id);
    expect(stay.from.toISOString()).toBe(admission.admittedAt.toISOString());
    expect(stay.to).toBeNull();

    const at = clock.advance(24 * 60);
    await dischargePatient(ctx(), patient.id, dischargeInput(patient.id));
    expect((await fresh().findOneOrFail(BedStay, { id: stay.id })).to?.toISOString()).toBe(at.toISOString());
  });

  it('moves the open admission to a free bed: closes the old stay, opens the new, records TRANSFERRED, bumps the version', async () => {
    const [from, to] = await vacantBeds(db.orm, 2);
    const { patient, admission } = await admittedPatient(db.orm, clock, from);
    const at = clock.advance(120);
    const before = await snapshotDatabase(db.orm);
    const stays = await bedStays();

    const stay = await transfer(patient.id, to.id, { expectedVersion: admission.version });
    expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ journey_event: 1 });
    expect((await bedStays()).rows).toBe(stays.rows + 1);

    const em = fresh();
    const moved = await em.findOneOrFail(Admission, { id: admission.id });
    expect(moved.bed.id).toBe(to.id);
    expect(moved.version).toBe(admission.version + 1);
    expect(moved.status).toBe(AdmissionStatus.ADMITTED);
    const history = await em.find(BedStay, { admission: admission.id }, { orderBy: { from: 'asc' } });
    expect(history.map((s) => [s.bed.id, s.from.toISOString(), s.to?.toISOString() ?? null])).toEqual([
      [from.id, admission.admittedAt.toISOString(), at.toISOString()],
      [to.id, at.toISOString(), null],
    ]);
    expect(history[1].id).toBe(stay.id);

    const event = await em.findOneOrFail(JourneyEvent, { patient: patient.id, kind: JourneyEventKind.TRANSFERRED });
    expect(event.bedStay?.id).toBe(stay.id);
    expect(event.admission?.id).toBe(admission.id);
    expect(event.occurredAt.toISOString()).toBe(at.toISOString());
    expect(event.note).toBe('Needs a bed near the nursing station');
    expect(event.summary).toContain(`bed ${to.label}`);
    expect((await reloadPatient(db.orm, patient.id)).stage).toBe(JourneyStage.INPATIENT);

    // The timeline serves the event with the new bed.
    const data = await gql(
      `query ($id: ID!) { patient(id: $id) { journey(first: 5, kinds: [TRANSFERRED]) { edges { node { __typename
         ... on TransferredEvent { note admission { id } bedStay { from to bed { label ward { name } } } } } } } } }`,
      { id: toGlobalId('Patient', patient.id) },
    );
    expect(JSON.parse(JSON.stringify(data))).toEqual({
      patient: { journey: { edges: [{ node: {
        __typename: 'TransferredEvent',
        note: 'Needs a bed near the nursing station',
        admission: { id: toGlobalId('Admission', admission.id) },
        bedStay: { from: at.toISOString(), to: null, bed: { label: to.label, ward: { name: 'Adult Surgery' } } },
      } }] } },
    });
  });

  it('refuses bad transfers with the right error, and each changes nothing', async () => {
    const [bed, other] = await vacantBeds(db.orm, 2);
    const { patient, admission } = await admittedPatient(db.orm, clock, bed);
    const { patient: neighbour } = await admittedPatient(db.orm, clock, other);
    const free = await vacantBed();
    const never = await register('Never');
    clock.advance(60);
    const ids = [patient.id];

    await failsAndChangesNothing(() => transfer(never.id, free.id), { code: ErrorCode.CONFLICT, reason: 'NOT_ADMITTED' }, [never.id]);
    await failsAndChangesNothing(() => transfer(patient.id, other.id), { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' }, ids);
    await failsAndChangesNothing(() => transfer(patient.id, bed.id), { code: ErrorCode.BAD_USER_INPUT, reason: 'SAME_BED', field: 'bedId' }, ids);
    await failsAndChangesNothing(
      () => transfer(patient.id, free.id, { expectedVersion: admission.version + 5 }),
      { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
      ids,
    );
    await failsAndChangesNothing(
      () => transfer(patient.id, free.id, { at: new Date(clock().getTime() + 10 * MINUTE) }),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_FUTURE', field: 'at' },
      ids,
    );
    await failsAndChangesNothing(
      () => transfer(patient.id, free.id, { at: new Date(admission.admittedAt.getTime() - MINUTE) }),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'BEFORE_CURRENT_STAY', field: 'at' },
      ids,
    );
    await failsAndChangesNothing(() => transfer(patient.id, free.id, { reason: '  ' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' }, ids);
    await failsAndChangesNothing(() => transfer(patient.id, UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }, ids);
    await failsAndChangesNothing(() => transfer(UNKNOWN_ID, free.id), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
    expect(neighbour.id).not.toBe(patient.id);
  });

  it.each([1, 2])(
    '20 concurrent transfers and admissions into one bed (round %i): exactly one succeeds and the bed has one occupant',
    async () => {
      const target = await vacantBed();
      const movers: Patient[] = [];
      for (const bed of await vacantBeds(db.orm, 10, 'Paediatric Oncology')) movers.push((await admittedPatient(db.orm, clock, bed)).patient);
      expect(movers).toHaveLength(10);
      const newcomers: Patient[] = [];
      for (let i = 0; i < 10; i++) newcomers.push(await register(`Rush${i}`));
      clock.advance(30);
      const staysBefore = await fresh().count(BedStay, { bed: target.id });

      const settled = await Promise.allSettled([
        ...movers.map((p) =>
          transferPatient(serviceContext(db.orm, clock), { patientId: p.id, bedId: target.id }, { patientId: p.id, bedId: target.id, reason: 'Race' }),
        ),
        ...newcomers.map((p) =>
          admitPatient(serviceContext(db.orm, clock), { patientId: p.id, bedId: target.id, episodeId: null }, {
            patientId: p.id,
            bedId: target.id,
            reason: AdmissionReason.MEDICAL,
          }),
        ),
      ]);
      const won = settled.filter((r) => r.status === 'fulfilled');
      const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      for (const { reason } of lost) expectDomainError(reason, { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' });

      const em = fresh();
      const open = await em.find(BedStay, { bed: target.id, to: null }, { populate: ['admission'] });
      expect(open).toHaveLength(1);
      expect(await em.count(BedStay, { bed: target.id })).toBe(staysBefore + 1);
      const inBed = await em.find(Admission, { bed: target.id, status: AdmissionStatus.ADMITTED });
      expect(inBed.map((a) => a.id)).toEqual([open[0].admission.id]);
      // Losers are where they were: movers still in their own bed with one open stay, newcomers not admitted.
      for (const p of movers) {
        const a = await em.findOneOrFail(Admission, { patient: p.id, status: AdmissionStatus.ADMITTED });
        expect(await em.count(BedStay, { admission: a.id, to: null })).toBe(1);
      }
      const transfers = await em.count(JourneyEvent, { patient: { $in: movers.map((p) => p.id) }, kind: JourneyEventKind.TRANSFERRED });
      const admissions = await em.count(Admission, { patient: { $in: newcomers.map((p) => p.id) } });
      expect(transfers + admissions).toBe(1);
      // Free the beds for the next round.
      clock.advance(30);
      for (const p of [...movers, ...newcomers]) {
        if (await em.count(Admission, { patient: p.id, status: AdmissionStatus.ADMITTED })) {
          await dischargePatient(ctx(), p.id, dischargeInput(p.id));
        }
      }
    },
  );

  it('the census at past instants is right after a chain of transfers', async () => {
    const [b1, b2, b3] = await vacantBeds(db.orm, 3, 'Paediatric Surgery');
    clock.advance(60);
    const t0 = clock();
    const { patient: a } = await admittedPatient(db.orm, clock, b1);
    const t1 = clock.advance(6 * 60);
    await transfer(a.id, b2.id);
    const { patient: b } = await admittedPatient(db.orm, clock, b1, { givenName: 'Bopha' });
    const t2 = clock.advance(2 * 24 * 60);
    await transfer(a.id, b3.id);
    await transfer(b.id, b2.id);
    clock.advance(60);

    const occupants = async (at: Date) => {
      const rows = await census(fresh(), at);
      return [b1, b2, b3].map((bed) => rows.find((r) => r.bed.id === bed.id)?.patientId ?? null);
    };
    const minute = (d: Date, n: number) => new Date(d.getTime() + n * MINUTE);
    expect(await occupants(minute(t0, -1))).toEqual([null, null, null]);
    expect(await occupants(minute(t0, 30))).toEqual([a.id, null, null]);
    expect(await occupants(minute(t1, 1))).toEqual([b.id, a.id, null]);
    expect(await occupants(minute(t2, 1))).toEqual([null, b.id, a.id]);
    expect(await occupants(clock())).toEqual([null, b.id, a.id]);

    const row = (await census(fresh(), minute(t2, 1))).find((r) => r.bed.id === b3.id)!;
    expect(row.since?.toISOString()).toBe(t2.toISOString());
    expect(row.daysIn).toBe(2);
  });

  const CENSUS = /* GraphQL */ `
    query ($at: DateTime) {
      census(at: $at) { bed { label ward { name } } occupant { mrn familyName } admission { id admittedAt } since daysIn }
    }
  `;
  const INPATIENTS = /* GraphQL */ `{ inpatients { id lengthOfStayDays bed { label ward { name } } patient { mrn } } }`;

  it('the census and the inpatient list cost a constant number of statements, whatever the number of occupied beds', async () => {
    const measure = async (source: string) => {
      db.resetQueries();
      const data = await gql(source);
      return { data, statements: db.queries.length };
    };
    for (const bed of await vacantBeds(db.orm, 2, 'Paediatric Oncology')) await admittedPatient(db.orm, clock, bed);
    clock.advance(5);
    const census1 = await measure(CENSUS);
    const inpatients1 = await measure(INPATIENTS);
    // beds with wards, the stays at that instant with their admissions, the occupants.
    expect(census1.statements).toBe(1);
    expect(inpatients1.statements).toBeGreaterThan(0);
    expect(inpatients1.statements).toBeLessThanOrEqual(4);

    for (const bed of await vacantBeds(db.orm, 8, 'Paediatric Oncology')) await admittedPatient(db.orm, clock, bed);
    clock.advance(5);
    const census2 = await measure(CENSUS);
    const inpatients2 = await measure(INPATIENTS);
    expect(census2.statements).toBe(census1.statements);
    expect(inpatients2.statements).toBe(inpatients1.statements);

    const occupied = (data: Record<string, unknown>) => (data.census as { occupant: unknown }[]).filter((r) => r.occupant).length;
    expect(occupied(census2.data)).toBe(occupied(census1.data) + 8);
    expect((inpatients2.data.inpatients as unknown[]).length).toBe((inpatients1.data.inpatients as unknown[]).length + 8);
  });

  it('reads only what the census query selects, through fragments too', async () => {
    db.resetQueries();
    const narrow = await gql(`{ census { bed { label } occupant { mrn } daysIn } }`);
    const rows = narrow.census as { bed: { label: string }; occupant: { mrn: string } | null; daysIn: number | null }[];
    const occupied = rows.filter((r) => r.occupant);
    expect(occupied.length).toBeGreaterThan(0);
    for (const r of occupied) {
      expect(r.occupant?.mrn).toMatch(/^\d{6}-\d$/);
      expect(r.daysIn).toEqual(expect.any(Number));
    }
    expect(db.queries).toHaveLength(1);
    // The occupant is read with the census, only what is selected of it; the ward, not selected, is not read.
    expect(db.queries[0]).toContain('from "patient"');
    expect(db.queries[0]).toContain('"mrn"');
    expect(db.queries[0]).not.toContain('"given_name"');
    expect(db.queries[0]).not.toMatch(/(from|join) "ward"/);

    // Without an occupant selected, no patient is read.
    db.resetQueries();
    await gql(`{ census { bed { label ward { name } } daysIn } }`);
    expect(db.queries).toHaveLength(1);
    expect(db.queries[0]).not.toContain('from "patient"');
    // Joined with each bed (census.ts), not read by a subquery per bed.
    expect(db.queries[0]).toContain('left join "ward"');

    // Selected through a fragment, the occupant comes with the census all the same.
    const viaFragment = await gql(`fragment Who on CensusBed { occupant { mrn givenName } } { census { bed { label } ...Who } }`);
    const named = (viaFragment.census as { occupant: { mrn: string; givenName: string } | null }[]).filter((r) => r.occupant);
    expect(named.length).toBe(occupied.length);
    for (const r of named) expect(r.occupant?.givenName).toEqual(expect.any(String));
  });
});
