import { Migration } from '@mikro-orm/migrations';

/** Inpatient care: bed history (transfers, census at any moment). */
export class Migration20261125050000Inpatient extends Migration {
  override up(): void {
    // Which bed an admission occupied from when to when; `to_at` is null while it still does.
    this.addSql(`create table "bed_stay" ("id" uuid not null, "admission_id" uuid not null, "bed_id" uuid not null, "from_at" timestamptz not null, "to_at" timestamptz null, constraint "bed_stay_pkey" primary key ("id"), constraint "bed_stay_period_check" check ("to_at" is null or "to_at" >= "from_at"));`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_admission_id_foreign" foreign key ("admission_id") references "admission" ("id") on update cascade;`);
    this.addSql(`alter table "bed_stay" add constraint "bed_stay_bed_id_foreign" foreign key ("bed_id") references "bed" ("id") on update cascade;`);
    this.addSql(`create index "bed_stay_admission_id_index" on "bed_stay" ("admission_id");`);
    this.addSql(`create index "bed_stay_bed_id_from_at_index" on "bed_stay" ("bed_id", "from_at");`);
    // One patient per bed and one bed per admission at a time, enforced by the database so
    // that concurrent transfers and admissions into one bed cannot both succeed.
    this.addSql(`create unique index "bed_stay_one_open_per_bed" on "bed_stay" ("bed_id") where "to_at" is null;`);
    this.addSql(`create unique index "bed_stay_one_open_per_admission" on "bed_stay" ("admission_id") where "to_at" is null;`);
    // Existing admissions: one stay each, from admission to discharge.
    this.addSql(`insert into "bed_stay" ("id", "admission_id", "bed_id", "from_at", "to_at")
      select gen_random_uuid(), "id", "bed_id", "admitted_at", "discharged_at" from "admission";`);

    // The discharge summary in full: reason for admission, treatment, medicines, instructions by topic.
    this.addSql(`alter table "discharge" add column "reason_for_admission" text null, add column "procedures_and_treatment" text null, add column "medications" jsonb not null default '[]', add column "diet_instructions" text null, add column "wound_care_instructions" text null, add column "warning_signs" text null;`);

    // The timeline gains TRANSFERRED, linked to the new stay.
    this.addSql(`alter table "journey_event" add column "bed_stay_id" uuid null;`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_bed_stay_id_foreign" foreign key ("bed_stay_id") references "bed_stay" ("id") on update cascade on delete set null;`);
    // Adds TRANSFERRED to whatever kinds the check allows now (other modules extend it too).
    this.addSql(`do $$
      declare def text;
      begin
        select pg_get_constraintdef(oid) into def from pg_constraint
          where conname = 'journey_event_kind_check' and conrelid = 'journey_event'::regclass;
        if position('''TRANSFERRED''' in def) = 0 then
          execute 'alter table "journey_event" drop constraint "journey_event_kind_check"';
          execute 'alter table "journey_event" add constraint "journey_event_kind_check" '
            || replace(def, 'ARRAY[', 'ARRAY[''TRANSFERRED''::text, ');
        end if;
      end $$;`);
  }
}
