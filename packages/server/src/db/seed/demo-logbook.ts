import type { EntityManager } from '@mikro-orm/postgresql';
import { LogbookSource, Specialty, StaffRole, type TeamRole, hospitalDate, logbookLevelOf, type LogbookTeamMember } from '@pj/shared';
import { StaffMember } from '../../surgery/staff.entity.js';
import { SurgeryTeamMember } from '../../surgery/surgery.entity.js';
import { LogbookEntry } from '../../training/logbook-entry.entity.js';
import { MISSIONS } from './demo-data.js';

const DAY = 24 * 60 * 60_000;

/** The demo's surgical resident (the `resident` demo account's staff record). */
export const DEMO_RESIDENT = { name: 'Dr Sopheak Lim', nameKhmer: 'សុភ័ក្ត្រ លឹម' };
/** The senior local surgeon the `surgeon` demo account is. */
export const DEMO_SENIOR_SURGEON = 'Dr Vannak Chea';
/** How many of the senior surgeon's latest operations the resident assisted. */
const RESIDENT_CASES = 6;
/** Entries of operations older than this are confirmed and countersigned; newer ones await their owners. */
const SETTLED_AFTER_DAYS = 21;

interface TeamRow {
  surgery_id: string;
  started_at: Date;
  ended_at: Date;
  scheduled_start: Date;
  scheduled_end: Date;
  procedure: string;
  procedure_code: string | null;
  procedure_group: string | null;
  staff_member_id: string;
  team_role: TeamRole;
  staff_role: StaffRole;
  visiting: boolean;
}

/**
 * The logbook of the demo hospital, as if it had been kept all along: a surgical resident who
 * assisted the senior surgeon's latest operations, and one entry per team member of every
 * performed operation (`logbookLevelOf`). Entries of operations more than three weeks old are
 * confirmed and, when supervised, countersigned; newer ones await confirmation (the resident's
 * among them, to confirm on screen). Adds no operation and changes none: the demo's figures stay.
 */
export async function seedDemoLogbook(em: EntityManager, now: Date): Promise<number> {
  const resident = em.create(StaffMember, {
    name: DEMO_RESIDENT.name,
    nameKhmer: DEMO_RESIDENT.nameKhmer,
    role: StaffRole.RESIDENT,
    specialty: Specialty.GENERAL_SURGERY,
    visiting: false,
  });
  await em.flush();
  const senior = await em.findOneOrFail(StaffMember, { name: DEMO_SENIOR_SURGEON });
  const seniorCases = await em.execute<{ surgery_id: string; slot_start: Date; slot_end: Date }[]>(
    `select t."surgery_id", t."slot_start", t."slot_end" from "surgery_team_member" t join "surgery" s on s."id" = t."surgery_id"
      where t."staff_member_id" = ? and t."role" = 'PRIMARY_SURGEON' and s."status" = 'COMPLETED' and s."started_at" <= ?
      order by s."started_at" desc limit 40`,
    [senior.id, now],
  );
  const taken: [number, number][] = [];
  for (const row of seniorCases) {
    if (taken.length >= RESIDENT_CASES) break;
    const [start, end] = [new Date(row.slot_start).getTime(), new Date(row.slot_end).getTime()];
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    taken.push([start, end]);
    em.create(SurgeryTeamMember, { surgery: row.surgery_id, staffMember: resident, role: 'ASSISTANT' as TeamRole, slotStart: new Date(start), slotEnd: new Date(end), active: true });
  }
  await em.flush();

  const rows = await em.execute<TeamRow[]>(
    `select s."id" as "surgery_id", s."started_at", s."ended_at", s."scheduled_start", s."scheduled_end", s."procedure", s."procedure_code", p."procedure_group",
            t."staff_member_id", t."role" as "team_role", m."role" as "staff_role", m."visiting"
       from "surgery" s join "surgery_team_member" t on t."surgery_id" = s."id" join "staff_member" m on m."id" = t."staff_member_id"
       left join "hospital_procedure" p on p."code" = s."procedure_code"
      where s."status" = 'COMPLETED' and s."started_at" is not null
      order by s."started_at", s."id", t."role", t."id"`,
  );
  const bySurgery = new Map<string, TeamRow[]>();
  for (const row of rows) bySurgery.set(row.surgery_id, [...(bySurgery.get(row.surgery_id) ?? []), row]);
  let made = 0;
  for (const team of bySurgery.values()) {
    const members: LogbookTeamMember[] = team.map((r) => ({ staffId: r.staff_member_id, teamRole: r.team_role, staffRole: r.staff_role, visiting: r.visiting }));
    const ended = new Date(team[0].ended_at);
    const settled = now.getTime() - ended.getTime() > SETTLED_AFTER_DAYS * DAY;
    for (const [i, member] of members.entries()) {
      const { level, supervisorId } = logbookLevelOf(member, members);
      // A trainer unscrubbed is named by the trainee; the senior surgeon was in the building.
      const supervisor = supervisorId ?? (level === 'PERFORMED_TRAINER_UNSCRUBBED' ? senior.id : null);
      em.create(LogbookEntry, {
        staffMember: member.staffId,
        surgery: team[i].surgery_id,
        source: LogbookSource.OPERATION,
        performedOn: hospitalDate(new Date(team[i].started_at)),
        teamRole: member.teamRole,
        level,
        supervisor,
        procedureCode: team[i].procedure_code,
        procedureGroupCode: team[i].procedure_group,
        procedureText: team[i].procedure,
        confirmedAt: settled ? new Date(ended.getTime() + DAY) : null,
        countersignedAt: settled && supervisor ? new Date(ended.getTime() + 2 * DAY) : null,
        countersignedBy: settled && supervisor ? supervisor : null,
        createdAt: ended,
      });
      made++;
    }
  }
  await em.flush();
  return made;
}

/** The coming mission's visiting surgeon (the `visiting` demo account's staff record). */
export const DEMO_VISITING_SURGEON = MISSIONS[MISSIONS.length - 1].surgeon;

/** The demo accounts that are staff members: the senior surgeon, the resident and the visiting surgeon. */
export async function linkDemoUsersToStaff(em: EntityManager): Promise<void> {
  for (const [username, name] of [['surgeon', DEMO_SENIOR_SURGEON], ['resident', DEMO_RESIDENT.name], ['visiting', DEMO_VISITING_SURGEON]]) {
    await em.execute(`update "app_user" set "staff_member_id" = (select "id" from "staff_member" where "name" = ? limit 1) where "username" = ?`, [name, username]);
  }
}
