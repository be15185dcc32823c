import { Migration } from '@mikro-orm/migrations';

/**
 * A staff member's name in Japanese script (visiting teams from Japan), beside the Latin and
 * Khmer names; and the staff directory's search by any of the names.
 */
export class Migration20261208050100StaffNameJapanese extends Migration {
  override up(): void {
    this.addSql(`alter table "staff_member" add column "name_japanese" text null;`);
  }
}
