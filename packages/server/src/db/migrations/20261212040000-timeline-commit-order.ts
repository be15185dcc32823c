import { Migration } from '@mikro-orm/migrations';

/**
 * Resume cursors that follow commit order (live/timeline-cursor.ts). Event keys (`id`) are
 * handed out at insert, not at commit: an event with a smaller key whose transaction commits
 * after one with a larger key would be skipped by "the events after the last key delivered".
 * Each event now records the transaction that inserted it (`xid`, a default, so a row written
 * by any path, even a plain SQL insert, gets it), and a cursor pairs a key with the snapshot
 * it was read in: "every event visible in this snapshot with a key up to k".
 *
 * Existing rows get the migration's own transaction (adding a column with a volatile default
 * fills it row by row): it is committed before any later snapshot, so they count as visible in
 * every cursor, as they should. The append-only trigger does not fire for ALTER TABLE.
 *
 * Two indexes serve the resume read `id > k or (xid >= xmin(S) and not visible in S)` by
 * patient (a bitmap OR of both), and the "last key now" of a new subscription or of the
 * timeline's `liveCursor` (`max(id)` by patient). The timeline's own index orders by clinical
 * time, which answers neither.
 */
export class Migration20261212040000TimelineCommitOrder extends Migration {
  override up(): void {
    this.addSql(`alter table "journey_event" add column "xid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "journey_event_patient_seq_idx" on "journey_event" ("patient_id", "id");`);
    this.addSql(`create index "journey_event_patient_xid_idx" on "journey_event" ("patient_id", "xid");`);
  }

  override down(): void {
    this.addSql(`drop index "journey_event_patient_xid_idx";`);
    this.addSql(`drop index "journey_event_patient_seq_idx";`);
    this.addSql(`alter table "journey_event" drop column "xid";`);
  }
}
