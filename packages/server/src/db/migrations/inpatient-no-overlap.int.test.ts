import { AdmissionReason } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.js';
import { dischargeInput, dischargePatient, patientInput, serviceContext, testClock, vacantBeds } from '../../../../../tests/support/factories.js';
import { admitPatient } from '../../inpatient/admission.service.js';
import { census } from '../../inpatient/census.js';
import { registerPatient } from '../../patients/patient.service.js';
import { INPATIENT_CONSTRAINTS_SQL, INPATIENT_REPAIR_SQL } from './20261205010000-inpatient-no-overlap.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The migration's repair, run on rows written as they could be before the constraints existed
 * (the demo hospital's overlapping stays, a back-dated re-admission inside a finished stay):
 * afterwards the constraints can be added, the census shows the patient really in the bed, and
 * every changed value is in the repair log.
 */
describe('repairing overlapping inpatient records before the constraints', () => {
  let db: TestDatabase;
  const clock = testClock('2026-09-01T02:00:00.000Z');
  const T = clock();
  const ago = (days: number) => new Date(T.getTime() - days * DAY);
  /** Rows as PostgreSQL gives them, timestamps (text here) read back as Dates. */
  const sql = async <R = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> => {
    const rows = await db.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);
    const timestamp = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?[+-]\d\d$/;
    return rows.map(
      (row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && timestamp.test(v) ? new Date(`${v.replace(' ', 'T')}:00`) : v]),
        ) as R,
    );
  };

  const admitted = async (name: string, bedId: string, at: Date, dischargedAt?: Date) => {
    const patient = await registerPatient(serviceContext(db.orm, clock), patientInput({ givenName: name }));
    const admission = await admitPatient(serviceContext(db.orm, clock), { patientId: patient.id, bedId, episodeId: null }, {
      patientId: patient.id,
      bedId,
      reason: AdmissionReason.MEDICAL,
      admittedAt: at,
    });
    if (dischargedAt) await dischargePatient(serviceContext(db.orm, clock), patient.id, dischargeInput(patient.id, { dischargedAt }));
    const [stay] = await sql<{ id: string }>(`select id from bed_stay where admission_id = ?`, [admission.id]);
    return { patient, admission, stayId: stay.id };
  };
  const occupantOf = async (bedId: string, at: Date) => (await census(db.orm.em.fork(), at)).find((b) => b.bed.id === bedId)?.admission?.id ?? null;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('moves the later record\'s start to the end of the earlier one, logs it, and then the constraints hold', async () => {
    const [x, y, z, w1, w2, spare] = await vacantBeds(db.orm, 6);
    // The demo hospital's shape: a child in bed X since 10 days ago, and a past stay recorded inside it.
    const a = await admitted('InBed', x.id, ago(10));
    const b = await admitted('Inside', y.id, ago(5), ago(3));
    // Two finished stays that overlap in bed Z.
    const c = await admitted('First', z.id, ago(20), ago(15));
    const d = await admitted('Second', spare.id, ago(17), ago(12));
    // A patient re-admitted (back-dated) inside their own finished stay.
    const e1 = await admitted('Again', w1.id, ago(30), ago(25));
    const e2Patient = e1.patient;
    const e2 = await admitPatient(serviceContext(db.orm, clock), { patientId: e2Patient.id, bedId: w2.id, episodeId: null }, {
      patientId: e2Patient.id,
      bedId: w2.id,
      reason: AdmissionReason.MEDICAL,
      admittedAt: ago(24),
    });

    // Write the overlaps as the database allowed before.
    for (const constraint of ['bed_stay_bed_no_overlap', 'bed_stay_admission_no_overlap']) await sql(`alter table bed_stay drop constraint ${constraint}`);
    await sql(`alter table admission drop constraint admission_patient_no_overlap`);
    await sql(`update bed_stay set bed_id = ? where id = ?`, [x.id, b.stayId]);
    await sql(`update admission set bed_id = ? where id = ?`, [x.id, b.admission.id]);
    await sql(`update bed_stay set bed_id = ? where id = ?`, [z.id, d.stayId]);
    await sql(`update admission set bed_id = ? where id = ?`, [z.id, d.admission.id]);
    await sql(`update admission set admitted_at = ? where id = ?`, [ago(27), e2.id]);
    await sql(`update bed_stay set from_at = ? where admission_id = ?`, [ago(27), e2.id]);
    // What the issue reported: bed X holds two stays at once (the census then picked the one
    // begun later, already over, and hid the child in the bed).
    const overlapping = await sql<{ n: string | number }>(
      `select count(*) as n from bed_stay s1 join bed_stay s2 on s1.bed_id = s2.bed_id and s1.id < s2.id
         and tstzrange(s1.from_at, coalesce(s1.to_at, 'infinity'), '[)') && tstzrange(s2.from_at, coalesce(s2.to_at, 'infinity'), '[)')
       where s1.bed_id = ?`,
      [x.id],
    );
    expect(Number(overlapping[0].n)).toBe(1);
    const [{ version: e2Version }] = await sql<{ version: number }>(`select version from admission where id = ?`, [e2.id]);

    for (const statement of INPATIENT_REPAIR_SQL) await sql(statement);
    for (const statement of INPATIENT_CONSTRAINTS_SQL) await sql(statement);

    // The earlier record keeps its period; the later one begins when it ended.
    const stays = await sql<{ id: string; from_at: Date; to_at: Date | null }>(`select id, from_at, to_at from bed_stay`);
    const stay = (id: string) => stays.find((s) => s.id === id)!;
    expect(stay(a.stayId)).toMatchObject({ from_at: ago(10), to_at: null });
    expect(stay(b.stayId)).toMatchObject({ from_at: ago(3), to_at: ago(3) }); // wholly inside: now empty
    expect(stay(c.stayId)).toMatchObject({ from_at: ago(20), to_at: ago(15) });
    expect(stay(d.stayId)).toMatchObject({ from_at: ago(15), to_at: ago(12) });
    const [e2Row] = await sql<{ admitted_at: Date; version: number }>(`select admitted_at, version from admission where id = ?`, [e2.id]);
    expect(e2Row).toEqual({ admitted_at: ago(25), version: e2Version + 1 });
    const [e2Stay] = await sql<{ from_at: Date }>(`select from_at from bed_stay where admission_id = ?`, [e2.id]);
    expect(e2Stay.from_at).toEqual(ago(25));
    // Discharges keep their times.
    const [e1Row] = await sql<{ discharged_at: Date }>(`select discharged_at from admission where id = ?`, [e1.admission.id]);
    expect(e1Row.discharged_at).toEqual(ago(25));

    // The child is back in bed X on the census, now and while the other stay was recorded there.
    expect(await occupantOf(x.id, T)).toBe(a.admission.id);
    expect(await occupantOf(x.id, ago(4))).toBe(a.admission.id);
    expect(await occupantOf(z.id, ago(16))).toBe(c.admission.id);
    expect(await occupantOf(z.id, ago(14))).toBe(d.admission.id);

    const log = await sql<{ table_name: string; row_id: string; column_name: string; old_value: Date; new_value: Date }>(
      `select table_name, row_id, column_name, old_value, new_value from inpatient_repair order by table_name, new_value`,
    );
    expect(log).toEqual([
      { table_name: 'admission', row_id: e2.id, column_name: 'admitted_at', old_value: ago(27), new_value: ago(25) },
      { table_name: 'bed_stay', row_id: expect.any(String), column_name: 'from_at', old_value: ago(27), new_value: ago(25) },
      { table_name: 'bed_stay', row_id: d.stayId, column_name: 'from_at', old_value: ago(17), new_value: ago(15) },
      { table_name: 'bed_stay', row_id: b.stayId, column_name: 'from_at', old_value: ago(5), new_value: ago(3) },
    ]);

    // Run again, it finds nothing more to change.
    for (const statement of INPATIENT_REPAIR_SQL) await sql(statement);
    expect(await sql(`select count(*)::int as n from inpatient_repair`)).toEqual([{ n: 4 }]);
  });
});
