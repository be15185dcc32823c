import {
  AnaesthesiaType,
  AsaClass,
  CancellationCategory,
  ChecklistAnswer,
  ChecklistItemKey,
  ChecklistPhase,
  ClavienDindoGrade,
  OperationSide,
  Specialty,
  SurgicalUrgency,
  TeamRole,
  WoundClass,
} from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'A staff member on an operation\'s team, in one role.' })
export class TeamMemberInput {
  @Field(() => ID, { description: 'A StaffMember ID.' })
  staffId!: string;

  @Field(() => TeamRole, { description: 'The part the staff member plays in this operation.' })
  role!: TeamRole;
}

@InputType({ description: 'Book an operation in a theatre, with its team.' })
export class ScheduleSurgeryInput {
  @Field(() => ID, { description: 'The patient to operate on.' })
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The referral this operation answers; it moves to SCHEDULED.' })
  referralId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Episode of care; defaults to the referral\'s, else the patient\'s active one.' })
  episodeId?: string | null;

  @Field({ description: 'The planned procedure, in words; 1–300 characters.' })
  procedure!: string;

  @Field(() => String, { nullable: true, description: 'The planned procedure\'s code in the hospital\'s procedure list (search with `procedures`); null or omitted: uncoded free text. Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE.' })
  procedureCode?: string | null;

  @Field(() => Specialty, { nullable: true, description: 'The surgical specialty; defaults to the referral\'s. Required when no referralId is given (BAD_USER_INPUT, field specialty, reason REQUIRED).' })
  specialty?: Specialty | null;

  @Field(() => OperationSide, { nullable: true, description: 'The side of the body operated on (NOT_APPLICABLE for a midline operation); null when not given.' })
  side?: OperationSide | null;

  @Field(() => ID, { description: 'A Theatre ID.' })
  theatreId!: string;

  @Field(() => DateTime, {
    description:
      'Booked start (an instant; the theatre day is its Phnom Penh date). In the past only as a retrospective entry. The usual session is 08:00–17:00 Phnom Penh time (see theatreFreeSlots); an emergency (IMMEDIATE or URGENT) is booked at any hour.',
  })
  scheduledStart!: Date;

  @Field(() => Int, { description: 'Expected duration in minutes (5–1440).' })
  expectedDurationMinutes!: number;

  @Field(() => SurgicalUrgency, { defaultValue: SurgicalUrgency.ELECTIVE, description: 'NCEPOD urgency.' })
  urgency!: SurgicalUrgency;

  @Field(() => [TeamMemberInput], { defaultValue: [], description: 'The team; each staff member once, at most one PRIMARY_SURGEON.' })
  team!: TeamMemberInput[];

  @Field(() => ID, { nullable: true, description: 'The mission this operation belongs to, if any.' })
  missionId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Records an operation that already happened: needed (with retrospectiveReason) for a start in the past, which is otherwise BAD_USER_INPUT IN_PAST.',
  })
  retrospective?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the operation is entered after the fact; required for a retrospective entry.' })
  retrospectiveReason?: string | null;
}

@InputType({ description: 'Move a booked operation: another start, duration, theatre or team.' })
export class RescheduleSurgeryInput {
  @Field(() => ID, { description: 'The booked operation to move.' })
  surgeryId!: string;

  @Field(() => DateTime, { nullable: true, description: 'New start; unchanged when omitted.' })
  scheduledStart?: Date | null;

  @Field(() => Int, { nullable: true, description: 'New expected duration; unchanged when omitted.' })
  expectedDurationMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'New theatre; unchanged when omitted.' })
  theatreId?: string | null;

  @Field(() => [TeamMemberInput], { nullable: true, description: 'The new team, replacing the old one; unchanged when omitted.' })
  team?: TeamMemberInput[] | null;

  @Field(() => String, { nullable: true, description: 'Why it moved.' })
  reason?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Records an operation that already happened: needed (with retrospectiveReason) to move it to a start in the past, which is otherwise BAD_USER_INPUT IN_PAST.',
  })
  retrospective?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the operation is entered after the fact; required for a retrospective entry.' })
  retrospectiveReason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'The answer to one checklist item.' })
export class ChecklistAnswerInput {
  @Field(() => ChecklistItemKey, { description: 'The item answered; it must belong to the phase recorded.' })
  item!: ChecklistItemKey;

  @Field(() => ChecklistAnswer, { description: 'The answer; one of the item\'s `allowedAnswers` (see `checklistItems`).' })
  answer!: ChecklistAnswer;
}

