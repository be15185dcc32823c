import type { Condition, Encounter } from '@medplum/fhirtypes';
import { AdmissionStatus, DischargeDisposition } from '@pj/shared';
import type { Admission, Discharge } from '../inpatient/admission.entity.js';
import { dischargeDiagnosisCode } from './codes.js';
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
 * discharge diagnosis (a Condition of its own, `dischargeConditionResource`). `basedOn` is the
 * referral of the same episode of care, when there is one.
 */
export function encounterResource(admission: Admission, discharge: Discharge | null, basedOn: string | null, { patient }: MappingContext): Encounter {
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
          diagnosis: [
            {
              condition: ref('Condition', discharge.id),
              use: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/diagnosis-role', code: 'DD', display: 'Discharge diagnosis' }] },
            },
          ],
          hospitalization: {
            dischargeDisposition: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', ...DISPOSITION[discharge.disposition] }] },
          },
        }
      : {}),
  };
}

/** The diagnoses on a discharge summary: a Condition, the Encounter's discharge diagnosis. */
export function dischargeConditionResource(discharge: Discharge, { patient }: MappingContext): Condition {
  return {
    resourceType: 'Condition',
    id: discharge.id,
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
    code: dischargeDiagnosisCode(discharge),
    subject: patient,
    encounter: ref('Encounter', discharge.admission.id),
    recordedDate: instant(discharge.dischargedAt),
    ...(discharge.clinician ? { asserter: { display: discharge.clinician } } : {}),
  };
}
