import { Migration } from '@mikro-orm/migrations';

/**
 * The live theatre board (live/theatre.live.ts): every change to what the board of a day
 * shows — an operation booked, moved, cancelled, started or completed, its team changed, a
 * checklist phase recorded — is announced on the `pj_live` channel as the theatre and the
 * Phnom Penh day whose column changed (`{"t":"b","th":<theatre key>,"d":"YYYY-MM-DD"}`).
 * Triggers on the tables the board reads send it from the writing transaction, whichever path
 * wrote the row (a service, a one-statement change, SQL by hand), so only committed changes are
 * announced. An operation moved to another theatre or day announces the column it left and the
 * one it joined. PostgreSQL delivers identical payloads of one transaction once, so the rows of
 * one change (the operation, its team, its checklist) make one announcement per column.
 * Theatres themselves are reference data, created by migrations: they announce nothing.
 */
export class Migration20261212010000TheatreBoardNotify extends Migration {
  override up(): void {
    this.addSql(`create function "surgery_board_notify"() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          perform pg_notify('pj_live', json_build_object('t', 'b', 'th', old.theatre_id, 'd', (old.scheduled_start at time zone 'Asia/Phnom_Penh')::date)::text);
        end if;
        if tg_op <> 'DELETE' then
          perform pg_notify('pj_live', json_build_object('t', 'b', 'th', new.theatre_id, 'd', (new.scheduled_start at time zone 'Asia/Phnom_Penh')::date)::text);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "surgery_board_notify" after insert or update or delete on "surgery"
      for each row execute function "surgery_board_notify"();`);
    // A team member or checklist phase: the column of its operation (none when the operation
    // itself was deleted: its own trigger announced it).
    this.addSql(`create function "surgery_part_board_notify"() returns trigger language plpgsql as $$
      declare
        surgery_ids uuid[];
      begin
        if tg_op = 'INSERT' then
          surgery_ids := array[new.surgery_id];
        elsif tg_op = 'DELETE' then
          surgery_ids := array[old.surgery_id];
        else
          surgery_ids := array[old.surgery_id, new.surgery_id];
        end if;
        perform pg_notify('pj_live', json_build_object('t', 'b', 'th', s.theatre_id, 'd', (s.scheduled_start at time zone 'Asia/Phnom_Penh')::date)::text)
          from "surgery" s where s.id = any(surgery_ids);
        return null;
      end $$;`);
    this.addSql(`create trigger "surgery_team_member_board_notify" after insert or update or delete on "surgery_team_member"
      for each row execute function "surgery_part_board_notify"();`);
    this.addSql(`create trigger "surgery_checklist_phase_board_notify" after insert or update or delete on "surgery_checklist_phase"
      for each row execute function "surgery_part_board_notify"();`);
  }

  override down(): void {
    this.addSql(`drop trigger "surgery_checklist_phase_board_notify" on "surgery_checklist_phase";`);
    this.addSql(`drop trigger "surgery_team_member_board_notify" on "surgery_team_member";`);
    this.addSql(`drop function "surgery_part_board_notify"();`);
    this.addSql(`drop trigger "surgery_board_notify" on "surgery";`);
    this.addSql(`drop function "surgery_board_notify"();`);
  }
}
