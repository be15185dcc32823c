import { Migration } from '@mikro-orm/migrations';

/** Users, sessions, API tokens, login throttling, and the append-only audit trail. */
export class Migration20261125000000Auth extends Migration {
  override up(): void {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "user_id" uuid null, "username" text null, "action" text not null, "patient_id" uuid null, "target" text null, "outcome" text not null, "detail" text null, "ip" text null, "user_agent" text null);`);
    this.addSql(`create index "audit_entry_user_id_id_index" on "audit_entry" ("user_id", "id");`);
    this.addSql(`create index "audit_entry_patient_id_id_index" on "audit_entry" ("patient_id", "id");`);
    this.addSql(`create table "login_throttle" ("username" text not null, "failures" int not null, "last_failure_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("username"));`);
    this.addSql(`create table "app_user" ("id" uuid not null, "username" text not null, "display_name" text not null, "roles" text[] not null, "password_hash" text not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create table "api_token" ("id" uuid not null, "name" text not null, "token_hash" text not null, "prefix" text not null, "user_id" uuid not null, "roles" text[] not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    // The audit trail is append-only: the database itself refuses to change or remove an entry.
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$;`);
    this.addSql(`create trigger "audit_entry_no_update" before update or delete on "audit_entry"
      for each row execute function "audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry"
      for each statement execute function "audit_entry_append_only"();`);
  }
}
