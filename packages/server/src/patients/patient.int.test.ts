import { ErrorCode, GuardianRelation, JourneyEventKind, JourneyStage, isValidMrn } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  childGuardian,
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  rejectionOf,
  reloadPatient,
  serviceContext,
  testClock,
} from '../../../../tests/support/factories.js';
import { encodeCursor } from '../graphql/relay.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import type { RegisterPatientInput } from './patient.input.js';
import { Patient } from './patient.entity.js';
import { findPatientByMrn, registerPatient, searchPatients } from './patient.service.js';

/** Standard Luhn validation of a whole digit string (payload + check digit), written independently of @pj/shared. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    let d = Number(char);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return sum % 10 === 0;
}

describe('patients', () => {
  let db: TestDatabase;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');

  const register = (overrides: Partial<RegisterPatientInput> = {}) => registerPatient(serviceContext(db.orm, clock), patientInput(overrides));

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  describe('registerPatient', () => {
    it('assigns consecutive MRNs of the form NNNNNN-C whose Luhn check digit validates', async () => {
      const patients = [];
      for (let i = 0; i < 4; i++) patients.push(await register({ givenName: `Mrn${i}` }));
      const mrns = patients.map((p) => p.mrn);

      for (const mrn of mrns) {
        expect(mrn).toMatch(/^\d{6}-\d$/);
        expect(isValidMrn(mrn)).toBe(true);
        expect(luhnValid(mrn.replace('-', ''))).toBe(true);
      }
      const serials = mrns.map((mrn) => Number(mrn.slice(0, 6)));
      expect(serials[0]).toBeGreaterThanOrEqual(1);
      expect(serials).toEqual(serials.map((_, i) => serials[0] + i));

      // Stored as assigned, unique, and the MRN finds the patient again; a mistyped check digit does not.
      const stored = await db.orm.em.fork().find(Patient, { id: { $in: patients.map((p) => p.id) } });
      expect(stored.map((p) => p.mrn).sort()).toEqual([...mrns].sort());
      const first = patients[0];
      expect((await findPatientByMrn(db.orm.em.fork(), first.mrn))?.id).toBe(first.id);
      const wrongCheck = `${first.mrn.slice(0, 7)}${(Number(first.mrn[7]) + 1) % 10}`;
      expect(isValidMrn(wrongCheck)).toBe(false);
      expect(await findPatientByMrn(db.orm.em.fork(), wrongCheck)).toBeNull();
    });

    it('stores phone numbers as +855… and drops the same number written another way', async () => {
      const patient = await register({
        phones: ['012 345 678', '+855 12 345 678', '855-12-345-678', '(0)12 345678', '097 765 4321'],
        guardian: { name: 'Sok Chenda', relation: GuardianRelation.SPOUSE, phones: ['0977654321', '+855 97 765 4321'] },
      });
      const stored = await reloadPatient(db.orm, patient.id);
      expect(stored.phones).toEqual(['+85512345678', '+855977654321']);
      expect(stored.guardian?.phones).toEqual(['+855977654321']);
    });

    it('writes one PATIENT_REGISTERED event for the patient, at registration time, and sets the stage to REGISTERED', async () => {
      clock.set('2026-03-02T03:15:00.000Z');
      const patient = await register({ givenName: 'Events' });
      const stored = await reloadPatient(db.orm, patient.id);
      expect(stored.stage).toBe(JourneyStage.REGISTERED);
      expect(stored.createdAt.toISOString()).toBe('2026-03-02T03:15:00.000Z');

      const events = await db.orm.em.fork().find(JourneyEvent, { patient: patient.id });
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({ kind: JourneyEventKind.PATIENT_REGISTERED, actor: 'test', episode: null, referral: null });
      expect(event.occurredAt.toISOString()).toBe('2026-03-02T03:15:00.000Z');
      expect(event.summary).toContain(stored.mrn);
      expect(event.summary).toContain('Takeo');
      clock.set('2026-03-02T02:00:00.000Z');
    });

    it('trims names and keeps Khmer script as given', async () => {
      const patient = await register({ familyName: '  Sok ', givenName: 'Dara  ', familyNameKhmer: ' សុខ ', givenNameKhmer: 'ដារា' });
      const stored = await reloadPatient(db.orm, patient.id);
      expect(stored).toMatchObject({ familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'ដារា' });
    });

    it('accepts a child with a guardian, and a patient who turns 18 today without one', async () => {
      const child = await register({ birthDate: '2015-07-01', guardian: childGuardian });
      expect((await reloadPatient(db.orm, child.id)).guardian).toMatchObject({
        name: 'Chan Sophea',
        relation: GuardianRelation.MOTHER,
        phones: ['+855977654321'],
      });
      // Today is 2026-03-02 in Phnom Penh.
      await expect(register({ birthDate: '2008-03-02', guardian: null })).resolves.toBeInstanceOf(Patient);
    });

    it('judges "today" in Phnom Penh time: a baby born on the local date that is still yesterday in UTC is accepted', async () => {
      // 18:00 UTC on 2 March = 01:00 on 3 March in Phnom Penh.
      clock.set('2026-03-02T18:00:00.000Z');
      try {
        const baby = await register({ birthDate: '2026-03-03', guardian: childGuardian });
        expect((await reloadPatient(db.orm, baby.id)).birthDate).toBe('2026-03-03');
        await expectFailsAndChangesNothing(db.orm, () => register({ birthDate: '2026-03-04', guardian: childGuardian }), {
          code: ErrorCode.BAD_USER_INPUT,
          reason: 'IN_FUTURE',
          field: 'birthDate',
        });
      } finally {
        clock.set('2026-03-02T02:00:00.000Z');
      }
    });

    const x = (n: number) => 'x'.repeat(n);
    const invalid: [string, Partial<RegisterPatientInput>, string, string][] = [
      ['an empty family name', { familyName: '' }, 'familyName', 'REQUIRED'],
      ['a family name of spaces only', { familyName: '   ' }, 'familyName', 'REQUIRED'],
      ['an empty given name', { givenName: '' }, 'givenName', 'REQUIRED'],
      ['a Khmer family name in Latin letters only', { familyNameKhmer: 'Sok' }, 'familyNameKhmer', 'NOT_KHMER'],
      ['a Khmer given name in Latin letters only', { givenNameKhmer: 'Dara' }, 'givenNameKhmer', 'NOT_KHMER'],
      ['a birth date tomorrow (Phnom Penh)', { birthDate: '2026-03-03' }, 'birthDate', 'IN_FUTURE'],
      ['a birth date years ahead', { birthDate: '2030-01-01' }, 'birthDate', 'IN_FUTURE'],
      ['province 0', { provinceCode: 0 }, 'provinceCode', 'OUT_OF_RANGE'],
      ['province 26', { provinceCode: 26 }, 'provinceCode', 'OUT_OF_RANGE'],
      ['a fractional province', { provinceCode: 12.5 }, 'provinceCode', 'OUT_OF_RANGE'],
      ['a phone that is too short', { phones: ['12345'] }, 'phones[0]', 'INVALID_PHONE'],
      ['a foreign phone after a valid one', { phones: ['012 345 678', '+1 555 123 4567'] }, 'phones[1]', 'INVALID_PHONE'],
      ['a phone with letters', { phones: ['012 ABC 678'] }, 'phones[0]', 'INVALID_PHONE'],
      ['six phone numbers', { phones: ['011111111', '011111112', '011111113', '011111114', '011111115', '011111116'] }, 'phones', 'TOO_MANY'],
      ['a child of 10 without a guardian', { birthDate: '2015-07-01', guardian: null }, 'guardian', 'GUARDIAN_REQUIRED'],
      ['a 17-year-old who turns 18 tomorrow, without a guardian', { birthDate: '2008-03-03', guardian: null }, 'guardian', 'GUARDIAN_REQUIRED'],
      ['a guardian with an invalid phone', { birthDate: '2015-07-01', guardian: { ...childGuardian, phones: ['123'] } }, 'guardian.phones[0]', 'INVALID_PHONE'],
      ['a guardian without a name', { birthDate: '2015-07-01', guardian: { ...childGuardian, name: ' ' } }, 'guardian.name', 'REQUIRED'],
      ['a 201-character family name', { familyName: x(201) }, 'familyName', 'TOO_LONG'],
      ['a 201-character given name', { givenName: x(201) }, 'givenName', 'TOO_LONG'],
      ['a NUL in the family name', { familyName: 'So\u0000k' }, 'familyName', 'CONTROL_CHARACTERS'],
      ['a BEL in the given name', { givenName: 'Da\u0007ra' }, 'givenName', 'CONTROL_CHARACTERS'],
      ['an ANSI escape in the family name', { familyName: '\u001B[31mSok' }, 'familyName', 'CONTROL_CHARACTERS'],
      ['a DEL at the end of the given name', { givenName: 'Dara\u007F' }, 'givenName', 'CONTROL_CHARACTERS'],
      ['a control character in the Khmer name', { familyNameKhmer: 'សុ\u0001ខ' }, 'familyNameKhmer', 'CONTROL_CHARACTERS'],
    ];

    it.each(invalid)('rejects %s with BAD_USER_INPUT and writes nothing', async (_name, overrides, field, reason) => {
      await expectFailsAndChangesNothing(db.orm, () => register(overrides), { code: ErrorCode.BAD_USER_INPUT, reason, field });
    });

    it('does not use up an MRN on a rejected registration', async () => {
      const before = await register({ givenName: 'Before' });
      await rejectionOf(register({ provinceCode: 26 }));
      await rejectionOf(register({ familyName: '' }));
      const after = await register({ givenName: 'After' });
      expect(Number(after.mrn.slice(0, 6))).toBe(Number(before.mrn.slice(0, 6)) + 1);
    });

    it('rejects a line break, carriage return or tab inside a name with CONTROL_CHARACTERS', async () => {
      for (const familyName of ['Sok\nDara', 'Sok\r\nDara', 'So\tk']) {
        const error = await rejectionOf(register({ familyName }));
        expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason: 'CONTROL_CHARACTERS', field: 'familyName' });
      }
    });
  });

  describe('searchPatients', () => {
    let sokDara: Patient;
    let sokVanna: Patient;
    let chanDara: Patient;

    const search = (text: string | null, first = 100, after: string | null = null) =>
      searchPatients(db.orm.em.fork(), { search: text, first, after });
    const ids = (patients: readonly Patient[]) => patients.map((p) => p.id);

    beforeAll(async () => {
      sokDara = await register({ familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'ដារា', phones: ['012 888 001'] });
      sokVanna = await register({ familyName: 'Sok', givenName: 'Vanna', familyNameKhmer: 'សុខ', givenNameKhmer: 'វណ្ណា', phones: ['012 888 002'] });
      chanDara = await register({ familyName: 'Chan', givenName: 'Dara', familyNameKhmer: 'ចាន់', givenNameKhmer: 'ដារា', phones: ['012 888 003'] });
    });

    it.each(['Dara Sok', 'sok dara', '  SOK   Dara ', 'dara sok'])(
      'finds a patient by Latin name in either word order and any case: %j',
      async (text) => {
        const page = await search(text);
        expect(ids(page.nodes)).toContain(sokDara.id);
        expect(ids(page.nodes)).not.toContain(sokVanna.id);
        expect(ids(page.nodes)).not.toContain(chanDara.id);
        // Every hit really has both words in its names.
        for (const p of page.nodes) {
          const names = `${p.familyName} ${p.givenName}`.toLowerCase();
          expect(names).toContain('sok');
          expect(names).toContain('dara');
        }
        expect(await page.count()).toBe(page.nodes.length);
      },
    );

    it.each(['សុខ ដារា', 'ដារា សុខ'])('finds a patient by Khmer name in either order: %s', async (text) => {
      const page = await search(text);
      expect(ids(page.nodes)).toContain(sokDara.id);
      expect(ids(page.nodes)).not.toContain(sokVanna.id);
      expect(ids(page.nodes)).not.toContain(chanDara.id);
    });

    it('finds by one Khmer word only the patients with that word', async () => {
      expect(ids((await search('វណ្ណា')).nodes)).toEqual([sokVanna.id]);
    });

    it('finds by MRN prefix, and by the whole MRN exactly one patient', async () => {
      const serial = sokDara.mrn.slice(0, 6);
      expect(ids((await search(serial)).nodes)).toEqual([sokDara.id]);
      expect(ids((await search(sokDara.mrn)).nodes)).toEqual([sokDara.id]);

      const prefix = sokDara.mrn.slice(0, 5);
      const page = await search(prefix);
      expect(ids(page.nodes)).toContain(sokDara.id);
      for (const p of page.nodes) expect(p.mrn.startsWith(prefix)).toBe(true);
      const all = await db.orm.em.fork().find(Patient, {});
      expect(page.nodes.length).toBe(all.filter((p) => p.mrn.startsWith(prefix)).length);
    });

    it.each(['012 888 001', '+855 12 888 001', '85512888001', '012-888-001', '0085512888001'])(
      'finds a patient by phone written in another format: %s',
      async (text) => {
        expect(ids((await search(text)).nodes)).toEqual([sokDara.id]);
      },
    );

    it('treats % and _ in the search text literally', async () => {
      expect((await search('%')).nodes).toEqual([]);
      expect((await search('_')).nodes).toEqual([]);
      expect((await search('S%k')).nodes).toEqual([]);
    });

    describe('keyset pagination', () => {
      beforeAll(async () => {
        // 25 patients, many with identical names so that page boundaries fall inside runs of ties.
        const names: [string, string][] = [
          ...Array.from({ length: 9 }, (): [string, string] => ['Lim', 'Sophal']),
          ...Array.from({ length: 6 }, (): [string, string] => ['Lim', 'Bopha']),
          ['Lim', 'Chenda'],
          ['Lim', 'Rithy'],
          ...Array.from({ length: 4 }, (): [string, string] => ['Limhour', 'Sophal']),
          ['Ly', 'Sophal'],
          ['Ly', 'Sophal'],
          ['Keo', 'Lim'],
          ['Keo', 'Lim'],
        ];
        expect(names).toHaveLength(25);
        for (const [familyName, givenName] of names) {
          await register({ familyName, givenName, familyNameKhmer: null, givenNameKhmer: null, phones: [] });
        }
      });

      async function pageThrough(text: string | null, first: number): Promise<Patient[]> {
        const seen: Patient[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 200; guard++) {
          const page = await search(text, first, after);
          expect(page.nodes.length).toBeLessThanOrEqual(first);
          seen.push(...page.nodes);
          if (!page.hasNextPage) return seen;
          expect(page.nodes).toHaveLength(first);
          after = page.cursorOf(page.nodes[page.nodes.length - 1]);
        }
        throw new Error('pagination did not end');
      }

      async function expectedOrder(where = ''): Promise<string[]> {
        const rows = await db.orm.em
          .fork()
          .getConnection()
          .execute<{ id: string }[]>(`select id from patient ${where} order by family_name, given_name, id`);
        return rows.map((r) => r.id);
      }

      it.each([1, 4, 7, 25])('pages through all patients %i at a time without repeats or gaps, in name order', async (first) => {
        const seen = await pageThrough(null, first);
        const expected = await expectedOrder();
        expect(expected.length).toBeGreaterThan(25);
        expect(new Set(ids(seen)).size).toBe(seen.length);
        expect(ids(seen)).toEqual(expected);
      });

      it('pages through a filtered search without repeats or gaps, best match first', async () => {
        const seen = await pageThrough('lim', 3);
        // Every name with a word like "lim" once folded ("Limhour"; "Ly", folded to "li", is
        // as close as the threshold allows), nearest whole name first, ties by id: one plain
        // statement over the whole table.
        const rows = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(
          `select id from patient where merged_into_id is null
             and word_similarity('lim', patient_search_fold(patient_search_text(family_name || ' ' || given_name))) >= 0.5
           order by similarity('lim', patient_search_fold(patient_search_text(family_name || ' ' || given_name))) desc, id`,
        );
        const expected = rows.map((r) => r.id);
        const withLim = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(
          `select id from patient where family_name ilike '%lim%' or given_name ilike '%lim%'`,
        );
        expect(withLim).toHaveLength(23);
        for (const { id } of withLim) expect(expected).toContain(id);
        expect(expected).toHaveLength(25);
        expect(ids(seen)).toEqual(expected);
        expect(await (await search('lim', 3)).count()).toBe(25);
      });

      it.each([
        ['text that is not base64 JSON', 'not-a-cursor'],
        ['JSON that is not an array', Buffer.from('{"a":1}').toString('base64url')],
        ['an array of the wrong length', encodeCursor(['42', '43'])],
        ['an array with an object in it', Buffer.from(JSON.stringify([{ id: 1 }])).toString('base64url')],
        ['a cursor of the old shape, with names', Buffer.from(JSON.stringify(['Lim', 'Sophal', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'])).toString('base64url')],
      ])('rejects a forged cursor (%s) with BAD_USER_INPUT', async (_name, after) => {
        const error = await rejectionOf(search(null, 5, after));
        expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_CURSOR', field: 'after' });
      });

      it('rejects a well-formed cursor whose id is not a UUID or no patient\'s with BAD_USER_INPUT', async () => {
        for (const after of [Buffer.from(JSON.stringify(['not-a-uuid'])).toString('base64url'), encodeCursor([42]), encodeCursor(['3f2504e0-4f89-41d3-9a0c-0305e82c3301'])]) {
          const error = await rejectionOf(search(null, 5, after));
          expectDomainError(error, { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_CURSOR', field: 'after' });
        }
      });
    });
  });
});
