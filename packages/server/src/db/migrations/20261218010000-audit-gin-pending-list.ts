import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail's index of the patients a list read showed (`patient_ids`, GIN) keeps a
 * pending list of at most 128 kB instead of PostgreSQL's default 4 MB. New entries go to that
 * list and are merged into the index when it is full, by the insert that fills it: with 4 MB,
 * that insert (and every request waiting for its audit entries, audit-writer.ts) waited about
 * 40 ms every few thousand reads of a work list; with a small list the merges are small and
 * frequent, and the inserts cost no more on average. Measured on the benchmark's data, worklist
 * page 1 at 10 connections, 4,000–15,000 requests per sample (`pg_stat_statements`): the
 * insert's mean 0.35 ms and maximum 42 ms with 4 MB; 0.27 ms and 6.3 ms with 256 kB; 0.28 ms
 * and 5.0 ms with 64 kB; 0.31–0.39 ms and 7–13 ms with 128 kB on a busier machine.
 */
export class Migration20261218010000AuditGinPendingList extends Migration {
  override up(): void {
    this.addSql(`alter index "audit_entry_patient_ids_index" set (gin_pending_list_limit = 128);`);
  }
}
