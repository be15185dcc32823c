import { Migration } from '@mikro-orm/migrations';

/**
 * Follow-ups booked after an operation belong to that operation's episode of care, but their
 * timeline events were recorded with none (shown under "General", away from the operation).
 * The recorder now gives them the episode of the operation (or of the admission whose
 * discharge booked them); this repairs the events already stored, and only their episode:
 * the append-only trigger is set aside for this one statement of the migration's transaction.
 */
export class Migration20261208070100FollowUpEpisode extends Migration {
  override up(): void {
    this.addSql(`alter table "journey_event" disable trigger "journey_event_no_update";`);
    this.addSql(`update "journey_event" e set "episode_id" = coalesce(s."episode_id", a."episode_id")
      from "follow_up" f
      left join "surgery" s on s."id" = f."surgery_id"
      left join "discharge" d on d."id" = f."discharge_id"
      left join "admission" a on a."id" = d."admission_id"
      where e."follow_up_id" = f."id" and e."episode_id" is null and coalesce(s."episode_id", a."episode_id") is not null;`);
    this.addSql(`alter table "journey_event" enable trigger "journey_event_no_update";`);
  }
}
