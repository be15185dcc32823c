import { Migration } from '@mikro-orm/migrations';

/**
 * Reads of work lists (census, worklist, follow-up and theatre lists, search) are audited
 * with the patients they showed: one entry per read, the patients in `patient_ids`, found
 * through a GIN index when a record's "who looked at this" list is built. Existing entries
 * get an empty list; nothing else changes.
 */
export class Migration20261205050000AuditListReads extends Migration {
  override up(): void {
    this.addSql(`alter table "audit_entry" add column "patient_ids" uuid[] not null default '{}';`);
    this.addSql(`create index "audit_entry_patient_ids_index" on "audit_entry" using gin ("patient_ids");`);
  }
}
