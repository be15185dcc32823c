import type { EntityManager } from '@mikro-orm/postgresql';
import { SurgicalUrgency, TeamRole } from '@pj/shared';
import { scheduleSurgery } from '../../surgery/surgery.service.js';
import { CASE_MANAGERS, LOCAL_NURSES, MISSIONS, SURGICAL_CASES, VISITING_ANAESTHETISTS } from './demo-data.js';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
/** The days of the coming mission whose lists are drawn up already. */
const BOOKED_DAYS = 2;
/** Lists start at 08:00 Phnom Penh time (UTC+7) and a case ends by 16:00. */
const LIST_START_HOUR = 8;
const LIST_END_HOUR = 16;
/** The gap between two cases in one theatre (turnover). */
const TURNOVER_MINUTES = 30;

/**
 * The coming mission's first two days, booked a few days ago through the booking service (the
 * lists are drawn up as the mission approaches; the rest of its waitlist is left for the planner
 * to propose): the longest-waiting case of each procedure on the waitlist, one after another in
 * the mission's first theatre. The visiting surgeon leads each case with the team's anaesthetist
 * and a local scrub nurse: the mission page's teaching plan then names the local trainees who
 * should scrub in. Adds no operation in the past: the demo's figures stay. `staff`: the demo's
 * staff IDs by name. Returns the bookings.
 */
export async function bookComingMissionFirstDays(em: EntityManager, now: Date, staff: ReadonlyMap<string, string>): Promise<number> {
  const [mission] = await em.execute<{ id: string; name: string; start_date: string; theatre_id: string }[]>(
    `select m."id", m."name", m."start_date"::text as "start_date",
            (select mt."theatre_id" from "mission_theatre" mt join "theatre" t on t."id" = mt."theatre_id" where mt."mission_id" = m."id" order by t."name" limit 1) as "theatre_id"
       from "mission" m where m."start_date" > ?::date order by m."start_date" limit 1`,
    [now.toISOString().slice(0, 10)],
  );
  const demo = mission && MISSIONS.find((m) => m.name === mission.name);
  if (!mission?.theatre_id || !demo) return 0;
  const waiting = await em.execute<{ patient_id: string; referral_id: string; procedure: string; minutes: number }[]>(
    `select r."patient_id", r."id" as "referral_id", mr."procedure", mr."expected_duration_minutes" as "minutes"
       from "mission_referral" mr join "referral" r on r."id" = mr."referral_id"
      where mr."mission_id" = ? and r."status" = 'WAITLISTED'
      order by mr."assigned_at", r."id"`,
    [mission.id],
  );
  const firstOfEach = waiting.filter((c, i) => waiting.findIndex((o) => o.procedure === c.procedure) === i);
  const listStart = (day: number) => new Date(new Date(`${mission.start_date}T${String(LIST_START_HOUR).padStart(2, '0')}:00:00+07:00`).getTime() + day * DAY);
  const bookedAt = new Date(now.getTime() - 3 * DAY);
  const ctx = { em, clock: () => bookedAt, actor: CASE_MANAGERS[0] };
  let day = 0;
  let start = listStart(day);
  let booked = 0;
  for (const c of firstOfEach) {
    const template = SURGICAL_CASES.find((t) => t.procedure === c.procedure);
    if (!template) continue;
    if (start.getTime() + c.minutes * 60_000 > listStart(day).getTime() + (LIST_END_HOUR - LIST_START_HOUR) * HOUR) {
      if (++day >= BOOKED_DAYS) break;
      start = listStart(day);
    }
    await scheduleSurgery(ctx, { patientId: c.patient_id, referralId: c.referral_id, episodeId: null, missionId: mission.id }, {
      patientId: c.patient_id,
      procedure: c.procedure,
      procedureCode: template.procedureCode,
      specialty: template.specialty,
      theatreId: mission.theatre_id,
      scheduledStart: start,
      expectedDurationMinutes: c.minutes,
      urgency: SurgicalUrgency.ELECTIVE,
      team: [
        { staffId: staff.get(demo.surgeon)!, role: TeamRole.PRIMARY_SURGEON },
        { staffId: staff.get(VISITING_ANAESTHETISTS[demo.name])!, role: TeamRole.ANAESTHETIST },
        { staffId: staff.get(LOCAL_NURSES[booked % LOCAL_NURSES.length])!, role: TeamRole.SCRUB_NURSE },
      ],
    });
    booked++;
    start = new Date(start.getTime() + (c.minutes + TURNOVER_MINUTES) * 60_000);
  }
  return booked;
}
