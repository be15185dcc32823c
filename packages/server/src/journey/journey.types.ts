import { JourneyEventKind, ReferralStatus } from '@pj/shared';
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Connection } from '../graphql/connection.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { Complication } from '../surgery/complication.entity.js';
import { Mission } from '../surgery/mission.entity.js';
import { Surgery, SurgeryChecklistPhase } from '../surgery/surgery.entity.js';

/** The GraphQL type name of each kind of event. */
export const EVENT_TYPE_BY_KIND: Record<JourneyEventKind, string> = {
  [JourneyEventKind.PATIENT_REGISTERED]: 'PatientRegisteredEvent',
  [JourneyEventKind.REFERRAL_RECEIVED]: 'ReferralReceivedEvent',
  [JourneyEventKind.REFERRAL_STATUS_CHANGED]: 'ReferralStatusChangedEvent',
  [JourneyEventKind.SURGERY_SCHEDULED]: 'SurgeryScheduledEvent',
  [JourneyEventKind.SURGERY_CANCELLED]: 'SurgeryCancelledEvent',
  [JourneyEventKind.SURGERY_PERFORMED]: 'SurgeryPerformedEvent',
  [JourneyEventKind.ADMITTED]: 'AdmittedEvent',
  [JourneyEventKind.DISCHARGED]: 'DischargedEvent',
  [JourneyEventKind.PATIENTS_MERGED]: 'PatientsMergedEvent',
  [JourneyEventKind.TRANSFERRED]: 'TransferredEvent',
  [JourneyEventKind.ONCOLOGY_DIAGNOSED]: 'OncologyDiagnosedEvent',
  [JourneyEventKind.TREATMENT_PLAN_STARTED]: 'TreatmentPlanStartedEvent',
  [JourneyEventKind.CHEMO_ADMINISTERED]: 'ChemoAdministeredEvent',
  [JourneyEventKind.CHEMO_OMITTED]: 'ChemoOmittedEvent',
  [JourneyEventKind.TOXICITY_RECORDED]: 'ToxicityRecordedEvent',
  [JourneyEventKind.RESPONSE_ASSESSED]: 'ResponseAssessedEvent',
  [JourneyEventKind.TREATMENT_REFUSED]: 'TreatmentRefusedEvent',
  [JourneyEventKind.TREATMENT_COMPLETED]: 'TreatmentCompletedEvent',
  [JourneyEventKind.FOLLOW_UP_SCHEDULED]: 'FollowUpScheduledEvent',
  [JourneyEventKind.FOLLOW_UP_RECORDED]: 'FollowUpRecordedEvent',
  [JourneyEventKind.LOST_TO_FOLLOW_UP]: 'LostToFollowUpEvent',
  [JourneyEventKind.SURGERY_RESCHEDULED]: 'SurgeryRescheduledEvent',
  [JourneyEventKind.CHECKLIST_PHASE_RECORDED]: 'ChecklistPhaseRecordedEvent',
  [JourneyEventKind.COMPLICATION_RECORDED]: 'ComplicationRecordedEvent',
  [JourneyEventKind.MISSION_ASSIGNED]: 'MissionAssignedEvent',
  [JourneyEventKind.MISSION_UNASSIGNED]: 'MissionUnassignedEvent',
  [JourneyEventKind.DEATH_CORRECTED]: 'DeathCorrectedEvent',
};

@InterfaceType('JourneyEvent', {
  description: 'One entry on a patient\'s timeline. Each kind has its own type, linking to the record it is about.',
  resolveType: (event: JourneyEventBase) => EVENT_TYPE_BY_KIND[event.kind],
})
export abstract class JourneyEventBase {
  @Field(() => ID)
  id!: string;

  @Field(() => JourneyEventKind)
  kind!: JourneyEventKind;

