import { Migration } from '@mikro-orm/migrations';

/**
 * Live updates (live/): every timeline event, and every session or API token revoked, is
 * announced on the `pj_live` channel with NOTIFY. A trigger sends it from the writing
 * transaction itself, whichever path wrote the row (the ORM's flush or a one-statement change,
 * common/change-statement.ts), and PostgreSQL delivers a NOTIFY only when that transaction
 * commits: a change rolled back is never announced. The payload holds keys only (well under
 * NOTIFY's 8000 bytes): subscribers read the rest through the API's own resolvers.
 */
export class Migration20261210010000LiveNotify extends Migration {
  override up(): void {
    this.addSql(`create function "journey_event_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('pj_live', json_build_object('t', 'e', 'p', new.patient_id, 'e', new.id::text, 'k', new.kind)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "journey_event_notify" after insert on "journey_event"
      for each row execute function "journey_event_notify"();`);
    this.addSql(`create function "credential_revoked_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('pj_live', json_build_object('t', TG_ARGV[0], 'id', new.id)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "user_session_revoked_notify" after update of "revoked_at", "locked_at" on "user_session"
      for each row when (new.revoked_at is distinct from old.revoked_at or new.locked_at is distinct from old.locked_at)
      execute function "credential_revoked_notify"('s');`);
    this.addSql(`create trigger "api_token_revoked_notify" after update of "revoked_at" on "api_token"
      for each row when (new.revoked_at is distinct from old.revoked_at)
      execute function "credential_revoked_notify"('k');`);
    this.addSql(`create trigger "app_user_closed_notify" after update of "active", "expires_at" on "app_user"
      for each row when (new.active is distinct from old.active or new.expires_at is distinct from old.expires_at)
      execute function "credential_revoked_notify"('u');`);
  }

  override down(): void {
    this.addSql(`drop trigger "app_user_closed_notify" on "app_user";`);
    this.addSql(`drop trigger "api_token_revoked_notify" on "api_token";`);
    this.addSql(`drop trigger "user_session_revoked_notify" on "user_session";`);
    this.addSql(`drop function "credential_revoked_notify"();`);
    this.addSql(`drop trigger "journey_event_notify" on "journey_event";`);
    this.addSql(`drop function "journey_event_notify"();`);
  }
}
