import type { EntityManager } from '@mikro-orm/postgresql';
import { HOSPITAL_TIME_ZONE, SurgeryStatus, THEATRE_SESSION } from '@pj/shared';
import { intInRange, validInstant } from '../common/validate.js';
import { getTheatreOrFail } from './surgery.service.js';

/** How far ahead free slots are looked for. */
export const FREE_SLOT_HORIZON_DAYS = 14;
/** Offered starts are on whole five minutes. */
const STEP_MS = 5 * 60_000;

/** A free slot: the offered start and end (start + the duration asked for), and until when the theatre and team stay free. */
export interface FreeSlot {
  start: Date;
  end: Date;
  freeUntil: Date;
}

export interface FreeSlotRequest {
  theatreId: string;
  from: Date;
  durationMinutes: number;
  staffIds: readonly string[];
  patientId: string | null;
  emergency: boolean;
  count: number;
}

/**
 * The next free slots of a theatre, long enough for `durationMinutes`, when the theatre, every
 * staff member in `staffIds` and the patient are all free: the start of each free gap from
 * `from` (not before now, rounded up to five minutes) over the next 14 days, earliest first.
 * Planned operations get gaps within each day's usual session (08:00–17:00 Phnom Penh time);
 * an emergency gets gaps at any hour, across midnight. Computed in one statement against every
 * operation not cancelled (booked and performed alike, as the exclusion constraints count them).
 */
export async function theatreFreeSlots(em: EntityManager, now: Date, request: FreeSlotRequest): Promise<FreeSlot[]> {
  const duration = intInRange('durationMinutes', request.durationMinutes, 5, 24 * 60);
  const count = intInRange('count', request.count, 1, 20);
  const asked = validInstant('from', request.from);
  await getTheatreOrFail(em, request.theatreId);
  const earliest = Math.max(asked.getTime(), now.getTime());
  const from = new Date(Math.ceil(earliest / STEP_MS) * STEP_MS);
  const horizon = new Date(from.getTime() + FREE_SLOT_HORIZON_DAYS * 86_400_000);
  const staff = [...new Set(request.staffIds)];
  const staffBusy = staff.length
    ? `union all
       select tm.slot_start, tm.slot_end from surgery_team_member tm
       where tm.active and tm.staff_member_id in (${staff.map(() => '?').join(', ')})
         and tm.slot_end > :from and tm.slot_start < :horizon`
    : '';
  const patientBusy = request.patientId
    ? `union all
       select p.scheduled_start, p.scheduled_end from surgery p
       where p.patient_id = ? and p.status <> '${SurgeryStatus.CANCELLED}'
         and p.scheduled_end > :from and p.scheduled_start < :horizon`
    : '';
  const windows = request.emergency
    ? `select :from::timestamptz as ws, :horizon::timestamptz as we`
    : `select greatest(d.s, :from::timestamptz) as ws, d.e as we
       from (
         select (day + make_interval(mins => ${THEATRE_SESSION.startMinute})) at time zone '${HOSPITAL_TIME_ZONE}' as s,
                (day + make_interval(mins => ${THEATRE_SESSION.endMinute})) at time zone '${HOSPITAL_TIME_ZONE}' as e
         from generate_series((:from::timestamptz at time zone '${HOSPITAL_TIME_ZONE}')::date::timestamp,
                              (:horizon::timestamptz at time zone '${HOSPITAL_TIME_ZONE}')::date::timestamp,
                              interval '1 day') as day
       ) d
       where d.e > :from::timestamptz and d.s < :horizon::timestamptz`;
  const sql = `
    with windows as (${windows}),
    busy as (
      select b.scheduled_start as s, b.scheduled_end as e from surgery b
      where b.theatre_id = ? and b.status <> '${SurgeryStatus.CANCELLED}'
        and b.scheduled_end > :from and b.scheduled_start < :horizon
      ${staffBusy}
      ${patientBusy}
    ),
    clipped as (
      select w.ws, w.we, greatest(b.s, w.ws) as s, least(b.e, w.we) as e
      from windows w join busy b on b.s < w.we and b.e > w.ws
    ),
    ordered as (
      select ws, we, s, e,
             max(e) over (partition by ws order by s, e rows between unbounded preceding and 1 preceding) as before_end
      from clipped
    ),
    gaps as (
      select ws, greatest(coalesce(before_end, ws), ws) as gs, s as ge from ordered
      union all
      select w.ws, coalesce((select max(c.e) from clipped c where c.ws = w.ws), w.ws) as gs, w.we as ge from windows w
    )
    select distinct gs as gap_start, ge as gap_end from gaps
    where ge - gs >= make_interval(mins => ${duration})
    order by gap_start
    limit ${count}`;
  // Named (:from, :horizon) and positional (?) bindings cannot mix: expand the named ones in order.
  const params: unknown[] = [];
  const positional = sql.replace(/:(from|horizon)\b|\?/g, (_match, name: string | undefined) => {
    if (name === 'from') params.push(from);
    else if (name === 'horizon') params.push(horizon);
    else params.push(undefined);
    return '?';
  });
  const queue = [request.theatreId, ...staff, ...(request.patientId ? [request.patientId] : [])];
  for (let i = 0; i < params.length; i++) if (params[i] === undefined) params[i] = queue.shift();
  const rows = await em.execute<{ gap_start: Date | string; gap_end: Date | string }[]>(positional, params);
  return rows.map((row) => {
    const gapStart = new Date(row.gap_start);
    const start = new Date(Math.ceil(gapStart.getTime() / STEP_MS) * STEP_MS);
    return { start, end: new Date(start.getTime() + duration * 60_000), freeUntil: new Date(row.gap_end) };
  }).filter((slot) => slot.end.getTime() <= slot.freeUntil.getTime());
}
