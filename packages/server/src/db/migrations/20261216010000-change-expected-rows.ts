import { Migration } from '@mikro-orm/migrations';

/**
 * `change_expected_rows(part, written, expected)`: the guard a change written as one statement
 * outside a transaction (common/change-statement.ts) puts in its final select. When a part
 * wrote another number of rows than it must (an optimistic lock lost to a concurrent change),
 * it raises SQLSTATE PJ409 naming the part, and the whole statement, being its own
 * transaction, writes nothing.
 */
export class Migration20261216010000ChangeExpectedRows extends Migration {
  override up(): void {
    this.addSql(`
      create or replace function change_expected_rows(part text, written bigint, expected bigint) returns bigint
      language plpgsql as $$
      begin
        if written is distinct from expected then
          raise exception 'the change''s part % wrote % rows, not %', part, written, expected
            using errcode = 'PJ409', detail = part;
        end if;
        return written;
      end $$;`);
  }

  override down(): void {
    this.addSql(`drop function if exists change_expected_rows(text, bigint, bigint);`);
  }
}
