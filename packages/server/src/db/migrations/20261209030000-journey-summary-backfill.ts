import { Migration } from '@mikro-orm/migrations';

/** `clip` of journey-summaries.ts: at most 80 characters, the 80th an ellipsis. */
const clip = (sql: string) => `(case when char_length(${sql}) > 80 then left(${sql}, 79) || '…' else ${sql} end)`;
/** `words` of journey-summaries.ts: UPPER_CASE → "upper case". */
const words = (sql: string) => `lower(replace(${sql}, '_', ' '))`;
/** An instant as `Date.toISOString()` writes it. */
const iso = (sql: string) => `to_char(${sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const text = (name: string, value: string) => `jsonb_build_object('name', '${name}', 'value', ${value}, 'type', 'TEXT')`;
const num = (name: string, value: string) => `jsonb_build_object('name', '${name}', 'value', (${value})::text, 'type', 'NUMBER')`;
const instant = (name: string, value: string) => `jsonb_build_object('name', '${name}', 'value', ${iso(value)}, 'type', 'DATE_TIME')`;
const day = (name: string, value: string) => `jsonb_build_object('name', '${name}', 'value', to_char(${value}, 'YYYY-MM-DD'), 'type', 'LOCAL_DATE')`;
const enumValue = (name: string, enumName: string, value: string) =>
  `jsonb_build_object('name', '${name}', 'value', ${value}, 'type', 'ENUM', 'enumName', '${enumName}')`;

/** Only events still without their sentence: running it again changes nothing. */
const PENDING = `e.summary_variant is null and e.summary_params is null`;

/**
 * Timeline events recorded before their summaries were kept as sentence and values (migration
 * 20261208070000) read in English only. This writes `summary_variant` and `summary_params`
 * for them from the records they point at, exactly as journey-summaries.ts writes them for a
 * new event, so the web app shows them in the reader's language. Set-based, one statement per
 * kind, and idempotent (only events with neither column set). Only where the record still
 * says what the event said: a booking later moved, a follow-up later moved, and the kinds
 * whose values the records no longer keep (a transfer's beds, a merge, a move's old slot, …)
 * keep their English text.
 */
export class Migration20261209030000JourneySummaryBackfill extends Migration {
  override up(): void {
    for (const statement of BACKFILL) this.addSql(statement);
  }
}

/**
 * One update per kind, between switching off and on again the trigger that keeps the timeline
 * append-only (as the timeline-order repair did): the events' own facts do not change, only the
 * two columns that say the same summary in another form.
 */
export const BACKFILL: readonly string[] = [
  `alter table "journey_event" disable trigger "journey_event_no_update";`,

  // "Referral received from <source>: <reason>"
  `update journey_event e set summary_variant = 'default', summary_params = jsonb_build_array(
     ${text('source', `coalesce(r.source_name, ${words('r.source_type')})`)}, ${text('reason', clip('r.reason'))})
   from referral r
   where ${PENDING} and e.kind = 'REFERRAL_RECEIVED' and r.id = e.referral_id;`,

  // "Referral <from> → <to>[: <reason>]": the statuses and the reason are on the event itself.
  `update journey_event e set
     summary_variant = case when coalesce(e.note, '') <> '' then 'withReason' else 'default' end,
     summary_params = jsonb_build_array(${enumValue('from', 'ReferralStatus', 'e.from_status')}, ${enumValue('to', 'ReferralStatus', 'e.to_status')})
       || case when coalesce(e.note, '') <> '' then jsonb_build_array(${text('reason', clip('e.note'))}) else '[]'::jsonb end
   where ${PENDING} and e.kind = 'REFERRAL_STATUS_CHANGED' and e.from_status is not null and e.to_status is not null;`,

  // "Surgery booked: <procedure> (<theatre>) on <start>", unless the booking was moved since.
  `update journey_event e set summary_variant = 'default', summary_params = jsonb_build_array(
     ${text('procedure', 's.procedure')}, ${text('theatre', 't.name')}, ${instant('start', 's.scheduled_start')})
   from surgery s join theatre t on t.id = s.theatre_id
   where ${PENDING} and e.kind = 'SURGERY_SCHEDULED' and s.id = e.surgery_id
     and not exists (select 1 from journey_event m where m.surgery_id = s.id and m.kind = 'SURGERY_RESCHEDULED' and m.id > e.id);`,

  // "Surgery performed: <procedures> (<theatre>), <minutes> min"
  `update journey_event e set summary_variant = 'default', summary_params = jsonb_build_array(
     ${text('procedure', `(select coalesce(string_agg(p.value, '; ' order by p.n), '') from jsonb_array_elements_text(s.procedures::jsonb) with ordinality p(value, n))`)},
     ${text('theatre', 't.name')},
     ${num('minutes', 'round(extract(epoch from (s.ended_at - s.started_at)) / 60)::integer')})
   from surgery s join theatre t on t.id = s.theatre_id
   where ${PENDING} and e.kind = 'SURGERY_PERFORMED' and s.id = e.surgery_id and s.started_at is not null and s.ended_at is not null;`,

  // "Surgery cancelled (<category>): <procedure> (<theatre>): <reason>"
  `update journey_event e set summary_variant = 'default', summary_params = jsonb_build_array(
     ${text('procedure', 's.procedure')}, ${text('theatre', 't.name')},
     ${enumValue('category', 'CancellationCategory', 's.cancellation_category')}, ${text('reason', clip('s.cancellation_reason'))})
   from surgery s join theatre t on t.id = s.theatre_id
   where ${PENDING} and e.kind = 'SURGERY_CANCELLED' and s.id = e.surgery_id
     and s.cancellation_category is not null and s.cancellation_reason is not null;`,

  // "WHO checklist <phase> done: <procedure>"
  `update journey_event e set summary_variant = 'default', summary_params = jsonb_build_array(
     ${enumValue('phase', 'ChecklistPhase', 'c.phase')}, ${text('procedure', 's.procedure')})
   from surgery_checklist_phase c join surgery s on s.id = c.surgery_id
   where ${PENDING} and e.kind = 'CHECKLIST_PHASE_RECORDED' and c.id = e.checklist_phase_id;`,

  // "Discharged (<disposition>) from <ward>: <diagnosis>" / "Died on <ward>: <diagnosis>"
  `update journey_event e set
     summary_variant = case when d.disposition = 'DIED' then 'died' else 'default' end,
     summary_params = jsonb_build_array(
       ${enumValue('disposition', 'DischargeDisposition', 'd.disposition')}, ${text('ward', 'w.name')}, ${text('diagnosis', clip('d.diagnosis'))})
   from discharge d join admission a on a.id = d.admission_id join bed b on b.id = a.bed_id join ward w on w.id = b.ward_id
   where ${PENDING} and e.kind = 'DISCHARGED' and d.id = e.discharge_id;`,

  // "Follow-up booked: <kind> on <due>[ (standard)]", unless moved since (a later booking event of it).
  `update journey_event e set
     summary_variant = case when f.automatic then 'standard' else 'default' end,
     summary_params = jsonb_build_array(${enumValue('followUp', 'FollowUpKind', 'f.kind')}, ${day('due', 'f.due_date')})
   from follow_up f
   where ${PENDING} and e.kind = 'FOLLOW_UP_SCHEDULED' and f.id = e.follow_up_id and e.summary like 'Follow-up booked:%'
     and not exists (select 1 from journey_event m where m.follow_up_id = f.id and m.kind = 'FOLLOW_UP_SCHEDULED' and m.id > e.id);`,

  // "<Kind> attended" / "<kind> missed" / "Day-30 call done: <finding>": a recorded follow-up is closed for good.
  `update journey_event e set
     summary_variant = case when f.status <> 'ATTENDED' then 'missed' when f.day30_status is not null then 'call' else 'attended' end,
     summary_params = jsonb_build_array(${enumValue('followUp', 'FollowUpKind', 'f.kind')})
       || case when f.status = 'ATTENDED' and f.day30_status is not null
            then jsonb_build_array(${enumValue('finding', 'Day30Status', 'f.day30_status')}) else '[]'::jsonb end
   from follow_up f
   where ${PENDING} and e.kind = 'FOLLOW_UP_RECORDED' and f.id = e.follow_up_id and f.status in ('ATTENDED', 'MISSED');`,
  `alter table "journey_event" enable trigger "journey_event_no_update";`,
];
