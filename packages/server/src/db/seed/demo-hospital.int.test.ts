import { JourneyStage, OncologyAlertLevel, ReferralStatus, stageAfter, type StageInput } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.js';
import { markLostToFollowUp } from '../../follow-up/follow-up.service.js';
import { census, inpatients } from '../../inpatient/census.js';
import { oncologyAlerts } from '../../oncology/oncology-alerts.js';
import { seedDemoHospital, seedDemoHospitalIfEmpty } from './demo-hospital.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');

interface Row {
  [column: string]: unknown;
}

async function rows(db: TestDatabase, sql: string): Promise<Row[]> {
  return db.orm.em.getConnection().execute(sql);
}

/** What the demo hospital looks like, without the random UUIDs. */
async function fingerprint(db: TestDatabase): Promise<string> {
  const patients = await rows(
    db,
    `select p.mrn, p.family_name, p.given_name_khmer, p.birth_date::text, p.stage,
            count(e.id)::int as events, max(e.occurred_at) as last_event
       from patient p join journey_event e on e.patient_id = p.id
      group by p.id order by p.mrn`,
  );
  return JSON.stringify(patients);
}

describe('demo hospital seeder', () => {
  let db: TestDatabase;
  let other: TestDatabase;

  beforeAll(async () => {
    [db, other] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedDemoHospital(db.orm.em.fork(), { now: NOW });
  });

  afterAll(async () => {
    await Promise.all([db?.close(), other?.close()]);
  });

  it('builds a realistic year: 500+ patients from all 25 provinces, Khmer and Latin names, children with guardians', async () => {
    const [summary] = await rows(
      db,
      `select count(*)::int as patients,
              count(distinct province_code)::int as provinces,
              count(*) filter (where family_name_khmer ~ '[\u1780-\u17FF]')::int as khmer,
              count(*) filter (where guardian is not null)::int as children,
              count(*) filter (where birth_date > (date '2026-11-24' - interval '18 years') and guardian is null)::int as children_without_guardian
         from patient`,
    );
    expect(summary).toMatchObject({ provinces: 25, children_without_guardian: 0 });
    expect(summary.patients as number).toBeGreaterThanOrEqual(500);
    expect(summary.khmer).toBe(summary.patients);
    expect(summary.children as number).toBeGreaterThan(50);
  });

  it('records most patients\' travel time by their province (Phnom Penh nearest, Ratanakiri furthest), some unknown', async () => {
    const [travel] = await rows(
      db,
      `select count(*)::int as patients,
              count(travel_time_hours)::int as known,
              count(*) filter (where travel_time_hours <= 2)::int as within_two_hours,
              max(travel_time_hours) filter (where province_code = 12) as phnom_penh_max,
              min(travel_time_hours) filter (where province_code = 16) as ratanakiri_min
         from patient`,
    );
    expect(travel.known as number).toBeGreaterThan((travel.patients as number) * 0.7);
    expect(travel.known as number).toBeLessThan(travel.patients as number);
    expect(travel.within_two_hours as number).toBeGreaterThan(0);
    expect(travel.within_two_hours as number).toBeLessThan(travel.known as number);
    expect(travel.phnom_penh_max as number).toBeLessThanOrEqual(1);
    expect(travel.ratanakiri_min as number).toBeGreaterThanOrEqual(6);
  });

  it('has referrals in every state, surgery on two or more missions, oncology courses and discharges', async () => {
    const statuses = (await rows(db, 'select distinct status from referral')).map((r) => r.status);
    expect(statuses.sort()).toEqual(Object.values(ReferralStatus).sort());

    const missions = await rows(
      db,
      `select m.name, count(*)::int as n from surgery_team_member t join staff_member m on m.id = t.staff_member_id
        where t.role = 'PRIMARY_SURGEON' and m.visiting group by 1`,
    );
    expect(missions.length).toBeGreaterThanOrEqual(2);

    const [longest] = await rows(
      db,
      `select count(*)::int as n from journey_event e join referral r on r.patient_id = e.patient_id
        where r.specialty = 'PAEDIATRIC_ONCOLOGY' group by e.patient_id order by 1 desc limit 1`,
    );
    expect(longest.n as number).toBeGreaterThan(40);

    const [counts] = await rows(
      db,
      `select (select count(*) from discharge)::int as discharges,
              (select count(*) from discharge where disposition = 'DIED')::int as deaths,
              (select count(*) from admission where status = 'ADMITTED')::int as in_bed,
              (select count(*) from surgery where status = 'COMPLETED')::int as operations`,
    );
    expect(counts.discharges as number).toBeGreaterThan(300);
    expect(counts.operations as number).toBeGreaterThan(150);
    expect(counts.in_bed as number).toBeGreaterThan(10);
    expect(counts.deaths as number).toBeGreaterThan(0);
  });

  it('puts every inpatient in their bed on the census: no bed holds two stays at once, no patient two admissions', async () => {
    const em = db.orm.em.fork();
    const beds = await census(em, NOW);
    const open = await inpatients(em);
    const occupied = beds.filter((b) => b.admission !== null);
    expect(occupied.length).toBe(open.length);
    const onCensus = new Map(occupied.map((b) => [b.admission!.id, b.bed.id]));
    expect(open.map((a) => [a.id, onCensus.get(a.id)])).toEqual(open.map((a) => [a.id, a.bed.id]));
    // And at every instant of the year, not just now: nothing overlaps.
    const [overlaps] = await rows(
      db,
      `select (select count(*) from bed_stay a join bed_stay b on a.bed_id = b.bed_id and a.id < b.id
                and tstzrange(a.from_at, coalesce(a.to_at, 'infinity'), '[)') && tstzrange(b.from_at, coalesce(b.to_at, 'infinity'), '[)'))::int as beds,
              (select count(*) from admission a join admission b on a.patient_id = b.patient_id and a.id < b.id
                and tstzrange(a.admitted_at, coalesce(a.discharged_at, 'infinity'), '[)') && tstzrange(b.admitted_at, coalesce(b.discharged_at, 'infinity'), '[)'))::int as patients`,
    );
    expect(overlaps).toEqual({ beds: 0, patients: 0 });
  });

  it('has missions as records: past ones operated with teams and full checklists, the coming one with its first two days booked and the rest waiting', async () => {
    const missions = await rows(
      db,
      `select m.name, m.start_date > '${NOW.toISOString().slice(0, 10)}'::date as coming,
              (select count(*) from mission_referral mr join referral r on r.id = mr.referral_id where mr.mission_id = m.id and r.status = 'WAITLISTED')::int as waiting,
              (select count(*) from surgery s where s.mission_id = m.id and s.status = 'COMPLETED')::int as operated,
              (select count(*) from surgery s where s.mission_id = m.id and s.status = 'SCHEDULED' and s.scheduled_start::date between m.start_date and m.start_date + 1)::int as booked,
              (select count(distinct s.procedure) from surgery s where s.mission_id = m.id and s.status = 'SCHEDULED')::int as procedures,
              (select count(*) from mission_member mm where mm.mission_id = m.id)::int as members
         from mission m order by m.start_date`,
    );
    expect(missions).toHaveLength(3);
    expect(missions.filter((m) => m.coming)).toHaveLength(1);
    const coming = missions.find((m) => m.coming)!;
    expect(coming.waiting as number).toBeGreaterThan(3);
    // One case of each of the six procedures on its waitlist, on its first two days (demo-coming-mission.ts).
    expect(coming).toMatchObject({ booked: 6, procedures: 6, operated: 0 });
    for (const past of missions.filter((m) => !m.coming)) expect(past.operated as number).toBeGreaterThan(5);
    for (const m of missions) expect(m.members as number).toBeGreaterThanOrEqual(2);
    const [checklists] = await rows(
      db,
      `select count(*) filter (where n = 3)::int as complete, count(*)::int as operations
         from (select s.id, count(c.id) as n from surgery s left join surgery_checklist_phase c on c.surgery_id = s.id where s.status = 'COMPLETED' group by s.id) x`,
    );
    expect(checklists.complete).toBe(checklists.operations);
    const [team] = await rows(db, `select count(*)::int as n from surgery_team_member where role = 'SCRUB_NURSE'`);
    expect(team.n as number).toBeGreaterThan(100);
    const [khmer] = await rows(db, `select count(*)::int as n from staff_member where not visiting and name_khmer ~ '[\u1780-\u17FF]'`);
    expect(khmer.n as number).toBeGreaterThanOrEqual(8);
    const [complications] = await rows(db, `select count(*)::int as n from complication`);
    expect(complications.n as number).toBeGreaterThan(0);
  });

  it('keeps every patient\'s stage consistent with their timeline, and nothing in the future', async () => {
    const events = await rows(
      db,
      `select e.patient_id, e.kind, e.to_status as "toStatus", d.disposition, p.stage, e.occurred_at, t.grade,
              case when f.status in ('ATTENDED', 'MISSED') then f.status end as outcome, f.day30_status as "day30Status"
         from journey_event e join patient p on p.id = e.patient_id left join discharge d on d.id = e.discharge_id
              left join toxicity t on t.id = e.toxicity_id left join follow_up f on f.id = e.follow_up_id
        order by e.patient_id, e.id`,
    );
    const folded = new Map<string, { stage: JourneyStage; expected: string }>();
    for (const event of events) {
      const id = event.patient_id as string;
      const current = folded.get(id) ?? { stage: JourneyStage.REGISTERED, expected: event.stage as string };
      current.stage = stageAfter(current.stage, event as unknown as StageInput);
      folded.set(id, current);
      expect(new Date(event.occurred_at as string).getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const mismatched = [...folded.entries()].filter(([, v]) => v.stage !== v.expected);
    expect(mismatched).toEqual([]);
  });

  it('gives the oncology children diagnoses, plans, toxicities, assessments, a refusal and both abandonment alerts', async () => {
    const [counts] = await rows(
      db,
      `select (select count(*) from oncology_diagnosis)::int as diagnoses,
              (select count(*) from treatment_plan)::int as plans,
              (select count(*) from treatment_plan where status = 'COMPLETED')::int as completed,
              (select count(*) from treatment_plan where status = 'REFUSED')::int as refused,
              (select count(*) from chemo_administration where status = 'DELAYED')::int as delayed,
              (select count(*) from chemo_administration where status = 'GIVEN')::int as given,
              (select count(*) from toxicity)::int as toxicities,
              (select count(*) from response_assessment)::int as assessments`,
    );
    expect(counts.diagnoses as number).toBeGreaterThan(30);
    expect(counts.plans as number).toBeGreaterThan(10);
    expect(counts.completed as number).toBeGreaterThan(3);
    expect(counts.refused).toBe(1);
    expect(counts.delayed as number).toBeGreaterThan(1);
    expect(counts.given as number).toBeGreaterThan(50);
    expect(counts.toxicities as number).toBeGreaterThan(4);
    expect(counts.assessments as number).toBeGreaterThan(3);

    const alerts = await oncologyAlerts(db.orm.em.fork(), '2026-11-24');
    expect(alerts.map((a) => [a.level, a.daysMissed])).toEqual([
      [OncologyAlertLevel.ABANDONMENT, 28],
      [OncologyAlertLevel.WARNING, 23],
    ]);
  });

  it('has follow-ups due today, overdue, attended and missed, day-30 calls, and patients lost to follow-up by the rule', async () => {
    const [f] = await rows(
      db,
      `select count(*) filter (where status = 'SCHEDULED' and due_date = '2026-11-24')::int as today,
              count(*) filter (where status = 'SCHEDULED' and due_date < '2026-11-24')::int as overdue,
              count(*) filter (where status = 'SCHEDULED' and due_date > '2026-11-24')::int as coming,
              count(*) filter (where status = 'ATTENDED')::int as attended,
              count(*) filter (where status = 'MISSED')::int as missed,
              count(*) filter (where kind = 'DAY_30_CALL' and day30_status is not null)::int as calls,
              (select count(*) from patient where stage = 'LOST_TO_FOLLOW_UP')::int as lost
         from follow_up`,
    );
    expect(f.today as number).toBeGreaterThanOrEqual(2);
    expect(f.overdue as number).toBeGreaterThan(3);
    expect(f.coming as number).toBeGreaterThan(3);
    expect(f.attended as number).toBeGreaterThan(100);
    expect(f.missed as number).toBeGreaterThan(5);
    expect(f.calls as number).toBeGreaterThan(50);
    expect(f.lost as number).toBeGreaterThan(0);
    // The seeder applied the rule the sweep applies: sweeping today marks nobody more.
    const clock = () => NOW;
    expect(await markLostToFollowUp({ em: db.orm.em.fork(), clock, actor: null }, '2026-11-24')).toEqual([]);
  });

  it('is deterministic: the same seed and day give the same hospital', async () => {
    await seedDemoHospital(other.orm.em.fork(), { now: NOW });
    expect(await fingerprint(other)).toBe(await fingerprint(db));
  });

  it('seeds an empty database once even when two servers start on it together', async () => {
    const fresh = await createTestDatabase();
    try {
      const results = await Promise.all([
        seedDemoHospitalIfEmpty(fresh.orm.em.fork(), { now: NOW }),
        seedDemoHospitalIfEmpty(fresh.orm.em.fork(), { now: NOW }),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const [row] = await rows(fresh, 'select count(*)::int as n, count(distinct mrn)::int as mrns from patient');
      expect(row).toEqual({ n: 520, mrns: 520 });
    } finally {
      await fresh.close();
    }
  });

  it('loads only into an empty database, so a restart keeps what users changed', async () => {
    await db.orm.em.getConnection().execute(`update patient set given_name = 'Changed' where mrn = '000001-8'`);
    expect(await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: NOW })).toBeNull();
    const [row] = await rows(db, `select given_name, (select count(*)::int from patient) as n from patient where mrn = '000001-8'`);
    expect(row).toMatchObject({ given_name: 'Changed', n: 520 });
  });
});
