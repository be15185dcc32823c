import { AdmissionReason, AdmissionStatus, ErrorCode } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  dischargeInput,
  dischargePatient,
  expectDomainError,
  expectFailsAndChangesNothing,
  patientInput,
  rejectionOf,
  serviceContext,
  testClock,
  vacantBeds,
} from '../../../../tests/support/factories.js';
import type { Patient } from '../patients/patient.entity.js';
import { mergePatients } from '../patients/patient-merge.service.js';
import { registerPatient } from '../patients/patient.service.js';
import { Admission } from './admission.entity.js';
import { admitPatient, clashingPeriod, transferPatient } from './admission.service.js';
import { BedStay } from './bed-stay.entity.js';
import type { Bed } from './ward.entity.js';

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * A bed holds one stay and a patient one admission at every instant, past ones included:
 * back-dated admissions and transfers are checked against the whole history, and the
 * database refuses an overlap whatever writes it.
 */
describe('no overlapping stays or admissions, back-dated ones included', () => {
  let db: TestDatabase;
  const clock = testClock('2026-06-01T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const fresh = () => db.orm.em.fork();
  const ago = (minutes: number) => new Date(clock().getTime() - minutes * 60_000);

  const register = (givenName: string): Promise<Patient> => registerPatient(ctx(), patientInput({ givenName }));
  const admit = (patientId: string, bedId: string, admittedAt?: Date) =>
    admitPatient(serviceContext(db.orm, clock), { patientId, bedId, episodeId: null }, {
      patientId,
      bedId,
      reason: AdmissionReason.MEDICAL,
      admittedAt: admittedAt ?? null,
    });
  const discharge = (patientId: string, dischargedAt?: Date) =>
    dischargePatient(ctx(), patientId, dischargeInput(patientId, dischargedAt ? { dischargedAt } : {}));
  const transfer = (patientId: string, bedId: string, at?: Date) =>
    transferPatient(serviceContext(db.orm, clock), { patientId, bedId }, { patientId, bedId, reason: 'Closer to the nursing station', at: at ?? null });
  /** Beds of a ward no test has used yet (no stay in their history). */
  const beds = async (count: number, ward = 'Adult Surgery'): Promise<Bed[]> => {
    const used = new Set((await fresh().find(BedStay, {})).map((s) => s.bed.id));
    const list = (await vacantBeds(db.orm, 100, ward)).filter((b) => !used.has(b.id)).slice(0, count);
    expect(list).toHaveLength(count);
    return list;
  };
  /** A bed whose history holds one finished stay, `daysAgo` .. `daysAgo - days` days ago. */
  const bedWithPastStay = async (daysAgo: number, days: number) => {
    const [bed] = await beds(1);
    const patient = await register('Earlier');
    await admit(patient.id, bed.id, ago(daysAgo * DAY));
    await discharge(patient.id, ago((daysAgo - days) * DAY));
    return { bed, patient };
  };
  const execute = (sql: string, params: unknown[] = []) => fresh().getConnection().execute(sql, params);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('refuses a back-dated admission into a bed during another patient\'s past stay, naming the bed and the period', async () => {
    clock.advance(DAY);
    const { bed } = await bedWithPastStay(5, 3); // occupied from 5 to 2 days ago
    const newcomer = await register('Later');
    for (const daysAgo of [4, 6]) {
      // Inside the stay, and before it (an open stay from then would run through it).
      const error = await expectFailsAndChangesNothing(
        db.orm,
        () => admit(newcomer.id, bed.id, ago(daysAgo * DAY)),
        { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' },
        [newcomer.id],
      );
      expect(error.message).toBe(
        `Bed ${bed.label} on Adult Surgery was occupied from 2026-05-28 09:00 to 2026-05-31 09:00 (Phnom Penh time); ` +
          `a stay from ${daysAgo === 4 ? '2026-05-29' : '2026-05-27'} 09:00 would overlap it`,
      );
    }
    // From the moment the earlier patient left, the bed is free.
    const admission = await admit(newcomer.id, bed.id, ago(2 * DAY));
    expect(admission.admittedAt.toISOString()).toBe(ago(2 * DAY).toISOString());
  });

  it('names the present occupant\'s stay when the bed is taken now', async () => {
    const [bed] = await beds(1);
    const first = await register('Present');
    await admit(first.id, bed.id, ago(3 * HOUR));
    const second = await register('Second');
    const error = await rejectionOf(admit(second.id, bed.id));
    expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' });
    expect(error.message).toBe(`Bed ${bed.label} on Adult Surgery is occupied since 2026-06-02 06:00 (Phnom Penh time)`);
    await discharge(first.id);
  });

  it('refuses to re-admit a patient inside their own finished stay, naming it', async () => {
    const [bed, other] = await beds(2);
    const patient = await register('Again');
    await admit(patient.id, bed.id, ago(4 * DAY));
    await discharge(patient.id, ago(1 * DAY));
    for (const at of [ago(2 * DAY), ago(5 * DAY)]) {
      const error = await expectFailsAndChangesNothing(
        db.orm,
        () => admit(patient.id, other.id, at),
        { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' },
        [patient.id],
      );
      expect(error.message).toContain(`The patient was in hospital from 2026-05-29 09:00 to 2026-06-01 09:00 (Phnom Penh time) (bed ${bed.label} on Adult Surgery)`);
    }
    // And while admitted now, the open admission is named.
    await admit(patient.id, other.id, ago(1 * DAY));
    const third = (await beds(1))[0];
    const error = await rejectionOf(admit(patient.id, third.id));
    expectDomainError(error, { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' });
    expect(error.message).toBe(`The patient is already admitted (bed ${other.label} on Adult Surgery, since 2026-06-01 09:00 (Phnom Penh time))`);
    await discharge(patient.id);
  });

  it('refuses a back-dated transfer into a bed another patient occupied since then', async () => {
    const [from] = await beds(1);
    const mover = await register('Mover');
    await admit(mover.id, from.id, ago(6 * DAY));
    const { bed: target } = await bedWithPastStay(5, 2); // occupied from 5 to 3 days ago
    for (const daysAgo of [4, 5.5]) {
      const error = await expectFailsAndChangesNothing(
        db.orm,
        () => transfer(mover.id, target.id, ago(daysAgo * DAY)),
        { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' },
        [mover.id],
      );
      expect(error.message).toContain(`Bed ${target.label} on Adult Surgery was occupied from`);
    }
    const stay = await transfer(mover.id, target.id, ago(3 * DAY));
    expect(stay.from.toISOString()).toBe(ago(3 * DAY).toISOString());
    await discharge(mover.id);
  });

  it('the database refuses an overlapping stay, admission or double bed written around the services (SQLSTATE 23P01)', async () => {
    const { bed, patient } = await bedWithPastStay(3, 2); // from 3 to 1 days ago
    const [stay] = await fresh().find(BedStay, { bed: bed.id });
    const [admission] = await fresh().find(Admission, { patient: patient.id });
    const other = await register('Raw');
    const [elsewhere] = await beds(1);
    const otherAdmission = await admit(other.id, elsewhere.id, ago(10 * DAY));
    await discharge(other.id, ago(9 * DAY));

    const refusal = async (sql: string, params: unknown[]) => {
      const error = (await rejectionOf(execute(sql, params))) as { code?: string; constraint?: string };
      return { code: error.code, constraint: error.constraint };
    };
    // Another admission's stay in the bed, inside the past stay.
    expect(
      await refusal(`insert into bed_stay (id, admission_id, bed_id, from_at, to_at) values (gen_random_uuid(), ?, ?, ?, ?)`, [
        otherAdmission.id, bed.id, ago(2.5 * DAY), ago(2 * DAY),
      ]),
    ).toEqual({ code: '23P01', constraint: 'bed_stay_bed_no_overlap' });
    // The same admission in a second bed at the same time.
    expect(
      await refusal(`insert into bed_stay (id, admission_id, bed_id, from_at, to_at) values (gen_random_uuid(), ?, ?, ?, ?)`, [
        admission.id, elsewhere.id, ago(2.5 * DAY), ago(2 * DAY),
      ]),
    ).toEqual({ code: '23P01', constraint: 'bed_stay_admission_no_overlap' });
    // A second admission of the patient inside the first, even a finished one.
    expect(
      await refusal(
        `insert into admission (id, patient_id, episode_id, bed_id, reason, status, admitted_at, discharged_at)
         select gen_random_uuid(), patient_id, episode_id, ?, 'MEDICAL', 'DISCHARGED', ?, ? from admission where id = ?`,
        [elsewhere.id, ago(2.5 * DAY), ago(2 * DAY), admission.id],
      ),
    ).toEqual({ code: '23P01', constraint: 'admission_patient_no_overlap' });
    // Moving an existing stay into an overlap is refused too.
    const [otherStay] = await fresh().find(BedStay, { admission: otherAdmission.id });
    expect(await refusal(`update bed_stay set bed_id = ?, from_at = ?, to_at = ? where id = ?`, [bed.id, ago(1.5 * DAY), ago(1.2 * DAY), otherStay.id])).toEqual({
      code: '23P01',
      constraint: 'bed_stay_bed_no_overlap',
    });
    // Touching periods are not an overlap: [from, to) ranges.
    await execute(`update bed_stay set bed_id = ?, from_at = ?, to_at = ? where id = ?`, [bed.id, stay.to, ago(0.5 * DAY), otherStay.id]);
    await execute(`update bed_stay set bed_id = ?, from_at = ?, to_at = ? where id = ?`, [elsewhere.id, ago(10 * DAY), ago(9 * DAY), otherStay.id]);
  });

  it('20 concurrent back-dated admissions of 20 patients into one bed: exactly one wins, the others are BED_OCCUPIED', async () => {
    const { bed } = await bedWithPastStay(4, 2); // from 4 to 2 days ago
    const patients: Patient[] = [];
    for (let i = 0; i < 20; i++) patients.push(await register(`Race${i}`));
    // Inside the past stay: every one refused.
    const inside = await Promise.allSettled(patients.map((p, i) => admit(p.id, bed.id, ago(3 * DAY + i))));
    expect(inside.filter((r) => r.status === 'fulfilled')).toHaveLength(0);
    for (const r of inside) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' });
    // After it ended, at different back-dated instants that all overlap one another: exactly one.
    const settled = await Promise.allSettled(patients.map((p, i) => admit(p.id, bed.id, ago(2 * DAY - i * 10))));
    const won = settled.filter((r) => r.status === 'fulfilled');
    const lost = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const { reason } of lost) expectDomainError(reason, { code: ErrorCode.CONFLICT, reason: 'BED_OCCUPIED' });
    expect(await fresh().count(BedStay, { bed: bed.id })).toBe(2);
    const winner = await fresh().findOneOrFail(Admission, { bed: bed.id, status: AdmissionStatus.ADMITTED });
    await discharge(winner.patient.id);
  });

  it('20 concurrent back-dated admissions of one patient into 20 beds: exactly one wins, the others are ALREADY_ADMITTED', async () => {
    const patient = await register('Hurry');
    await admit(patient.id, (await beds(1))[0].id, ago(6 * DAY));
    await discharge(patient.id, ago(4 * DAY));
    const free = [...(await beds(10, 'Paediatric Surgery')), ...(await beds(10, 'Paediatric Oncology'))];
    // Inside the finished stay: every one refused.
    const inside = await Promise.allSettled(free.map((bed, i) => admit(patient.id, bed.id, ago(5 * DAY - i))));
    expect(inside.filter((r) => r.status === 'fulfilled')).toHaveLength(0);
    for (const r of inside) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' });
    // After it, at different back-dated instants: exactly one.
    const settled = await Promise.allSettled(free.map((bed, i) => admit(patient.id, bed.id, ago(3 * DAY + i * 7))));
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of settled) if (r.status === 'rejected') expectDomainError(r.reason, { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' });
    expect(await fresh().count(Admission, { patient: patient.id })).toBe(2);
    expect(await fresh().count(BedStay, { admission: { patient: patient.id } })).toBe(2);
    await discharge(patient.id);
  });

  it('refuses to merge two records of one person whose admissions overlap, with CONFLICT rather than an internal error', async () => {
    const [one, two] = await beds(2);
    const first = await register('Twin');
    const second = await register('Twin');
    await admit(first.id, one.id, ago(10 * DAY));
    await discharge(first.id, ago(8 * DAY));
    await admit(second.id, two.id, ago(9 * DAY));
    await discharge(second.id, ago(7 * DAY));
    const error = await expectFailsAndChangesNothing(
      db.orm,
      () => mergePatients(ctx(), first.id, second.id, { keepId: first.id, removeId: second.id }),
      { code: ErrorCode.CONFLICT, reason: 'ALREADY_ADMITTED' },
      [first.id, second.id],
    );
    expect(error.message).toContain('admissions at overlapping times');
  });

  it('reads the clashing period from PostgreSQL\'s detail of an exclusion violation', () => {
    const detail =
      'Key (bed_id, tstzrange(from_at, COALESCE(to_at, \'infinity\'::timestamp with time zone), \'[)\'::text))=(a, ["2026-06-01 02:00:00+00",infinity)) ' +
      'conflicts with existing key (bed_id, tstzrange(from_at, COALESCE(to_at, \'infinity\'::timestamp with time zone), \'[)\'::text))=(a, ["2026-05-30 02:00:00.5+00","2026-06-01 03:00:00+07")).';
    expect(clashingPeriod(detail)).toEqual({ from: new Date('2026-05-30T02:00:00.500Z'), to: new Date('2026-05-31T20:00:00.000Z') });
    expect(clashingPeriod(detail.replace('"2026-06-01 03:00:00+07"', 'infinity'))).toEqual({ from: new Date('2026-05-30T02:00:00.500Z'), to: null });
    expect(clashingPeriod('something else')).toBeNull();
  });
});
