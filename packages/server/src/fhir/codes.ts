import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { ProcedureClassification } from '@pj/shared';
import type { DiagnosisCode, HospitalProcedure } from '../codes/codes.types.js';
import type { Discharge } from '../inpatient/admission.entity.js';
import type { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import type { Surgery } from '../surgery/surgery.entity.js';
import { CODE_SYSTEMS } from './systems.js';
import { words } from './text.js';

/*
 * The `code` of each coded record kind, one function per kind: every mapper takes its code from
 * here. Each keeps the record's words as `text` and adds a coding per code the record carries
 * (read by the caller through the request's DataLoaders), each with its English title as `display`.
 */

const diagnosisCoding = (code: DiagnosisCode, system: string): Coding => ({ system, code: code.code, display: code.title });

/**
 * The diagnoses on a discharge summary, one Condition.code each (FHIR's practice: one Condition
 * per diagnosis; codings of one CodeableConcept must mean the same thing): the primary ICD-10 code
 * first, with the summary's words as its text (they are what the clinician wrote; the primary
 * diagnosis is the one they name), then each secondary code with its title as text. Not coded:
 * one, the words alone.
 */
export function dischargeDiagnosisCodes(discharge: Pick<Discharge, 'diagnosis'>, codes: readonly DiagnosisCode[]): CodeableConcept[] {
  if (codes.length === 0) return [{ text: discharge.diagnosis }];
  return codes.map((code, i) => ({ coding: [diagnosisCoding(code, CODE_SYSTEMS.icd10)], text: i === 0 ? discharge.diagnosis : code.title }));
}

/** A cancer diagnosis (Condition.code): its ICD-10 code when coded, the cancer type as text. */
export function oncologyDiagnosisCode(diagnosis: Pick<OncologyDiagnosis, 'cancerType'>, icd10: DiagnosisCode | null): CodeableConcept {
  return { ...(icd10 ? { coding: [diagnosisCoding(icd10, CODE_SYSTEMS.icd10)] } : {}), text: words(diagnosis.cancerType) };
}

/** The primary site of a cancer (Condition.bodySite): its ICD-O-3 topography, or null when not known. */
export function oncologyBodySite(topography: DiagnosisCode | null): CodeableConcept | null {
  return topography ? { coding: [diagnosisCoding(topography, CODE_SYSTEMS.icdo3)], text: topography.title } : null;
}

/**
 * The histology and behaviour of a cancer: its ICD-O-3 morphology, or null when not known. Sent
 * as mCODE's histology-morphology-behavior extension (the common practice: R4's Condition has no
 * element for it, and a morphology is no coding of the same concept as the ICD-10 code).
 */
export function oncologyMorphology(morphology: DiagnosisCode | null): CodeableConcept | null {
  return morphology ? { coding: [diagnosisCoding(morphology, CODE_SYSTEMS.icdo3)], text: morphology.title } : null;
}

/** AdverseEvent.outcome of an event that was the patient's death (a complication of grade V, a toxicity of grade 5). */
export const FATAL_OUTCOME: CodeableConcept = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-outcome', code: 'fatal', display: 'Fatal' }] };

/** The URL of mCODE's histology-morphology-behavior extension. */
export const MORPHOLOGY_EXTENSION = 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior';

const CLASSIFICATION_SYSTEM: Readonly<Record<ProcedureClassification, string>> = {
  [ProcedureClassification.ICD9CM_VOLUME_3]: CODE_SYSTEMS.icd9cm,
  [ProcedureClassification.ICD10_PCS]: CODE_SYSTEMS.icd10pcs,
};

/**
 * A procedure-list entry as two codings of the same procedure: the hospital's code with its
 * name, and the classification code it is mapped to. The list holds the hospital's own names
 * only, and a coding's display must be the code system's own title, so the classification's
 * coding goes without one (display is optional) rather than with a name the system does not give it.
 */
const procedureCodings = (entry: HospitalProcedure): Coding[] => [
  { system: CODE_SYSTEMS.hospitalProcedure, code: entry.code, display: entry.title },
  { system: CLASSIFICATION_SYSTEM[entry.classification], code: entry.classificationCode },
];

/**
 * An operation (Procedure.code): the procedures performed, or the one booked while it is not,
 * as text; coded with the booked entry, or with the performed one's when exactly one was
 * performed and it is coded. Several performed procedures keep their words only: a Procedure has
 * one code, and codings of different procedures in it would claim they are the same.
 */
export function procedureCode(surgery: Pick<Surgery, 'procedure' | 'procedures'>, planned: HospitalProcedure | null, performed: ReadonlyMap<number, HospitalProcedure>): CodeableConcept {
  const entry = surgery.procedures.length === 0 ? planned : surgery.procedures.length === 1 ? (performed.get(0) ?? null) : null;
  return { ...(entry ? { coding: procedureCodings(entry) } : {}), text: surgery.procedures.length > 0 ? surgery.procedures.join('; ') : surgery.procedure };
}