@InputType({ description: 'Record one phase of the WHO Surgical Safety Checklist: every item of the phase, once.' })
export class RecordChecklistPhaseInput {
  @Field(() => ID, { description: 'The operation the checklist is for.' })
  surgeryId!: string;

  @Field(() => ChecklistPhase, { description: 'The phase recorded: SIGN_IN, then TIME_OUT, then SIGN_OUT, each once.' })
  phase!: ChecklistPhase;

  @Field(() => [ChecklistAnswerInput], { description: 'One answer for every item of the phase.' })
  answers!: ChecklistAnswerInput[];

  @Field(() => DateTime, { nullable: true, description: 'When the phase was done; now when omitted. Not in the future.' })
  recordedAt?: Date | null;
}

@InputType({ description: 'The operation record of a performed operation.' })
export class CompleteSurgeryInput {
  @Field(() => ID, { description: 'The booked operation that was performed.' })
  surgeryId!: string;

  @Field(() => [String], { nullable: true, description: 'Procedures performed that are not on the procedure list, in words (uncoded). With neither this nor `procedureCodes`: the booked procedure (and its code).' })
  procedures?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Procedures performed from the procedure list, by code; recorded before the free-text `procedures`, their names as the list writes them. Not on the list: BAD_USER_INPUT, reason UNKNOWN_CODE.' })
  procedureCodes?: string[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Patient into theatre (at or before incision).' })
  inTheatreAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Knife to skin: the incision. Required (or the deprecated `startedAt`, not both).' })
  incisionAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'The end of closure (last stitch). Required (or the deprecated `endedAt`, not both).' })
  closureAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'The incision, under its old name; send `incisionAt` instead.', deprecationReason: 'Use `incisionAt`.' })
  startedAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'The end of closure, under its old name; send `closureAt` instead.', deprecationReason: 'Use `closureAt`.' })
  endedAt?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Patient out of theatre (at or after closure).' })
  outOfTheatreAt?: Date | null;

  @Field(() => AnaesthesiaType, { description: 'The anaesthesia given.' })
  anaesthesiaType!: AnaesthesiaType;

  @Field(() => AsaClass, { description: 'ASA physical status before the operation; an _E class for an emergency.' })
  asaClass!: AsaClass;

  @Field(() => SurgicalUrgency, { nullable: true, description: 'NCEPOD urgency as operated; the booked urgency when omitted.' })
  urgency?: SurgicalUrgency | null;

  @Field(() => WoundClass, { description: 'CDC surgical wound class.' })
  woundClass!: WoundClass;

  @Field(() => Int, { description: 'Estimated blood loss in ml (0–20000).' })
  estimatedBloodLossMl!: number;

  @Field(() => String, { nullable: true, description: 'What the surgeon found, up to 5000 characters, several lines allowed.' })
  findings?: string | null;

  @Field(() => String, { nullable: true, description: 'The operative note, up to 20000 characters, several lines allowed.' })
  operativeNote?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Specimens sent.' })
  specimens!: string[];

  @Field(() => [TeamMemberInput], { nullable: true, description: 'The team as it operated, replacing the booked team; unchanged when omitted.' })
  team?: TeamMemberInput[] | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Cancel a booked operation.' })
export class CancelSurgeryInput {
  @Field(() => ID, { description: 'The booked operation to cancel.' })
  surgeryId!: string;

  @Field(() => CancellationCategory, { description: 'Patient reasons, hospital reasons, or the patient did not come.' })
  category!: CancellationCategory;

  @Field({ description: 'What happened, in words.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'A complication after an operation.' })
export class RecordComplicationInput {
  @Field(() => ID, { description: 'The performed operation the complication followed.' })
  surgeryId!: string;

  @Field(() => ClavienDindoGrade, { description: 'Clavien-Dindo grade; grade V (death) ends the patient\'s journey.' })
  grade!: ClavienDindoGrade;

  @Field({ defaultValue: false, description: 'Suffix "d": disability at discharge (not with grade V).' })
  disabilityAtDischarge!: boolean;

  @Field({ description: 'What happened, in words.' })
  description!: string;

  @Field(() => DateTime, { description: 'When it happened (after the operation, not in the future).' })
  occurredAt!: Date;

  @Field({ defaultValue: false, description: 'A surgical-site infection; only within 30 days of the operation.' })
  surgicalSiteInfection!: boolean;
}
