import { Migration } from '@mikro-orm/migrations';

/**
 * Death ends the journey; one active treatment plan per child.
 *
 * - `death_record`: one row per recorded death (how it was recorded, when, the stage to give
 *   back if it is corrected as recorded in error). At most one uncorrected death per patient,
 *   guaranteed by a partial unique index.
 * - `treatment_plan_one_active_per_patient`: a partial unique index, so no request, however
 *   concurrent, and no write around the service can give a child two ACTIVE plans.
 *
 * Repairs before the index: where a patient has several ACTIVE plans, the most recently made
 * one stays ACTIVE and the others become STOPPED (ended on the day the later plan started,
 * with a note saying why) with their planned doses OMITTED; ACTIVE plans of patients already
 * DECEASED are STOPPED the same way. Nothing else is changed.
 */
export class Migration20261205020000DeathEndsJourney extends Migration {
  override up(): void {
    this.addSql(`create table "death_record" (
      "id" uuid not null default gen_random_uuid(),
      "patient_id" uuid not null,
      "died_at" timestamptz not null,
      "recorded_by" text check ("recorded_by" in ('DISCHARGE', 'COMPLICATION', 'TOXICITY', 'FOLLOW_UP_CALL')) not null,
      "stage_if_alive" text not null,
      "recorded_at" timestamptz not null,
      "actor" text null,
      "corrected_at" timestamptz null,
      "corrected_by" text null,
      "correction_reason" text null,
      constraint "death_record_pkey" primary key ("id"),
      constraint "death_record_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "death_record_correction_check" check (("corrected_at" is null) = ("correction_reason" is null)));`);
    this.addSql(`create unique index "death_record_one_per_patient" on "death_record" ("patient_id") where "corrected_at" is null;`);

    // Repair: keep the newest ACTIVE plan of each patient; stop the older ones.
    this.addSql(`with ranked as (
        select tp."id", row_number() over (partition by tp."patient_id" order by tp."created_at" desc, tp."id" desc) as n,
               max(tp."start_date") over (partition by tp."patient_id") as latest_start
          from "treatment_plan" tp where tp."status" = 'ACTIVE')
      update "treatment_plan" tp set "status" = 'STOPPED',
             "ended_on" = greatest(tp."start_date", r.latest_start),
             "end_note" = 'Stopped: another treatment plan of the child is active (one active plan per child)'
        from ranked r where r."id" = tp."id" and r.n > 1;`);
    this.addSql(`update "treatment_plan" tp set "status" = 'STOPPED', "ended_on" = greatest(tp."start_date", current_date), "end_note" = 'The patient died'
        from "patient" p where p."id" = tp."patient_id" and p."stage" = 'DECEASED' and tp."status" = 'ACTIVE';`);
    this.addSql(`update "chemo_administration" ca set "status" = 'OMITTED', "omission_reason" = 'Not given: the plan was stopped'
        from "treatment_plan" tp where tp."id" = ca."plan_id" and tp."status" = 'STOPPED' and ca."status" = 'PLANNED';`);
    this.addSql(`create unique index "treatment_plan_one_active_per_patient" on "treatment_plan" ("patient_id") where "status" = 'ACTIVE';`);

    // The timeline's new kind: a death recorded in error was corrected.
    this.addSql(`do $$
      declare def text;
      begin
        select pg_get_constraintdef(oid) into def from pg_constraint
          where conname = 'journey_event_kind_check' and conrelid = 'journey_event'::regclass;
        if position('''DEATH_CORRECTED''' in def) = 0 then
          execute 'alter table "journey_event" drop constraint "journey_event_kind_check"';
          execute 'alter table "journey_event" add constraint "journey_event_kind_check" '
            || replace(def, 'ARRAY[', 'ARRAY[''DEATH_CORRECTED''::text, ');
        end if;
      end $$;`);
  }
}
