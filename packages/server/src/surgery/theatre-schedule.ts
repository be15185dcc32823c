import { SurgeryStatus } from '@pj/shared';
import { leanPlanReader, leanReader, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';

/** What the schedule reads with each operation. */
export const SCHEDULE_RECORDS: LeanInclude = { theatre: {}, patient: {} };

/**
 * The operations booked in [start, end), by theatre (its board order) and start, in one
 * statement: each operation with its theatre and patient, its team with their names and the
 * checklist phases recorded so far, read lean (persistence/lean.ts). The team and checklist go into
 * the request's loaders, where the Surgery field resolvers look for them.
 */
export async function theatreSchedule(
  ctx: Pick<GraphQLContext, 'em' | 'loaders'>,
  start: Date,
  end: Date,
  { withCancelled = true, plan = planOf(SCHEDULE_RECORDS) }: { withCancelled?: boolean; plan?: LeanPlan } = {},
): Promise<Surgery[]> {
  const surgeries = leanPlanReader<Surgery>(ctx.em, 'Surgery', 's', plan);
  const team = leanReader<SurgeryTeamMember>(ctx.em, 'SurgeryTeamMember', 'tm', { staffMember: {} });
  const checklist = leanReader<SurgeryChecklistPhase>(ctx.em, 'SurgeryChecklistPhase', 'cp');
  const rows = await queryPrepared<{ surgery: unknown; team: unknown; checklist: unknown }>(
    ctx.em,
    `select ${surgeries.sql} as surgery,
       ${team.listSql('surgery', 's.id', 'tm.role, tm.id')} as team,
       ${checklist.listSql('surgery', 's.id', 'cp.recorded_at, cp.id')} as checklist
     from surgery s join theatre t on t.id = s.theatre_id
     where s.scheduled_start >= ? and s.scheduled_start < ?${withCancelled ? '' : ` and s.status <> '${SurgeryStatus.CANCELLED}'`}
     order by t.sort_order, t.name, s.scheduled_start, s.id`,
    [start, end],
  );
  return rows.map((row) => {
    const surgery = surgeries.read(row.surgery);
    ctx.loaders.teamBySurgery.prime(surgery.id, team.readList(row.team));
    ctx.loaders.checklistBySurgery.prime(surgery.id, checklist.readList(row.checklist));
    return surgery;
  });
}
