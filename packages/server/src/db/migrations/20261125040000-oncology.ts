import { Migration } from '@mikro-orm/migrations';

/** Paediatric oncology: diagnoses, protocols (seeded) and treatment plans, on the timeline. */
export class Migration20261125040000Oncology extends Migration {
  override up(): void {
    this.addSql(`create table "oncology_diagnosis" ("id" uuid not null, "patient_id" uuid not null,
      "cancer_type" text check ("cancer_type" in ('WILMS_TUMOUR', 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA', 'HEPATOBLASTOMA', 'NEUROBLASTOMA', 'RETINOBLASTOMA', 'BURKITT_LYMPHOMA', 'HODGKIN_LYMPHOMA', 'OTHER')) not null,
      "basis" text check ("basis" in ('CLINICAL', 'IMAGING', 'HISTOLOGY', 'CYTOLOGY', 'TUMOUR_MARKER')) not null,
      "diagnosed_on" date not null,
      "stage_scheme" text check ("stage_scheme" in ('TORONTO_TIER_1', 'TORONTO_TIER_2', 'SIOP_WILMS', 'TNM')) not null,
      "stage" text not null, "notes" text null, "recorded_at" timestamptz not null,
      constraint "oncology_diagnosis_pkey" primary key ("id"),
      constraint "oncology_diagnosis_siop_stage_check" check ("stage_scheme" <> 'SIOP_WILMS' or "stage" in ('I', 'II', 'III', 'IV', 'V')));`);
    this.addSql(`alter table "oncology_diagnosis" add constraint "oncology_diagnosis_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`);
    this.addSql(`create index "oncology_diagnosis_patient_id_index" on "oncology_diagnosis" ("patient_id");`);

    this.addSql(`alter table "journey_event" add column "oncology_diagnosis_id" uuid null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_oncology_diagnosis_id_foreign" foreign key ("oncology_diagnosis_id") references "oncology_diagnosis" ("id") on update cascade on delete set null;`);
    // Protocols as data: protocol → phases → doses by day from the start of treatment (day 0).
    this.addSql(`create table "protocol" ("id" uuid not null, "code" text not null, "name" text not null,
      "cancer_type" text check ("cancer_type" in ('WILMS_TUMOUR', 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA', 'HEPATOBLASTOMA', 'NEUROBLASTOMA', 'RETINOBLASTOMA', 'BURKITT_LYMPHOMA', 'HODGKIN_LYMPHOMA', 'OTHER')) not null,
      "description" text null, constraint "protocol_pkey" primary key ("id"), constraint "protocol_code_unique" unique ("code"));`);
    this.addSql(`create table "protocol_phase" ("id" uuid not null, "protocol_id" uuid not null, "position" int not null, "name" text not null,
      "start_day" int not null, "milestone" text null, constraint "protocol_phase_pkey" primary key ("id"),
      constraint "protocol_phase_protocol_id_foreign" foreign key ("protocol_id") references "protocol" ("id") on update cascade);`);
    this.addSql(`create index "protocol_phase_protocol_id_index" on "protocol_phase" ("protocol_id");`);
    this.addSql(`create table "protocol_dose" ("id" uuid not null, "phase_id" uuid not null, "drug" text not null, "route" text not null,
      "unit" text not null, "day_offset" int not null, "dose_per_m2" double precision null, "dose_per_kg" double precision null,
      "small_child_weight_kg" double precision null, "small_child_dose_per_kg" double precision null, "max_dose" double precision null,
      constraint "protocol_dose_pkey" primary key ("id"),
      constraint "protocol_dose_phase_id_foreign" foreign key ("phase_id") references "protocol_phase" ("id") on update cascade,
      constraint "protocol_dose_amount_check" check ("dose_per_m2" is not null or "dose_per_kg" is not null));`);
    this.addSql(`create index "protocol_dose_phase_id_index" on "protocol_dose" ("phase_id");`);

    // SIOP-style localised Wilms tumour, pre-operative AV: vincristine 1.5 mg/m² (0.05 mg/kg
    // under 10 kg, at most 2 mg) weekly in weeks 1–4, dactinomycin 45 µg/kg (at most 2000 µg)
    // in weeks 1 and 3, nephrectomy in week 5.
    this.addSql(`insert into "protocol" ("id", "code", "name", "cancer_type", "description") values
      ('0c010000-0000-4000-8000-000000000001', 'SIOP-WILMS-LOCALISED-PREOP', 'SIOP localised Wilms tumour: pre-operative AV', 'WILMS_TUMOUR',
       'Vincristine weekly ×4 and dactinomycin in weeks 1 and 3, then nephrectomy in week 5.'),
      ('0c010000-0000-4000-8000-000000000002', 'ALL-INDUCTION-SIMPLIFIED', 'ALL induction (simplified): vincristine and dexamethasone', 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA',
       'Vincristine weekly ×4 and dexamethasone 6 mg/m²/day on days 1–28; intrathecal therapy is dosed by age and recorded apart.');`);
    this.addSql(`insert into "protocol_phase" ("id", "protocol_id", "position", "name", "start_day", "milestone") values
      ('0c020000-0000-4000-8000-000000000001', '0c010000-0000-4000-8000-000000000001', 1, 'Pre-operative chemotherapy', 0, null),
      ('0c020000-0000-4000-8000-000000000002', '0c010000-0000-4000-8000-000000000001', 2, 'Surgery', 28, 'Nephrectomy (week 5)'),
      ('0c020000-0000-4000-8000-000000000003', '0c010000-0000-4000-8000-000000000002', 1, 'Induction', 0, null);`);
    this.addSql(`insert into "protocol_dose" ("id", "phase_id", "drug", "route", "unit", "day_offset", "dose_per_m2", "dose_per_kg", "small_child_weight_kg", "small_child_dose_per_kg", "max_dose")
      select gen_random_uuid(), '0c020000-0000-4000-8000-000000000001'::uuid, 'Vincristine', 'IV', 'mg', d, 1.5, null, 10, 0.05, 2 from unnest(array[0, 7, 14, 21]) d
      union all
      select gen_random_uuid(), '0c020000-0000-4000-8000-000000000001'::uuid, 'Dactinomycin', 'IV', 'µg', d, null, 45, null, null, 2000 from unnest(array[0, 14]) d
      union all
      select gen_random_uuid(), '0c020000-0000-4000-8000-000000000003'::uuid, 'Vincristine', 'IV', 'mg', d, 1.5, null, 10, 0.05, 2 from unnest(array[0, 7, 14, 21]) d
      union all
      select gen_random_uuid(), '0c020000-0000-4000-8000-000000000003'::uuid, 'Dexamethasone', 'PO', 'mg', d, 6, null, null, null, null from generate_series(0, 27) d;`);

    // Treatment plans and their administrations.
    this.addSql(`create table "treatment_plan" ("id" uuid not null, "patient_id" uuid not null, "protocol_id" uuid not null,
      "start_date" date not null, "height_cm" double precision not null, "weight_kg" double precision not null,
      "body_surface_area" double precision not null,
      "status" text check ("status" in ('ACTIVE', 'COMPLETED', 'STOPPED')) not null default 'ACTIVE',
      "created_at" timestamptz not null, constraint "treatment_plan_pkey" primary key ("id"),
      constraint "treatment_plan_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "treatment_plan_protocol_id_foreign" foreign key ("protocol_id") references "protocol" ("id") on update cascade);`);
    this.addSql(`create index "treatment_plan_patient_id_index" on "treatment_plan" ("patient_id");`);
    this.addSql(`create table "chemo_administration" ("id" uuid not null, "plan_id" uuid not null, "position" int not null,
      "drug" text not null, "route" text not null, "unit" text not null, "planned_date" date not null, "planned_dose" double precision not null,
      "status" text check ("status" in ('PLANNED', 'GIVEN', 'DELAYED', 'OMITTED')) not null default 'PLANNED',
      "actual_date" date null, "actual_dose" double precision null, "delay_reason" text null, "version" int not null default 1,
      constraint "chemo_administration_pkey" primary key ("id"),
      constraint "chemo_administration_plan_id_foreign" foreign key ("plan_id") references "treatment_plan" ("id") on update cascade);`);
    this.addSql(`create index "chemo_administration_plan_id_planned_date_index" on "chemo_administration" ("plan_id", "planned_date");`);
    this.addSql(`alter table "journey_event" add column "treatment_plan_id" uuid null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_treatment_plan_id_foreign" foreign key ("treatment_plan_id") references "treatment_plan" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "journey_event" add column "chemo_administration_id" uuid null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_chemo_administration_id_foreign" foreign key ("chemo_administration_id") references "chemo_administration" ("id") on update cascade on delete set null;`);

    // Adds ONCOLOGY_DIAGNOSED to whatever kinds the check allows now (other modules extend it too).
    this.addSql(`do $$
      declare def text;
      begin
        select pg_get_constraintdef(oid) into def from pg_constraint
          where conname = 'journey_event_kind_check' and conrelid = 'journey_event'::regclass;
        if position('''ONCOLOGY_DIAGNOSED''' in def) = 0 then
          execute 'alter table "journey_event" drop constraint "journey_event_kind_check"';
          execute 'alter table "journey_event" add constraint "journey_event_kind_check" '
            || replace(def, 'ARRAY[', 'ARRAY[''ONCOLOGY_DIAGNOSED''::text, ''TREATMENT_PLAN_STARTED''::text, ''CHEMO_ADMINISTERED''::text, ');
        end if;
      end $$;`);
  }
}
