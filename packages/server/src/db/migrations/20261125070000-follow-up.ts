import { Migration } from '@mikro-orm/migrations';

/**
 * Oncology outcomes and follow-up: toxicities (CTCAE v5), response assessments, refusal and
 * completion of plans, omitted doses; follow-ups after discharge and loss to follow-up.
 */
export class Migration20261125070000FollowUp extends Migration {
  override up(): void {
    // Plans can be refused; how a plan ended.
    this.addSql(`alter table "treatment_plan" drop constraint if exists "treatment_plan_status_check";`);
    this.addSql(`alter table "treatment_plan" add constraint "treatment_plan_status_check" check ("status" in ('ACTIVE', 'COMPLETED', 'STOPPED', 'REFUSED'));`);
    this.addSql(`alter table "treatment_plan" add column "ended_on" date null, add column "end_note" text null,
      add column "refused_by" text null check ("refused_by" in ('PATIENT', 'PARENTS', 'GUARDIAN', 'FAMILY')),
      add column "version" int not null default 1;`);
    this.addSql(`alter table "treatment_plan" add constraint "treatment_plan_refusal_check" check (("status" = 'REFUSED') = ("refused_by" is not null));`);
    this.addSql(`alter table "treatment_plan" add constraint "treatment_plan_ended_check" check (("status" = 'ACTIVE') = ("ended_on" is null));`);
    this.addSql(`alter table "chemo_administration" add column "omission_reason" text null;`);
    this.addSql(`alter table "chemo_administration" add constraint "chemo_administration_omission_check" check (("status" = 'OMITTED') = ("omission_reason" is not null));`);

    this.addSql(`create table "toxicity" ("id" uuid not null, "patient_id" uuid not null, "plan_id" uuid not null, "administration_id" uuid null,
      "term" text check ("term" in ('FEBRILE_NEUTROPENIA', 'ANAEMIA', 'NEUTROPHIL_COUNT_DECREASED', 'PLATELET_COUNT_DECREASED', 'MUCOSITIS_ORAL', 'NAUSEA', 'VOMITING', 'DIARRHOEA', 'CONSTIPATION', 'PERIPHERAL_SENSORY_NEUROPATHY', 'ALT_INCREASED', 'ALOPECIA', 'INFECTION', 'SEPSIS', 'TUMOUR_LYSIS_SYNDROME', 'OTHER')) not null,
      "other_term" text null, "grade" smallint not null, "onset_on" date not null, "note" text null, "recorded_at" timestamptz not null,
      constraint "toxicity_pkey" primary key ("id"),
      constraint "toxicity_grade_check" check ("grade" between 1 and 5),
      constraint "toxicity_other_term_check" check (("term" = 'OTHER') = ("other_term" is not null)),
      constraint "toxicity_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "toxicity_plan_id_foreign" foreign key ("plan_id") references "treatment_plan" ("id") on update cascade,
      constraint "toxicity_administration_id_foreign" foreign key ("administration_id") references "chemo_administration" ("id") on update cascade);`);
    this.addSql(`create index "toxicity_plan_id_index" on "toxicity" ("plan_id");`);
    this.addSql(`create index "toxicity_patient_id_index" on "toxicity" ("patient_id");`);

    this.addSql(`create table "response_assessment" ("id" uuid not null, "patient_id" uuid not null, "plan_id" uuid not null,
      "assessed_on" date not null,
      "method" text check ("method" in ('CLINICAL', 'IMAGING', 'BONE_MARROW', 'TUMOUR_MARKER', 'PATHOLOGY')) not null,
      "response" text check ("response" in ('CR', 'VGPR', 'PR', 'SD', 'PD', 'NOT_EVALUABLE')) not null,
      "note" text null, "recorded_at" timestamptz not null,
      constraint "response_assessment_pkey" primary key ("id"),
      constraint "response_assessment_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "response_assessment_plan_id_foreign" foreign key ("plan_id") references "treatment_plan" ("id") on update cascade);`);
    this.addSql(`create index "response_assessment_plan_id_index" on "response_assessment" ("plan_id");`);
    this.addSql(`create index "response_assessment_patient_id_index" on "response_assessment" ("patient_id");`);

    this.addSql(`create table "follow_up" ("id" uuid not null, "patient_id" uuid not null,
      "kind" text check ("kind" in ('WOUND_CHECK', 'SUTURE_REMOVAL', 'DAY_30_CALL', 'ONCOLOGY_REVIEW', 'CLINIC')) not null,
      "due_date" date not null,
      "status" text check ("status" in ('SCHEDULED', 'ATTENDED', 'MISSED', 'CANCELLED')) not null default 'SCHEDULED',
      "discharge_id" uuid null, "surgery_id" uuid null, "treatment_plan_id" uuid null,
      "automatic" boolean not null default false, "scheduled_at" timestamptz not null,
      "outcome_on" date null,
      "day30_status" text null check ("day30_status" in ('ALIVE', 'READMITTED', 'DIED')),
      "notes" text null, "recorded_at" timestamptz null, "version" int not null default 1,
      constraint "follow_up_pkey" primary key ("id"),
      constraint "follow_up_outcome_check" check (("status" in ('ATTENDED', 'MISSED')) = ("outcome_on" is not null)),
      constraint "follow_up_day30_check" check ("day30_status" is null or ("kind" = 'DAY_30_CALL' and "status" = 'ATTENDED')),
      constraint "follow_up_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "follow_up_discharge_id_foreign" foreign key ("discharge_id") references "discharge" ("id") on update cascade,
      constraint "follow_up_surgery_id_foreign" foreign key ("surgery_id") references "surgery" ("id") on update cascade,
      constraint "follow_up_treatment_plan_id_foreign" foreign key ("treatment_plan_id") references "treatment_plan" ("id") on update cascade);`);
    this.addSql(`create index "follow_up_patient_id_index" on "follow_up" ("patient_id");`);
    // The follow-up list: by status, oldest due first.
    this.addSql(`create index "follow_up_status_due_date_index" on "follow_up" ("status", "due_date", "id");`);
    this.addSql(`create index "follow_up_discharge_id_index" on "follow_up" ("discharge_id");`);

    // Lost to follow-up is a stage.
    this.addSql(`alter table "patient" drop constraint if exists "patient_stage_check";`);
    this.addSql(`alter table "patient" add constraint "patient_stage_check" check ("stage" in ('REGISTERED', 'REFERRED', 'IN_ASSESSMENT', 'WAITLISTED', 'SURGERY_SCHEDULED', 'OPERATED', 'INPATIENT', 'FOLLOW_UP', 'LOST_TO_FOLLOW_UP', 'CLOSED', 'DECEASED'));`);

    // The timeline links the new records.
    for (const [column, table] of [['toxicity_id', 'toxicity'], ['response_assessment_id', 'response_assessment'], ['follow_up_id', 'follow_up']] as const) {
      this.addSql(`alter table "journey_event" add column "${column}" uuid null;`);
      this.addSql(`alter table "journey_event" add constraint "journey_event_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete set null;`);
    }
    // Adds the new kinds to whatever kinds the check allows now (other modules extend it too).
    this.addSql(`do $$
      declare def text;
      begin
        select pg_get_constraintdef(oid) into def from pg_constraint
          where conname = 'journey_event_kind_check' and conrelid = 'journey_event'::regclass;
        if position('''LOST_TO_FOLLOW_UP''' in def) = 0 then
          execute 'alter table "journey_event" drop constraint "journey_event_kind_check"';
          execute 'alter table "journey_event" add constraint "journey_event_kind_check" '
            || replace(def, 'ARRAY[', 'ARRAY[''CHEMO_OMITTED''::text, ''TOXICITY_RECORDED''::text, ''RESPONSE_ASSESSED''::text, ''TREATMENT_REFUSED''::text, ''TREATMENT_COMPLETED''::text, ''FOLLOW_UP_SCHEDULED''::text, ''FOLLOW_UP_RECORDED''::text, ''LOST_TO_FOLLOW_UP''::text, ');
        end if;
      end $$;`);
  }
}
