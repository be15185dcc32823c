import { Migration } from '@mikro-orm/migrations';

const REPAIR_REASON = 'Cancelled when bookings began to be checked against performed operations: it overlapped an operation recorded as performed';

/**
 * Workflow states follow the facts; bookings guaranteed against what happened.
 *
 * - Operations can be entered after the fact (`retrospective`, with a reason).
 * - The three no-double-booking exclusion constraints (theatre, patient, staff) now cover every
 *   operation that was not cancelled, performed ones included, so a retrospective entry cannot
 *   overlap an operation that happened. Before they are replaced, existing rows that would break
 *   them are repaired: a still-booked (SCHEDULED) operation overlapping a performed one is
 *   cancelled (category HOSPITAL, with the reason above), its referral goes back to the waitlist
 *   (history row) and a patient left in SURGERY_SCHEDULED with nothing booked goes back to
 *   WAITLISTED. Two performed operations that overlap cannot be repaired without a person: the
 *   migration stops and names them. The demo generator produces none of these.
 * - A referral is SCHEDULED only while its operation is booked: a SCHEDULED referral with no
 *   booked operation (moved there by hand before this rule) goes back to WAITLISTED (history row).
 * - The patient's `version` now counts changes of the registration details only; the row's
 *   optimistic lock moves to a new `row_version` column.
 */
export class Migration20261205030000WorkflowFacts extends Migration {
  override up(): void {
    this.addSql(`alter table "surgery" add column "retrospective" boolean not null default false, add column "retrospective_reason" text null;`);
    this.addSql(`alter table "surgery" add constraint "surgery_retrospective_reason_check" check (not "retrospective" or "retrospective_reason" is not null);`);
    this.addSql(`alter table "patient" add column "row_version" int not null default 1;`);

    // Repair: booked operations overlapping a performed one (same theatre, patient or staff member).
    this.addSql(`update "surgery" s set status = 'CANCELLED', cancellation_category = 'HOSPITAL', cancellation_reason = '${REPAIR_REASON}', version = s.version + 1
      where s.status = 'SCHEDULED' and exists (
        select 1 from "surgery" c
        where c.status = 'COMPLETED' and c.id <> s.id
          and tstzrange(c.scheduled_start, c.scheduled_end) && tstzrange(s.scheduled_start, s.scheduled_end)
          and (c.theatre_id = s.theatre_id or c.patient_id = s.patient_id or exists (
            select 1 from "surgery_team_member" a join "surgery_team_member" b on a.staff_member_id = b.staff_member_id
            where a.surgery_id = s.id and b.surgery_id = c.id)));`);
    this.addSql(`do $$ declare n int; begin
      select count(*) into n from "surgery" where cancellation_reason = '${REPAIR_REASON}';
      if n > 0 then raise notice 'Cancelled % booked operation(s) overlapping an operation recorded as performed', n; end if;
    end $$;`);

    // Two performed operations overlapping: stop and name them.
    this.addSql(`do $$ declare clash text; begin
      select string_agg(format('%s / %s', a.id, b.id), ', ') into clash
      from "surgery" a join "surgery" b on a.id < b.id and a.status = 'COMPLETED' and b.status = 'COMPLETED'
        and tstzrange(a.scheduled_start, a.scheduled_end) && tstzrange(b.scheduled_start, b.scheduled_end)
      where a.theatre_id = b.theatre_id or a.patient_id = b.patient_id or exists (
        select 1 from "surgery_team_member" x join "surgery_team_member" y on x.staff_member_id = y.staff_member_id
        where x.surgery_id = a.id and y.surgery_id = b.id);
      if clash is not null then
        raise exception 'Operations recorded as performed overlap in theatre, patient or team; correct their booked times first: %', clash;
      end if;
    end $$;`);

    // A referral is SCHEDULED only while its operation is booked.
    this.addSql(`with lone as (
        update "referral" r set status = 'WAITLISTED', version = r.version + 1
        where r.status = 'SCHEDULED' and not exists (select 1 from "surgery" s where s.referral_id = r.id and s.status = 'SCHEDULED')
        returning r.id)
      insert into "referral_status_change" ("id", "referral_id", "from_status", "to_status", "reason", "changed_by", "changed_at")
      select gen_random_uuid(), id, 'SCHEDULED', 'WAITLISTED', 'No operation is booked for this referral', null, now() from lone;`);
    this.addSql(`update "patient" p set stage = 'WAITLISTED'
      where p.stage = 'SURGERY_SCHEDULED' and not exists (select 1 from "surgery" s where s.patient_id = p.id and s.status = 'SCHEDULED');`);

    // Team rows hold their slot unless the operation was cancelled.
    this.addSql(`update "surgery_team_member" m set active = (s.status <> 'CANCELLED') from "surgery" s where s.id = m.surgery_id and m.active <> (s.status <> 'CANCELLED');`);

    this.addSql(`alter table "surgery" drop constraint "surgery_theatre_no_overlap";`);
    this.addSql(`alter table "surgery" drop constraint "surgery_patient_no_overlap";`);
    this.addSql(`alter table "surgery" add constraint "surgery_theatre_no_overlap" exclude using gist ("theatre_id" with =, tstzrange("scheduled_start", "scheduled_end") with &&) where ("status" <> 'CANCELLED');`);
    this.addSql(`alter table "surgery" add constraint "surgery_patient_no_overlap" exclude using gist ("patient_id" with =, tstzrange("scheduled_start", "scheduled_end") with &&) where ("status" <> 'CANCELLED');`);
    // surgery_team_member_no_overlap already applies to active rows, which now include performed operations.
  }
}
