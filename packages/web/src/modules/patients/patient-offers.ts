import type { JourneyStage, Specialty, TreatmentPlanStatus } from '../../generated/graphql';

/** What the patient page knows of the patient to decide what to offer. */
export interface PatientFacts {
  stage: JourneyStage;
  /** Cancer diagnoses recorded. */
  oncologyDiagnoses: number;
  treatmentPlans: readonly TreatmentPlanStatus[];
  /** The specialties the patient was referred to. */
  referralSpecialties: readonly Specialty[];
  /** Follow-ups booked (past or to come). */
  followUps: number;
}

/** The panels of care on the patient page, besides the header and the journey. */
export type PatientPanel = 'followUps' | 'inpatient' | 'oncology';

export interface PatientOffers {
  /** The panels, most relevant first. */
  panels: PatientPanel[];
  /** Whether "Admit" is offered: not admitted, alive, and a reason to be on a ward. */
  admit: boolean;
  /** An oncology patient: the oncology panel, with "Start a treatment plan", is shown. */
  oncology: boolean;
}

const ONCOLOGY_SPECIALTIES: readonly Specialty[] = ['PAEDIATRIC_ONCOLOGY'];

/**
 * What the patient page offers, fitted to the patient's stage and condition:
 * - the oncology panel (diagnoses, plans, "Start a treatment plan") only for an oncology
 *   patient: a cancer diagnosis, a treatment plan, or a referral to oncology;
 * - "Admit" only when the patient is not on a ward, is alive, and there is a reason to admit:
 *   an operation booked or just performed, an assessment under way, or (oncology) a plan under
 *   way or a child referred in;
 * - a patient in follow-up sees the follow-ups first, a child on treatment the oncology panel
 *   first, everyone else the ward panel first.
 */
export function patientOffers(facts: PatientFacts): PatientOffers {
  const onTreatment = facts.treatmentPlans.includes('ACTIVE');
  const oncology =
    facts.oncologyDiagnoses > 0 || facts.treatmentPlans.length > 0 || facts.referralSpecialties.some((s) => ONCOLOGY_SPECIALTIES.includes(s));
  const ended = facts.stage === 'DECEASED' || facts.stage === 'CLOSED';
  const admitted = facts.stage === 'INPATIENT';
  const reasonToAdmit =
    facts.stage === 'SURGERY_SCHEDULED' ||
    facts.stage === 'OPERATED' ||
    facts.stage === 'IN_ASSESSMENT' ||
    (oncology && (onTreatment || facts.stage === 'REFERRED'));
  const admit = !ended && !admitted && reasonToAdmit;

  const panels: PatientPanel[] = [];
  const followUps = facts.followUps > 0;
  if (facts.stage === 'FOLLOW_UP' && followUps && !onTreatment) panels.push('followUps');
  if (oncology && onTreatment) panels.push('oncology');
  panels.push('inpatient');
  if (oncology && !onTreatment) panels.push('oncology');
  if (followUps && !panels.includes('followUps')) panels.push('followUps');
  return { panels, admit, oncology };
}
