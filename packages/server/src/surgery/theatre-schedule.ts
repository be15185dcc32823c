import { HOSPITAL_UTC_OFFSET, SurgeryStatus } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { leanPlanReader, leanReader, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Theatre } from './staff.entity.js';
import type { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';
import type { TheatreBoardColumn } from './surgery.types.js';

/** What the schedule reads with each operation. */
export const SCHEDULE_RECORDS: LeanInclude = { theatre: {}, patient: {} };

/** The instants of a hospital day. Phnom Penh keeps UTC+7 all year, so a day is a fixed range. */
export function hospitalDay(date: string): { start: Date; end: Date } {
  const start = new Date(`${date}T00:00:00${HOSPITAL_UTC_OFFSET}`);
  if (Number.isNaN(start.getTime())) throw badInput('date', 'date must be YYYY-MM-DD', 'INVALID_DATE');
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

/**
 * The operations booked in [start, end), by theatre (its board order) and start, in one
 * statement: each operation with its theatre and patient, its team with their names and the
 * checklist phases recorded so far, read lean (persistence/lean.ts). The team and checklist go into
 * the request's loaders, where the Surgery field resolvers look for them. With `theatreId`, only
 * that theatre's operations.
 */
export async function theatreSchedule(
  ctx: Pick<GraphQLContext, 'em' | 'loaders'>,
  start: Date,
  end: Date,
  { withCancelled = true, plan = planOf(SCHEDULE_RECORDS), theatreId }: { withCancelled?: boolean; plan?: LeanPlan; theatreId?: string } = {},
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
     where s.scheduled_start >= ? and s.scheduled_start < ?${withCancelled ? '' : ` and s.status <> '${SurgeryStatus.CANCELLED}'`}${theatreId ? ' and s.theatre_id = ?' : ''}
     order by t.sort_order, t.name, s.scheduled_start, s.id`,
    theatreId ? [start, end, theatreId] : [start, end],
  );
  return rows.map((row) => {
    const surgery = surgeries.read(row.surgery);
    ctx.loaders.teamBySurgery.prime(surgery.id, team.readList(row.team));
    ctx.loaders.checklistBySurgery.prime(surgery.id, checklist.readList(row.checklist));
    return surgery;
  });
}

/**
 * The theatre board of a day (YYYY-MM-DD, Phnom Penh): every theatre in board order with its
 * booked and performed operations by start (cancelled ones left out); with `theatreId`, that
 * theatre's column alone (none if there is no such theatre). The query `theatreBoard` and the
 * live board (live/theatre.live.ts) both read it here, so a column re-read after a change is
 * the column the query serves.
 */
export async function theatreBoard(
  ctx: Pick<GraphQLContext, 'em' | 'loaders'>,
  date: string,
  { theatreId }: { theatreId?: string } = {},
): Promise<TheatreBoardColumn[]> {
  const { start, end } = hospitalDay(date);
  const theatres = await ctx.em.find(Theatre, theatreId ? { id: theatreId } : {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  if (theatres.length === 0) return [];
  const surgeries = await theatreSchedule(ctx, start, end, { withCancelled: false, theatreId });
  return theatres.map((theatre) => ({ date, theatre, surgeries: surgeries.filter((s) => s.theatre.id === theatre.id) }));
}