  @Field(() => DateTime, {
    description:
      'When it happened (clinical time). For an event known only by its day (`dateOnly`), the start of that day in Phnom Penh, not a time of day: read `occurredOn`.',
  })
  occurredAt!: Date;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The day it happened, for an event known only by its day (a diagnosis, a plan started, a dose given, a toxicity, a response, a refusal, a completion, a follow-up outcome, loss to follow-up); null for an event with a time.',
  })
  occurredOn!: string | null;

  @Field({
    description:
      'True when the event is known only by its day (`occurredOn`). The timeline orders events by day, then within the day by the time of a timed event or when a date-only one was recorded (recorded on a later day: at the end of its day).',
  })
  dateOnly!: boolean;

  @Field(() => DateTime, { description: 'When it was written down.' })
  recordedAt!: Date;

  @Field({ description: 'A one-line human summary, in English.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  actor!: string | null;

  @Field(() => Episode, { nullable: true, description: 'The episode of care it belongs to.' })
  episode!: Episode | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'The patient was registered at the hospital.' })
export class PatientRegisteredEvent extends JourneyEventBase {}

@ObjectType({ implements: JourneyEventBase, description: 'A referral arrived.' })
export class ReferralReceivedEvent extends JourneyEventBase {
  @Field(() => Referral)
  referral!: Referral;
}

@ObjectType({ implements: JourneyEventBase, description: 'A referral moved in its workflow.' })
export class ReferralStatusChangedEvent extends JourneyEventBase {
  @Field(() => Referral)
  referral!: Referral;

  @Field(() => ReferralStatus)
  fromStatus!: ReferralStatus;

  @Field(() => ReferralStatus)
  toStatus!: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Why the referral moved.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'An operation was booked.' })
export class SurgeryScheduledEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;
}

@ObjectType({ implements: JourneyEventBase, description: 'A booked operation was cancelled.' })
export class SurgeryCancelledEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'An operation was performed.' })
export class SurgeryPerformedEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;
}

@ObjectType({ implements: JourneyEventBase, description: 'The patient was admitted to a ward.' })
export class AdmittedEvent extends JourneyEventBase {
  @Field(() => Admission)
  admission!: Admission;
}

@ObjectType({ implements: JourneyEventBase, description: 'The patient was discharged (or died) at the end of an admission.' })
export class DischargedEvent extends JourneyEventBase {
  @Field(() => Discharge)
  discharge!: Discharge;

  @Field(() => Admission)
  admission!: Admission;
}

@ObjectType({ implements: JourneyEventBase, description: 'Another record of the same person was merged into this one; its records moved here.' })
export class PatientsMergedEvent extends JourneyEventBase {
  /** The merged-away MRN is kept in the event's `note`; served as `mergedMrn` (patients/patient.resolver.ts). */
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'An admitted patient moved to another bed.' })
export class TransferredEvent extends JourneyEventBase {
  @Field(() => Admission)
  admission!: Admission;

  @Field(() => BedStay, { description: 'The stay in the new bed.' })
  bedStay!: BedStay;

