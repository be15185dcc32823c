import { Migration } from '@mikro-orm/migrations';

/**
 * Allergies and weight. The patient gets an explicit allergy state (not recorded until someone
 * asks: the theatre checklist warns about that), a version for the list (replaced as a whole)
 * and who confirmed it last; the allergies themselves and the weighings are their own tables.
 * Both move with the rest of a patient's records when two records are merged (a foreign key
 * to `patient`).
 */
export class Migration20261209020000AllergiesWeight extends Migration {
  override up(): void {
    this.addSql(`alter table "patient" add column "allergy_status" text not null default 'NOT_RECORDED';`);
    this.addSql(`alter table "patient" add constraint "patient_allergy_status_check" check ("allergy_status" in ('NOT_RECORDED', 'NO_KNOWN_ALLERGIES', 'ALLERGIES'));`);
    this.addSql(`alter table "patient" add column "allergies_version" integer not null default 0;`);
    this.addSql(`alter table "patient" add column "allergies_recorded_at" timestamptz null;`);
    this.addSql(`alter table "patient" add column "allergies_recorded_by" text null;`);

    this.addSql(`create table "patient_allergy" (
      "id" uuid not null,
      "patient_id" uuid not null,
      "substance" text not null,
      "reaction" text null,
      "severity" text not null,
      "position" smallint not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text null,
      constraint "patient_allergy_pkey" primary key ("id"),
      constraint "patient_allergy_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "patient_allergy_severity_check" check ("severity" in ('MILD', 'MODERATE', 'SEVERE', 'ANAPHYLAXIS', 'UNKNOWN')),
      constraint "patient_allergy_substance_check" check (length(btrim("substance")) between 1 and 200)
    );`);
    this.addSql(`create index "patient_allergy_patient_id_index" on "patient_allergy" ("patient_id");`);

    this.addSql(`create table "weight_measurement" (
      "id" uuid not null,
      "patient_id" uuid not null,
      "weight_kg" double precision not null,
      "measured_on" date not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text null,
      constraint "weight_measurement_pkey" primary key ("id"),
      constraint "weight_measurement_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade,
      constraint "weight_measurement_weight_kg_check" check ("weight_kg" >= 0.3 and "weight_kg" <= 350)
    );`);
    this.addSql(`create index "weight_measurement_patient_id_measured_on_recorded_at_index" on "weight_measurement" ("patient_id", "measured_on", "recorded_at");`);
  }
}
