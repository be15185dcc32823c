import { AdmissionReason } from '@pj/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { dischargeInput, dischargePatient, patientInput, serviceContext, testClock, vacantBeds } from '../support/factories.js';
import { DomainError } from '../../packages/server/src/common/domain-error.js';
import type { Patient } from '../../packages/server/src/patients/patient.entity.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { Admission } from '../../packages/server/src/inpatient/admission.entity.js';
import { admitPatient, transferPatient } from '../../packages/server/src/inpatient/admission.service.js';
import { BedStay } from '../../packages/server/src/inpatient/bed-stay.entity.js';
import { census, inpatients } from '../../packages/server/src/inpatient/census.js';
import type { Bed } from '../../packages/server/src/inpatient/ward.entity.js';

const PATIENTS = 3;
const BEDS = 3;
const MINUTE = 60_000;
const RUNS = Number(process.env.CENSUS_PROPERTY_RUNS ?? 30);

/** One step a ward might record: now or back-dated by `back` minutes. */
type Step =
  | { kind: 'admit'; patient: number; bed: number; back: number }
  | { kind: 'transfer'; patient: number; bed: number; back: number }
  | { kind: 'discharge'; patient: number; back: number }
  | { kind: 'wait'; minutes: number };

const patient = fc.integer({ min: 0, max: PATIENTS - 1 });
const bed = fc.integer({ min: 0, max: BEDS - 1 });
// Now, back-dated by a few hours, or by up to two days (a ward catching up with its records).
const back = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 6 * 60 }), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 48 * 60 }), weight: 1 },
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('admit' as const), patient, bed, back }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('transfer' as const), patient, bed, back }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('discharge' as const), patient, back }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 8 * 60 }) }), weight: 2 },
);

/**
 * Random admissions, transfers and discharges, some back-dated, through the services; then at
 * random instants (and at every recorded moment) the census shows exactly the admissions open
 * at that instant, each in the bed its stays say. Refusals are allowed (a bed taken, a patient
 * not admitted): whatever the services accept, the census tells the truth about it.
 */
describe('the census equals the admissions open at any instant', () => {
  let db: TestDatabase;
  let beds: Bed[];
  const clock = testClock('2026-01-05T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  /** What the services accepted over all runs, so the property is known not to hold vacuously. */
  const accepted = { admit: 0, transfer: 0, discharge: 0, backDated: 0 };

  beforeAll(async () => {
    db = await createTestDatabase();
    beds = await vacantBeds(db.orm, BEDS, 'Paediatric Surgery');
    expect(beds).toHaveLength(BEDS);
  });

  afterAll(async () => {
    await db?.close();
  });

  async function perform(s: Step, people: Patient[], since: Date): Promise<void> {
    if (s.kind === 'wait') {
      clock.advance(s.minutes);
      return;
    }
    clock.advance(1);
    // Back-dated, but not before this run began (earlier runs' history is not this run's).
    const at = new Date(Math.max(since.getTime(), clock().getTime() - s.back * MINUTE));
    const who = people[s.patient].id;
    try {
      if (s.kind === 'admit') {
        const bedId = beds[s.bed].id;
        await admitPatient(ctx(), { patientId: who, bedId, episodeId: null }, { patientId: who, bedId, reason: AdmissionReason.MEDICAL, admittedAt: at });
      } else if (s.kind === 'transfer') {
        const bedId = beds[s.bed].id;
        await transferPatient(ctx(), { patientId: who, bedId }, { patientId: who, bedId, reason: 'Moved', at });
      } else {
        await dischargePatient(ctx(), who, dischargeInput(who, { dischargedAt: at }));
      }
      accepted[s.kind]++;
      if (at.getTime() < clock().getTime()) accepted.backDated++;
    } catch (error) {
      // A refusal is a typed DomainError; anything else is a bug.
      if (!(error instanceof DomainError)) throw error;
    }
  }

  it('for random sequences of admissions, transfers, back-dated entries and discharges', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 8, maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 8 }),
        async (steps, fractions) => {
          clock.advance(3 * 24 * 60);
          const since = clock();
          const people: Patient[] = [];
          for (let i = 0; i < PATIENTS; i++) people.push(await registerPatient(ctx(), patientInput({ givenName: `Census${i}` })));
          try {
            for (const s of steps) await perform(s, people, since);
            await check(people, since, clock(), fractions);
          } finally {
            // Empty the beds for the next run, even after a failure (fast-check shrinks on this database).
            clock.advance(1);
            for (const a of await db.orm.em.fork().find(Admission, { bed: { $in: beds.map((b) => b.id) }, dischargedAt: null })) {
              await dischargePatient(ctx(), a.patient.id, dischargeInput(a.patient.id));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Not vacuous: each kind of step was accepted often. (Most admissions are refused: with
    // three patients and three beds a patient is usually in already or the bed taken.)
    expect(accepted.admit).toBeGreaterThan(RUNS / 10);
    expect(accepted.transfer).toBeGreaterThan(RUNS / 10);
    expect(accepted.discharge).toBeGreaterThan(RUNS / 10);
    expect(accepted.backDated).toBeGreaterThan(RUNS / 10);
  }, 600_000);

  /** The census at every recorded moment of the run and at random instants against the admissions open then. */
  async function check(people: Patient[], since: Date, until: Date, fractions: number[]): Promise<void> {
    const em = db.orm.em.fork();
    const ids = people.map((p) => p.id);
    const admissions = await em.find(Admission, { patient: { $in: ids } });
    const stays = await em.find(BedStay, { admission: { $in: admissions.map((a) => a.id) } });
    const ours = new Set(beds.map((b) => b.id));

    // Every recorded moment (and a moment before and after it), and random instants of the run.
    const moments = new Set<number>([since.getTime(), until.getTime()]);
    for (const a of admissions) for (const t of [a.admittedAt, a.dischargedAt]) if (t) moments.add(t.getTime());
    for (const s of stays) for (const t of [s.from, s.to]) if (t) moments.add(t.getTime());
    for (const t of [...moments]) moments.add(t - 1).add(t + 1);
    for (const f of fractions) moments.add(Math.round(since.getTime() + f * (until.getTime() - since.getTime())));

    for (const t of [...moments].filter((m) => m >= since.getTime() && m <= until.getTime())) {
      const at = new Date(t);
      const open = admissions.filter((a) => a.admittedAt.getTime() <= t && (a.dischargedAt === null || t < a.dischargedAt.getTime()));
      const expected = new Map<string, string>();
      for (const a of open) {
        // An open admission is in exactly one bed at that instant.
        const inBed = stays.filter((s) => s.admission.id === a.id && s.from.getTime() <= t && (s.to === null || t < s.to.getTime()));
        expect(inBed, `admission ${a.id} at ${at.toISOString()}`).toHaveLength(1);
        expect(expected.has(inBed[0].bed.id), `two admissions in one bed at ${at.toISOString()}`).toBe(false);
        expected.set(inBed[0].bed.id, a.id);
      }
      const shown = new Map(
        (await census(db.orm.em.fork(), at)).filter((b) => ours.has(b.bed.id) && b.admission).map((b) => [b.bed.id, b.admission!.id]),
      );
      expect(shown, `census at ${at.toISOString()}`).toEqual(expected);
    }

    // Now: the inpatient list and the census agree.
    const now = new Map((await inpatients(db.orm.em.fork())).map((a) => [a.bed.id, a.id]));
    const board = new Map((await census(db.orm.em.fork(), clock())).filter((b) => b.admission).map((b) => [b.bed.id, b.admission!.id]));
    expect(board).toEqual(now);
  }
});
