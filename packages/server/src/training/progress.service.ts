import type { EntityManager } from '@mikro-orm/postgresql';
import { LOGBOOK_LEVELS, LogbookLevel, SUPERVISED_LEVELS, type Specialty } from '@pj/shared';
import { EntrustmentDecision } from './entrustment.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';
import type { ProcedureGroupProgress } from './progress.types.js';
import { latestEntrustmentsSql } from './latest-entrustment.js';

/** Levels as an SQL list's items (`'A', 'B'`). */
export const quoted = (levels: readonly LogbookLevel[]) => levels.map((level) => `'${level}'`).join(', ');
const L = LogbookLevel;
/** Levels of a performer entry (the person performed the operation). */
export const PERFORMER_LEVELS = [L.PERFORMED_TRAINER_SCRUBBED, L.PERFORMED_TRAINER_UNSCRUBBED, L.PERFORMED_INDEPENDENTLY] as const;
/** Entrusted at one of these, a person is independent in the group. */
export const INDEPENDENT_LEVELS = [L.PERFORMED_INDEPENDENTLY, L.TAUGHT] as const;

/**
 * Progress per person and procedure group, in one statement. `counted`: the current entries
 * that count for surgical training (the surgeon's roles, or transcribed from a paper
 * logbook) and have a group; `latest`: each person's latest decision per group (by day, then
 * by when recorded). A group appears with any counted entry or any decision.
 * `$staff` narrows to one person (null: everyone); `$candidates` keeps only the rows that meet
 * the rule; `$exclude` leaves out one person (a supervisor is never their own candidate).
 */
const PROGRESS_SQL = `
with counted as (
  select e."staff_member_id", e."procedure_group", e."level", e."countersigned_at",
         exists (select 1 from "complication" c where c."surgery_id" = e."surgery_id") as "complicated"
  from "logbook_entry" e
  where e."superseded_at" is null and e."procedure_group" is not null
    and (e."source" = 'TRANSCRIBED' or e."team_role" in ('PRIMARY_SURGEON', 'ASSISTANT', 'OBSERVER'))
    and (?::uuid is null or e."staff_member_id" = ?::uuid)
), by_level as (
  select "staff_member_id", "procedure_group", "level", count(*)::int as "cases",
         count(*) filter (where "level" in (${quoted(SUPERVISED_LEVELS)}) and "countersigned_at" is not null)::int as "supervised",
         count(*) filter (where "level" in (${quoted(PERFORMER_LEVELS)}))::int as "performed",
         count(*) filter (where "level" in (${quoted(PERFORMER_LEVELS)}) and "complicated")::int as "complicated"
  from counted group by 1, 2, 3
), entries as (
  select "staff_member_id", "procedure_group", jsonb_object_agg("level", "cases") as "levels",
         sum("supervised")::int as "supervised", sum("performed")::int as "performed", sum("complicated")::int as "complicated"
  from by_level group by 1, 2
), latest as (
  ${latestEntrustmentsSql('(?::uuid is null or "staff_member_id" = ?::uuid)')}
), progress as (
  select coalesce(e."staff_member_id", d."staff_member_id") as "staff_member_id",
         g."code", g."specialty", g."title", g."title_km", g."title_ja", g."required_supervised_cases", g."requires_sign_off",
         coalesce(e."levels", '{}'::jsonb) as "levels", coalesce(e."supervised", 0) as "supervised",
         coalesce(e."performed", 0) as "performed", coalesce(e."complicated", 0) as "complicated",
         d."id" as "decision_id", d."level" as "decision_level", d."decided_by" as "decision_decided_by",
         d."decided_on"::text as "decision_decided_on", d."reason" as "decision_reason", d."created_at" as "decision_created_at",
         coalesce(e."supervised", 0) >= g."required_supervised_cases"
           and (d."level" is null or d."level" not in (${quoted(INDEPENDENT_LEVELS)})) as "meets_rule"
  from entries e
  full join latest d on d."staff_member_id" = e."staff_member_id" and d."procedure_group" = e."procedure_group"
  join "procedure_group" g on g."code" = coalesce(e."procedure_group", d."procedure_group")
)
select p.* from progress p
${'${where}'}
order by p."specialty", p."title", p."staff_member_id"`;

interface ProgressRow {
  staff_member_id: string;
  code: string;
  specialty: Specialty;
  title: string;
  title_km: string;
  title_ja: string;
  required_supervised_cases: number;
  requires_sign_off: boolean;
  levels: Record<string, number>;
  supervised: number;
  performed: number;
  complicated: number;
  decision_id: string | null;
  decision_level: LogbookLevel | null;
  decision_decided_by: string | null;
  decision_decided_on: string | null;
  decision_reason: string | null;
  decision_created_at: Date | null;
  meets_rule: boolean;
}

function toProgress(em: EntityManager, row: ProgressRow): ProcedureGroupProgress {
  const procedureGroup = em.map(ProcedureGroup, {
    code: row.code,
    specialty: row.specialty,
    title: row.title,
    title_km: row.title_km,
    title_ja: row.title_ja,
    required_supervised_cases: row.required_supervised_cases,
    requires_sign_off: row.requires_sign_off,
  });
  const latestDecision = row.decision_id
    ? em.map(EntrustmentDecision, {
        id: row.decision_id,
        staff_member_id: row.staff_member_id,
        procedure_group: row.code,
        level: row.decision_level,
        decided_by: row.decision_decided_by,
        decided_on: row.decision_decided_on,
        reason: row.decision_reason,
        created_at: row.decision_created_at,
      })
    : null;
  return {
    staffMemberId: row.staff_member_id,
    procedureGroup,
    casesByLevel: LOGBOOK_LEVELS.map((level) => ({ level, cases: row.levels[level] ?? 0 })),
    supervisedCases: row.supervised,
    requiredSupervisedCases: row.required_supervised_cases,
    performedCases: row.performed,
    performedComplicationRate: row.performed > 0 ? row.complicated / row.performed : null,
    entrustedLevel: row.decision_level,
    latestDecision,
    meetsRule: row.meets_rule,
    casesToRule: Math.max(0, row.required_supervised_cases - row.supervised),
  };
}

/** One person's progress in every procedure group where they have a counted entry or a decision (one statement). */
export async function trainingProgress(em: EntityManager, staffMemberId: string): Promise<ProcedureGroupProgress[]> {
  const rows = await em.getConnection().execute<ProgressRow[]>(PROGRESS_SQL.replace('${where}', ''), [staffMemberId, staffMemberId, staffMemberId, staffMemberId]);
  return rows.map((row) => toProgress(em, row));
}

/**
 * Everyone who meets the rule in a group and is not independent there (one statement), by
 * group then person; `exceptStaffMemberId` (the supervisor asking) is left out.
 */
export async function entrustmentCandidates(em: EntityManager, exceptStaffMemberId: string | null): Promise<ProcedureGroupProgress[]> {
  const rows = await em
    .getConnection()
    .execute<ProgressRow[]>(PROGRESS_SQL.replace('${where}', 'where p."meets_rule" and (?::uuid is null or p."staff_member_id" <> ?::uuid)'), [
      null,
      null,
      null,
      null,
      exceptStaffMemberId,
      exceptStaffMemberId,
    ]);
  return rows.map((row) => toProgress(em, row));
}
