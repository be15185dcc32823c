import { Migration } from '@mikro-orm/migrations';

/** The `referral` columns the worklist shows (the reason and the episode are not in a row). */
const SHOWN = [
  'patient_id',
  'source_type',
  'source_name',
  'source_cpa_grade',
  'assignee_id',
  'target_mission',
  'specialty',
  'priority',
  'urgency_band',
  'due_date',
  'status',
  'received_at',
];

/**
 * The referral worklist live (live/referral.live.ts): a referral received, or a change to a
 * column its worklist row shows (status, assignee, priority, due date, …), is announced on the
 * `pj_live` channel from the writing transaction, whichever path wrote it (a service, a
 * one-statement change, a merge moving referrals, a hand-written UPDATE); a rolled-back change
 * is never announced. The payload is the key alone. Becoming overdue changes no column (it is
 * computed from the clock): the daily REFERRALS_OVERDUE job announces those (jobs/).
 */
export class Migration20261212020000ReferralLiveNotify extends Migration {
  override up(): void {
    this.addSql(`create function "referral_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('pj_live', json_build_object('t', 'r', 'id', new.id)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "referral_received_notify" after insert on "referral"
      for each row execute function "referral_notify"();`);
    this.addSql(`create trigger "referral_changed_notify" after update of ${SHOWN.map((c) => `"${c}"`).join(', ')} on "referral"
      for each row when ((${SHOWN.map((c) => `old."${c}"`).join(', ')}) is distinct from (${SHOWN.map((c) => `new."${c}"`).join(', ')}))
      execute function "referral_notify"();`);
    this.addSql(`alter table "job_run" drop constraint "job_run_job_check";`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_check" check ("job" in ('LOST_TO_FOLLOW_UP', 'DAILY_BACKUP', 'REFERRALS_OVERDUE'));`);
  }

  override down(): void {
    this.addSql(`delete from "job_run" where "job" = 'REFERRALS_OVERDUE';`);
    this.addSql(`alter table "job_run" drop constraint "job_run_job_check";`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_check" check ("job" in ('LOST_TO_FOLLOW_UP', 'DAILY_BACKUP'));`);
    this.addSql(`drop trigger "referral_changed_notify" on "referral";`);
    this.addSql(`drop trigger "referral_received_notify" on "referral";`);
    this.addSql(`drop function "referral_notify"();`);
  }
}
