import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the indicators (reports/): each indicator's statement finds its cases by the date
 * that places them in the period, and looks up what it counts per case. Without these, a year
 * of figures read every operation, follow-up and timeline event of the hospital.
 */
export class Migration20261213020000IndicatorIndexes extends Migration {
  override up(): void {
    // Operations in theatre by their incision (surgical volume and every per-operation rate).
    this.addSql(`create index if not exists "surgery_completed_started_at_index" on "surgery" ("started_at") where "status" = 'COMPLETED';`);
    // When an operation was cancelled (cancellations on the day, theatre-days).
    this.addSql(`create index if not exists "journey_event_surgery_cancelled_index" on "journey_event" ("surgery_id") where "kind" = 'SURGERY_CANCELLED';`);
    // An operation's day-30 call, whatever its status; follow-ups due in a period.
    this.addSql(`create index if not exists "follow_up_surgery_id_index" on "follow_up" ("surgery_id") where "surgery_id" is not null;`);
    this.addSql(`create index if not exists "follow_up_due_date_index" on "follow_up" ("due_date");`);
  }
}
