import type { EntityManager } from '@mikro-orm/postgresql';
import { type LogbookLevel, type Specialty, SurgeryStatus, hospitalDate, projectHandover } from '@pj/shared';
import type { Clock } from '../common/clock.js';
import { StaffMember } from '../surgery/staff.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { dayRange } from '../surgery/surgery-reports.service.js';
import { queryPrepared } from '../persistence/prepared.js';
import { ormTypes } from '../persistence/replica-lists.js';
import { ProcedureGroup } from './procedure-group.entity.js';
import { INDEPENDENT_LEVELS as INDEPENDENT, PERFORMER_LEVELS as PERFORMER, quoted } from './progress.service.js';
import type { HandoverDashboard, HandoverGroup, HandoverTrainee, MissionTeachingCase } from './handover.types.js';
import { latestEntrustmentsSql } from './latest-entrustment.js';

/*
 * The definitions of the README's "Training logbook" section, as SQL. Only entries that count for
 * surgical training (team role PRIMARY_SURGEON, ASSISTANT or OBSERVER, or transcribed from a paper
 * logbook) and are current (not superseded by a correction) are read.
 */
const COUNTED_ENTRY = `e."superseded_at" is null and (e."source" = 'TRANSCRIBED' or e."team_role" in ('PRIMARY_SURGEON', 'ASSISTANT', 'OBSERVER'))`;
const PERFORMER_LEVELS = `(${quoted(PERFORMER)})`;
const INDEPENDENT_LEVELS = `(${quoted(INDEPENDENT)})`;

/**
 * Each (person, procedure group) the training tables know of, as of `today`: the entrusted level
 * (latest decision), supervised cases, whether the person is independent (entrusted; for a
 * visiting surgeon also a countersigned or unsupervised independent entry in the last three
 * years) and whether they are a local trainee in progress. Parameters: today (twice).
 */
const STANDING = `
  with "entrusted" as (
    ${latestEntrustmentsSql('"decided_on" <= ?::date', '"staff_member_id", "procedure_group", "level"')}
  ), "supervised" as (
    select e."staff_member_id", e."procedure_group", count(*)::int as "cases"
      from "logbook_entry" e
     where ${COUNTED_ENTRY} and e."procedure_group" is not null and e."countersigned_at" is not null
       and e."level" in ('PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED')
     group by 1, 2
  ), "recent_independent" as (
    select distinct e."staff_member_id", e."procedure_group"
      from "logbook_entry" e
     where ${COUNTED_ENTRY} and e."procedure_group" is not null and e."level" = 'PERFORMED_INDEPENDENTLY'
       and (e."countersigned_at" is not null or e."supervisor_id" is null)
       and e."performed_on" > (?::date - interval '3 years')::date
  ), "people" as (
    select "staff_member_id", "procedure_group" from "entrusted"
    union select "staff_member_id", "procedure_group" from "supervised"
    union select "staff_member_id", "procedure_group" from "recent_independent"
  ), "standing" as (
    select p."staff_member_id", p."procedure_group", sm."visiting", sm."name", en."level" as "entrusted_level",
           coalesce(su."cases", 0) as "supervised_cases", g."required_supervised_cases",
           coalesce(en."level" in ${INDEPENDENT_LEVELS}, false) or (sm."visiting" and ri."staff_member_id" is not null) as "independent"
      from "people" p
      join "staff_member" sm on sm."id" = p."staff_member_id"
      join "procedure_group" g on g."code" = p."procedure_group"
      left join "entrusted" en on en."staff_member_id" = p."staff_member_id" and en."procedure_group" = p."procedure_group"
      left join "supervised" su on su."staff_member_id" = p."staff_member_id" and su."procedure_group" = p."procedure_group"
      left join "recent_independent" ri on ri."staff_member_id" = p."staff_member_id" and ri."procedure_group" = p."procedure_group"
  )`;

