import type { EntityManager } from '@mikro-orm/postgresql';
import { CodeSystem } from '@pj/shared';
import { batchLoader } from '../graphql/loader-factory.js';
import { queryPrepared } from '../persistence/prepared.js';
import { toDiagnosisCode, toHospitalProcedure, type CodeRecord, type DiagnosisCode, type HospitalProcedure, type ProcedureRecord } from './codes.types.js';

/** Rows grouped by their `key` column, in the order of `keys`. */
function groupedBy<R extends { key: string }, T>(keys: readonly string[], rows: readonly R[], read: (row: R) => T): T[][] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    let list = grouped.get(row.key);
    if (!list) grouped.set(row.key, (list = []));
    list.push(read(row));
  }
  return keys.map((key) => grouped.get(key) ?? []);
}

/** A diagnosis code's key in `diagnosisCode`: its system and code. */
export const codeKey = (system: CodeSystem, code: string): string => `${system} ${code}`;

/**
 * The codes module's DataLoaders, part of the request's one registry (graphql/loaders.ts): one
 * statement per batch each, the code tables joined in.
 */
export const CODE_LOADERS = {
  /** ICD-10 and ICD-O-3 codes by `codeKey` (one statement for the three tables). */
  diagnosisCode: (em: EntityManager) =>
    batchLoader<string, DiagnosisCode | null>(async (keys) => {
      const codes = (system: CodeSystem) => keys.filter((k) => k.startsWith(`${system} `)).map((k) => k.slice(system.length + 1));
      const rows = await queryPrepared<CodeRecord & { system: CodeSystem }>(
        em,
        `select 'ICD10' as "system", "code", "title", "title_ja", "title_km" from "icd10_code" where "code" = any(?)
         union all select 'ICDO3_TOPOGRAPHY', "code", "title", "title_ja", "title_km" from "icdo3_topography_code" where "code" = any(?)
         union all select 'ICDO3_MORPHOLOGY', "code", "title", "title_ja", "title_km" from "icdo3_morphology_code" where "code" = any(?)`,
        [codes(CodeSystem.ICD10), codes(CodeSystem.ICDO3_TOPOGRAPHY), codes(CodeSystem.ICDO3_MORPHOLOGY)],
      );
      const found = new Map(rows.map((row) => [codeKey(row.system, row.code), toDiagnosisCode(row.system, row)]));
      return keys.map((key) => found.get(key) ?? null);
    }),
  /** Procedure-list entries by code. */
  hospitalProcedure: (em: EntityManager) =>
    batchLoader<string, HospitalProcedure | null>(async (codes) => {
      const rows = await queryPrepared<ProcedureRecord>(
        em,
        `select "code", "title", "title_ja", "title_km", "specialty", "classification", "classification_code", "procedure_group" from "hospital_procedure" where "code" = any(?)`,
        [[...codes]],
      );
      const found = new Map(rows.map((row) => [row.code, toHospitalProcedure(row)]));
      return codes.map((code) => found.get(code) ?? null);
    }),
  /** A discharge's ICD-10 codes, the primary first. */
  diagnosisCodesByDischarge: (em: EntityManager) =>
    batchLoader<string, DiagnosisCode[]>(async (ids) => {
      const rows = await queryPrepared<CodeRecord & { key: string }>(
        em,
        `select d."discharge_id"::text as "key", c."code", c."title", c."title_ja", c."title_km"
           from "discharge_diagnosis_code" d join "icd10_code" c on c."code" = d."code"
          where d."discharge_id" = any(?) order by d."discharge_id", d."position"`,
        [[...ids]],
      );
      return groupedBy(ids, rows, (row) => toDiagnosisCode(CodeSystem.ICD10, row));
    }),
  /** An operation's coded performed procedures: position in `procedures` → entry. */
  procedureCodesBySurgery: (em: EntityManager) =>
    batchLoader<string, Map<number, HospitalProcedure>>(async (ids) => {
      const rows = await queryPrepared<ProcedureRecord & { key: string; position: number }>(
        em,
        `select s."surgery_id"::text as "key", s."position", p."code", p."title", p."title_ja", p."title_km", p."specialty", p."classification", p."classification_code", p."procedure_group"
           from "surgery_procedure_code" s join "hospital_procedure" p on p."code" = s."procedure_code"
          where s."surgery_id" = any(?)`,
        [[...ids]],
      );
      return groupedBy(ids, rows, (row) => [row.position, toHospitalProcedure(row)] as const).map((list) => new Map(list));
    }),
};
