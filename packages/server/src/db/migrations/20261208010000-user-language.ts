import { Migration } from '@mikro-orm/migrations';

/**
 * The language each user keeps with their account. Null until they choose one: an account is
 * not put into a language its user may not read (the visiting teams read Japanese or English,
 * most of the hospital's staff Khmer), and until then the web app keeps the language last
 * chosen on the computer, as it did before.
 */
export class Migration20261208010000UserLanguage extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user" add column "language" text null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_language_check" check ("language" in ('en', 'km', 'ja'));`);
  }
}
