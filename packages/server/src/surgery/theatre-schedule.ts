import { HOSPITAL_UTC_OFFSET, SurgeryStatus } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { leanPlanReader, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { opaqueParam } from '../persistence/sql.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { MaybePromise } from '../graphql/loader-factory.js';
import type { Loaders } from '../graphql/loaders.js';
import { Theatre } from './staff.entity.js';
import type { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';
import type { TheatreBoardColumn } from './surgery.types.js';

/** A bound of the day: out of the planner's sight, so one plan serves every day (persistence/sql.ts). */
const DAY_PARAM = opaqueParam('?::timestamptz');

/** What the schedule reads with each operation. */
export const SCHEDULE_RECORDS: LeanInclude = { theatre: {}, patient: {} };

/** The instants of a hospital day. Phnom Penh keeps UTC+7 all year, so a day is a fixed range. */
export function hospitalDay(date: string): { start: Date; end: Date } {
  const start = new Date(`${date}T00:00:00${HOSPITAL_UTC_OFFSET}`);
  if (Number.isNaN(start.getTime())) throw badInput('date', 'date must be YYYY-MM-DD', 'INVALID_DATE');
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

/** What the schedule reads of each operation, of its team and of its checklist. */
export interface SchedulePlans {
  surgery: LeanPlan;
  team: LeanPlan;
  checklist: LeanPlan;
}

/** Everything, for callers that do not know what will be read (the board, live updates). */
export const SCHEDULE_PLANS: SchedulePlans = { surgery: planOf(SCHEDULE_RECORDS), team: planOf({ staffMember: {} }), checklist: planOf({}) };

/**
 * The team and checklist read with an operation of the schedule, for that operation's own
 * field resolvers (`team`, `primarySurgeon`, `checklist`, `nextChecklistPhase`). Kept with the
 * instance rather than primed into the request's loaders: they may hold only what this
 * schedule's selection reads, and another path of the same request may load the same
 * operation's team with other fields.
 */
const readWith = new WeakMap<Surgery, { team: SurgeryTeamMember[]; checklist: SurgeryChecklistPhase[] }>();

/** An operation's team: as the schedule read it with the operation, else through the request's loader. */
export function teamOf(surgery: Surgery, loaders: Loaders): MaybePromise<SurgeryTeamMember[]> {
  return readWith.get(surgery)?.team ?? loaders.teamBySurgery.load(surgery.id);
}

/** An operation's checklist phases: as the schedule read them with the operation, else through the request's loader. */
export function checklistOf(surgery: Surgery, loaders: Loaders): MaybePromise<SurgeryChecklistPhase[]> {
  return readWith.get(surgery)?.checklist ?? loaders.checklistBySurgery.load(surgery.id);
}

/**
 * The operations booked in [start, end), by theatre (its board order) and start, in one
 * statement: each operation with its theatre and patient, its team with their names and the
 * checklist phases recorded so far, read lean (persistence/lean.ts) as `plans` say. The team
 * and checklist stay with each operation, where the Surgery field resolvers find them
 * (`teamOf`, `checklistOf`). With `theatreId`, only that theatre's operations.
 */
export async function theatreSchedule(
  ctx: Pick<GraphQLContext, 'em'>,
  start: Date,
  end: Date,
  { withCancelled = true, plans = SCHEDULE_PLANS, theatreId }: { withCancelled?: boolean; plans?: SchedulePlans; theatreId?: string } = {},
): Promise<Surgery[]> {
  const surgeries = leanPlanReader<Surgery>(ctx.em, 'Surgery', 's', plans.surgery);
  const team = leanPlanReader<SurgeryTeamMember>(ctx.em, 'SurgeryTeamMember', 'tm', plans.team);
  const checklist = leanPlanReader<SurgeryChecklistPhase>(ctx.em, 'SurgeryChecklistPhase', 'cp', plans.checklist);
  const rows = await queryPrepared<{ surgery: unknown; team: unknown; checklist: unknown }>(
    ctx.em,
    `select ${surgeries.sql} as surgery,
       ${team.listSql('surgery', 's.id', 'tm.role, tm.id')} as team,
       ${checklist.listSql('surgery', 's.id', 'cp.recorded_at, cp.id')} as checklist
     from surgery s join theatre t on t.id = s.theatre_id
     where s.scheduled_start >= ${DAY_PARAM} and s.scheduled_start < ${DAY_PARAM}${withCancelled ? '' : ` and s.status <> '${SurgeryStatus.CANCELLED}'`}${theatreId ? ' and s.theatre_id = ?' : ''}
     order by t.sort_order, t.name, s.scheduled_start, s.id`,
    theatreId ? [start, end, theatreId] : [start, end],
  );
  return rows.map((row) => {
    const surgery = surgeries.read(row.surgery);
    readWith.set(surgery, { team: team.readList(row.team), checklist: checklist.readList(row.checklist) });
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
  ctx: Pick<GraphQLContext, 'em'>,
  date: string,
  { theatreId }: { theatreId?: string } = {},
): Promise<TheatreBoardColumn[]> {
  const { start, end } = hospitalDay(date);
  const theatres = await ctx.em.find(Theatre, theatreId ? { id: theatreId } : {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  if (theatres.length === 0) return [];
  const surgeries = await theatreSchedule(ctx, start, end, { withCancelled: false, theatreId });
  return theatres.map((theatre) => ({ date, theatre, surgeries: surgeries.filter((s) => s.theatre.id === theatre.id) }));
}
