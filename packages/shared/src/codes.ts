/**
 * The code system of a coded value: one table of codes each (codes/lists in the server).
 * ICD-O-3 topography codes look like ICD-10 ones (C64.9) but name a site, not a disease, so the
 * system always travels with the code.
 */
export enum CodeSystem {
  ICD10 = 'ICD10',
  ICDO3_TOPOGRAPHY = 'ICDO3_TOPOGRAPHY',
  ICDO3_MORPHOLOGY = 'ICDO3_MORPHOLOGY',
  /** The hospital's own procedure list, each entry mapped to a procedure classification. */
  PROCEDURE = 'PROCEDURE',
}

/** The classification a hospital procedure is mapped to. */
export enum ProcedureClassification {
  ICD9CM_VOLUME_3 = 'ICD9CM_VOLUME_3',
  ICD10_PCS = 'ICD10_PCS',
}

/** The diagnosis code systems (searchable with `diagnosisCodes`). */
export const DIAGNOSIS_CODE_SYSTEMS = [CodeSystem.ICD10, CodeSystem.ICDO3_TOPOGRAPHY, CodeSystem.ICDO3_MORPHOLOGY] as const;