interface StandingRow {
  staff_member_id: string;
  procedure_group: string;
  visiting: boolean;
  entrusted_level: LogbookLevel | null;
  supervised_cases: number;
  required_supervised_cases: number;
  independent: boolean;
  trainee: boolean;
  cases_left: number;
}

const STANDING_SELECT = `select s.*, not s."independent" and not s."visiting" and (s."entrusted_level" is not null or s."supervised_cases" > 0) as "trainee",
       greatest(s."required_supervised_cases" - s."supervised_cases", 0)::int as "cases_left"
  from "standing" s`;

/** Local trainees first by fewest cases left, then highest entrusted level, then name. */
const TRAINEE_ORDER = `"cases_left", array_position(array['OBSERVED', 'ASSISTED', 'PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED']::text[], s."entrusted_level") desc nulls last, s."name", s."staff_member_id"`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function staffById(em: EntityManager, ids: Iterable<string>): Promise<Map<string, StaffMember>> {
  const unique = [...new Set(ids)];
  const members = unique.length ? await em.find(StaffMember, { id: { $in: unique } }) : [];
  return new Map(members.map((m) => [m.id, m]));
}

function trainee(row: StandingRow, staff: Map<string, StaffMember>): HandoverTrainee {
  return { staffMember: staff.get(row.staff_member_id)!, entrustedLevel: row.entrusted_level, supervisedCases: row.supervised_cases, casesLeft: row.cases_left };
}

/** The handover dashboard of `specialty` (all when null) over the Phnom Penh days [from, to]. */
export async function handoverDashboard(em: EntityManager, clock: Clock, specialty: Specialty | null, from: string, to: string): Promise<HandoverDashboard> {
  const range = dayRange(from, to);
  const today = hospitalDate(clock());
  const groups = await em.find(ProcedureGroup, specialty ? { specialty } : {}, { orderBy: { specialty: 'asc', title: 'asc' } });
  const codes = groups.map((g) => g.code);

  const standing = await queryPrepared<StandingRow>(
    em,
    `${STANDING} ${STANDING_SELECT} where s."procedure_group" = any(?::text[]) and (s."independent" or not s."visiting")
      order by s."independent" desc, ${TRAINEE_ORDER}`,
    [today, today, codes],
  );
  const operations = await queryPrepared<{ procedure_group: string; operations: number }>(
    em,
    `select "procedure_group", sum("n")::int as "operations" from (
       select hp."procedure_group", count(*) as "n"
         from "surgery" s join "hospital_procedure" hp on hp."code" = s."procedure_code"
        where s."status" = '${SurgeryStatus.COMPLETED}' and s."started_at" >= ? and s."started_at" < ?
        group by 1
       union all
       select e."procedure_group", count(*) as "n"
         from "logbook_entry" e
        where ${COUNTED_ENTRY} and e."source" = 'TRANSCRIBED' and e."level" in ${PERFORMER_LEVELS}
          and e."performed_on" between ?::date and ?::date
        group by 1
     ) o where "procedure_group" = any(?::text[]) group by 1`,
    [range.start, range.end, from, to, codes],
  );
  // Every month of the period; an entry with no procedure group counts only when all specialties are shown.
  const months = await queryPrepared<{ month: string; performer_entries: number; local_independent: number }>(
    em,
    `select to_char(m, 'YYYY-MM') as "month", count(e."id")::int as "performer_entries",
            count(e."id") filter (where e."level" = 'PERFORMED_INDEPENDENTLY' and not sm."visiting")::int as "local_independent"
       from generate_series(date_trunc('month', ?::date), date_trunc('month', ?::date), interval '1 month') m
       left join ("logbook_entry" e join "staff_member" sm on sm."id" = e."staff_member_id")
         on date_trunc('month', e."performed_on") = m and e."performed_on" between ?::date and ?::date
        and ${COUNTED_ENTRY} and e."level" in ${PERFORMER_LEVELS}
        and (?::boolean or e."procedure_group" = any(?::text[]))
      group by m order by m`,
    [from, to, from, to, specialty === null, codes],
  );

  const staff = await staffById(em, standing.map((r) => r.staff_member_id));
  const operationsOf = new Map(operations.map((o) => [o.procedure_group, o.operations]));
  const rows = groupBy(standing, (r) => r.procedure_group);
  const handoverGroups: HandoverGroup[] = groups.map((procedureGroup) => {
    const of = rows.get(procedureGroup.code) ?? [];
    const byName = (a: StaffMember, b: StaffMember) => a.name.localeCompare(b.name);
    const independentLocal = of.filter((r) => r.independent && !r.visiting).map((r) => staff.get(r.staff_member_id)!).sort(byName);
    return {
      procedureGroup,
      operations: operationsOf.get(procedureGroup.code) ?? 0,
      independentLocal,
      independentVisiting: of.filter((r) => r.independent && r.visiting).map((r) => staff.get(r.staff_member_id)!).sort(byName),
      trainees: of.filter((r) => r.trainee).map((r) => trainee(r, staff)),
      gap: independentLocal.length === 0,
    };
  });
  const monthly = months.map((m) => ({
    month: m.month,
    performerEntries: m.performer_entries,
    localIndependent: m.local_independent,
    localIndependentShare: m.performer_entries > 0 ? m.local_independent / m.performer_entries : null,
  }));
  return {
    specialty,
    from,
    to,
    groups: handoverGroups,
    months: monthly,
    projection: projectHandover(monthly),
    gaps: handoverGroups
      .filter((g) => g.gap)
      .sort((a, b) => b.operations - a.operations || a.procedureGroup.title.localeCompare(b.procedureGroup.title)),
  };
}

