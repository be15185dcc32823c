import { Migration } from '@mikro-orm/migrations';

/**
 * When the mutation sent with an Idempotency-Key committed: set in the mutation's own
 * transaction, so a record says whether its writes are in the database even when the process
 * died before it could store the response (graphql/idempotency.ts).
 */
export class Migration20261209040000IdempotencyCommitted extends Migration {
  override up(): void {
    this.addSql(`alter table "idempotency_record" add column "committed_at" timestamptz null;`);
  }

  override down(): void {
    this.addSql(`alter table "idempotency_record" drop column "committed_at";`);
  }
}
