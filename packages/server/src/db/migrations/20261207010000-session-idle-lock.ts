import { Migration } from '@mikro-orm/migrations';

/**
 * Shared ward computers: a session's last request (`last_seen_at`, for the idle timeout) and
 * its screen lock (`locked_at`); login throttling per client address beside the one per
 * username; and sessions end by themselves when their user's roles change or the account is
 * closed, whatever wrote the change.
 */
export class Migration20261207010000SessionIdleLock extends Migration {
  override up(): void {
    // Existing sessions were last seen, as far as anyone knows, when they were opened.
    this.addSql(`alter table "user_session" add column "last_seen_at" timestamptz null, add column "locked_at" timestamptz null;`);
    this.addSql(`update "user_session" set "last_seen_at" = "created_at";`);
    this.addSql(`alter table "user_session" alter column "last_seen_at" set not null;`);
    // "Sign out everywhere" ends a user's open sessions: find them without a scan.
    this.addSql(`create index "user_session_open_by_user" on "user_session" ("user_id") where "revoked_at" is null;`);

    this.addSql(`create table "login_throttle_address" ("address" text not null, "failures" int not null, "last_failure_at" timestamptz not null, constraint "login_throttle_address_pkey" primary key ("address"));`);

    // A change of privileges ends every open session of the user (they sign in again and get
    // a new token with the new roles); so does closing the account.
    this.addSql(`create function "app_user_privileges_changed"() returns trigger language plpgsql as $$
      begin
        if new.roles is distinct from old.roles or new.active is distinct from old.active then
          update "user_session" set "revoked_at" = now() where "user_id" = new.id and "revoked_at" is null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "app_user_privileges_end_sessions" after update of "roles", "active" on "app_user"
      for each row execute function "app_user_privileges_changed"();`);
  }
}