/**
 * Missions' teaching plans (one per mission ID, in order): each mission's booked cases (not
 * completed or cancelled) with a coded procedure in a group, by start, each with the local
 * trainees who need the group for their next entrustment step as of `today`. Four statements
 * for any number of missions (the `teachingPlan` loader batches a request's missions).
 */
export async function missionTeachingPlans(em: EntityManager, today: string, missionIds: readonly string[]): Promise<MissionTeachingCase[][]> {
  // The operations themselves, made entities from these rows (as the ORM reads them: its type parsers).
  const rows = await queryPrepared<Record<string, unknown>>(
    em,
    `select s.*, hp."procedure_group" as "teaching·group"
       from "surgery" s join "hospital_procedure" hp on hp."code" = s."procedure_code"
      where s."mission_id" = any(?::uuid[]) and s."status" not in ('${SurgeryStatus.COMPLETED}', '${SurgeryStatus.CANCELLED}') and hp."procedure_group" is not null
      order by s."scheduled_start", s."id"`,
    [missionIds],
    { types: ormTypes(em) },
  );
  if (rows.length === 0) return missionIds.map(() => []);
  const cases = rows.map(({ 'teaching·group': group, ...columns }) => {
    const surgery = em.map(Surgery, columns);
    return { surgery, missionId: surgery.mission!.id, procedureGroup: group as string };
  });
  const codes = [...new Set(cases.map((c) => c.procedureGroup))];
  const trainees = await queryPrepared<StandingRow>(
    em,
    `${STANDING} select * from (${STANDING_SELECT}) s where s."trainee" and s."procedure_group" = any(?::text[]) order by ${TRAINEE_ORDER}`,
    [today, today, codes],
  );
  const [staff, groups] = await Promise.all([staffById(em, trainees.map((r) => r.staff_member_id)), em.find(ProcedureGroup, { code: { $in: codes } })]);
  const groupOf = new Map(groups.map((g) => [g.code, g]));
  const byGroup = groupBy(trainees, (r) => r.procedure_group);
  const byMission = groupBy(cases, (c) => c.missionId);
  return missionIds.map((id) =>
    (byMission.get(id) ?? []).map((c) => ({
      surgery: c.surgery,
      procedureGroup: groupOf.get(c.procedureGroup)!,
      trainees: (byGroup.get(c.procedureGroup) ?? []).map((r) => trainee(r, staff)),
    })),
  );
}
