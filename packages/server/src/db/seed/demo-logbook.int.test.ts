import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.js';
import { seedDemoHospitalIfEmpty } from './demo-hospital.js';
import { DEMO_RESIDENT, DEMO_SENIOR_SURGEON, DEMO_VISITING_SURGEON } from './demo-logbook.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');

describe('the demo hospital\'s logbook', () => {
  let db: TestDatabase;
  const one = async (sql: string): Promise<Record<string, unknown>> => (await db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: NOW });
  }, 180_000);

  afterAll(async () => {
    await db?.close();
  });

  it('has one current entry per team member of every performed operation, and none for the others', async () => {
    expect(
      await one(`select (select count(*)::int from surgery_team_member t join surgery s on s.id = t.surgery_id where s.status = 'COMPLETED') as members,
                        (select count(*)::int from logbook_entry where superseded_at is null and source = 'OPERATION') as entries,
                        (select count(*)::int from logbook_entry e join surgery s on s.id = e.surgery_id where s.status <> 'COMPLETED') as stray,
                        (select count(*)::int from logbook_entry e where e.surgery_id is not null and not exists (
                           select 1 from surgery_team_member t where t.surgery_id = e.surgery_id and t.staff_member_id = e.staff_member_id)) as strangers`),
    ).toEqual({ members: expect.any(Number), entries: expect.any(Number), stray: 0, strangers: 0 });
    const counts = await one(`select (select count(*)::int from surgery_team_member t join surgery s on s.id = t.surgery_id where s.status = 'COMPLETED') as members,
                                     (select count(*)::int from logbook_entry where source = 'OPERATION') as entries`);
    expect(counts.entries).toBe(counts.members);
    expect(counts.entries as number).toBeGreaterThan(300);
  });

  it('settles entries older than three weeks (confirmed, countersigned when supervised); newer ones await confirmation', async () => {
    expect(
      await one(`select count(*) filter (where performed_on < date '2026-11-01' and (confirmed_at is null or (supervisor_id is not null and countersigned_at is null)))::int as unsettled,
                        count(*) filter (where performed_on > date '2026-11-10' and confirmed_at is not null)::int as early,
                        count(*) filter (where level = 'PERFORMED_TRAINER_SCRUBBED')::int as trained
                   from logbook_entry`),
    ).toMatchObject({ unsettled: 0, early: 0 });
  });

  it('links the surgeon, resident and visiting surgeon accounts to their staff records; the resident has entries to confirm under the surgeon', async () => {
    const linked = await db.orm.em.getConnection().execute<{ username: string; name: string }[]>(
      `select u.username, m.name from app_user u join staff_member m on m.id = u.staff_member_id order by u.username`,
    );
    expect(linked).toEqual([
      { username: 'resident', name: DEMO_RESIDENT.name },
      { username: 'surgeon', name: DEMO_SENIOR_SURGEON },
      { username: 'visiting', name: DEMO_VISITING_SURGEON },
    ]);
    const resident = await one(
      `select count(*)::int as entries,
              count(*) filter (where e.confirmed_at is null)::int as to_confirm,
              count(*) filter (where s.name = '${DEMO_SENIOR_SURGEON}')::int as under_senior
         from logbook_entry e join staff_member m on m.id = e.staff_member_id left join staff_member s on s.id = e.supervisor_id
        where m.name = '${DEMO_RESIDENT.name}'`,
    );
    expect(resident.entries as number).toBeGreaterThan(0);
    expect(resident.to_confirm as number).toBeGreaterThan(0);
    expect(resident.under_senior).toBe(resident.entries);
  });
});
