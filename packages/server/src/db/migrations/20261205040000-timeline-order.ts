import { Migration } from '@mikro-orm/migrations';

/** The kinds of event known only by their day (placed with `onClinicalDay`, journey/journey-recorder.ts). */
const DATE_ONLY_KINDS = [
  'ONCOLOGY_DIAGNOSED',
  'TREATMENT_PLAN_STARTED',
  'CHEMO_ADMINISTERED',
  'TOXICITY_RECORDED',
  'RESPONSE_ASSESSED',
  'TREATMENT_REFUSED',
  'TREATMENT_COMPLETED',
  'FOLLOW_UP_RECORDED',
  'LOST_TO_FOLLOW_UP',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

const BOOKING_TIME_IN_UTC = `'[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC'`;

/**
 * The one change this migration makes to events already recorded, with the append-only trigger
 * switched off for it alone: ALTER TABLE holds an exclusive lock on the table until the migration
 * commits, so nothing else writes to it meanwhile, and the trigger is back on before the commit
 * (a failed migration rolls it all back). It changes:
 *
 * - `occurred_on` of events of the date-only kinds, from null to the Phnom Penh day of their
 *   `occurred_at` (the earlier code placed them at 00:00 of their day, or at the time recorded
 *   for a toxicity, response, refusal, completion or follow-up outcome of the day it was
 *   recorded: the day was always that of `occurred_at`). Their `occurred_at` is left as it was.
 * - the summaries of operation bookings and moves, whose times were written in UTC
 *   ("on 2026-01-20 02:00 UTC"): each such time becomes Phnom Penh time ("on 2026-01-20 09:00"),
 *   as the code now writes them. Nothing else in a summary changes.
 *
 * Exported so a test can run it over rows written as the earlier code wrote them.
 */
export const TIMELINE_REPAIR: readonly string[] = [
  `alter table "journey_event" disable trigger "journey_event_no_update";`,
  `update "journey_event" set "occurred_on" = ("occurred_at" at time zone 'Asia/Phnom_Penh')::date
    where "occurred_on" is null and "kind" in (${DATE_ONLY_KINDS});`,
  `create function "journey_summary_in_hospital_time"(summary text) returns text language plpgsql immutable as $$
    declare
      found text[];
    begin
      loop
        found := regexp_match(summary, '([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}) UTC');
        exit when found is null;
        summary := replace(summary, found[1] || ' UTC',
          to_char((found[1] || '+00')::timestamptz at time zone 'Asia/Phnom_Penh', 'YYYY-MM-DD HH24:MI'));
      end loop;
      return summary;
    end $$;`,
  `update "journey_event" set "summary" = "journey_summary_in_hospital_time"("summary")
    where "kind" in ('SURGERY_SCHEDULED', 'SURGERY_RESCHEDULED') and "summary" ~ ${BOOKING_TIME_IN_UTC};`,
  `drop function "journey_summary_in_hospital_time"(text);`,
  `alter table "journey_event" enable trigger "journey_event_no_update";`,
];

/**
 * A timeline in clinical order. Events known only by their day (a diagnosis, a dose given, a
 * toxicity…) keep that day in `occurred_on` beside `occurred_at` (then the start of the day) and
 * `recorded_at`; the timeline's order is one generated key, `timeline_at`: for a timed event its
 * `occurred_at`, for a date-only one the instant it was recorded held within its day (a later
 * day's recording counts as the day's last millisecond, an earlier one as its first). Read on
 * (patient_id, timeline_at desc, id desc), events sort by clinical day, then time or recording
 * within the day, then id: a diagnosis written at 10:00 follows that day's 09:00 admission.
 */
export class Migration20261205040000TimelineOrder extends Migration {
  override up(): void {
    this.addSql(`alter table "journey_event" add column "occurred_on" date null;`);
    for (const sql of TIMELINE_REPAIR) this.addSql(sql);
    // The clinical day is the Phnom Penh day of occurred_at: the two can never tell different days.
    this.addSql(`alter table "journey_event" add constraint "journey_event_occurred_on_check"
      check ("occurred_on" is null or "occurred_on" = ("occurred_at" at time zone 'Asia/Phnom_Penh')::date);`);
    // Arithmetic on local timestamps (immutable) before placing them in Phnom Penh time.
    this.addSql(`alter table "journey_event" add column "timeline_at" timestamptz not null generated always as (
      case when "occurred_on" is null then "occurred_at"
      else greatest(
        "occurred_on"::timestamp at time zone 'Asia/Phnom_Penh',
        least("recorded_at", (("occurred_on" + 1)::timestamp - interval '1 millisecond') at time zone 'Asia/Phnom_Penh'))
      end) stored;`);
    this.addSql(`drop index "journey_event_timeline_idx";`);
    this.addSql(`create index "journey_event_timeline_idx" on "journey_event" ("patient_id", "timeline_at" desc, "id" desc);`);
    // Merges move events by changing patient_id alone. A BEFORE trigger sees generated columns
    // not yet computed (null), so the comparison leaves timeline_at out: it follows from the
    // columns compared.
    this.addSql(`create or replace function "journey_event_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE'
           and coalesce(current_setting('journey.merging', true), '') = 'on'
           and (to_jsonb(new) - 'patient_id' - 'timeline_at') = (to_jsonb(old) - 'patient_id' - 'timeline_at') then
          return new;
        end if;
        raise exception 'journey_event is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$;`);
  }
}
