import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPossibleDuplicates } from '../../packages/server/src/patients/patient-duplicates.js';
import type { Patient } from '../../packages/server/src/patients/patient.entity.js';
import { registerPatient, searchPatients } from '../../packages/server/src/patients/patient.service.js';
import { patientInput, serviceContext, testClock } from '../support/factories.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Ranked search pages are stable under concurrent registration. Precisely: for any page size and
 * any registrations between page fetches, paging to the end returns no patient twice, and returns
 * every patient that matched the search when the first page was read.
 */
describe('ranked patient search (properties)', () => {
  let db: TestDatabase;
  const clock = testClock();
  let serial = 30_000_000;
  const family = fc.constantFrom('Sokha', 'Sokhar', 'Sok', 'Sokh', 'Sokhaa', 'Chan');
  const given = fc.constantFrom('Dara', 'Darra', 'Vanna', 'Bopha', 'Srey');
  const register = (familyName: string, givenName: string): Promise<Patient> =>
    registerPatient(serviceContext(db.orm, clock), patientInput({ familyName, givenName, familyNameKhmer: null, givenNameKhmer: null, phones: [`0${++serial + 60_000_000}`] }));

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 30; i++) await register(['Sokha', 'Sokhar', 'Sok', 'Chan'][i % 4], ['Dara', 'Vanna', 'Bopha'][i % 3]);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('neither repeats nor skips while patients register between pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('sokha', 'Sokha Dara', 'dara sok', 'sokhar vanna'),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.array(fc.tuple(family, given), { maxLength: 2 }), { maxLength: 12 }),
        async (text, first, arrivals) => {
          const search = (after: string | null) => searchPatients(db.orm.em.fork(), { search: text, first, after });
          const everything = await searchPatients(db.orm.em.fork(), { search: text, first: 100, after: null });
          const before = everything.nodes.map((p) => p.id);
          const seen: string[] = [];
          let after: string | null = null;
          for (let n = 0; n < 200; n++) {
            const page = await search(after);
            seen.push(...page.nodes.map((p) => p.id));
            for (const [f, g] of arrivals[n] ?? []) await register(f, g);
            if (!page.hasNextPage) break;
            after = page.cursorOf(page.nodes[page.nodes.length - 1]);
          }
          expect(new Set(seen).size).toBe(seen.length);
          for (const id of before) expect(seen).toContain(id);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('scores duplicates between 0 and 1, best first, with reasons, never more than 10', async () => {
    await fc.assert(
      fc.asyncProperty(family, given, fc.option(fc.integer({ min: 1, max: 25 })), async (familyName, givenName, provinceCode) => {
        const found = await findPossibleDuplicates(db.orm.em.fork(), { familyName, givenName, provinceCode });
        expect(found.length).toBeLessThanOrEqual(10);
        for (const c of found) {
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
          expect(c.reasons.length).toBeGreaterThan(0);
        }
        const scores = found.map((c) => c.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
      { numRuns: 25 },
    );
  });
});
