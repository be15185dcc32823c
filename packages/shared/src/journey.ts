import { DischargeDisposition } from './care.js';
import { Day30Status, FollowUpOutcome } from './follow-up.js';
import { FATAL_TOXICITY_GRADE } from './oncology.js';
import { ReferralStatus } from './referral.js';
import { ClavienDindoGrade } from './surgery.js';

/** One kind per entry on a patient's timeline. */
export enum JourneyEventKind {
  PATIENT_REGISTERED = 'PATIENT_REGISTERED',
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_STATUS_CHANGED = 'REFERRAL_STATUS_CHANGED',
  SURGERY_SCHEDULED = 'SURGERY_SCHEDULED',
  SURGERY_CANCELLED = 'SURGERY_CANCELLED',
  SURGERY_PERFORMED = 'SURGERY_PERFORMED',
  ADMITTED = 'ADMITTED',
  DISCHARGED = 'DISCHARGED',
  /** Another record of the same person was merged into this patient's. */
  PATIENTS_MERGED = 'PATIENTS_MERGED',
  /** An admitted patient moved to another bed. */
  TRANSFERRED = 'TRANSFERRED',
  /** A cancer diagnosis was recorded. */
  ONCOLOGY_DIAGNOSED = 'ONCOLOGY_DIAGNOSED',
  /** A chemotherapy treatment plan was started from a protocol. */
  TREATMENT_PLAN_STARTED = 'TREATMENT_PLAN_STARTED',
  /** A planned chemotherapy dose was given (on time or late). */
  CHEMO_ADMINISTERED = 'CHEMO_ADMINISTERED',
  /** A planned chemotherapy dose was deliberately not given. */
  CHEMO_OMITTED = 'CHEMO_OMITTED',
  /** A chemotherapy toxicity (CTCAE v5 term and grade) was recorded; grade 5 is death. */
  TOXICITY_RECORDED = 'TOXICITY_RECORDED',
  /** The response to treatment was assessed. */
  RESPONSE_ASSESSED = 'RESPONSE_ASSESSED',
  /** The child or family refused further treatment; the plan stopped. */
  TREATMENT_REFUSED = 'TREATMENT_REFUSED',
  /** A treatment plan was completed. */
  TREATMENT_COMPLETED = 'TREATMENT_COMPLETED',
  /** A follow-up (wound check, day-30 call, review…) was booked. */
  FOLLOW_UP_SCHEDULED = 'FOLLOW_UP_SCHEDULED',
  /** A follow-up's outcome was recorded: attended or missed (a day-30 call: alive, readmitted or died). */
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED',
  /** Follow-ups missed for too long: the patient is lost to follow-up. */
  LOST_TO_FOLLOW_UP = 'LOST_TO_FOLLOW_UP',
  /** A booked operation moved to another time, theatre or team. */
  SURGERY_RESCHEDULED = 'SURGERY_RESCHEDULED',
  /** A phase of the WHO Surgical Safety Checklist was completed. */
  CHECKLIST_PHASE_RECORDED = 'CHECKLIST_PHASE_RECORDED',
  /** A post-operative complication was recorded (grade V: the patient died). */
  COMPLICATION_RECORDED = 'COMPLICATION_RECORDED',
  /** The referral was put on a visiting team's mission list. */
  MISSION_ASSIGNED = 'MISSION_ASSIGNED',
  /** The referral was taken off a mission's list. */
  MISSION_UNASSIGNED = 'MISSION_UNASSIGNED',
  /** A death recorded in error was corrected by an administrator; the stage before it came back. */
  DEATH_CORRECTED = 'DEATH_CORRECTED',
}

/** Where a patient is now in the journey. */
export enum JourneyStage {
  REGISTERED = 'REGISTERED',
  REFERRED = 'REFERRED',
  IN_ASSESSMENT = 'IN_ASSESSMENT',
  WAITLISTED = 'WAITLISTED',
  SURGERY_SCHEDULED = 'SURGERY_SCHEDULED',
  OPERATED = 'OPERATED',
  INPATIENT = 'INPATIENT',
  FOLLOW_UP = 'FOLLOW_UP',
  /** Missed follow-up for more than 60 days with nothing attended since. */
  LOST_TO_FOLLOW_UP = 'LOST_TO_FOLLOW_UP',
  CLOSED = 'CLOSED',
  DECEASED = 'DECEASED',
}

