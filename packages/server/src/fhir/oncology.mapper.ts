import type { AdverseEvent, CarePlan, CarePlanActivity, Condition, MedicationAdministration } from '@medplum/fhirtypes';
import { AdministrationStatus, TreatmentPlanStatus } from '@pj/shared';
import type { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ctcaeTermOf, type Toxicity } from '../oncology/oncology-outcome.entity.js';
import type { Protocol } from '../oncology/protocol.entity.js';
import type { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import type { DiagnosisCode } from '../codes/codes.types.js';
import { FATAL_OUTCOME, MORPHOLOGY_EXTENSION, oncologyBodySite, oncologyDiagnosisCode, oncologyMorphology } from './codes.js';
import { instant, ref, type MappingContext } from './reference.js';
import { words } from './text.js';

/** A cancer diagnosis's codes, read by the caller: ICD-10, ICD-O-3 topography and morphology (null when not coded). */
export interface CancerCodes {
  icd10: DiagnosisCode | null;
  topography: DiagnosisCode | null;
  morphology: DiagnosisCode | null;
}

/**
 * A cancer diagnosis: a Condition, its stage in the scheme it was staged by, its basis as the
 * evidence; coded with ICD-10, the ICD-O-3 topography as `bodySite` and the morphology as mCODE's
 * histology extension.
 */
export function oncologyConditionResource(diagnosis: OncologyDiagnosis, codes: CancerCodes, { patient }: MappingContext): Condition {
  const bodySite = oncologyBodySite(codes.topography);
  const morphology = oncologyMorphology(codes.morphology);
  return {
    resourceType: 'Condition',
    id: diagnosis.id,
    extension: [
      // The day of diagnosis is when it was asserted (FHIR's standard extension), not the onset.
      { url: 'http://hl7.org/fhir/StructureDefinition/condition-assertedDate', valueDateTime: diagnosis.diagnosedOn },
      ...(morphology ? [{ url: MORPHOLOGY_EXTENSION, valueCodeableConcept: morphology }] : []),
    ],
    // No clinicalStatus: the record says nothing of remission or relapse, so none is asserted.
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed', display: 'Confirmed' }] },
    code: oncologyDiagnosisCode(diagnosis, codes.icd10),
    ...(bodySite ? { bodySite: [bodySite] } : {}),
    subject: patient,
    recordedDate: instant(diagnosis.recordedAt),
    stage: [{ summary: { text: diagnosis.stage }, type: { text: words(diagnosis.stageScheme) } }],
    evidence: [{ code: [{ text: words(diagnosis.basis) }] }],
    ...(diagnosis.notes ? { note: [{ text: diagnosis.notes }] } : {}),
  };
}

const PLAN_STATUS: Record<TreatmentPlanStatus, { plan: CarePlan['status']; activity: NonNullable<CarePlanActivity['detail']>['status'] }> = {
  [TreatmentPlanStatus.ACTIVE]: { plan: 'active', activity: 'in-progress' },
  [TreatmentPlanStatus.COMPLETED]: { plan: 'completed', activity: 'completed' },
  [TreatmentPlanStatus.STOPPED]: { plan: 'revoked', activity: 'stopped' },
  [TreatmentPlanStatus.REFUSED]: { plan: 'revoked', activity: 'cancelled' },
};

/**
 * A chemotherapy plan as a CarePlan: one activity (the protocol), whose outcomes are the doses
 * given (MedicationAdministration); `addresses` the patient's cancer diagnoses.
 */
export function carePlanResource(plan: TreatmentPlan, protocol: Protocol | null, given: readonly ChemoAdministration[], diagnoses: readonly OncologyDiagnosis[], { patient }: MappingContext): CarePlan {
  const status = PLAN_STATUS[plan.status as TreatmentPlanStatus];
  const title = protocol ? `${protocol.name} (${protocol.code} r${protocol.revision})` : 'Chemotherapy';
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    status: status.plan,
    intent: 'plan',
    category: [{ text: 'Chemotherapy' }],
    title,
    subject: patient,
    period: { start: plan.startDate, ...(plan.endedOn ? { end: plan.endedOn } : {}) },
    created: instant(plan.createdAt),
    ...(diagnoses.length ? { addresses: diagnoses.map((d) => ref('Condition', d.id)) } : {}),
    activity: [
      {
        ...(given.length ? { outcomeReference: given.map((dose) => ref('MedicationAdministration', dose.id)) } : {}),
        detail: { kind: 'MedicationRequest', status: status.activity, description: `${title}; doses for a body surface area of ${plan.bodySurfaceArea} m²` },
      },
    ],
    ...(plan.endNote ? { note: [{ text: plan.endNote }] } : {}),
  };
}

/** UCUM codes of the units doses are written in. */
const UCUM: Readonly<Record<string, string>> = { mg: 'mg', µg: 'ug', g: 'g' };

/** Whether a dose was given (on time or late): only those are administrations. */
export const wasGiven = (dose: ChemoAdministration): boolean => dose.status === AdministrationStatus.GIVEN || dose.status === AdministrationStatus.DELAYED;

/** A dose given, as a MedicationAdministration; `supportingInformation` is its CarePlan. */
export function medicationAdministrationResource(dose: ChemoAdministration, { patient }: MappingContext): MedicationAdministration {
  const code = UCUM[dose.unit];
  return {
    resourceType: 'MedicationAdministration',
    id: dose.id,
    status: 'completed',
    medicationCodeableConcept: { text: dose.drug },
    subject: patient,
    supportingInformation: [ref('CarePlan', dose.plan.id)],
    effectiveDateTime: dose.actualDate ?? dose.plannedDate,
    ...(dose.delayReason ? { note: [{ text: `Given late: ${dose.delayReason}` }] } : {}),
    dosage: {
      route: { text: dose.route },
      ...(dose.actualDose !== null ? { dose: { value: dose.actualDose, unit: dose.unit, ...(code ? { system: 'http://unitsofmeasure.org', code } : {}) } } : {}),
    },
  };
}

/**
 * A toxicity as an AdverseEvent: its CTCAE term (as GraphQL's `ctcaeTerm`) and grade; grade 5 (death) has outcome
 * `fatal`. The suspect is the dose it followed, when recorded.
 */
export function toxicityResource(toxicity: Toxicity, givenDoses: ReadonlySet<string>, { patient }: MappingContext): AdverseEvent {
  const dose = toxicity.administration?.id;
  return {
    resourceType: 'AdverseEvent',
    id: toxicity.id,
    actuality: 'actual',
    event: { text: ctcaeTermOf(toxicity) },
    subject: patient,
    date: toxicity.onsetOn,
    recordedDate: instant(toxicity.recordedAt),
    seriousness: { text: `CTCAE grade ${toxicity.grade}` },
    ...(toxicity.grade === 5 ? { outcome: FATAL_OUTCOME } : {}),
    ...(dose && givenDoses.has(dose) ? { suspectEntity: [{ instance: ref('MedicationAdministration', dose) }] } : {}),
  };
}
