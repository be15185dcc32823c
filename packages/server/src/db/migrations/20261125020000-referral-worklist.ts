import { Migration } from '@mikro-orm/migrations';

/** Referral worklist: source grade, assignee, target mission, worklist indexes. */
export class Migration20261125020000ReferralWorklist extends Migration {
  override up(): void {
    this.addSql(`alter table "referral"
      add column "source_cpa_grade" text null check ("source_cpa_grade" in ('CPA_1', 'CPA_2', 'CPA_3')),
      add column "assignee_id" uuid null,
      add column "target_mission" text null;`);
    this.addSql(`alter table "referral" add constraint "referral_assignee_id_foreign"
      foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "referral_assignee_id_index" on "referral" ("assignee_id");`);
    // Worklist orders: by due date (undated last) and by received time, each with the id tie-breaker.
    this.addSql(`create index "referral_worklist_due_idx" on "referral" ((coalesce("due_date", date '9999-12-31')), "received_at", "id");`);
    this.addSql(`create index "referral_status_due_idx" on "referral" ("status", "due_date");`);
  }
}
