import { Migration } from '@mikro-orm/migrations';

/**
 * Live oncology alerts and follow-up list (live/oncology-alerts.live.ts, live/follow-ups.live.ts):
 * the writes that can change them are announced on `pj_live` from the writing transaction, as
 * the timeline's are (…-live-notify.ts), so only committed changes are announced and writes that
 * bypass the services (a patient merge's one-statement moves, a fix by hand in SQL) are too.
 *
 * - `a` (oncology alerts): a chemotherapy dose added, given, omitted, moved or removed, or a
 *   plan started, ended (completed, refused, stopped by a death) or moved to another patient
 *   (merge). Payload: the plan's id. A late dose moves every later dose of its plan, one row
 *   each, but PostgreSQL delivers identical payloads of one transaction once, so that is one
 *   announcement. Alerts that appear only because a day passes are not written anywhere; each
 *   process handles the day boundary itself (live/oncology-alerts.live.ts).
 * - `f` (follow-ups): a follow-up booked, recorded, moved, cancelled or moved to another
 *   patient, and a patient marked lost to follow-up because of it (the daily job records a
 *   LOST_TO_FOLLOW_UP event naming the follow-up; the follow-up row itself does not change).
 *   Payload: its id, its due day and, when it moved, the day it was due before (a list of that
 *   day must learn it left).
 */
export class Migration20261212030000LiveAlertsFollowUps extends Migration {
  override up(): void {
    this.addSql(`create function "oncology_alert_notify"() returns trigger language plpgsql as $$
      declare
        plan uuid;
      begin
        if TG_TABLE_NAME = 'treatment_plan' then
          plan := coalesce(new.id, old.id);
        else
          plan := coalesce(new.plan_id, old.plan_id);
        end if;
        perform pg_notify('pj_live', json_build_object('t', 'a', 'p', plan)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "chemo_administration_alert_notify" after insert or delete on "chemo_administration"
      for each row execute function "oncology_alert_notify"();`);
    this.addSql(`create trigger "chemo_administration_alert_change_notify" after update of "status", "planned_date", "plan_id" on "chemo_administration"
      for each row when (new.status is distinct from old.status or new.planned_date is distinct from old.planned_date or new.plan_id is distinct from old.plan_id)
      execute function "oncology_alert_notify"();`);
    this.addSql(`create trigger "treatment_plan_alert_notify" after insert or delete on "treatment_plan"
      for each row execute function "oncology_alert_notify"();`);
    this.addSql(`create trigger "treatment_plan_alert_change_notify" after update of "status", "patient_id" on "treatment_plan"
      for each row when (new.status is distinct from old.status or new.patient_id is distinct from old.patient_id)
      execute function "oncology_alert_notify"();`);

    this.addSql(`create function "follow_up_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('pj_live', json_build_object('t', 'f', 'id', new.id, 'd', new.due_date::text,
          'o', case when TG_OP = 'UPDATE' and old.due_date is distinct from new.due_date then old.due_date::text end)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "follow_up_notify" after insert on "follow_up"
      for each row execute function "follow_up_notify"();`);
    // Any change of the row: its optimistic-lock version moves with each one the services make.
    this.addSql(`create trigger "follow_up_change_notify" after update on "follow_up"
      for each row when (old.* is distinct from new.*) execute function "follow_up_notify"();`);
    this.addSql(`create function "follow_up_lost_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('pj_live', json_build_object('t', 'f', 'id', f.id, 'd', f.due_date::text)::text)
          from "follow_up" f where f.id = new.follow_up_id;
        return null;
      end $$;`);
    this.addSql(`create trigger "journey_event_lost_notify" after insert on "journey_event"
      for each row when (new.kind = 'LOST_TO_FOLLOW_UP' and new.follow_up_id is not null)
      execute function "follow_up_lost_notify"();`);
  }

  override down(): void {
    this.addSql(`drop trigger "journey_event_lost_notify" on "journey_event";`);
    this.addSql(`drop function "follow_up_lost_notify"();`);
    this.addSql(`drop trigger "follow_up_change_notify" on "follow_up";`);
    this.addSql(`drop trigger "follow_up_notify" on "follow_up";`);
    this.addSql(`drop function "follow_up_notify"();`);
    this.addSql(`drop trigger "treatment_plan_alert_change_notify" on "treatment_plan";`);
    this.addSql(`drop trigger "treatment_plan_alert_notify" on "treatment_plan";`);
    this.addSql(`drop trigger "chemo_administration_alert_change_notify" on "chemo_administration";`);
    this.addSql(`drop trigger "chemo_administration_alert_notify" on "chemo_administration";`);
    this.addSql(`drop function "oncology_alert_notify"();`);
  }
}
