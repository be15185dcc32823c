import { Migration } from '@mikro-orm/migrations';

const LEVELS = `('OBSERVED', 'ASSISTED', 'PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED', 'PERFORMED_INDEPENDENTLY', 'TAUGHT')`;

/**
 * The surgical training logbook: procedure groups with the hospital's rule for independent
 * practice, a logbook entry per person per operation (or copied from a paper logbook), the
 * entrustment decisions of supervisors, and development beyond the theatre. A user account may
 * be a staff member (the trainee's own logbook, the supervisor's list).
 *
 * What must never happen is refused by the database: two current entries for one person in one
 * operation, a countersigned entry changed or deleted (a correction is a new entry that
 * supersedes it), a person supervising or entrusting themselves.
 */
export class Migration20261214010000TrainingLogbook extends Migration {
  override up(): void {
    this.addSql(`create table "procedure_group" (
      "code" text not null primary key,
      "specialty" text not null,
      "title" text not null,
      "title_km" text not null,
      "title_ja" text not null,
      "required_supervised_cases" integer not null check ("required_supervised_cases" > 0),
      "requires_sign_off" boolean not null default true
    );`);
    this.addSql(`alter table "hospital_procedure" add column "procedure_group" text null references "procedure_group" ("code");`);
    this.addSql(`create index "hospital_procedure_group_index" on "hospital_procedure" ("procedure_group");`);

    this.addSql(`alter table "app_user" add column "staff_member_id" uuid null unique references "staff_member" ("id");`);

    this.addSql(`create table "logbook_entry" (
      "id" uuid not null primary key,
      "staff_member_id" uuid not null references "staff_member" ("id"),
      "surgery_id" uuid null references "surgery" ("id") on delete restrict,
      "source" text not null check ("source" in ('OPERATION', 'TRANSCRIBED')),
      "performed_on" date not null,
      "team_role" text null,
      "level" text not null check ("level" in ${LEVELS}),
      "supervisor_id" uuid null references "staff_member" ("id"),
      "procedure_code" text null references "hospital_procedure" ("code"),
      "procedure_group" text null references "procedure_group" ("code"),
      "procedure_text" text not null,
      "note" text null,
      "confirmed_at" timestamptz null,
      "countersigned_at" timestamptz null,
      "countersigned_by" uuid null references "staff_member" ("id"),
      "correction_of" uuid null unique references "logbook_entry" ("id"),
      "correction_reason" text null,
      "superseded_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "version" integer not null default 1,
      constraint "logbook_entry_operation_source" check (("source" = 'OPERATION') = ("surgery_id" is not null)),
      constraint "logbook_entry_not_own_supervisor" check ("supervisor_id" is null or "supervisor_id" <> "staff_member_id"),
      constraint "logbook_entry_countersigned_by_other" check ("countersigned_at" is null or ("confirmed_at" is not null and "countersigned_by" is not null and "countersigned_by" <> "staff_member_id")),
      constraint "logbook_entry_correction_reason" check (("correction_of" is null) = ("correction_reason" is null))
    );`);
    // One current entry per person and operation; superseded ones are kept beside it.
    this.addSql(`create unique index "logbook_entry_one_current" on "logbook_entry" ("surgery_id", "staff_member_id") where "surgery_id" is not null and "superseded_at" is null;`);
    this.addSql(`create index "logbook_entry_staff_index" on "logbook_entry" ("staff_member_id", "performed_on");`);
    this.addSql(`create index "logbook_entry_supervisor_index" on "logbook_entry" ("supervisor_id") where "countersigned_at" is null and "superseded_at" is null;`);
    // A countersigned entry is final: the only change allowed is marking it superseded (once) by
    // a correction; it is never deleted. This holds for writes that bypass the services too.
    this.addSql(`create function "logbook_entry_final"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old."countersigned_at" is not null then
            raise exception 'a countersigned logbook entry cannot be deleted' using errcode = 'P0001', constraint = 'logbook_entry_final';
          end if;
          return old;
        end if;
        if old."countersigned_at" is not null and (
             old."superseded_at" is not null or new."superseded_at" is null
             or (to_jsonb(new) - 'superseded_at' - 'version') <> (to_jsonb(old) - 'superseded_at' - 'version')) then
          raise exception 'a countersigned logbook entry cannot be changed; record a correction' using errcode = 'P0001', constraint = 'logbook_entry_final';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "logbook_entry_final" before update or delete on "logbook_entry" for each row execute function "logbook_entry_final"();`);

    this.addSql(`create table "entrustment_decision" (
      "id" uuid not null primary key,
      "staff_member_id" uuid not null references "staff_member" ("id"),
      "procedure_group" text not null references "procedure_group" ("code"),
      "level" text not null check ("level" in ${LEVELS}),
      "decided_by" uuid not null references "staff_member" ("id"),
      "decided_on" date not null,
      "reason" text not null check (length(btrim("reason")) between 1 and 1000),
      "created_at" timestamptz not null default now(),
      constraint "entrustment_decision_not_own" check ("decided_by" <> "staff_member_id"),
      constraint "entrustment_decision_one_a_day" unique ("staff_member_id", "procedure_group", "decided_on")
    );`);
    this.addSql(`create index "entrustment_decision_group_index" on "entrustment_decision" ("procedure_group", "decided_on");`);

    this.addSql(`create table "development_activity" (
      "id" uuid not null primary key,
      "staff_member_id" uuid not null references "staff_member" ("id"),
      "kind" text not null check ("kind" in ('COURSE', 'OVERSEAS_MISSION', 'STUDY_ABROAD', 'TEACHING', 'LEADERSHIP')),
      "title" text not null check (length(btrim("title")) between 1 and 200),
      "place" text null,
      "starts_on" date not null,
      "ends_on" date null,
      "evidence" text null,
      "created_at" timestamptz not null default now(),
      "version" integer not null default 1,
      constraint "development_activity_dates" check ("ends_on" is null or "ends_on" >= "starts_on")
    );`);
    this.addSql(`create index "development_activity_staff_index" on "development_activity" ("staff_member_id", "starts_on");`);
  }
}
