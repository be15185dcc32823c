import { Migration } from '@mikro-orm/migrations';

/** Stored responses of mutations sent with an Idempotency-Key (kept 24 hours). */
export class Migration20261125010000Idempotency extends Migration {
  override up(): void {
    this.addSql(`create table "idempotency_record" ("scope" text not null, "key" text not null, "fingerprint" text not null, "response_status" int null, "response_body" json null, "created_at" timestamptz not null, "completed_at" timestamptz null, constraint "idempotency_record_pkey" primary key ("scope", "key"));`);
    this.addSql(`create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }
}
