import { Migration } from '@mikro-orm/migrations';

/** The nightly backup is a scheduled job too: its runs are recorded like the others. */
export class Migration20261208080000BackupJob extends Migration {
  override up(): void {
    this.addSql(`alter table "job_run" drop constraint "job_run_job_check";`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_check" check ("job" in ('LOST_TO_FOLLOW_UP', 'DAILY_BACKUP'));`);
  }

  override down(): void {
    this.addSql(`delete from "job_run" where "job" = 'DAILY_BACKUP';`);
    this.addSql(`alter table "job_run" drop constraint "job_run_job_check";`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_check" check ("job" in ('LOST_TO_FOLLOW_UP'));`);
  }
}