  @Field(() => String, { nullable: true, description: 'Why the patient was moved.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'A cancer diagnosis was recorded.' })
export class OncologyDiagnosedEvent extends JourneyEventBase {
  @Field(() => OncologyDiagnosis)
  oncologyDiagnosis!: OncologyDiagnosis;
}

@ObjectType({ implements: JourneyEventBase, description: 'A chemotherapy plan was started from a protocol.' })
export class TreatmentPlanStartedEvent extends JourneyEventBase {
  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;
}

@ObjectType({ implements: JourneyEventBase, description: 'A planned chemotherapy dose was given, on time or late.' })
export class ChemoAdministeredEvent extends JourneyEventBase {
  @Field(() => ChemoAdministration)
  chemoAdministration!: ChemoAdministration;

  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;
}

@ObjectType({ implements: JourneyEventBase, description: 'A planned chemotherapy dose was deliberately not given.' })
export class ChemoOmittedEvent extends JourneyEventBase {
  @Field(() => ChemoAdministration)
  chemoAdministration!: ChemoAdministration;

  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;

  @Field(() => String, { nullable: true, description: 'Why it was not given.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'A chemotherapy toxicity was recorded (grade 5: the patient died).' })
export class ToxicityRecordedEvent extends JourneyEventBase {
  @Field(() => Toxicity)
  toxicity!: Toxicity;

  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;
}

@ObjectType({ implements: JourneyEventBase, description: 'The response to treatment was assessed.' })
export class ResponseAssessedEvent extends JourneyEventBase {
  @Field(() => ResponseAssessment)
  responseAssessment!: ResponseAssessment;

  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;
}

@ObjectType({ implements: JourneyEventBase, description: 'Further treatment was refused; the plan stopped (recorded apart from abandonment).' })
export class TreatmentRefusedEvent extends JourneyEventBase {
  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'A treatment plan was completed.' })
export class TreatmentCompletedEvent extends JourneyEventBase {
  @Field(() => TreatmentPlan)
  treatmentPlan!: TreatmentPlan;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'A follow-up was booked.' })
export class FollowUpScheduledEvent extends JourneyEventBase {
  @Field(() => FollowUp)
  followUp!: FollowUp;
}

@ObjectType({ implements: JourneyEventBase, description: 'A follow-up\'s outcome was recorded.' })
export class FollowUpRecordedEvent extends JourneyEventBase {
  @Field(() => FollowUp)
  followUp!: FollowUp;
}

@ObjectType({ implements: JourneyEventBase, description: 'The patient was marked lost to follow-up.' })
export class LostToFollowUpEvent extends JourneyEventBase {
  @Field(() => FollowUp, { description: 'The follow-up missed (or never recorded) that made the patient lost.' })
  followUp!: FollowUp;
}

@ObjectType({ implements: JourneyEventBase, description: 'A booked operation moved to another time, theatre or team.' })
export class SurgeryRescheduledEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;

  @Field(() => String, { nullable: true, description: 'Why it moved.' })
  note!: string | null;
}

@ObjectType({ implements: JourneyEventBase, description: 'A phase of the WHO Surgical Safety Checklist was completed.' })
export class ChecklistPhaseRecordedEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;

  @Field(() => SurgeryChecklistPhase)
  checklistPhase!: SurgeryChecklistPhase;
}

@ObjectType({ implements: JourneyEventBase, description: 'A post-operative complication was recorded; grade V is the patient\'s death.' })
export class ComplicationRecordedEvent extends JourneyEventBase {
  @Field(() => Surgery)
  surgery!: Surgery;

  @Field(() => Complication)
  complication!: Complication;
}

@ObjectType({ implements: JourneyEventBase, description: 'The referral was put on a visiting team\'s mission list.' })
export class MissionAssignedEvent extends JourneyEventBase {
  @Field(() => Mission)
  mission!: Mission;

  @Field(() => Referral)
  referral!: Referral;
}

@ObjectType({ implements: JourneyEventBase, description: 'The referral was taken off a mission\'s list.' })
export class MissionUnassignedEvent extends JourneyEventBase {
  @Field(() => Mission)
  mission!: Mission;

  @Field(() => Referral)
  referral!: Referral;
}

@ObjectType({
  implements: JourneyEventBase,
  description: 'An administrator corrected a death recorded in error; the patient is back at the stage before it. What the death cancelled stays cancelled.',
})
export class DeathCorrectedEvent extends JourneyEventBase {
  @Field(() => String, { description: 'Why the death was recorded in error.' })
  note!: string;
}

/** Every concrete event type; they must be registered with the schema explicitly. */
export const journeyEventTypes = [
  PatientRegisteredEvent,
  ReferralReceivedEvent,
  ReferralStatusChangedEvent,
  SurgeryScheduledEvent,
  SurgeryCancelledEvent,
  SurgeryPerformedEvent,
  AdmittedEvent,
  DischargedEvent,
  PatientsMergedEvent,
  TransferredEvent,
  OncologyDiagnosedEvent,
  TreatmentPlanStartedEvent,
  ChemoAdministeredEvent,
  ChemoOmittedEvent,
  ToxicityRecordedEvent,
  ResponseAssessedEvent,
  TreatmentRefusedEvent,
  TreatmentCompletedEvent,
  FollowUpScheduledEvent,
  FollowUpRecordedEvent,
  LostToFollowUpEvent,
  SurgeryRescheduledEvent,
  ChecklistPhaseRecordedEvent,
  ComplicationRecordedEvent,
  MissionAssignedEvent,
  MissionUnassignedEvent,
  DeathCorrectedEvent,
];

export const JourneyEventConnection = Connection('JourneyEvent', JourneyEventBase);
