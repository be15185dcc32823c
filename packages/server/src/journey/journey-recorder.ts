import type { EntityManager } from '@mikro-orm/postgresql';
import { stageAfter, startOfHospitalDay, type JourneyEventKind, type StageInput } from '@pj/shared';
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
  /** For a fact known only by its day: that day (see `onClinicalDay`). */
  occurredOn?: string | null;
  /** When it was written down; now (the server's clock) when left out. */
  recordedAt?: Date;
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
 * Where a fact known only by its day (a diagnosis, a dose given, a toxicity's onset, a
 * follow-up's outcome…) goes on the timeline: its clinical day and the instant it was recorded.
 * The timeline orders by clinical day, then, within the day, by the time of a timed event or the
 * recording of a date-only one (a recording made on a later day counts as the day's end), then
 * by id: a diagnosis written at 10:00 follows the 09:00 admission of that day, and a dose of
 * Monday written down on Wednesday ends Monday. The database computes that key
 * (`journey_event.timeline_at`). `occurredAt` is the start of the day in Phnom Penh, never a time.
 */
export function onClinicalDay(day: string, recordedAt: Date): Pick<JourneyEventDraft, 'occurredAt' | 'occurredOn' | 'recordedAt'> {
  return { occurredAt: startOfHospitalDay(day), occurredOn: day, recordedAt };
}

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
    occurredOn: draft.occurredOn ?? null,
    ...(draft.recordedAt ? { recordedAt: draft.recordedAt } : {}),
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
