import type { EntityManager } from '@mikro-orm/postgresql';
import { HOSPITAL_TIME_ZONE, HOSPITAL_UTC_OFFSET, TeamRole, addDays } from '@pj/shared';
import { badInput, notFound } from '../common/domain-error.js';
import { bindPeriod } from '../reports/indicator.js';
import { LOCAL_PRIMARY_SURGEON_SHARE } from '../reports/indicators/surgery.js';
import { StaffMember } from './staff.entity.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instants [from 00:00, to+1 00:00) of a range of hospital days; at most ~10 years. */
export function dayRange(from: string, to: string): { start: Date; end: Date } {
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!LOCAL_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw badInput(field, `${field} must be YYYY-MM-DD`, 'INVALID_DATE');
  }
  if (to < from) throw badInput('to', '`to` is before `from`', 'END_BEFORE_START');
  if (addDays(from, 3660) < to) throw badInput('to', 'At most ten years at once', 'OUT_OF_RANGE');
  return { start: new Date(`${from}T00:00:00${HOSPITAL_UTC_OFFSET}`), end: new Date(`${addDays(to, 1)}T00:00:00${HOSPITAL_UTC_OFFSET}`) };
}

const ROLE_ORDER = Object.values(TeamRole);

/** A staff member's performed operations by role, in total and by month (Phnom Penh time). */
export async function staffTrainingLog(em: EntityManager, staffId: string, from: string, to: string) {
  const range = dayRange(from, to);
  const staffMember = await em.findOne(StaffMember, { id: staffId });
  if (!staffMember) throw notFound('StaffMember', staffId);
  const rows: { month: string; role: TeamRole; operations: string }[] = await em.execute(
    `select to_char(s."started_at" at time zone '${HOSPITAL_TIME_ZONE}', 'YYYY-MM') as "month", tm."role", count(*) as "operations"
       from "surgery_team_member" tm join "surgery" s on s."id" = tm."surgery_id"
      where tm."staff_member_id" = ? and s."status" = 'COMPLETED' and s."started_at" >= ? and s."started_at" < ?
      group by 1, 2 order by 1, 2`,
    [staffId, range.start, range.end],
  );
  const byMonth = rows
    .map((r) => ({ month: r.month, role: r.role, operations: Number(r.operations) }))
    .sort((a, b) => a.month.localeCompare(b.month) || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const totals = new Map<TeamRole, number>();
  for (const r of byMonth) totals.set(r.role, (totals.get(r.role) ?? 0) + r.operations);
  return {
    staffMember,
    from,
    to,
    totalOperations: byMonth.reduce((sum, r) => sum + r.operations, 0),
    byRole: ROLE_ORDER.filter((role) => totals.has(role)).map((role) => ({ role, operations: totals.get(role)! })),
    byMonth,
  };
}

/**
 * Performed operations per month (Phnom Penh time) by whether the primary surgeon was local or
 * visiting: the cases of the indicator LOCAL_PRIMARY_SURGEON_SHARE (one definition), counted
 * by month with those of a visiting primary surgeon besides.
 */
export async function localPrimarySurgeonShare(em: EntityManager, from: string, to: string) {
  const range = dayRange(from, to);
  const { sql, params } = bindPeriod(
    `select to_char(c.on_day, 'YYYY-MM') as "month", count(*) as "operations", sum(c.num) as "local",
            count(*) filter (where c.primary_visiting) as "visiting"
       from (${LOCAL_PRIMARY_SURGEON_SHARE.cases}) c
      group by 1 order by 1`,
    { from, to, today: to, ...range },
  );
  const rows: { month: string; operations: string; local: string; visiting: string }[] = await em.execute(sql, params);
  return rows.map((r) => {
    const operations = Number(r.operations);
    const local = Number(r.local);
    return {
      month: r.month,
      operations,
      withLocalPrimarySurgeon: local,
      withVisitingPrimarySurgeon: Number(r.visiting),
      localShare: operations > 0 ? local / operations : null,
    };
  });
}
