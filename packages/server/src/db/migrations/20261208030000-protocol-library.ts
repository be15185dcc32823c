import { Migration } from '@mikro-orm/migrations';

/**
 * The protocol library: a protocol is kept as revisions that are never changed (a revision is a
 * new row, numbered within its code), a protocol may be retired, and a plan keeps the revision
 * it started from.
 *
 * - `protocol` gains `revision` (1 for the two protocols already here), `example` (a protocol
 *   to be checked by the hospital's oncologists before use: the two seeded ones are simplified
 *   examples), `revision_note` and `created_at`; `code` is unique per revision. The current
 *   revision of a protocol is its highest one, so there is exactly one by construction.
 * - `protocol_phase` gains `end_day`: the existing phases end the day before the next one
 *   starts, or on their last dose (or their first day, for a milestone phase).
 * - Doses, caps and small-child doses are positive.
 * - Revisions, phases and doses are never updated or deleted (triggers): a plan's revision stays
 *   what it was when the plan was started, whoever writes.
 * - `protocol_retirement` holds at most one retirement per protocol code, and a new plan may
 *   start only from the current revision of a protocol that is not retired (trigger; revising and
 *   retiring take the code's advisory lock, which a plan's insert shares).
 */
export class Migration20261208030000ProtocolLibrary extends Migration {
  override up(): void {
    this.addSql(`alter table "protocol" add column "revision" int not null default 1,
      add column "example" boolean not null default false,
      add column "revision_note" text null,
      add column "created_at" timestamptz not null default now();`);
    this.addSql(`alter table "protocol" alter column "revision" drop default, alter column "example" drop default, alter column "created_at" drop default;`);
    this.addSql(`update "protocol" set "example" = true where "id" in ('0c010000-0000-4000-8000-000000000001', '0c010000-0000-4000-8000-000000000002');`);
    this.addSql(`alter table "protocol" drop constraint "protocol_code_unique";`);
    this.addSql(`alter table "protocol" add constraint "protocol_code_revision_unique" unique ("code", "revision"),
      add constraint "protocol_revision_check" check ("revision" >= 1);`);

    this.addSql(`alter table "protocol_phase" add column "end_day" int null;`);
    this.addSql(`update "protocol_phase" p set "end_day" = coalesce(
        (select min(n."start_day") - 1 from "protocol_phase" n where n."protocol_id" = p."protocol_id" and n."position" > p."position"),
        (select max(d."day_offset") from "protocol_dose" d where d."phase_id" = p."id"),
        p."start_day");`);
    this.addSql(`alter table "protocol_phase" alter column "end_day" set not null,
      add constraint "protocol_phase_days_check" check ("start_day" >= 0 and "end_day" >= "start_day"),
      add constraint "protocol_phase_position_unique" unique ("protocol_id", "position");`);
    this.addSql(`alter table "protocol_dose" add constraint "protocol_dose_positive_check" check (
      coalesce("dose_per_m2", 1) > 0 and coalesce("dose_per_kg", 1) > 0 and coalesce("max_dose", 1) > 0
      and coalesce("small_child_weight_kg", 1) > 0 and coalesce("small_child_dose_per_kg", 1) > 0);`);

    // Revisions are never rewritten: a change is a new revision.
    this.addSql(`create function "protocol_revision_immutable"() returns trigger language plpgsql as $$
      begin
        raise exception 'a protocol revision is never changed or deleted (%): revise the protocol instead', tg_table_name
          using errcode = 'P0001', constraint = 'protocol_revision_immutable';
      end $$;`);
    for (const table of ['protocol', 'protocol_phase', 'protocol_dose']) {
      this.addSql(`create trigger "${table}_immutable" before update or delete on "${table}"
        for each row execute function "protocol_revision_immutable"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}"
        for each statement execute function "protocol_revision_immutable"();`);
    }

    this.addSql(`create table "protocol_retirement" ("code" text not null, "retired_at" timestamptz not null, "reason" text not null,
      constraint "protocol_retirement_pkey" primary key ("code"));`);

    // A plan starts only from the current revision of a protocol in use.
    this.addSql(`create function "treatment_plan_protocol_in_use"() returns trigger language plpgsql as $$
      declare
        rev record;
      begin
        select "code", "revision" into rev from "protocol" where "id" = new."protocol_id";
        if not found then
          return new;
        end if;
        perform pg_advisory_xact_lock_shared(hashtext('protocol:' || rev."code"));
        if exists (select 1 from "protocol_retirement" where "code" = rev."code") then
          raise exception 'protocol % is retired: no new plan may start from it', rev."code"
            using errcode = 'P0001', constraint = 'treatment_plan_protocol_retired';
        end if;
        if exists (select 1 from "protocol" where "code" = rev."code" and "revision" > rev."revision") then
          raise exception 'protocol % revision % was revised: a new plan starts from the current revision', rev."code", rev."revision"
            using errcode = 'P0001', constraint = 'treatment_plan_protocol_superseded';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "treatment_plan_protocol_in_use" before insert or update of "protocol_id" on "treatment_plan"
      for each row execute function "treatment_plan_protocol_in_use"();`);
  }
}
