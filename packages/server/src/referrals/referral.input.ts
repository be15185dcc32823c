import {
  CpaGrade,
  ReferralOrderField,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  SortDirection,
  Specialty,
  UrgencyBand,
} from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'A referral that has arrived for a registered patient.' })
export class ReceiveReferralInput {
  @Field(() => ID, { description: 'The registered patient referred.' })
  patientId!: string;

  @Field(() => ReferralSourceType, { description: 'What kind of place referred the patient.' })
  sourceType!: ReferralSourceType;

  @Field(() => String, { nullable: true, description: 'The referring place or person, up to 200 characters (e.g. "Takeo Provincial Referral Hospital").' })
  sourceName?: string | null;

  @Field(() => CpaGrade, { nullable: true, description: 'Only for a referral hospital.' })
  sourceCpaGrade?: CpaGrade | null;

  @Field(() => ID, { nullable: true, description: 'The case manager who will follow the referral.' })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The visiting-team mission the patient should wait for.' })
  targetMission?: string | null;

  @Field(() => Specialty, { description: 'The specialty asked to treat the patient.' })
  specialty!: Specialty;

  @Field({ description: 'Why the patient is referred, in the referrer\'s words; 1–2000 characters, several lines allowed.' })
  reason!: string;

  @Field(() => ReferralPriority, { defaultValue: ReferralPriority.ROUTINE, description: 'How soon the referrer asks for the patient to be seen.' })
  priority!: ReferralPriority;

  @Field(() => UrgencyBand, { nullable: true, description: 'The waitlist urgency band, if already known; it sets the due date (received + 30, 90 or 365 days). Usually set at triage.' })
  urgencyBand?: UrgencyBand | null;

  @Field(() => DateTime, { nullable: true, description: 'When the referral arrived; defaults to now.' })
  receivedAt?: Date | null;
}

@InputType({ description: 'Move a referral to its next status in the workflow.' })
export class TransitionReferralInput {
  @Field(() => ID, { description: 'The referral to move.' })
  referralId!: string;

  @Field(() => ReferralStatus, { description: 'The status to move to: one of the referral\'s `allowedTransitions` (a move made by hand); any other is CONFLICT ILLEGAL_TRANSITION.' })
  to!: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Why; required to decline or cancel.' })
  reason?: string | null;

  @Field(() => UrgencyBand, { nullable: true, description: 'Set or change the urgency band (at triage).' })
  urgencyBand?: UrgencyBand | null;

  @Field(() => String, { nullable: true, description: 'Set the mission the patient waits for (when waitlisting).' })
  targetMission?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Give a referral to a case manager (or take it back).' })
export class AssignReferralInput {
  @Field(() => ID, { description: 'The referral to give or take back.' })
  referralId!: string;

  @Field(() => ID, { nullable: true, description: 'A user with the CASE_MANAGER role; null leaves it unassigned.' })
  assigneeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Which referrals to list. Conditions combine with AND; values within one list with OR.' })
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'In any of these statuses.' })
  statuses?: ReferralStatus[] | null;

  @Field(() => [ReferralPriority], { nullable: true, description: 'Of any of these priorities.' })
  priorities?: ReferralPriority[] | null;

  @Field(() => [Specialty], { nullable: true, description: 'For any of these specialties.' })
  specialties?: Specialty[] | null;

  @Field(() => [ID], { nullable: true, description: 'Assigned to any of these users.' })
  assigneeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Not assigned to anyone (ORed with `assigneeIds`).' })
  unassigned?: boolean | null;

  @Field(() => [ReferralSourceType], { nullable: true, description: 'From any of these kinds of place.' })
  sourceTypes?: ReferralSourceType[] | null;

  @Field(() => String, { nullable: true, description: 'Waiting for this visiting-team mission (the name as written on the referral).' })
  targetMission?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Received on or after this day (Phnom Penh).' })
  receivedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Received on or before this day (Phnom Penh).' })
  receivedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date of its urgency band.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words found in the reason, source, mission, patient name or MRN.' })
  text?: string | null;
}

@InputType({ description: 'How to sort the worklist; ties are broken by received time, then id.' })
export class ReferralOrder {
  @Field(() => ReferralOrderField, { description: 'What to sort by.' })
  field!: ReferralOrderField;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction!: SortDirection;
}
