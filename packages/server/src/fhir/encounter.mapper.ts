import type { Condition, Encounter } from '@medplum/fhirtypes';
import { AdmissionStatus, DischargeDisposition } from '@pj/shared';
import type { Admission, Discharge } from '../inpatient/admission.entity.js';
import type { DiagnosisCode } from '../codes/codes.types.js';
import { dischargeDiagnosisCodes } from './codes.js';
import { instant, ref, type MappingContext } from './reference.js';
import { words } from './text.js';

const DISPOSITION: Record<DischargeDisposition, { code: string; display: string }> = {
  [DischargeDisposition.HOME]: { code: 'home', display: 'Home' },
  [DischargeDisposition.OTHER_FACILITY]: { code: 'other-hcf', display: 'Other healthcare facility' },
  [DischargeDisposition.LEFT_AGAINST_ADVICE]: { code: 'aadvice', display: 'Left against advice' },
  [DischargeDisposition.DIED]: { code: 'exp', display: 'Expired' },
  [DischargeDisposition.OTHER]: { code: 'oth', display: 'Other' },
};

/**
 * An admission as an inpatient Encounter; with its discharge summary, the disposition and the
 * discharge diagnoses (Conditions of their own, `dischargeConditionResources`, ranked: the
 * primary 1). `basedOn` is the referral of the same episode of care, when there is one.
 */
export function encounterResource(admission: Admission, discharge: Discharge | null, conditions: readonly Condition[], basedOn: string | null, { patient }: MappingContext): Encounter {
  return {
    resourceType: 'Encounter',
    id: admission.id,
    status: admission.status === AdmissionStatus.ADMITTED ? 'in-progress' : 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP', display: 'inpatient encounter' },
    subject: patient,
    ...(basedOn ? { basedOn: [ref('ServiceRequest', basedOn)] } : {}),
    period: { start: instant(admission.admittedAt), ...(admission.dischargedAt ? { end: instant(admission.dischargedAt) } : {}) },
    reasonCode: [{ text: words(admission.reason) }],
    ...(discharge
      ? {
          diagnosis: conditions.map((condition, i) => ({
            condition: ref('Condition', condition.id!),
            use: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/diagnosis-role', code: 'DD', display: 'Discharge diagnosis' }] },
            rank: i + 1,
          })),
          hospitalization: {
            dischargeDisposition: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', ...DISPOSITION[discharge.disposition] }] },
          },
        }
      : {}),
  };
}

/**
 * The diagnoses on a discharge summary, one Condition each (`dischargeDiagnosisCodes`): the
 * primary's id is the discharge's, a secondary's the discharge's and its rank (`<id>-2`, …).
 */
export function dischargeConditionResources(discharge: Discharge, codes: readonly DiagnosisCode[], { patient }: MappingContext): Condition[] {
  return dischargeDiagnosisCodes(discharge, codes).map((code, i) => ({
    resourceType: 'Condition',
    id: i === 0 ? discharge.id : `${discharge.id}-${i + 1}`,
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
    code,
    subject: patient,
    encounter: ref('Encounter', discharge.admission.id),
    recordedDate: instant(discharge.dischargedAt),
    ...(discharge.clinician ? { asserter: { display: discharge.clinician } } : {}),
  }));
}
