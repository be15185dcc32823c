import { AdmissionReason, ErrorCode, JourneyEventKind, JourneyStage, ReferralStatus, TransportMode } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admittedPatient,
  dischargeInput,
  expectDomainError,
  expectFailsAndChangesNothing,
  operationRecord,
  recordFullChecklist,
  patientInput,
  referralInStatus,
  rejectionOf,
  reloadPatient,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { admitPatient, dischargePatient } from '../inpatient/admission.service.js';
import { readJourney } from '../journey/journey.service.js';
import { completeSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { DuplicateReason, findPossibleDuplicates, STRONG_DUPLICATE } from './patient-duplicates.js';
import { mergePatients, patientReferences } from './patient-merge.service.js';
import type { RegisterPatientInput, UpdatePatientInput } from './patient.input.js';
import type { Patient } from './patient.entity.js';
import { findPatientByMrn, registerPatient, searchPatients, updatePatient } from './patient.service.js';

describe('patient registry', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let phoneSerial = 10_000_000;
  /** A new patient with a phone number of their own. */
  const register = (overrides: Partial<RegisterPatientInput> = {}) =>
    registerPatient(ctx(), patientInput({ phones: [`0${++phoneSerial + 60_000_000}`], ...overrides }));
  const search = (text: string | null, first = 100, after: string | null = null) =>
    searchPatients(db.orm.em.fork(), { search: text, first, after });
  const ids = (patients: readonly Patient[]) => patients.map((p) => p.id);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('search', () => {
    let sokDara: Patient;
    let sokharDara: Patient;
    let chhnang: Patient;
    let kampong: Patient;
    let sokVanna: Patient;

    beforeAll(async () => {
      sokDara = await register({ familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'ដារា', phones: ['012 777 001'] });
      sokharDara = await register({ familyName: 'Sokhar', givenName: 'Dara', familyNameKhmer: null, givenNameKhmer: null });
      chhnang = await register({ familyName: 'Chhnang', givenName: 'Bopha', familyNameKhmer: 'ឆ្នាំង', givenNameKhmer: 'បុប្ផា' });
      kampong = await register({ familyName: 'Kampong', givenName: 'Vuthy', familyNameKhmer: null, givenNameKhmer: null });
      sokVanna = await register({ familyName: 'Sok', givenName: 'Vanna', familyNameKhmer: 'សុខ', givenNameKhmer: 'វណ្ណា' });
      await register({ familyName: 'Chan', givenName: 'Dara', familyNameKhmer: 'ចាន់', givenNameKhmer: 'ដារា' });
    });

    it.each([
      ['Sokha Dara', () => sokharDara],
      ['sokhar', () => sokharDara],
      ['Chnang', () => chhnang],
      ['Bopha Chnang', () => chhnang],
      ['Kompong', () => kampong],
      ['kompong vuthy', () => kampong],
      ['SÓK DÀRA', () => sokDara],
    ])('finds romanisation variants and accents: %j', async (text, expected) => {
      expect(ids((await search(text)).nodes)).toContain(expected().id);
    });

    it.each(['Sok Dara', 'Dara Sok', '  dara   SOK ', 'សុខ ដារា', 'ដារា សុខ'])('ranks the exact full name first, in either order and script: %j', async (text) => {
      const page = await search(text);
      expect(page.nodes[0].id).toBe(sokDara.id);
      // A different given name is not the same person's name: "Sok Vanna" does not match "Sok Dara".
      expect(ids(page.nodes)).not.toContain(sokVanna.id);
      // The fuzzy variant is found too, after the exact one.
      if (!/[\u1780-\u17FF]/.test(text)) expect(ids(page.nodes)).toContain(sokharDara.id);
    });

    it('finds by one Khmer word the patients with that word', async () => {
      expect(ids((await search('វណ្ណា')).nodes)).toEqual([sokVanna.id]);
    });

    it('finds by MRN exactly and by prefix, the exact MRN first', async () => {
      expect(ids((await search(chhnang.mrn)).nodes)).toEqual([chhnang.id]);
      expect(ids((await search(chhnang.mrn.slice(0, 6))).nodes)).toEqual([chhnang.id]);
      expect(ids((await search(chhnang.mrn.slice(0, 7))).nodes)).toEqual([chhnang.id]);
      const prefix = chhnang.mrn.slice(0, 5);
      const page = await search(prefix);
      expect(ids(page.nodes)).toContain(chhnang.id);
      for (const p of page.nodes) expect(p.mrn.startsWith(prefix)).toBe(true);
    });

    it.each(['012 777 001', '+855 12 777 001', '85512777001', '(0)12-777-001', '0085512777001'])('finds by phone in any format: %j', async (text) => {
      expect(ids((await search(text)).nodes)).toEqual([sokDara.id]);
    });

    it('counts what it finds, and an empty search lists everyone by name', async () => {
      const page = await search('dara');
      expect(await page.count()).toBe(page.nodes.length);
      const all = await search(null);
      const names = all.nodes.map((p) => `${p.familyName} ${p.givenName}`);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('pages through a ranked search while patients register between pages: no repeats, and no skips of rows that existed at the first page', async () => {
      const variants = ['Meas', 'Meass', 'Mease', 'Meash', 'Meas Meas', 'Measa'];
      for (let i = 0; i < 24; i++) await register({ familyName: variants[i % variants.length], givenName: `Srey${String.fromCharCode(97 + i)}` });
      for (const first of [2, 5]) {
        const existing = new Set(ids((await search('meas', 100)).nodes));
        expect(existing.size).toBeGreaterThanOrEqual(24);
        const seen: string[] = [];
        let after: string | null = null;
        for (let n = 0; n < 200; n++) {
          const page = await search('meas', first, after);
          seen.push(...ids(page.nodes));
          // Others register between page fetches, some ranking above and some below this page.
          await register({ familyName: 'Meas', givenName: `New${first}x${n}` });
          await register({ familyName: 'Meas', givenName: `Srey${n}`, familyNameKhmer: null });
          if (!page.hasNextPage) break;
          after = page.cursorOf(page.nodes[page.nodes.length - 1]);
        }
        expect(new Set(seen).size).toBe(seen.length);
        for (const id of existing) expect(seen).toContain(id);
      }
    });

    it.each(['Sok Dara', 'សុខ ដារា', '012 777 001', '00001', 'Lee Kolab'])('reads a page of %j in one statement, the next page too', async (text) => {
      db.resetQueries();
      const page = await search(text, 1);
      expect(db.queries).toHaveLength(1);
      if (page.hasNextPage) {
        db.resetQueries();
        await search(text, 1, page.cursorOf(page.nodes[0]));
        expect(db.queries).toHaveLength(1);
      }
    });

    it('refuses a forged cursor', async () => {
      const error = await rejectionOf(search('dara', 5, Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')));
      expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_CURSOR', field: 'after' });
    });

    describe('other romanisations of the same Khmer name', () => {
      const latin = (familyName: string, givenName: string) => register({ familyName, givenName, familyNameKhmer: null, givenNameKhmer: null });
      let lyKolap: Patient;
      let leeKolab: Patient;
      let yimVuthi: Patient;
      let oukSokha: Patient;
      let chay: Patient;
      let chhai: Patient;
      let chai: Patient;
      let unrelated: Patient[];

      beforeAll(async () => {
        lyKolap = await latin('Ly', 'Kolap');
        leeKolab = await latin('Lee', 'Kolab');
        yimVuthi = await latin('Yim', 'Vuthi');
        oukSokha = await latin('Ouk', 'Sokha');
        chay = await latin('Chay', 'Bopha');
        chhai = await latin('Chhai', 'Sreymom');
        chai = await latin('Chai', 'Kosal');
        unrelated = [
          await latin('Lim', 'Kosal'),
          await latin('Ly', 'Sophal'),
          await latin('Kolap', 'Nhem'),
          await latin('Yin', 'Vanna'),
          await latin('Yim', 'Rithy'),
          await latin('Ouk', 'Dara'),
          await latin('Keo', 'Sokha'),
          await latin('Chea', 'Dara'),
          await latin('Chhun', 'Heng'),
        ];
      });

      it.each([
        ['Lee Kolab', () => [lyKolap, leeKolab]],
        ['Kolab Lee', () => [lyKolap, leeKolab]],
        ['Yem Vuthy', () => [yimVuthi]],
        ['vuthy yem', () => [yimVuthi]],
        ['Uk Sokha', () => [oukSokha]],
        ['Chhay', () => [chay, chhai, chai]],
        ['chhay kosal', () => [chai]],
      ])('finds %j, and no unrelated name', async (text, expected) => {
        const found = ids((await search(text)).nodes);
        for (const p of expected()) expect(found).toContain(p.id);
        for (const p of unrelated) expect(found).not.toContain(p.id);
      });

      it('ranks the name as typed before its other spellings', async () => {
        expect(ids((await search('Ly Kolap')).nodes).slice(0, 2)).toEqual([lyKolap.id, leeKolab.id]);
        expect(ids((await search('kolab lee')).nodes).slice(0, 2)).toEqual([leeKolab.id, lyKolap.id]);
      });

      it('ranks the spellings of a name before a name that only begins like it', async () => {
        // Trigram word similarity lets a short word match the start of a longer one (as-you-type
        // search): "Chhay", folded to "chai", matches "Chantha" too, but further away.
        const chantha = await latin('Heng', 'Chantha');
        const found = ids((await search('Chhay')).nodes);
        expect(found).toContain(chantha.id);
        expect(found.indexOf(chantha.id)).toBeGreaterThan(Math.max(...[chay, chhai, chai].map((p) => found.indexOf(p.id))));
      });
    });
  });

  describe('possible duplicates and registration', () => {
    let base: Patient;

    beforeAll(async () => {
      base = await register({
        familyName: 'Heng',
        givenName: 'Sophea',
        familyNameKhmer: 'ហេង',
        givenNameKhmer: 'សុភា',
        birthDate: '1975-02-10',
        phones: ['097 111 2233'],
        nationalId: 'N-0451',
        provinceCode: 4,
        village: 'Phum Krang',
      });
    });

    const probe = (overrides: Parameters<typeof findPossibleDuplicates>[1]) => findPossibleDuplicates(db.orm.em.fork(), overrides);
    const about = async (overrides: Parameters<typeof findPossibleDuplicates>[1]) => (await probe(overrides)).find((c) => c.patient.id === base.id);

    it('scores the same name, birth date and village as a strong candidate', async () => {
      const c = await about({ familyName: 'heng', givenName: 'SOPHEA', birthDate: '1975-02-10', provinceCode: 4, village: 'phum krang' });
      expect(c?.reasons).toEqual([DuplicateReason.SAME_NAME, DuplicateReason.SAME_BIRTH_DATE, DuplicateReason.SAME_VILLAGE]);
      expect(c!.score).toBeCloseTo(0.85);
      expect(c!.score).toBeGreaterThanOrEqual(STRONG_DUPLICATE);
    });

    it.each<[string, Parameters<typeof findPossibleDuplicates>[1], DuplicateReason[], [number, number]]>([
      ['the flipped name', { familyName: 'Sophea', givenName: 'Heng' }, [DuplicateReason.FLIPPED_NAME], [0.45, 0.45]],
      ['a similar name, same birth year and province', { familyName: 'Heng', givenName: 'Sopheap', birthDate: '1975-07-01', provinceCode: 4 }, [DuplicateReason.SIMILAR_NAME, DuplicateReason.SAME_BIRTH_YEAR, DuplicateReason.SAME_PROVINCE], [0.3, 0.5]],
      ['the Khmer name, flipped', { familyNameKhmer: 'សុភា', givenNameKhmer: 'ហេង' }, [DuplicateReason.SAME_KHMER_NAME], [0.45, 0.45]],
      ['the phone in another format', { phones: ['+855 97 111 2233'] }, [DuplicateReason.SAME_PHONE], [0.6, 0.6]],
      ['the national ID', { nationalId: 'n-0451' }, [DuplicateReason.SAME_NATIONAL_ID], [0.9, 0.9]],
      ['phone and name', { familyName: 'Heng', givenName: 'Sophea', familyNameKhmer: 'ហេង', givenNameKhmer: 'សុភា', phones: ['0971112233'] }, [DuplicateReason.SAME_PHONE, DuplicateReason.SAME_NAME, DuplicateReason.SAME_KHMER_NAME], [1, 1]],
    ])('finds %s with its reasons and score', async (_name, input, reasons, [low, high]) => {
      const c = await about(input);
      expect(c?.reasons).toEqual(reasons);
      expect(c!.score).toBeGreaterThanOrEqual(low - 1e-9);
      expect(c!.score).toBeLessThanOrEqual(high + 1e-9);
    });

    it('does not offer unrelated people, nor place or birth date alone', async () => {
      expect(await about({ familyName: 'Nhem', givenName: 'Kosal' })).toBeUndefined();
      expect(await about({ birthDate: '1975-02-10', provinceCode: 4, village: 'Phum Krang' })).toBeUndefined();
      expect(await probe({})).toEqual([]);
    });

    it('returns at most 10, best first', async () => {
      for (let i = 0; i < 12; i++) await register({ familyName: 'Tep', givenName: `Chanthy`, birthDate: `19${60 + i}-01-01` });
      const found = await probe({ familyName: 'Tep', givenName: 'Chanthy', birthDate: '1965-01-01', provinceCode: 21 });
      expect(found).toHaveLength(10);
      expect(found[0].patient.birthDate).toBe('1965-01-01');
      const scores = found.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('refuses to register a strong candidate unless confirmed, and writes nothing', async () => {
      const again = patientInput({
        familyName: 'Heng', givenName: 'Sophea', familyNameKhmer: null, givenNameKhmer: null,
        birthDate: '1975-02-10', phones: [], provinceCode: 4, confirmNotDuplicate: false,
      });
      await expectFailsAndChangesNothing(db.orm, () => registerPatient(ctx(), again), { code: ErrorCode.CONFLICT, reason: 'POSSIBLE_DUPLICATE' });
      const confirmed = await registerPatient(ctx(), { ...again, confirmNotDuplicate: true });
      expect(confirmed.id).not.toBe(base.id);
      // A weak candidate (the same name only) does not need confirming.
      const weak = await registerPatient(ctx(), patientInput({ familyName: 'Heng', givenName: 'Sophea', birthDate: '1990-01-01', phones: [], provinceCode: 12, confirmNotDuplicate: false }));
      expect(weak.mrn).toMatch(/^\d{6}-\d$/);
    });
  });

  describe('updatePatient', () => {
    const update = (patient: Patient, changes: Partial<UpdatePatientInput>) =>
      updatePatient(ctx(), patient.id, { patientId: toGlobalId('Patient', patient.id), expectedVersion: patient.version, ...changes });

    it('changes only the fields given, validated, and moves the version on', async () => {
      const patient = await register({ familyName: 'Ouk', givenName: 'Rotha', district: 'Bati', nationalId: 'X1' });
      const updated = await update(patient, { givenName: ' Rathana ', travelTimeHours: 3.5, transport: TransportMode.BUS, phones: ['+855 12 999 111'], nationalId: null });
      const stored = await reloadPatient(db.orm, patient.id);
      expect(stored).toMatchObject({ familyName: 'Ouk', givenName: 'Rathana', district: 'Bati', nationalId: null, travelTimeHours: 3.5, transport: 'BUS', phones: ['+85512999111'] });
      expect(stored.version).toBe(patient.version + 1);
      expect(updated.version).toBe(stored.version);
      const cleared = await update(stored, { travelTimeHours: null });
      expect((await reloadPatient(db.orm, cleared.id)).travelTimeHours).toBeNull();
    });

    it('refuses a stale version with CONFLICT STALE_VERSION and changes nothing', async () => {
      const patient = await register({ familyName: 'Ouk', givenName: 'Stale' });
      await update(patient, { village: 'Phum 1' });
      await expectFailsAndChangesNothing(db.orm, () => update(patient, { village: 'Phum 2' }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      expect((await reloadPatient(db.orm, patient.id)).village).toBe('Phum 1');
    });

    it.each<[string, Partial<UpdatePatientInput>, string, string]>([
      ['a travel time over 48 hours', { travelTimeHours: 48.5 }, 'travelTimeHours', 'OUT_OF_RANGE'],
      ['a negative travel time', { travelTimeHours: -1 }, 'travelTimeHours', 'OUT_OF_RANGE'],
      ['an empty family name', { familyName: ' ' }, 'familyName', 'REQUIRED'],
      ['a Khmer name in Latin letters', { givenNameKhmer: 'Dara' }, 'givenNameKhmer', 'NOT_KHMER'],
      ['a bad phone', { phones: ['123'] }, 'phones[0]', 'INVALID_PHONE'],
      ['province 26', { provinceCode: 26 }, 'provinceCode', 'OUT_OF_RANGE'],
      ['a birth date making them a child without a guardian', { birthDate: '2020-01-01' }, 'guardian', 'GUARDIAN_REQUIRED'],
    ])('rejects %s and changes nothing', async (_name, changes, field, reason) => {
      const patient = await register({ familyName: 'Ouk', givenName: 'Invalid' });
      await expectFailsAndChangesNothing(db.orm, () => update(patient, changes), { code: ErrorCode.BAD_USER_INPUT, field, reason });
    });

    it('takes travel time and transport at registration too', async () => {
      const patient = await register({ familyName: 'Ouk', givenName: 'Travel', travelTimeHours: 6, transport: TransportMode.BOAT });
      expect(await reloadPatient(db.orm, patient.id)).toMatchObject({ travelTimeHours: 6, transport: 'BOAT' });
      const error = await rejectionOf(register({ travelTimeHours: 100 }));
      expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, field: 'travelTimeHours', reason: 'OUT_OF_RANGE' });
    });
  });

  describe('mergePatients', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await createSchema();
    });

    async function gql<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
      const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      expect(result.errors).toBeUndefined();
      return result.data as T;
    }

    /** Rows, in every table with a foreign key to patient, that point at `patientId`. */
    async function rowsPointingAt(patientId: string): Promise<Record<string, number>> {
      const em = db.orm.em.fork();
      const counts: Record<string, number> = {};
      for (const { table, column } of await patientReferences(em)) {
        const [row] = await em.execute<{ n: string }[]>(`select count(*) as n from "${table}" where "${column}" = ?`, [patientId]);
        if (Number(row.n) > 0) counts[`${table}.${column}`] = Number(row.n);
      }
      return counts;
    }

    it('moves every record to the kept patient, leaves a tombstone, and records PATIENTS_MERGED', async () => {
      clock.set('2026-03-02T02:00:00.000Z');
      const keep = await register({ familyName: 'Prak', givenName: 'Sambath' });
      const { referral: keptReferral } = await referralInStatus(db.orm, clock, ReferralStatus.TRIAGED, { patientId: keep.id });
      clock.advance(60);
      // The record to remove: a referral walked to surgery, an admission and a discharge.
      const remove = await register({ familyName: 'Prak', givenName: 'Sambat' });
      const { referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { patientId: remove.id });
      clock.advance(60);
      const start = new Date(clock().getTime() + 24 * 3600_000);
      const surgery = await scheduleSurgery(ctx(), { patientId: remove.id, referralId: referral.id, episodeId: null }, surgeryInput(remove.id, start));
      const [bed] = await vacantBeds(db.orm, 1);
      clock.set(new Date(start.getTime() - 3600_000).toISOString());
      await admitPatient(ctx(), { patientId: remove.id, bedId: bed.id, episodeId: null }, { patientId: remove.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
      clock.set(new Date(start.getTime() + 3 * 3600_000).toISOString());
      await recordFullChecklist(db.orm, clock, surgery.id, start, new Date(start.getTime() + 3600_000));
      await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: start, endedAt: new Date(start.getTime() + 3600_000) });
      clock.advance(24 * 60);
      await dischargePatient(ctx(), remove.id, dischargeInput(remove.id));
      clock.advance(60);

      const before = await rowsPointingAt(remove.id);
      expect(Object.keys(before).sort()).toEqual(
        expect.arrayContaining(['admission.patient_id', 'discharge.patient_id', 'episode.patient_id', 'journey_event.patient_id', 'referral.patient_id', 'surgery.patient_id']),
      );
      const eventsBefore = async (id: string) => (await readJourney(db.orm.em.fork(), id, { first: 100 })).nodes.map((e) => e.seq);
      const keptEvents = await eventsBefore(keep.id);
      const removedEvents = await eventsBefore(remove.id);

      const keepVersion = (await reloadPatient(db.orm, keep.id)).version;
      const kept = await mergePatients(ctx(), keep.id, remove.id, { keepId: '', removeId: '', keepVersion, removeVersion: null });
      expect(kept.id).toBe(keep.id);

      // Nothing points at the removed patient any more, except its own row (the tombstone).
      expect(await rowsPointingAt(remove.id)).toEqual({});
      const tombstone = await reloadPatient(db.orm, remove.id);
      expect(tombstone.mergedInto?.id).toBe(keep.id);
      // Status history stays with its referral, which now belongs to the kept patient.
      const [history] = await db.orm.em.fork().execute<{ n: string }[]>(
        `select count(*) as n from referral_status_change c join referral r on r.id = c.referral_id where r.patient_id = ? and r.id = ?`,
        [keep.id, referral.id],
      );
      expect(Number(history.n)).toBeGreaterThanOrEqual(4);
      expect(keptReferral.id).not.toBe(referral.id);

      // The timeline: every event of both, newest first, with PATIENTS_MERGED on top.
      const journey = (await readJourney(db.orm.em.fork(), keep.id, { first: 100 })).nodes;
      expect(journey[0].kind).toBe(JourneyEventKind.PATIENTS_MERGED);
      expect(journey[0].note).toBe(remove.mrn);
      expect(new Set(journey.slice(1).map((e) => e.seq))).toEqual(new Set([...keptEvents, ...removedEvents]));
      const times = journey.map((e) => e.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // The removed record moved last (discharged to follow-up): the merged patient is there now.
      expect((await reloadPatient(db.orm, keep.id)).stage).toBe(JourneyStage.FOLLOW_UP);

      // The removed MRN and ID find the kept patient; search no longer lists the tombstone.
      expect((await findPatientByMrn(db.orm.em.fork(), remove.mrn))?.id).toBe(keep.id);
      expect(ids((await search(remove.mrn)).nodes)).toEqual([keep.id]);
      expect(ids((await search('Prak Sambat')).nodes)).not.toContain(remove.id);
      expect(ids((await search(null, 100)).nodes)).not.toContain(remove.id);
      const data = await gql<{ patient: { id: string; journey: { edges: { node: { __typename: string; mergedMrn?: string } }[] } }; patientByMrn: { id: string } }>(
        `query ($id: ID!, $mrn: String!) {
           patient(id: $id) { id journey(first: 1) { edges { node { __typename ... on PatientsMergedEvent { mergedMrn } } } } }
           patientByMrn(mrn: $mrn) { id } }`,
        { id: toGlobalId('Patient', remove.id), mrn: remove.mrn },
      );
      expect(data.patient.id).toBe(toGlobalId('Patient', keep.id));
      expect(data.patient.journey.edges[0].node).toEqual({ __typename: 'PatientsMergedEvent', mergedMrn: remove.mrn });
      expect(data.patientByMrn.id).toBe(toGlobalId('Patient', keep.id));
    });

    it('serves updatePatient, possibleDuplicates and travel details over GraphQL', async () => {
      const patient = await register({ familyName: 'Srun', givenName: 'Kanha', birthDate: '1980-01-01', provinceCode: 7, phones: ['016 555 123'] });
      const id = toGlobalId('Patient', patient.id);
      const updated = await gql<{ updatePatient: { travelTimeHours: number; transport: string; version: number } }>(
        `mutation ($input: UpdatePatientInput!) { updatePatient(input: $input) { travelTimeHours transport version } }`,
        { input: { patientId: id, expectedVersion: patient.version, travelTimeHours: 2.5, transport: 'TUK_TUK' } },
      );
      expect(updated.updatePatient).toEqual({ travelTimeHours: 2.5, transport: 'TUK_TUK', version: patient.version + 1 });
      const found = await gql<{ possibleDuplicates: { patient: { id: string }; score: number; reasons: string[] }[] }>(
        `query ($input: DuplicateCheckInput!) { possibleDuplicates(input: $input) { patient { id } score reasons } }`,
        { input: { familyName: 'Kanha', givenName: 'Srun', phones: ['+85516555123'], birthDate: '1980-01-01', provinceCode: 7 } },
      );
      expect(found.possibleDuplicates[0]).toEqual({ patient: { id }, score: 1, reasons: ['SAME_PHONE', 'FLIPPED_NAME', 'SAME_BIRTH_DATE', 'SAME_PROVINCE'] });
      const refused = await graphql({
        schema,
        source: `mutation { registerPatient(input: { familyName: "Srun", givenName: "Kanha", sex: FEMALE, birthDate: "1980-01-01", phones: ["016555123"], provinceCode: 7 }) { id } }`,
        contextValue: createContext(db.orm.em, clock, { user: testUser() }),
      });
      expect(refused.errors?.[0]?.originalError).toMatchObject({ code: 'CONFLICT', details: { reason: 'POSSIBLE_DUPLICATE' } });
    });

    it('refuses a patient into itself, a tombstone, stale versions and two admitted patients, changing nothing', async () => {
      const a = await register({ familyName: 'Yim', givenName: 'A' });
      const b = await register({ familyName: 'Yim', givenName: 'B' });
      const merge = (keep: Patient, remove: Patient, versions: { keepVersion?: number; removeVersion?: number } = {}) =>
        mergePatients(ctx(), keep.id, remove.id, { keepId: '', removeId: '', ...versions });
      await expectFailsAndChangesNothing(db.orm, () => merge(a, a), { code: ErrorCode.CONFLICT, reason: 'SAME_PATIENT' });
      await expectFailsAndChangesNothing(db.orm, () => merge(a, b, { removeVersion: b.version + 1 }), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
      await merge(a, b);
      const c = await register({ familyName: 'Yim', givenName: 'C' });
      await expectFailsAndChangesNothing(db.orm, () => merge(c, b), { code: ErrorCode.CONFLICT, reason: 'ALREADY_MERGED' });
      await expectFailsAndChangesNothing(db.orm, () => merge(b, c), { code: ErrorCode.CONFLICT, reason: 'ALREADY_MERGED' });

      const [bed1, bed2] = await vacantBeds(db.orm, 2);
      const { patient: inBed1 } = await admittedPatient(db.orm, clock, bed1, { familyName: 'Yim', givenName: 'D', phones: [] });
      const { patient: inBed2 } = await admittedPatient(db.orm, clock, bed2, { familyName: 'Yim', givenName: 'E', phones: [] });
      await expectFailsAndChangesNothing(db.orm, () => merge(inBed1, inBed2), { code: ErrorCode.CONFLICT, reason: 'BOTH_ADMITTED' });
      // One in a bed is fine: the admission moves with the record.
      const merged = await merge(c, inBed2);
      expect(merged.id).toBe(c.id);
      expect((await reloadPatient(db.orm, c.id)).stage).toBe(JourneyStage.INPATIENT);
    });
  });

  describe('the timeline stays append-only', () => {
    it('refuses UPDATE outside a merge, and any change but patient_id during one', async () => {
      const a = await register({ familyName: 'Nuon', givenName: 'A' });
      const b = await register({ familyName: 'Nuon', givenName: 'B' });
      const conn = db.orm.em.fork().getConnection();
      const run = (sql: string[]) =>
        db.orm.em.fork().transactional(async (em) => {
          for (const statement of sql) await em.execute(statement);
        });
      const move = `update journey_event set patient_id = '${b.id}' where patient_id = '${a.id}'`;
      await expect(run([move])).rejects.toThrow(/append-only/);
      await expect(run([`set local journey.merging = 'on'`, `update journey_event set summary = 'edited' where patient_id = '${a.id}'`])).rejects.toThrow(/append-only/);
      await expect(run([`set local journey.merging = 'on'`, `update journey_event set patient_id = '${b.id}', note = 'x' where patient_id = '${a.id}'`])).rejects.toThrow(/append-only/);
      await expect(run([`set local journey.merging = 'on'`, `delete from journey_event where patient_id = '${a.id}'`])).rejects.toThrow(/append-only/);
      await run([`set local journey.merging = 'on'`, move]);
      const [row] = await conn.execute<{ n: string }[]>(`select count(*) as n from journey_event where patient_id = '${a.id}'`);
      expect(Number(row.n)).toBe(0);
      // The setting was local to that transaction.
      await expect(run([`update journey_event set patient_id = '${a.id}' where patient_id = '${b.id}'`])).rejects.toThrow(/append-only/);
    });
  });
});
