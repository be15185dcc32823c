import { ReferralPriority, ReferralSourceType, ReferralStatus, Specialty, UrgencyBand } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';

@InputType({ description: 'A referral that has arrived for a registered patient.' })
export class ReceiveReferralInput {
  @Field(() => ID)
  patientId!: string;

  @Field(() => ReferralSourceType)
  sourceType!: ReferralSourceType;

  @Field(() => String, { nullable: true })
  sourceName?: string | null;

  @Field(() => Specialty)
  specialty!: Specialty;

  @Field()
  reason!: string;

  @Field(() => ReferralPriority, { defaultValue: ReferralPriority.ROUTINE })
  priority!: ReferralPriority;

  @Field(() => UrgencyBand, { nullable: true })
  urgencyBand?: UrgencyBand | null;

  @Field(() => DateTime, { nullable: true, description: 'When the referral arrived; defaults to now.' })
  receivedAt?: Date | null;
}

@InputType({ description: 'Move a referral to its next status in the workflow.' })
export class TransitionReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ReferralStatus)
  to!: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Why; required to decline or cancel.' })
  reason?: string | null;

  @Field(() => UrgencyBand, { nullable: true, description: 'Set or change the urgency band (at triage).' })
  urgencyBand?: UrgencyBand | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale version fails with CONFLICT.' })
  expectedVersion?: number | null;
}
