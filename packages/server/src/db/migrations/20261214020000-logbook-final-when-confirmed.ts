import { Migration } from '@mikro-orm/migrations';

/**
 * A logbook entry nobody supervises (an anaesthetist's, a scrub nurse's, a surgeon's who
 * operated independently) is never countersigned: it is final once its owner confirms it. The
 * database now guards it as it guards a countersigned entry: the only change allowed is marking
 * it superseded (once) by a correction, and it is never deleted.
 */
export class Migration20261214020000LogbookFinalWhenConfirmed extends Migration {
  override up(): void {
    this.addSql(`create or replace function "logbook_entry_final"() returns trigger language plpgsql as $$
      declare
        final boolean := old."countersigned_at" is not null or (old."confirmed_at" is not null and old."supervisor_id" is null);
      begin
        if tg_op = 'DELETE' then
          if final then
            raise exception 'a final logbook entry cannot be deleted' using errcode = 'P0001', constraint = 'logbook_entry_final';
          end if;
          return old;
        end if;
        if final and (
             old."superseded_at" is not null or new."superseded_at" is null
             or (to_jsonb(new) - 'superseded_at' - 'version') <> (to_jsonb(old) - 'superseded_at' - 'version')) then
          raise exception 'a final logbook entry cannot be changed; record a correction' using errcode = 'P0001', constraint = 'logbook_entry_final';
        end if;
        return new;
      end $$;`);
  }
}
