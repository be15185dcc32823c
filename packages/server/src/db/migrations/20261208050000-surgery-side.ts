import { Migration } from '@mikro-orm/migrations';

/**
 * The side of the body an operation is on, given when it is booked (left, right, bilateral,
 * not applicable). Operations booked before have none (null: not recorded).
 */
export class Migration20261208050000SurgerySide extends Migration {
  override up(): void {
    this.addSql(`alter table "surgery" add column "side" text null;`);
    this.addSql(`alter table "surgery" add constraint "surgery_side_check" check ("side" in ('LEFT', 'RIGHT', 'BILATERAL', 'NOT_APPLICABLE'));`);
  }
}
