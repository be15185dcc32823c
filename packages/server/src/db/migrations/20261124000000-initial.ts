import { Migration } from '@mikro-orm/migrations';

/** The journey backbone: patients, episodes, referrals, surgery, wards, admissions, timeline. */
export class Migration20261124000000Initial extends Migration {
  override up(): void {
    this.addSql(`create table "patient" ("id" uuid not null, "mrn" text not null, "family_name" text not null, "given_name" text not null, "family_name_khmer" text null, "given_name_khmer" text null, "sex" text check ("sex" in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')) not null, "birth_date" date not null, "birth_date_estimated" boolean not null default false, "phones" text[] not null, "guardian" jsonb null, "national_id" text null, "province_code" smallint not null, "district" text null, "commune" text null, "village" text null, "stage" text check ("stage" in ('REGISTERED', 'REFERRED', 'IN_ASSESSMENT', 'WAITLISTED', 'SURGERY_SCHEDULED', 'OPERATED', 'INPATIENT', 'FOLLOW_UP', 'CLOSED', 'DECEASED')) not null default 'REGISTERED', "created_at" timestamptz not null, "version" int not null default 1, constraint "patient_pkey" primary key ("id"));`);
    this.addSql(`alter table "patient" add constraint "patient_mrn_unique" unique ("mrn");`);
    this.addSql(`create index "patient_stage_index" on "patient" ("stage");`);
    this.addSql(`create table "episode" ("id" uuid not null, "patient_id" uuid not null, "title" text not null, "specialty" text check ("specialty" in ('BREAST_SURGERY', 'ENT', 'OBSTETRICS_GYNAECOLOGY', 'GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY')) null, "status" text check ("status" in ('ACTIVE', 'FINISHED', 'CANCELLED')) not null default 'ACTIVE', "started_at" timestamptz not null, "ended_at" timestamptz null, constraint "episode_pkey" primary key ("id"));`);
    this.addSql(`create index "episode_patient_id_index" on "episode" ("patient_id");`);
    this.addSql(`create table "referral" ("id" uuid not null, "patient_id" uuid not null, "episode_id" uuid not null, "source_type" text check ("source_type" in ('HEALTH_CENTRE', 'REFERRAL_HOSPITAL', 'NGO', 'OUTREACH_SCREENING', 'OTHER_HOSPITAL', 'SELF')) not null, "source_name" text null, "specialty" text check ("specialty" in ('BREAST_SURGERY', 'ENT', 'OBSTETRICS_GYNAECOLOGY', 'GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY')) not null, "reason" text not null, "priority" text check ("priority" in ('ROUTINE', 'URGENT', 'ASAP', 'STAT')) not null, "urgency_band" text check ("urgency_band" in ('DAYS_30', 'DAYS_90', 'DAYS_365')) null, "due_date" date null, "status" text check ("status" in ('RECEIVED', 'TRIAGED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')) not null default 'RECEIVED', "received_at" timestamptz not null, "version" int not null default 1, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_patient_id_index" on "referral" ("patient_id");`);
    this.addSql(`create index "referral_episode_id_index" on "referral" ("episode_id");`);
    this.addSql(`create index "referral_status_received_at_id_index" on "referral" ("status", "received_at", "id");`);
    this.addSql(`create table "referral_status_change" ("id" uuid not null, "referral_id" uuid not null, "from_status" text check ("from_status" in ('RECEIVED', 'TRIAGED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('RECEIVED', 'TRIAGED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')) not null, "reason" text null, "changed_by" text null, "changed_at" timestamptz not null, constraint "referral_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_status_change_referral_id_index" on "referral_status_change" ("referral_id");`);
    this.addSql(`create table "surgery" ("id" uuid not null, "patient_id" uuid not null, "episode_id" uuid not null, "referral_id" uuid null, "procedure" text not null, "specialty" text check ("specialty" in ('BREAST_SURGERY', 'ENT', 'OBSTETRICS_GYNAECOLOGY', 'GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY')) not null, "theatre" text not null, "scheduled_start" timestamptz not null, "expected_duration_minutes" int not null, "urgency" text check ("urgency" in ('IMMEDIATE', 'URGENT', 'EXPEDITED', 'ELECTIVE')) not null, "primary_surgeon" text null, "status" text check ("status" in ('SCHEDULED', 'COMPLETED', 'CANCELLED')) not null default 'SCHEDULED', "started_at" timestamptz null, "ended_at" timestamptz null, "findings" text null, "operative_note" text null, "cancellation_reason" text null, "version" int not null default 1, constraint "surgery_pkey" primary key ("id"));`);
    this.addSql(`create index "surgery_patient_id_index" on "surgery" ("patient_id");`);
    this.addSql(`create index "surgery_episode_id_index" on "surgery" ("episode_id");`);
    this.addSql(`create index "surgery_referral_id_index" on "surgery" ("referral_id");`);
    this.addSql(`create index "surgery_scheduled_start_index" on "surgery" ("scheduled_start");`);
    this.addSql(`create table "ward" ("id" uuid not null, "name" text not null, "name_khmer" text not null, "kind" text check ("kind" in ('PAEDIATRIC_ONCOLOGY', 'PAEDIATRIC_SURGICAL', 'ADULT_SURGICAL')) not null, constraint "ward_pkey" primary key ("id"));`);
    this.addSql(`alter table "ward" add constraint "ward_name_unique" unique ("name");`);
    this.addSql(`create table "bed" ("id" uuid not null, "ward_id" uuid not null, "label" text not null, constraint "bed_pkey" primary key ("id"));`);
    this.addSql(`alter table "bed" add constraint "bed_ward_id_label_unique" unique ("ward_id", "label");`);
    this.addSql(`create table "admission" ("id" uuid not null, "patient_id" uuid not null, "episode_id" uuid not null, "bed_id" uuid not null, "reason" text check ("reason" in ('POST_OPERATIVE', 'PRE_OPERATIVE', 'ONCOLOGY', 'MEDICAL')) not null, "status" text check ("status" in ('ADMITTED', 'DISCHARGED')) not null default 'ADMITTED', "admitted_at" timestamptz not null, "discharged_at" timestamptz null, "version" int not null default 1, constraint "admission_pkey" primary key ("id"));`);
    this.addSql(`create index "admission_patient_id_index" on "admission" ("patient_id");`);
    this.addSql(`create index "admission_episode_id_index" on "admission" ("episode_id");`);
    this.addSql(`create index "admission_bed_id_index" on "admission" ("bed_id");`);
    this.addSql(`create table "discharge" ("id" uuid not null, "admission_id" uuid not null, "patient_id" uuid not null, "discharged_at" timestamptz not null, "disposition" text check ("disposition" in ('HOME', 'OTHER_FACILITY', 'LEFT_AGAINST_ADVICE', 'DIED', 'OTHER')) not null, "diagnosis" text not null, "condition" text null, "instructions" text null, "follow_up_plan" text null, "clinician" text null, constraint "discharge_pkey" primary key ("id"));`);
    this.addSql(`alter table "discharge" add constraint "discharge_admission_id_unique" unique ("admission_id");`);
    this.addSql(`create index "discharge_patient_id_index" on "discharge" ("patient_id");`);
    this.addSql(`create table "journey_event" ("id" bigserial primary key, "patient_id" uuid not null, "episode_id" uuid null, "kind" text check ("kind" in ('PATIENT_REGISTERED', 'REFERRAL_RECEIVED', 'REFERRAL_STATUS_CHANGED', 'SURGERY_SCHEDULED', 'SURGERY_CANCELLED', 'SURGERY_PERFORMED', 'ADMITTED', 'DISCHARGED')) not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null default now(), "summary" text not null, "actor" text null, "referral_id" uuid null, "from_status" text check ("from_status" in ('RECEIVED', 'TRIAGED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('RECEIVED', 'TRIAGED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')) null, "note" text null, "surgery_id" uuid null, "admission_id" uuid null, "discharge_id" uuid null);`);
    this.addSql(`create index "journey_event_episode_id_index" on "journey_event" ("episode_id");`);
    this.addSql(`create index "journey_event_timeline_idx" on "journey_event" ("patient_id", "occurred_at" desc, "id" desc);`);
    this.addSql(`alter table "episode" add constraint "episode_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_episode_id_foreign" foreign key ("episode_id") references "episode" ("id") on update cascade;`);
    this.addSql(`alter table "referral_status_change" add constraint "referral_status_change_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade;`);
    this.addSql(`alter table "surgery" add constraint "surgery_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "surgery" add constraint "surgery_episode_id_foreign" foreign key ("episode_id") references "episode" ("id") on update cascade;`);
    this.addSql(`alter table "surgery" add constraint "surgery_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "bed" add constraint "bed_ward_id_foreign" foreign key ("ward_id") references "ward" ("id") on update cascade;`);
    this.addSql(`alter table "admission" add constraint "admission_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "admission" add constraint "admission_episode_id_foreign" foreign key ("episode_id") references "episode" ("id") on update cascade;`);
    this.addSql(`alter table "admission" add constraint "admission_bed_id_foreign" foreign key ("bed_id") references "bed" ("id") on update cascade;`);
    this.addSql(`alter table "discharge" add constraint "discharge_admission_id_foreign" foreign key ("admission_id") references "admission" ("id") on update cascade;`);
    this.addSql(`alter table "discharge" add constraint "discharge_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_episode_id_foreign" foreign key ("episode_id") references "episode" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_surgery_id_foreign" foreign key ("surgery_id") references "surgery" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_admission_id_foreign" foreign key ("admission_id") references "admission" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_discharge_id_foreign" foreign key ("discharge_id") references "discharge" ("id") on update cascade on delete set null;`);

    // One open admission per patient and per bed, enforced by the database so that two
    // concurrent admissions cannot both succeed.
    this.addSql(`create unique index "admission_one_open_per_patient" on "admission" ("patient_id") where "status" = 'ADMITTED';`);
    this.addSql(`create unique index "admission_one_open_per_bed" on "admission" ("bed_id") where "status" = 'ADMITTED';`);
    this.addSql(`create unique index "surgery_one_booking_per_referral" on "surgery" ("referral_id") where "status" = 'SCHEDULED';`);
    this.addSql(`create index "referral_received_at_id_index" on "referral" ("received_at" desc, "id" desc);`);
    this.addSql(`create index "patient_name_index" on "patient" ("family_name", "given_name", "id");`);

    // Medical record numbers come from a sequence; the check digit is added by the service.
    this.addSql(`create sequence "patient_mrn_seq" start 1;`);

    // The timeline is append-only: the database itself refuses to change or remove an event.
    this.addSql(`create function "journey_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'journey_event is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$;`);
    this.addSql(`create trigger "journey_event_no_update" before update or delete on "journey_event"
      for each row execute function "journey_event_append_only"();`);
    this.addSql(`create trigger "journey_event_no_truncate" before truncate on "journey_event"
      for each statement execute function "journey_event_append_only"();`);

    // The hospital's wards and beds.
    this.addSql(`insert into "ward" ("id", "name", "name_khmer", "kind") values
      (gen_random_uuid(), 'Paediatric Oncology', 'ផ្នែកជំងឺមហារីកកុមារ', 'PAEDIATRIC_ONCOLOGY'),
      (gen_random_uuid(), 'Paediatric Surgery', 'ផ្នែកវះកាត់កុមារ', 'PAEDIATRIC_SURGICAL'),
      (gen_random_uuid(), 'Adult Surgery', 'ផ្នែកវះកាត់មនុស្សពេញវ័យ', 'ADULT_SURGICAL');`);
    this.addSql(`insert into "bed" ("id", "ward_id", "label")
      select gen_random_uuid(), w.id, w.prefix || lpad(n::text, 2, '0')
      from (select id, kind,
                   case kind when 'PAEDIATRIC_ONCOLOGY' then 'O' when 'PAEDIATRIC_SURGICAL' then 'P' else 'A' end as prefix,
                   case kind when 'PAEDIATRIC_ONCOLOGY' then 28 when 'PAEDIATRIC_SURGICAL' then 20 else 30 end as beds
            from "ward") w
      cross join lateral generate_series(1, w.beds) n;`);
  }
}
