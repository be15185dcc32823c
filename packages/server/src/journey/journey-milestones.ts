import type { EntityManager } from '@mikro-orm/postgresql';
import { type FollowUpKind, type FollowUpStatus, hospitalDate, type JourneyMilestoneStep } from '@pj/shared';
import { queryPrepared } from '../persistence/prepared.js';

/** One step of a patient's journey map. */
export interface JourneyMilestoneView {
  step: JourneyMilestoneStep;
  /** Its day (Phnom Penh): when it happened, or when it is planned or due. */
  on: string;
  done: boolean;
  current: boolean;
  /** Days since the step before it (null for the first). */
  waitDays: number | null;
  followUpKind: FollowUpKind | null;
  followUpStatus: FollowUpStatus | null;
  phaseName: string | null;
}

/**
 * The steps of the journey map, in one statement. For a patient with a treatment plan (the
 * latest): the first referral, the cancer diagnosis, each phase of the plan's protocol (its
 * first day, planned from the plan's start), the plan's completion or refusal, and the plan's
 * follow-ups. Otherwise the episode of care of the latest event that has one: its first
 * referral, triage, waitlisting, booking, operation and discharge, and the follow-ups of its
 * operations and admissions (not cancelled). A step that happened is `done`; the last one done
 * is `current`; each has the days waited since the step before it.
 */
const MILESTONES_SQL = `
with p as (select ?::uuid as id, ?::date as today),
plan as (
  select tp.id, tp.protocol_id, tp.start_date from treatment_plan tp, p
  where tp.patient_id = p.id order by tp.start_date desc, tp.created_at desc limit 1
),
ep as (
  select e.episode_id as id from journey_event e, p
  where e.patient_id = p.id and e.episode_id is not null order by e.timeline_at desc, e.id desc limit 1
),
ev as (
  select e.kind, e.to_status, e.episode_id, e.treatment_plan_id,
         coalesce(e.occurred_on, (e.occurred_at at time zone 'Asia/Phnom_Penh')::date) as day
  from journey_event e, p where e.patient_id = p.id
),
surgical as (
  select 'REFERRAL' as step, 10 as rank, min(day) as day from ev
    where kind = 'REFERRAL_RECEIVED' and episode_id = (select id from ep) having count(*) > 0
  union all select 'TRIAGE', 20, min(day) from ev
    where kind = 'REFERRAL_STATUS_CHANGED' and to_status = 'TRIAGED' and episode_id = (select id from ep) having count(*) > 0
  union all select 'WAITLIST', 30, min(day) from ev
    where kind = 'REFERRAL_STATUS_CHANGED' and to_status = 'WAITLISTED' and episode_id = (select id from ep) having count(*) > 0
  union all select 'BOOKING', 40, min(day) from ev
    where kind = 'SURGERY_SCHEDULED' and episode_id = (select id from ep) having count(*) > 0
  union all select 'OPERATION', 50, min(day) from ev
    where kind = 'SURGERY_PERFORMED' and episode_id = (select id from ep) having count(*) > 0
  union all select 'DISCHARGE', 60, min(day) from ev
    where kind = 'DISCHARGED' and episode_id = (select id from ep) having count(*) > 0
),
oncology as (
  select 'REFERRAL' as step, 10 as rank, min(day) as day, null::text as phase from ev
    where kind = 'REFERRAL_RECEIVED' having count(*) > 0
  union all select 'DIAGNOSIS', 20, min(day), null from ev where kind = 'ONCOLOGY_DIAGNOSED' having count(*) > 0
  union all select 'TREATMENT_PHASE', 30 + ph.position, plan.start_date + ph.start_day, ph.name
    from plan join protocol_phase ph on ph.protocol_id = plan.protocol_id
  union all select case when kind = 'TREATMENT_COMPLETED' then 'TREATMENT_COMPLETED' else 'TREATMENT_REFUSED' end, 60, day, null
    from ev where kind in ('TREATMENT_COMPLETED', 'TREATMENT_REFUSED') and treatment_plan_id = (select id from plan)
),
follow_ups as (
  select f.kind, f.status, coalesce(f.outcome_on, f.due_date) as day
  from follow_up f
  left join surgery s on s.id = f.surgery_id
  left join discharge d on d.id = f.discharge_id
  left join admission a on a.id = d.admission_id, p
  where f.patient_id = p.id and f.status <> 'CANCELLED'
    and case when exists (select 1 from plan) then f.treatment_plan_id = (select id from plan)
             else coalesce(s.episode_id, a.episode_id) = (select id from ep) end
),
steps as (
  select step, rank, day, phase, null::text as follow_up_kind, null::text as follow_up_status, day <= p.today as done
    from oncology, p where exists (select 1 from plan)
  union all select step, rank, day, null, null, null, true from surgical where not exists (select 1 from plan)
  union all select 'FOLLOW_UP', 70, day, null, kind, status, status <> 'SCHEDULED' from follow_ups
),
ordered as (
  select *, row_number() over (order by day, rank, follow_up_kind) as n from steps
)
select step, to_char(day, 'YYYY-MM-DD') as "on", done, phase as "phaseName",
       follow_up_kind as "followUpKind", follow_up_status as "followUpStatus",
       (day - lag(day) over (order by n))::int as "waitDays",
       done and n = max(n) filter (where done) over () as "current"
from ordered order by n`;

/** The patient's journey map (see MILESTONES_SQL); `now` decides which planned steps are done. */
export async function readJourneyMilestones(em: EntityManager, patientId: string, now: Date): Promise<JourneyMilestoneView[]> {
  const rows = await queryPrepared<JourneyMilestoneView>(em, MILESTONES_SQL, [patientId, hospitalDate(now)]);
  return rows.map((row) => ({ ...row, current: row.current === true }));
}
