import { Day30Status, FollowUpKind, FollowUpOutcome } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'Book a follow-up for a patient.' })
export class ScheduleFollowUpInput {
  @Field(() => ID, { description: 'The patient to follow up.' })
  patientId!: string;

  @Field(() => FollowUpKind, { description: 'What the follow-up is for.' })
  kind!: FollowUpKind;

  @Field(() => LocalDate, { description: 'Day it is due; today or later.' })
  dueDate!: string;

  @Field(() => ID, { nullable: true, description: 'The discharge it follows; must be the patient\'s.' })
  dischargeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The operation it follows; must be the patient\'s.' })
  surgeryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The treatment plan it belongs to; must be the patient\'s.' })
  treatmentPlanId?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for whoever sees the patient, up to 2000 characters, several lines allowed.' })
  notes?: string | null;
}

@InputType({
  description:
    'Record a follow-up\'s outcome. A day-30 call that reached the family (ATTENDED) needs day30Status; DIED makes the patient DECEASED. ' +
    'An attended follow-up brings a patient lost to follow-up back to FOLLOW_UP.',
})
export class RecordFollowUpInput {
  @Field(() => ID, { description: 'The booked follow-up.' })
  followUpId!: string;

  @Field(() => FollowUpOutcome, { description: 'Seen (or reached), or missed.' })
  outcome!: FollowUpOutcome;

  @Field(() => LocalDate, { nullable: true, description: 'Day seen (or missed); defaults to today, not in the future, not before the follow-up was booked.' })
  outcomeOn?: string | null;

  @Field(() => Day30Status, { nullable: true, description: 'Required for an ATTENDED day-30 call; not allowed otherwise.' })
  day30Status?: Day30Status | null;

  @Field(() => String, { nullable: true, description: 'What was found, up to 2000 characters, several lines allowed.' })
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: 'The follow-up version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Move a booked follow-up to another day.' })
export class MoveFollowUpInput {
  @Field(() => ID, { description: 'The booked follow-up.' })
  followUpId!: string;

  @Field(() => LocalDate, { description: 'The new day it is due; today or later, at most 3 years ahead, not the day it is already due.' })
  dueDate!: string;

  @Field(() => String, { description: 'Why it moves (e.g. "Family asked for a later day"), 1–500 characters; kept on the timeline.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The follow-up version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Cancel a booked follow-up.' })
export class CancelFollowUpInput {
  @Field(() => ID, { description: 'The booked follow-up.' })
  followUpId!: string;

  @Field(() => String, { description: 'Why it is cancelled (e.g. "Seen at the provincial hospital instead"), 1–500 characters; kept with the follow-up.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The follow-up version you saw; STALE_VERSION when it changed since.' })
  expectedVersion?: number | null;
}
