import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail's index of the patients a list read showed (`patient_ids`, GIN) is merged in
 * the background: its pending list may hold 16 MB (it held 128 kB), and the server's audit
 * writer merges it into the index every second (`gin_clean_pending_list`, audit-writer.ts), on
 * a connection of its own, so no insert merges it any more (see 20261218010000 for the stalls
 * an insert that merged caused). One merge of a second's entries costs less than the many small
 * merges it replaces: PostgreSQL's CPU per three-entry insert of fifty patients each, 800
 * inserts, 0.81–0.91 ms with 128 kB against 0.54–0.58 ms with 16 MB merged every 250 inserts,
 * the merges included. 16 MB is a few seconds of the heaviest benchmark load: should no
 * server merge (none running, or a database user that may not), an insert merges it as before.
 */
export class Migration20261219010000AuditGinBackgroundMerge extends Migration {
  override up(): void {
    this.addSql(`alter index "audit_entry_patient_ids_index" set (gin_pending_list_limit = 16384);`);
  }
}