/** What the stage rule needs to know about an event. */
export type StageInput =
  | { kind: JourneyEventKind.REFERRAL_STATUS_CHANGED; toStatus: ReferralStatus }
  | { kind: JourneyEventKind.DISCHARGED; disposition: DischargeDisposition }
  | { kind: JourneyEventKind.TOXICITY_RECORDED; grade: number }
  | { kind: JourneyEventKind.FOLLOW_UP_RECORDED; outcome: FollowUpOutcome; day30Status: Day30Status | null }
  | { kind: JourneyEventKind.COMPLICATION_RECORDED; grade: ClavienDindoGrade }
  | {
      kind: Exclude<
        JourneyEventKind,
        | JourneyEventKind.REFERRAL_STATUS_CHANGED
        | JourneyEventKind.DISCHARGED
        | JourneyEventKind.TOXICITY_RECORDED
        | JourneyEventKind.FOLLOW_UP_RECORDED
        | JourneyEventKind.COMPLICATION_RECORDED
      >;
    };

/**
 * The stage a patient is in after an event. A death is final, and while a patient is in a
 * bed, outpatient steps (a new referral, triage, a booking) do not move them off the ward.
 */
export function stageAfter(current: JourneyStage, event: StageInput): JourneyStage {
  if (current === JourneyStage.DECEASED) return current;
  const inpatient = current === JourneyStage.INPATIENT;
  const unlessInpatient = (stage: JourneyStage): JourneyStage => (inpatient ? current : stage);

  switch (event.kind) {
    case JourneyEventKind.PATIENT_REGISTERED:
      return JourneyStage.REGISTERED;
    case JourneyEventKind.REFERRAL_RECEIVED:
      return unlessInpatient(JourneyStage.REFERRED);
    case JourneyEventKind.REFERRAL_STATUS_CHANGED:
      return unlessInpatient(stageForReferralStatus(event.toStatus, current));
    case JourneyEventKind.SURGERY_SCHEDULED:
      return unlessInpatient(JourneyStage.SURGERY_SCHEDULED);
    case JourneyEventKind.SURGERY_CANCELLED:
      return unlessInpatient(JourneyStage.WAITLISTED);
    case JourneyEventKind.SURGERY_PERFORMED:
      return unlessInpatient(JourneyStage.OPERATED);
    case JourneyEventKind.ADMITTED:
      return JourneyStage.INPATIENT;
    case JourneyEventKind.DISCHARGED:
      return event.disposition === DischargeDisposition.DIED
        ? JourneyStage.DECEASED
        : JourneyStage.FOLLOW_UP;
    case JourneyEventKind.PATIENTS_MERGED:
      return current;
    case JourneyEventKind.TRANSFERRED:
      return JourneyStage.INPATIENT;
    case JourneyEventKind.ONCOLOGY_DIAGNOSED:
    case JourneyEventKind.TREATMENT_PLAN_STARTED:
    case JourneyEventKind.CHEMO_ADMINISTERED:
    case JourneyEventKind.CHEMO_OMITTED:
    case JourneyEventKind.RESPONSE_ASSESSED:
    case JourneyEventKind.TREATMENT_REFUSED:
    case JourneyEventKind.TREATMENT_COMPLETED:
    case JourneyEventKind.FOLLOW_UP_SCHEDULED:
      return current;
    case JourneyEventKind.TOXICITY_RECORDED:
      return event.grade >= FATAL_TOXICITY_GRADE ? JourneyStage.DECEASED : current;
    case JourneyEventKind.FOLLOW_UP_RECORDED:
      if (event.day30Status === Day30Status.DIED) return JourneyStage.DECEASED;
      // A patient lost to follow-up who turns up again is back in follow-up.
      if (event.outcome === FollowUpOutcome.ATTENDED && current === JourneyStage.LOST_TO_FOLLOW_UP) return JourneyStage.FOLLOW_UP;
      return current;
    case JourneyEventKind.LOST_TO_FOLLOW_UP:
      return JourneyStage.LOST_TO_FOLLOW_UP;
    case JourneyEventKind.SURGERY_RESCHEDULED:
    case JourneyEventKind.CHECKLIST_PHASE_RECORDED:
    case JourneyEventKind.MISSION_ASSIGNED:
    case JourneyEventKind.MISSION_UNASSIGNED:
      return current;
    case JourneyEventKind.DEATH_CORRECTED:
      // Unreachable (a death is final here): the correction sets the stage it restores itself.
      return current;
    case JourneyEventKind.COMPLICATION_RECORDED:
      return event.grade === ClavienDindoGrade.V ? JourneyStage.DECEASED : current;
  }
}

function stageForReferralStatus(status: ReferralStatus, current: JourneyStage): JourneyStage {
  switch (status) {
    case ReferralStatus.RECEIVED:
      return JourneyStage.REFERRED;
    case ReferralStatus.TRIAGED:
      return JourneyStage.IN_ASSESSMENT;
    case ReferralStatus.ACCEPTED:
    case ReferralStatus.WAITLISTED:
      return JourneyStage.WAITLISTED;
    case ReferralStatus.SCHEDULED:
      return JourneyStage.SURGERY_SCHEDULED;
    case ReferralStatus.DECLINED:
    case ReferralStatus.CANCELLED:
      return JourneyStage.CLOSED;
    case ReferralStatus.COMPLETED:
      return current;
  }
}
