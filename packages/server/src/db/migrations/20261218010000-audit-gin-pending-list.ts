import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail's index of the patients a list read showed (`patient_ids`, GIN) keeps a
 * pending list of at most 128 kB instead of PostgreSQL's default 4 MB. New entries go to that
 * list and are merged into the index when it is full, by the insert that fills it: with 4 MB,
 * that insert (and every request waiting for its audit entries, audit-writer.ts) waited about
 * 40 ms every few thousand reads of a work list; with 128 kB the merges are small and frequent,
 * a few milliseconds at most, and the inserts cost no more on average. Measured on the
 * benchmark's data, worklist page 1 at 10 connections, 15,000 requests: the insert's mean
 * 0.35 ms and maximum 42 ms before, 0.27–0.28 ms and 5–6 ms after (`pg_stat_statements`).
 */
export class Migration20261218010000AuditGinPendingList extends Migration {
  override up(): void {
    this.addSql(`alter index "audit_entry_patient_ids_index" set (gin_pending_list_limit = 128);`);
  }
}
