import { Specialty, SurgicalUrgency } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'Book an operation in a theatre.' })
export class ScheduleSurgeryInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ID, { nullable: true, description: 'The referral this operation answers; it moves to SCHEDULED.' })
  referralId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Episode of care; defaults to the referral\'s, else the patient\'s active one.' })
  episodeId?: string | null;

  @Field()
  procedure!: string;

  @Field(() => Specialty, { nullable: true, description: 'Defaults to the referral\'s specialty.' })
  specialty?: Specialty | null;

  @Field()
  theatre!: string;

  @Field(() => DateTime)
  scheduledStart!: Date;

  @Field(() => Int)
  expectedDurationMinutes!: number;

  @Field(() => SurgicalUrgency, { defaultValue: SurgicalUrgency.ELECTIVE })
  urgency!: SurgicalUrgency;

  @Field(() => String, { nullable: true })
  primarySurgeon?: string | null;
}

@InputType({ description: 'The operation record of a performed operation.' })
export class CompleteSurgeryInput {
  @Field(() => ID)
  surgeryId!: string;

  @Field(() => DateTime, { description: 'Incision.' })
  startedAt!: Date;

  @Field(() => DateTime, { description: 'Closure.' })
  endedAt!: Date;

  @Field(() => String, { nullable: true })
  findings?: string | null;

  @Field(() => String, { nullable: true })
  operativeNote?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Cancel a booked operation.' })
export class CancelSurgeryInput {
  @Field(() => ID)
  surgeryId!: string;

  @Field()
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}
