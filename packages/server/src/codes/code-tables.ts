import type { EntityManager } from '@mikro-orm/postgresql';
import { CodeSystem, ProcedureClassification } from '@pj/shared';
import { ICD10, ICD10_JAPANESE } from './lists/icd10.js';
import { ICDO3_MORPHOLOGY, ICDO3_TOPOGRAPHY } from './lists/icdo3.js';
import { PROCEDURES } from './lists/procedures.js';

/** The table holding each code system's codes. */
export const CODE_TABLE: Readonly<Record<CodeSystem, string>> = {
  [CodeSystem.ICD10]: 'icd10_code',
  [CodeSystem.ICDO3_TOPOGRAPHY]: 'icdo3_topography_code',
  [CodeSystem.ICDO3_MORPHOLOGY]: 'icdo3_morphology_code',
  [CodeSystem.PROCEDURE]: 'hospital_procedure',
};

interface CodeRow {
  code: string;
  title: string;
  title_ja: string | null;
  title_km: string | null;
}

const rows = (list: readonly (readonly [string, string])[], japanese: Readonly<Record<string, string>> = {}): CodeRow[] =>
  list.map(([code, title]) => ({ code, title, title_ja: japanese[code] ?? null, title_km: null }));

/** The lists in `lists/`, as the rows of each table. */
export function codeListRows(): Record<Exclude<CodeSystem, CodeSystem.PROCEDURE>, CodeRow[]> & { [CodeSystem.PROCEDURE]: (CodeRow & { specialty: string; classification: string; classification_code: string })[] } {
  return {
    [CodeSystem.ICD10]: rows(ICD10, ICD10_JAPANESE),
    [CodeSystem.ICDO3_TOPOGRAPHY]: rows(ICDO3_TOPOGRAPHY),
    [CodeSystem.ICDO3_MORPHOLOGY]: rows(ICDO3_MORPHOLOGY),
    [CodeSystem.PROCEDURE]: PROCEDURES.map((p) => ({
      code: p.code,
      title: p.title,
      title_ja: p.japanese ?? null,
      title_km: null,
      specialty: p.specialty,
      classification: ProcedureClassification.ICD9CM_VOLUME_3,
      classification_code: p.icd9cm,
    })),
  };
}

/**
 * Writes the code lists (`lists/`) into their tables, as `syncJourneyEventKinds` does the event
 * kinds: every server start, after the migrations, so a list grows by editing its file. New
 * codes are added and changed titles updated; a code removed from a list keeps its row (records
 * coded with it still refer to it). Idempotent and safe when several servers start at once
 * (`on conflict`); a start with nothing changed writes no row.
 */
export async function syncCodeLists(em: EntityManager): Promise<void> {
  const lists = codeListRows();
  const connection = em.getConnection();
  for (const system of [CodeSystem.ICD10, CodeSystem.ICDO3_TOPOGRAPHY, CodeSystem.ICDO3_MORPHOLOGY] as const) {
    const table = CODE_TABLE[system];
    await connection.execute(
      `insert into "${table}" ("code", "title", "title_ja", "title_km")
       select "code", "title", "title_ja", "title_km" from json_to_recordset(?::json) as r("code" text, "title" text, "title_ja" text, "title_km" text)
       on conflict ("code") do update set "title" = excluded."title", "title_ja" = excluded."title_ja", "title_km" = excluded."title_km"
         where ("${table}"."title", "${table}"."title_ja", "${table}"."title_km") is distinct from (excluded."title", excluded."title_ja", excluded."title_km")`,
      [JSON.stringify(lists[system])],
    );
  }
  await connection.execute(
    `insert into "hospital_procedure" ("code", "title", "title_ja", "title_km", "specialty", "classification", "classification_code")
     select * from json_to_recordset(?::json) as r("code" text, "title" text, "title_ja" text, "title_km" text, "specialty" text, "classification" text, "classification_code" text)
     on conflict ("code") do update set "title" = excluded."title", "title_ja" = excluded."title_ja", "title_km" = excluded."title_km",
       "specialty" = excluded."specialty", "classification" = excluded."classification", "classification_code" = excluded."classification_code"
       where ("hospital_procedure"."title", "hospital_procedure"."title_ja", "hospital_procedure"."title_km", "hospital_procedure"."specialty", "hospital_procedure"."classification", "hospital_procedure"."classification_code")
         is distinct from (excluded."title", excluded."title_ja", excluded."title_km", excluded."specialty", excluded."classification", excluded."classification_code")`,
    [JSON.stringify(lists[CodeSystem.PROCEDURE])],
  );
}
