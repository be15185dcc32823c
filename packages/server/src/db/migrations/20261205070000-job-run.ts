import { Migration } from '@mikro-orm/migrations';

/**
 * Runs of the jobs the server does by itself (loss to follow-up, daily at 00:05 Phnom Penh).
 * A run for a given job and scheduled instant succeeds at most once, whichever server instance
 * ran it: `job_run_once` is the guarantee, the scheduler's advisory lock only keeps a second
 * instance from doing the work at the same moment. A new table: no existing rows to repair.
 */
export class Migration20261205070000JobRun extends Migration {
  override up(): void {
    this.addSql(`create table "job_run" ("id" uuid not null,
      "job" text not null check ("job" in ('LOST_TO_FOLLOW_UP')),
      "scheduled_for" timestamptz not null, "as_of" date not null, "covers_from" date not null,
      "started_at" timestamptz not null, "finished_at" timestamptz not null,
      "outcome" text not null check ("outcome" in ('SUCCEEDED', 'FAILED')),
      "changed_count" int not null default 0, "patient_ids" uuid[] not null default '{}',
      "error" text null, "instance" text null,
      constraint "job_run_pkey" primary key ("id"),
      constraint "job_run_covers_check" check ("covers_from" <= "as_of"),
      constraint "job_run_error_check" check (("outcome" = 'FAILED') = ("error" is not null)));`);
    this.addSql(`create unique index "job_run_once" on "job_run" ("job", "scheduled_for") where "outcome" = 'SUCCEEDED';`);
    this.addSql(`create index "job_run_job_started_at_index" on "job_run" ("job", "started_at" desc);`);
  }
}
