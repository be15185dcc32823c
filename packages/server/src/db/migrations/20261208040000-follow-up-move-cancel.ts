import { Migration } from '@mikro-orm/migrations';

/**
 * Follow-ups can be moved and cancelled by hand, with a reason: the reason and the moment of
 * the cancellation are kept on the row. An operation has one open follow-up of each kind (a
 * second wound check or day-30 call for the same operation is a double booking): open
 * duplicates already stored are repaired first — the earliest booked is kept and the later
 * ones are cancelled with a reason that says so.
 */
export class Migration20261208040000FollowUpMoveCancel extends Migration {
  override up(): void {
    this.addSql(`alter table "follow_up" add column "cancel_reason" text null, add column "cancelled_at" timestamptz null;`);
    this.addSql(`update "follow_up" f set "status" = 'CANCELLED', "cancelled_at" = now(),
        "cancel_reason" = 'Booked twice for the same operation; the earlier booking is kept', "version" = f."version" + 1
      from (
        select "id", row_number() over (partition by "surgery_id", "kind" order by "scheduled_at", "id") as "n"
        from "follow_up" where "status" = 'SCHEDULED' and "surgery_id" is not null
      ) d
      where d."id" = f."id" and d."n" > 1;`);
    this.addSql(`create unique index "follow_up_one_open_per_surgery_kind" on "follow_up" ("surgery_id", "kind")
      where "status" = 'SCHEDULED' and "surgery_id" is not null;`);
  }
}
