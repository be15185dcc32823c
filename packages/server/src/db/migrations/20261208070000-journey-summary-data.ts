import { Migration } from '@mikro-orm/migrations';

/**
 * A timeline event keeps its summary as the sentence it is and the values it speaks of
 * (`summary_variant`, `summary_params`), beside the English text, so that the web app writes it
 * in the reader's language. Events recorded before keep only their English text (both null).
 */
export class Migration20261208070000JourneySummaryData extends Migration {
  override up(): void {
    this.addSql(`alter table "journey_event" add column "summary_variant" text null, add column "summary_params" jsonb null;`);
  }
}
