import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts kept by administrators: an expiry (a visiting team's accounts stop when its mission
 * ends), a temporary password that must be replaced at the next sign-in, and the last sign-in.
 * A new password ends the user's open sessions, like a change of roles or closing the account,
 * whatever wrote it.
 */
export class Migration20261208020000UserAccounts extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user"
      add column "expires_at" timestamptz null,
      add column "must_change_password" boolean not null default false,
      add column "last_sign_in_at" timestamptz null;`);
    // The last sign-in, as far as the sessions kept tell.
    this.addSql(`update "app_user" u set "last_sign_in_at" = s."at"
      from (select "user_id", max("created_at") as "at" from "user_session" group by "user_id") s where s."user_id" = u."id";`);

    this.addSql(`create or replace function "app_user_privileges_changed"() returns trigger language plpgsql as $$
      begin
        if new.roles is distinct from old.roles or new.active is distinct from old.active
           or new.password_hash is distinct from old.password_hash then
          update "user_session" set "revoked_at" = now() where "user_id" = new.id and "revoked_at" is null;
        end if;
        return new;
      end $$;`);
    this.addSql(`drop trigger "app_user_privileges_end_sessions" on "app_user";`);
    this.addSql(`create trigger "app_user_privileges_end_sessions" after update of "roles", "active", "password_hash" on "app_user"
      for each row execute function "app_user_privileges_changed"();`);
  }
}
