import { Migration } from '@mikro-orm/migrations';

/**
 * What the family's Khmer copy of a discharge summary needs so that it prints no English free
 * text: the diagnosis and the care instructions written in Khmer, and care instructions chosen
 * from a list (printed in each copy's language) with the weeks of no heavy lifting. Summaries
 * written before have none of them (null, empty list).
 */
export class Migration20261209010000DischargeFamilyKhmer extends Migration {
  override up(): void {
    this.addSql(`alter table "discharge"
      add column "diagnosis_for_family_khmer" text null,
      add column "care_instructions_khmer" text null,
      add column "care_instructions" text[] not null default '{}',
      add column "no_heavy_lifting_weeks" integer null;`);
    // Khmer text holds at least one Khmer letter (U+1780–U+17FF), as the service checks.
    this.addSql(`alter table "discharge"
      add constraint "discharge_diagnosis_for_family_khmer_check" check ("diagnosis_for_family_khmer" is null or "diagnosis_for_family_khmer" ~ '[\\u1780-\\u17ff]'),
      add constraint "discharge_care_instructions_khmer_check" check ("care_instructions_khmer" is null or "care_instructions_khmer" ~ '[\\u1780-\\u17ff]'),
      add constraint "discharge_care_instructions_check" check ("care_instructions" <@ array['KEEP_WOUND_DRY', 'NOTHING_ON_WOUND', 'RETURN_IF_FEVER_OR_BLEEDING', 'NO_HEAVY_LIFTING', 'TAKE_ALL_MEDICINES', 'EAT_AND_DRINK_WELL', 'COME_TO_FOLLOW_UP']::text[]),
      add constraint "discharge_no_heavy_lifting_weeks_check" check (
        ("no_heavy_lifting_weeks" is null) = (not ('NO_HEAVY_LIFTING' = any("care_instructions")))
        and ("no_heavy_lifting_weeks" is null or "no_heavy_lifting_weeks" between 1 and 12));`);
  }
}
