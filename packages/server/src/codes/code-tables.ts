import type { EntityManager } from '@mikro-orm/postgresql';
import { CodeSystem, ProcedureClassification } from '@pj/shared';
import { ICD10, ICD10_JAPANESE } from './lists/icd10.js';
import { ICDO3_MORPHOLOGY, ICDO3_TOPOGRAPHY } from './lists/icdo3.js';
import { PROCEDURE_GROUP_OF, PROCEDURE_GROUPS } from './lists/procedure-groups.js';
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
function codeListRows(): Record<Exclude<CodeSystem, CodeSystem.PROCEDURE>, CodeRow[]> & { [CodeSystem.PROCEDURE]: (CodeRow & { specialty: string; classification: string; classification_code: string; procedure_group: string | null })[] } {
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
      procedure_group: PROCEDURE_GROUP_OF.get(p.code) ?? null,
    })),
  };
}

/**
 * Adds the rows each missing and updates those whose other columns differ, in one statement;
 * `columns[0]` is the key. Columns are text.
 */
async function upsertRows(em: EntityManager, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
  const quoted = columns.map((column) => `"${column}"`);
  const [key, ...others] = quoted;
  const values = (of: string) => others.map((column) => `${of}${column}`).join(', ');
  await em.getConnection().execute(
    `insert into "${table}" (${quoted.join(', ')})
     select ${quoted.join(', ')} from json_to_recordset(?::json) as r(${quoted.map((column) => `${column} text`).join(', ')})
     on conflict (${key}) do update set ${others.map((column) => `${column} = excluded.${column}`).join(', ')}
       where (${values(`"${table}".`)}) is distinct from (${values('excluded.')})`,
    [JSON.stringify(rows)],
  );
}

const CODE_COLUMNS = ['code', 'title', 'title_ja', 'title_km'] as const;

/**
 * Writes the code lists (`lists/`) into their tables, as `syncJourneyEventKinds` does the event
 * kinds: every server start, after the migrations, so a list grows by editing its file. New
 * codes are added and changed titles updated; a code removed from a list keeps its row (records
 * coded with it still refer to it). Idempotent and safe when several servers start at once
 * (`on conflict`); a start with nothing changed writes no row.
 */
export async function syncCodeLists(em: EntityManager): Promise<void> {
  const lists = codeListRows();
  for (const system of [CodeSystem.ICD10, CodeSystem.ICDO3_TOPOGRAPHY, CodeSystem.ICDO3_MORPHOLOGY] as const) {
    await upsertRows(em, CODE_TABLE[system], CODE_COLUMNS, lists[system]);
  }
  await syncProcedureGroups(em);
  await upsertRows(em, CODE_TABLE[CodeSystem.PROCEDURE], [...CODE_COLUMNS, 'specialty', 'classification', 'classification_code', 'procedure_group'], lists[CodeSystem.PROCEDURE]);
}

/**
 * Writes the procedure groups (lists/procedure-groups.ts) before the procedures that refer to
 * them: new groups with their first rule; the names of known ones. The rule of a known group is
 * data and is left as it is.
 */
async function syncProcedureGroups(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    `insert into "procedure_group" ("code", "specialty", "title", "title_km", "title_ja", "required_supervised_cases")
     select "code", "specialty", "title", "title_km", "title_ja", "required_supervised_cases"
       from json_to_recordset(?::json) as r("code" text, "specialty" text, "title" text, "title_km" text, "title_ja" text, "required_supervised_cases" integer)
     on conflict ("code") do update set "specialty" = excluded."specialty", "title" = excluded."title", "title_km" = excluded."title_km", "title_ja" = excluded."title_ja"
       where ("procedure_group"."specialty", "procedure_group"."title", "procedure_group"."title_km", "procedure_group"."title_ja")
             is distinct from (excluded."specialty", excluded."title", excluded."title_km", excluded."title_ja")`,
    [JSON.stringify(PROCEDURE_GROUPS.map((g) => ({ code: g.code, specialty: g.specialty, title: g.title, title_km: g.khmer, title_ja: g.japanese, required_supervised_cases: g.requiredSupervisedCases })))],
  );
}
