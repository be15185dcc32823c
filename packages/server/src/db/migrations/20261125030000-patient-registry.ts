import { Migration } from '@mikro-orm/migrations';

/** Patient registry: travel, fuzzy search indexes, merges. */
export class Migration20261125030000PatientRegistry extends Migration {
  override up(): void {
    // Travel to the hospital, and the tombstone of a patient merged into another.
    this.addSql(`alter table "patient" add column "travel_time_hours" double precision null check ("travel_time_hours" >= 0 and "travel_time_hours" <= 48), add column "transport" text null check ("transport" in ('WALK', 'MOTO', 'TUK_TUK', 'BUS', 'TAXI', 'CAR', 'BOAT', 'OTHER')), add column "merged_into_id" uuid null;`);
    this.addSql(`alter table "patient" add constraint "patient_merged_into_id_foreign" foreign key ("merged_into_id") references "patient" ("id") on update cascade;`);
    this.addSql(`create index "patient_merged_into_id_index" on "patient" ("merged_into_id");`);

    // Fuzzy search: trigram similarity on lower-cased, unaccented names (Latin and Khmer).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    // unaccent() is only STABLE (its dictionary could change); indexes need an IMMUTABLE wrapper
    // that names its dictionary explicitly.
    this.addSql(`create or replace function "patient_search_text"(text) returns text language sql immutable strict parallel safe as $$
      select lower(public.unaccent('public.unaccent'::regdictionary, regexp_replace(btrim($1), '\\s+', ' ', 'g')))
    $$;`);
    this.addSql(`alter table "patient"
      add column "search_name" text generated always as (patient_search_text("family_name" || ' ' || "given_name")) stored,
      add column "search_name_khmer" text generated always as (patient_search_text(coalesce("family_name_khmer", '') || ' ' || coalesce("given_name_khmer", ''))) stored;`);
    this.addSql(`create index "patient_search_name_trgm" on "patient" using gin ("search_name" gin_trgm_ops);`);
    this.addSql(`create index "patient_search_name_khmer_trgm" on "patient" using gin ("search_name_khmer" gin_trgm_ops);`);
    this.addSql(`create index "patient_phones_gin" on "patient" using gin ("phones");`);
    this.addSql(`create index "patient_mrn_prefix" on "patient" ("mrn" text_pattern_ops);`);
    this.addSql(`create index "patient_national_id_index" on "patient" (lower("national_id"));`);

    // The timeline gains the merge event.
    this.addSql(`alter table "journey_event" drop constraint "journey_event_kind_check";`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_kind_check" check ("kind" in ('PATIENT_REGISTERED', 'REFERRAL_RECEIVED', 'REFERRAL_STATUS_CHANGED', 'SURGERY_SCHEDULED', 'SURGERY_CANCELLED', 'SURGERY_PERFORMED', 'ADMITTED', 'DISCHARGED', 'PATIENTS_MERGED'));`);

    // The timeline stays append-only, with one exception: while a merge runs (the transaction
    // has `set local journey.merging = 'on'`), an UPDATE that changes nothing but patient_id
    // moves an event to the kept patient. Everything else is still refused.
    this.addSql(`create or replace function "journey_event_append_only"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE'
           and coalesce(current_setting('journey.merging', true), '') = 'on'
           and (to_jsonb(new) - 'patient_id') = (to_jsonb(old) - 'patient_id') then
          return new;
        end if;
        raise exception 'journey_event is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$;`);
  }
}
