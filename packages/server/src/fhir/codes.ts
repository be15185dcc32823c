import type { CodeableConcept } from '@medplum/fhirtypes';
import type { Discharge } from '../inpatient/admission.entity.js';
import type { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import type { Surgery } from '../surgery/surgery.entity.js';
import { words } from './text.js';

/*
 * The `code` of each coded record kind, one function per kind: every mapper takes its code from
 * here, so that codings (ICD-10, ICD-O, a procedure classification) are added in one place once
 * the records carry them. Today the records hold words only: `text`.
 */

/** The discharge diagnosis (Condition.code): the diagnoses written on the discharge summary. */
export function dischargeDiagnosisCode(discharge: Pick<Discharge, 'diagnosis'>): CodeableConcept {
  return { text: discharge.diagnosis };
}

/** A cancer diagnosis (Condition.code): the cancer type. */
export function oncologyDiagnosisCode(diagnosis: Pick<OncologyDiagnosis, 'cancerType'>): CodeableConcept {
  return { text: words(diagnosis.cancerType) };
}

/** An operation (Procedure.code): the procedures performed, or the one booked while it is not. */
export function procedureCode(surgery: Pick<Surgery, 'procedure' | 'procedures'>): CodeableConcept {
  return { text: surgery.procedures.length > 0 ? surgery.procedures.join('; ') : surgery.procedure };
}
