import type { EntityManager } from '@mikro-orm/postgresql';
import { CodeSystem, type Specialty } from '@pj/shared';
import { badInput, type DomainError } from '../common/domain-error.js';
import { queryPrepared } from '../persistence/prepared.js';
import { CODE_TABLE } from './code-tables.js';
import { toDiagnosisCode, toHospitalProcedure, type CodeRecord, type DiagnosisCode, type HospitalProcedure, type ProcedureRecord } from './codes.types.js';

/** What a search returns at most, and by default. */
export const CODE_SEARCH_MAX = 50;
export const CODE_SEARCH_DEFAULT = 20;
/** Words of a search that count; more are ignored. */
const MAX_WORDS = 6;

const SYSTEM_NAME: Readonly<Record<CodeSystem, string>> = {
  [CodeSystem.ICD10]: 'ICD-10',
  [CodeSystem.ICDO3_TOPOGRAPHY]: 'ICD-O-3 topography',
  [CodeSystem.ICDO3_MORPHOLOGY]: 'ICD-O-3 morphology',
  [CodeSystem.PROCEDURE]: 'procedure-list',
};

/** A code as written by a person: trimmed, upper case, and "K409" read as "K40.9". */
export function normalCode(system: CodeSystem, code: string): string {
  const upper = code.trim().toUpperCase();
  if (system === CodeSystem.ICD10 || system === CodeSystem.ICDO3_TOPOGRAPHY) {
    const undotted = /^([A-Z]\d\d)(\d+)$/.exec(upper);
    if (undotted) return `${undotted[1]}.${undotted[2]}`;
  }
  return upper;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface SearchSql {
  where: string;
  whereValues: unknown[];
  order: string;
  orderValues: unknown[];
}

/**
 * A search by code prefix or by words: a row matches when its code starts with the search, or
 * when its folded text (code and titles, lower case, accents removed: `search_text`) holds every
 * word. Code matches come first, then titles that start with the first word, then by code.
 * Both conditions are answered by indexes (`*_code_prefix`, the trigram `*_search`).
 */
function searchSql(system: CodeSystem, search: string): SearchSql {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const prefix = `${escapeLike(normalCode(system, search))}%`;
  const wordConditions = words.map(() => `t."search_text" like '%' || patient_search_text(?) || '%'`).join(' and ');
  return {
    where: `(t."code" like ? or (${wordConditions}))`,
    whereValues: [prefix, ...words.map(escapeLike)],
    order: `(t."code" like ?) desc, (patient_search_text(t."title") like patient_search_text(?) || '%') desc, t."code"`,
    orderValues: [prefix, escapeLike(search.trim())],
  };
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? CODE_SEARCH_DEFAULT;
  if (!Number.isInteger(size) || size < 1 || size > CODE_SEARCH_MAX) {
    throw badInput('first', `first must be between 1 and ${CODE_SEARCH_MAX}`, 'PAGE_SIZE', { max: CODE_SEARCH_MAX });
  }
  return size;
}

function searchText(search: string): string {
  if (search.length > 100) throw badInput('search', 'A search has at most 100 characters', 'TOO_LONG', { max: 100 });
  return search.trim();
}

/** Diagnosis codes of one system matching a search, in one statement. An empty search finds nothing. */
export async function searchDiagnosisCodes(em: EntityManager, system: CodeSystem, searchInput: string, first?: number | null): Promise<DiagnosisCode[]> {
  if (system === CodeSystem.PROCEDURE) throw badInput('system', 'Search the procedure list with `procedures`', 'INVALID');
  const limit = pageSize(first);
  const search = searchText(searchInput);
  if (!search) return [];
  const sql = searchSql(system, search);
  const rows = await queryPrepared<CodeRecord>(
    em,
    `select t."code", t."title", t."title_ja", t."title_km" from "${CODE_TABLE[system]}" t where ${sql.where} order by ${sql.order} limit ?`,
    [...sql.whereValues, ...sql.orderValues, limit],
  );
  return rows.map((row) => toDiagnosisCode(system, row));
}

/** Procedure-list entries matching a search (all of them when it is empty), of one specialty when given. */
export async function searchProcedures(em: EntityManager, searchInput: string | null | undefined, specialty: Specialty | null | undefined, first?: number | null): Promise<HospitalProcedure[]> {
  const limit = pageSize(first);
  const search = searchText(searchInput ?? '');
  const sql: SearchSql = search ? searchSql(CodeSystem.PROCEDURE, search) : { where: 'true', whereValues: [], order: 't."code"', orderValues: [] };
  const specialtyCondition = specialty ? ` and t."specialty" = ?` : '';
  const rows = await queryPrepared<ProcedureRecord>(
    em,
    `select t."code", t."title", t."title_ja", t."title_km", t."specialty", t."classification", t."classification_code", t."procedure_group"
       from "hospital_procedure" t where ${sql.where}${specialtyCondition} order by ${sql.order} limit ?`,
    [...sql.whereValues, ...(specialty ? [specialty] : []), ...sql.orderValues, limit],
  );
  return rows.map(toHospitalProcedure);
}

/** BAD_USER_INPUT, reason UNKNOWN_CODE: `code` (its first 20 characters) is not on `system`'s list. */
function unknownCode(field: string, system: CodeSystem, code: string): DomainError {
  const shown = code.length > 20 ? `${code.slice(0, 20)}…` : code;
  return badInput(field, `"${shown}" is not a code of the hospital's ${SYSTEM_NAME[system]} list`, 'UNKNOWN_CODE', { code: shown });
}

/** A code given in an input: its system and the input field it came in. */
export interface GivenCode {
  system: CodeSystem;
  field: string;
  code: string;
}

/**
 * The codes given, checked against their lists in one statement: BAD_USER_INPUT, reason
 * UNKNOWN_CODE, naming the first code not on its list and its field. Returns the codes as the
 * lists write them, in order. The foreign keys refuse such a code too, whoever writes it; this
 * says which one, before anything is written.
 */
export async function requireKnownCodes(em: EntityManager, given: readonly GivenCode[]): Promise<string[]> {
  if (given.length === 0) return [];
  const normal = given.map((g) => ({ ...g, code: normalCode(g.system, g.code) }));
  const systems = [...new Set(normal.map((g) => g.system))];
  const rows = await queryPrepared<{ system: CodeSystem; code: string }>(
    em,
    systems.map((system) => `select '${system}' as "system", "code" from "${CODE_TABLE[system]}" where "code" = any(?)`).join(' union all '),
    systems.map((system) => normal.filter((g) => g.system === system).map((g) => g.code)),
  );
  const known = new Set(rows.map((row) => `${row.system} ${row.code}`));
  const unknown = normal.find((g) => !known.has(`${g.system} ${g.code}`));
  if (unknown) throw unknownCode(unknown.field, unknown.system, unknown.code);
  return normal.map((g) => g.code);
}

/**
 * A discharge's diagnosis codes, primary first, checked against the ICD-10 list: secondary
 * codes need a primary one, at most 10, none twice.
 */
export async function dischargeDiagnosisCodes(em: EntityManager, primary: string | null | undefined, secondary: readonly string[] | null | undefined): Promise<string[]> {
  const others = secondary ?? [];
  if (!primary) {
    if (others.length > 0) throw badInput('primaryDiagnosisCode', 'Secondary diagnosis codes need a primary one', 'REQUIRED');
    return [];
  }
  if (others.length > 10) throw badInput('secondaryDiagnosisCodes', 'At most 10 secondary diagnosis codes', 'TOO_MANY');
  const codes = await requireKnownCodes(em, [
    { system: CodeSystem.ICD10, field: 'primaryDiagnosisCode', code: primary },
    ...others.map((code) => ({ system: CodeSystem.ICD10, field: 'secondaryDiagnosisCodes', code })),
  ]);
  if (new Set(codes).size < codes.length) throw badInput('secondaryDiagnosisCodes', 'A diagnosis code is given twice', 'INVALID');
  return codes;
}

/** Procedure-list entries by code, in the order given, checked (UNKNOWN_CODE as `requireKnownCodes`); one statement. */
export async function requireProcedures(em: EntityManager, field: string, codes: readonly string[]): Promise<{ code: string; title: string }[]> {
  if (codes.length === 0) return [];
  const normal = codes.map((code) => normalCode(CodeSystem.PROCEDURE, code));
  const rows = await queryPrepared<{ code: string; title: string }>(em, `select "code", "title" from "hospital_procedure" where "code" = any(?)`, [[...new Set(normal)]]);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return normal.map((code) => {
    const row = byCode.get(code);
    if (!row) throw unknownCode(field, CodeSystem.PROCEDURE, code);
    return row;
  });
}
