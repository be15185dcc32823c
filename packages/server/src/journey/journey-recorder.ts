import type { EntityManager } from '@mikro-orm/postgresql';
import { stageAfter, type JourneyEventKind, type StageInput } from '@pj/shared';
import type { Episode } from '../episodes/episode.entity.js';
import type { FollowUp } from '../follow-up/follow-up.entity.js';
import type { Admission, Discharge } from '../inpatient/admission.entity.js';
import type { BedStay } from '../inpatient/bed-stay.entity.js';
import type { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import type { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import type { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import type { Complication } from '../surgery/complication.entity.js';
import type { Mission } from '../surgery/mission.entity.js';
import type { Surgery, SurgeryChecklistPhase } from '../surgery/surgery.entity.js';
import { JourneyEvent } from './journey-event.entity.js';

export type JourneyEventDraft = StageInput & {
  kind: JourneyEventKind;
  occurredAt: Date;
  summary: string;
  episode?: Episode | null;
  referral?: Referral | null;
  fromStatus?: JourneyEvent['fromStatus'];
  toStatus?: JourneyEvent['toStatus'];
  note?: string | null;
  surgery?: Surgery | null;
  admission?: Admission | null;
  discharge?: Discharge | null;
  bedStay?: BedStay | null;
  oncologyDiagnosis?: OncologyDiagnosis | null;
  treatmentPlan?: TreatmentPlan | null;
  chemoAdministration?: ChemoAdministration | null;
  toxicity?: Toxicity | null;
  responseAssessment?: ResponseAssessment | null;
  followUp?: FollowUp | null;
  complication?: Complication | null;
  mission?: Mission | null;
  checklistPhase?: SurgeryChecklistPhase | null;
};

/**
 * Appends an event to the patient's timeline and moves the patient to the stage it leads to.
 * Call it inside the transaction that makes the change, so both land or neither does.
 */
export function recordJourneyEvent(
  em: EntityManager,
  patient: Patient,
  draft: JourneyEventDraft,
  actor: string | null,
): JourneyEvent {
  const event = em.create(JourneyEvent, {
    patient,
    kind: draft.kind,
    occurredAt: draft.occurredAt,
    summary: draft.summary,
    actor,
    episode: draft.episode ?? null,
    referral: draft.referral ?? null,
    fromStatus: draft.fromStatus ?? null,
    toStatus: draft.toStatus ?? null,
    note: draft.note ?? null,
    surgery: draft.surgery ?? null,
    admission: draft.admission ?? null,
    discharge: draft.discharge ?? null,
    bedStay: draft.bedStay ?? null,
    oncologyDiagnosis: draft.oncologyDiagnosis ?? null,
    treatmentPlan: draft.treatmentPlan ?? null,
    chemoAdministration: draft.chemoAdministration ?? null,
    toxicity: draft.toxicity ?? null,
    responseAssessment: draft.responseAssessment ?? null,
    followUp: draft.followUp ?? null,
    complication: draft.complication ?? null,
    mission: draft.mission ?? null,
    checklistPhase: draft.checklistPhase ?? null,
  });
  patient.stage = stageAfter(patient.stage, draft);
  return event;
}
