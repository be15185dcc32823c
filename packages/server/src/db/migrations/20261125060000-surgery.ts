import { Migration } from '@mikro-orm/migrations';

const SPECIALTIES = `'BREAST_SURGERY', 'ENT', 'OBSTETRICS_GYNAECOLOGY', 'GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY'`;
const NEW_EVENT_KINDS = ['SURGERY_RESCHEDULED', 'CHECKLIST_PHASE_RECORDED', 'COMPLICATION_RECORDED', 'MISSION_ASSIGNED', 'MISSION_UNASSIGNED'];

/**
 * Surgical care: staff, theatres and missions as records; the operation team, the WHO
 * checklist, the full operation record and complications. No theatre, patient or staff
 * member can be double-booked: exclusion constraints on the booked time range refuse it,
 * whatever concurrent requests do.
 */
export class Migration20261125060000Surgery extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists btree_gist;`);

    this.addSql(`create table "staff_member" ("id" uuid not null, "name" text not null, "name_khmer" text null, "role" text check ("role" in ('SURGEON', 'ANAESTHETIST', 'NURSE', 'RESIDENT', 'OTHER')) not null, "specialty" text check ("specialty" in (${SPECIALTIES})) null, "visiting" boolean not null default false, "institution" text null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "staff_member_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_member_name_index" on "staff_member" ("name");`);

    this.addSql(`create table "theatre" ("id" uuid not null, "name" text not null, "sort_order" int not null default 0, constraint "theatre_pkey" primary key ("id"), constraint "theatre_name_unique" unique ("name"));`);
    this.addSql(`insert into "theatre" ("id", "name", "sort_order") values ('7e0a3c52-0001-4c1e-9d6b-5f0f7c1a0001', 'OT 1', 1), ('7e0a3c52-0002-4c1e-9d6b-5f0f7c1a0002', 'OT 2', 2), ('7e0a3c52-0003-4c1e-9d6b-5f0f7c1a0003', 'OT 3', 3);`);
    // Existing bookings keep their theatre: any other name becomes a theatre of its own.
    this.addSql(`insert into "theatre" ("id", "name", "sort_order")
      select gen_random_uuid(), t.name, 100 from (select distinct "theatre" as name from "surgery") t
      where not exists (select 1 from "theatre" x where x."name" = t.name);`);

    this.addSql(`create table "mission" ("id" uuid not null, "name" text not null, "institution" text not null, "specialties" text[] not null, "start_date" date not null, "end_date" date not null, "daily_capacity_minutes" int not null, "notes" text null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "mission_pkey" primary key ("id"), constraint "mission_dates_check" check ("end_date" >= "start_date"), constraint "mission_capacity_check" check ("daily_capacity_minutes" > 0 and "daily_capacity_minutes" <= 1440));`);
    this.addSql(`create index "mission_start_date_index" on "mission" ("start_date");`);
    this.addSql(`create table "mission_member" ("mission_id" uuid not null references "mission" ("id") on update cascade on delete cascade, "staff_member_id" uuid not null references "staff_member" ("id") on update cascade, constraint "mission_member_pkey" primary key ("mission_id", "staff_member_id"));`);
    this.addSql(`create table "mission_theatre" ("mission_id" uuid not null references "mission" ("id") on update cascade on delete cascade, "theatre_id" uuid not null references "theatre" ("id") on update cascade, constraint "mission_theatre_pkey" primary key ("mission_id", "theatre_id"));`);
    // A referral is on at most one mission's list at a time.
    this.addSql(`create table "mission_referral" ("id" uuid not null, "mission_id" uuid not null references "mission" ("id") on update cascade, "referral_id" uuid not null references "referral" ("id") on update cascade, "procedure" text not null, "expected_duration_minutes" int not null, "assigned_at" timestamptz not null, "assigned_by" text null, constraint "mission_referral_pkey" primary key ("id"), constraint "mission_referral_referral_unique" unique ("referral_id"), constraint "mission_referral_duration_check" check ("expected_duration_minutes" between 5 and 1440));`);
    this.addSql(`create index "mission_referral_mission_id_index" on "mission_referral" ("mission_id");`);

    // Surgery: theatre as a record, the booked end, the mission, the operation record.
    this.addSql(`alter table "surgery" add column "theatre_id" uuid null, add column "scheduled_end" timestamptz null, add column "mission_id" uuid null, add column "cancellation_category" text check ("cancellation_category" in ('PATIENT', 'HOSPITAL', 'NO_SHOW')) null, add column "procedures" jsonb not null default '[]', add column "in_theatre_at" timestamptz null, add column "out_of_theatre_at" timestamptz null, add column "anaesthesia_type" text check ("anaesthesia_type" in ('GENERAL', 'SPINAL', 'EPIDURAL', 'NERVE_BLOCK', 'SEDATION', 'LOCAL')) null, add column "asa_class" text check ("asa_class" in ('ASA_I', 'ASA_II', 'ASA_III', 'ASA_IV', 'ASA_V', 'ASA_VI', 'ASA_I_E', 'ASA_II_E', 'ASA_III_E', 'ASA_IV_E', 'ASA_V_E')) null, add column "wound_class" text check ("wound_class" in ('CLEAN', 'CLEAN_CONTAMINATED', 'CONTAMINATED', 'DIRTY_INFECTED')) null, add column "estimated_blood_loss_ml" int null, add column "specimens" jsonb not null default '[]';`);
    this.addSql(`update "surgery" s set "theatre_id" = t."id" from "theatre" t where t."name" = s."theatre";`);
    this.addSql(`update "surgery" set "scheduled_end" = "scheduled_start" + make_interval(mins => "expected_duration_minutes");`);
    this.addSql(`update "surgery" set "procedures" = jsonb_build_array("procedure") where "status" = 'COMPLETED';`);
    this.addSql(`alter table "surgery" alter column "theatre_id" set not null, alter column "scheduled_end" set not null, drop column "theatre";`);
    this.addSql(`alter table "surgery" add constraint "surgery_theatre_id_foreign" foreign key ("theatre_id") references "theatre" ("id") on update cascade;`);
    this.addSql(`alter table "surgery" add constraint "surgery_mission_id_foreign" foreign key ("mission_id") references "mission" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "surgery_mission_id_index" on "surgery" ("mission_id");`);
    this.addSql(`create index "surgery_theatre_id_scheduled_start_index" on "surgery" ("theatre_id", "scheduled_start");`);
    this.addSql(`alter table "surgery" add constraint "surgery_slot_check" check ("scheduled_end" > "scheduled_start"), add constraint "surgery_blood_loss_check" check ("estimated_blood_loss_ml" is null or "estimated_blood_loss_ml" >= 0);`);
    this.addSql(`alter table "surgery" add constraint "surgery_theatre_no_overlap" exclude using gist ("theatre_id" with =, tstzrange("scheduled_start", "scheduled_end") with &&) where ("status" = 'SCHEDULED');`);
    this.addSql(`alter table "surgery" add constraint "surgery_patient_no_overlap" exclude using gist ("patient_id" with =, tstzrange("scheduled_start", "scheduled_end") with &&) where ("status" = 'SCHEDULED');`);

    // The team of each operation. The booked slot and whether the booking is live are copied
    // onto each row (kept in step by the service) so the database can refuse a staff member
    // booked in two places at once.
    this.addSql(`create table "surgery_team_member" ("id" uuid not null, "surgery_id" uuid not null, "staff_member_id" uuid not null, "role" text check ("role" in ('PRIMARY_SURGEON', 'ASSISTANT', 'ANAESTHETIST', 'SCRUB_NURSE', 'OBSERVER')) not null, "slot_start" timestamptz not null, "slot_end" timestamptz not null, "active" boolean not null, constraint "surgery_team_member_pkey" primary key ("id"), constraint "surgery_team_member_unique" unique ("surgery_id", "staff_member_id"), constraint "surgery_team_member_slot_check" check ("slot_end" > "slot_start"));`);
    this.addSql(`alter table "surgery_team_member" add constraint "surgery_team_member_surgery_id_foreign" foreign key ("surgery_id") references "surgery" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "surgery_team_member" add constraint "surgery_team_member_staff_member_id_foreign" foreign key ("staff_member_id") references "staff_member" ("id") on update cascade;`);
    this.addSql(`create index "surgery_team_member_staff_member_id_index" on "surgery_team_member" ("staff_member_id", "slot_start");`);
    this.addSql(`create unique index "surgery_team_member_one_primary" on "surgery_team_member" ("surgery_id") where "role" = 'PRIMARY_SURGEON';`);
    this.addSql(`alter table "surgery_team_member" add constraint "surgery_team_member_no_overlap" exclude using gist ("staff_member_id" with =, tstzrange("slot_start", "slot_end") with &&) where ("active");`);

    // Existing primary surgeons' names become staff records and the primary surgeon of their operations.
    this.addSql(`insert into "staff_member" ("id", "name", "role", "visiting")
      select gen_random_uuid(), n.name, 'SURGEON', n.name ilike '%visiting%'
      from (select distinct "primary_surgeon" as name from "surgery" where "primary_surgeon" is not null and btrim("primary_surgeon") <> '') n;`);
    this.addSql(`insert into "surgery_team_member" ("id", "surgery_id", "staff_member_id", "role", "slot_start", "slot_end", "active")
      select gen_random_uuid(), s."id", m."id", 'PRIMARY_SURGEON', s."scheduled_start", s."scheduled_end", false
      from "surgery" s join "staff_member" m on m."name" = s."primary_surgeon";`);
    this.addSql(`alter table "surgery" drop column "primary_surgeon";`);

    // The WHO Surgical Safety Checklist: one row per phase, every item's answer in `answers`.
    this.addSql(`create table "surgery_checklist_phase" ("id" uuid not null, "surgery_id" uuid not null, "phase" text check ("phase" in ('SIGN_IN', 'TIME_OUT', 'SIGN_OUT')) not null, "answers" jsonb not null, "recorded_by" text null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "surgery_checklist_phase_pkey" primary key ("id"), constraint "surgery_checklist_phase_unique" unique ("surgery_id", "phase"));`);
    this.addSql(`alter table "surgery_checklist_phase" add constraint "surgery_checklist_phase_surgery_id_foreign" foreign key ("surgery_id") references "surgery" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "complication" ("id" uuid not null, "surgery_id" uuid not null, "patient_id" uuid not null, "grade" text check ("grade" in ('I', 'II', 'IIIA', 'IIIB', 'IVA', 'IVB', 'V')) not null, "disability_at_discharge" boolean not null default false, "description" text not null, "occurred_at" timestamptz not null, "surgical_site_infection" boolean not null default false, "recorded_at" timestamptz not null default now(), "recorded_by" text null, constraint "complication_pkey" primary key ("id"), constraint "complication_no_d_for_death" check (not ("grade" = 'V' and "disability_at_discharge")));`);
    this.addSql(`alter table "complication" add constraint "complication_surgery_id_foreign" foreign key ("surgery_id") references "surgery" ("id") on update cascade;`);
    this.addSql(`alter table "complication" add constraint "complication_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`create index "complication_surgery_id_index" on "complication" ("surgery_id");`);
    this.addSql(`create index "complication_patient_id_index" on "complication" ("patient_id");`);

    // The timeline links the new records.
    for (const [column, table] of [['complication_id', 'complication'], ['mission_id', 'mission'], ['checklist_phase_id', 'surgery_checklist_phase']]) {
      this.addSql(`alter table "journey_event" add column "${column}" uuid null;`);
      this.addSql(`alter table "journey_event" add constraint "journey_event_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete set null;`);
    }
    const kinds = NEW_EVENT_KINDS.map((k) => `''${k}''::text`).join(', ');
    // Adds the new kinds to whatever kinds the check allows now (other modules extend it too).
    this.addSql(`do $$
      declare def text;
      begin
        select pg_get_constraintdef(oid) into def from pg_constraint
          where conname = 'journey_event_kind_check' and conrelid = 'journey_event'::regclass;
        if position('''SURGERY_RESCHEDULED''' in def) = 0 then
          execute 'alter table "journey_event" drop constraint "journey_event_kind_check"';
          execute 'alter table "journey_event" add constraint "journey_event_kind_check" '
            || replace(def, 'ARRAY[', 'ARRAY[${kinds}, ');
        end if;
      end $$;`);
  }
}
