import { Migration } from '@mikro-orm/migrations';

/** A table of codes of one system: code, titles, and the folded text searches read. */
function codeTable(table: string, extra = ''): string {
  // `search_text` folds case and accents (patient_search_text, the patient search's function)
  // over the code and every title, so one trigram index answers a search by code or by words
  // in any language.
  return `create table "${table}" (
    "code" text not null primary key,
    "title" text not null,
    "title_ja" text null,
    "title_km" text null,${extra}
    "search_text" text generated always as (patient_search_text("code" || ' ' || "title" || ' ' || coalesce("title_ja", '') || ' ' || coalesce("title_km", ''))) stored
  );`;
}

/**
 * Clinical codes (issue 17, codes): the code tables — WHO ICD-10, ICD-O-3 topography and
 * morphology, the hospital's procedure list mapped to a procedure classification — and the
 * coded fields that refer to them by foreign key, so that the database refuses a code not on a
 * list whoever writes it. The tables' rows are the lists in `codes/lists/`, written after the
 * migrations when a server starts (`codes/code-tables.ts`), not here: a list grows without a
 * migration. Every coded field is nullable: records written before stay uncoded, and free text
 * stays allowed for what no list names.
 */
export class Migration20261213010000ClinicalCodes extends Migration {
  override up(): void {
    this.addSql(codeTable('icd10_code'));
    this.addSql(codeTable('icdo3_topography_code'));
    this.addSql(codeTable('icdo3_morphology_code'));
    this.addSql(codeTable('hospital_procedure', `
    "specialty" text not null,
    "classification" text not null check ("classification" in ('ICD9CM_VOLUME_3', 'ICD10_PCS')),
    "classification_code" text not null,`));
    for (const table of ['icd10_code', 'icdo3_topography_code', 'icdo3_morphology_code', 'hospital_procedure']) {
      this.addSql(`create index "${table}_search" on "${table}" using gin ("search_text" gin_trgm_ops);`);
      // The primary key's index uses the database's collation, which LIKE 'K40%' cannot use
      // unless it is C; this one can.
      this.addSql(`create index "${table}_code_prefix" on "${table}" ("code" text_pattern_ops);`);
    }
    this.addSql(`create index "hospital_procedure_specialty" on "hospital_procedure" ("specialty");`);

    // Discharge diagnoses: position 0 is the primary diagnosis, then the secondary ones.
    this.addSql(`create table "discharge_diagnosis_code" (
      "id" uuid not null primary key,
      "discharge_id" uuid not null references "discharge" ("id") on delete cascade,
      "position" integer not null check ("position" >= 0),
      "code" text not null references "icd10_code" ("code"),
      constraint "discharge_diagnosis_code_position_unique" unique ("discharge_id", "position"),
      constraint "discharge_diagnosis_code_code_unique" unique ("discharge_id", "code")
    );`);

    this.addSql(`alter table "oncology_diagnosis"
      add column "icd10_code" text null references "icd10_code" ("code"),
      add column "topography_code" text null references "icdo3_topography_code" ("code"),
      add column "morphology_code" text null references "icdo3_morphology_code" ("code");`);

    // The planned procedure's list entry; and the performed procedures' entries, by their
    // position in `surgery.procedures` (the text, kept for every procedure, coded or not).
    this.addSql(`alter table "surgery" add column "procedure_code" text null references "hospital_procedure" ("code");`);
    this.addSql(`create table "surgery_procedure_code" (
      "id" uuid not null primary key,
      "surgery_id" uuid not null references "surgery" ("id") on delete cascade,
      "position" integer not null check ("position" >= 0),
      "procedure_code" text not null references "hospital_procedure" ("code"),
      constraint "surgery_procedure_code_position_unique" unique ("surgery_id", "position")
    );`);
  }
}
