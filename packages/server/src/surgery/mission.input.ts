import { Specialty, StaffRole } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { TeamMemberInput } from './surgery.input.js';

@InputType({ description: 'A new staff member: local, or on a visiting team.' })
export class CreateStaffMemberInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameKhmer?: string | null;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => Specialty, { nullable: true })
  specialty?: Specialty | null;

  @Field({ defaultValue: false })
  visiting!: boolean;

  @Field(() => String, { nullable: true, description: 'Required for visiting staff.' })
  institution?: string | null;
}

@InputType({ description: 'A visiting team\'s mission.' })
export class CreateMissionInput {
  @Field()
  name!: string;

  @Field()
  institution!: string;

  @Field(() => [Specialty])
  specialties!: Specialty[];

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day, inclusive; missions last at most 14 days.' })
  endDate!: string;

  @Field(() => Int, { description: 'Theatre minutes per theatre per day (30–1440).' })
  dailyCapacityMinutes!: number;

  @Field(() => [ID], { description: 'Theatre IDs the mission may use.' })
  theatreIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'StaffMember IDs of the team.' })
  memberIds!: string[];

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Put a waitlisted referral on a mission\'s list.' })
export class AssignReferralToMissionInput {
  @Field(() => ID)
  missionId!: string;

  @Field(() => ID)
  referralId!: string;

  @Field({ description: 'The planned procedure.' })
  procedure!: string;

  @Field(() => Int, { description: 'Expected duration in minutes (5–1440).' })
  expectedDurationMinutes!: number;
}

@InputType({ description: 'Take a referral off a mission\'s list.' })
export class UnassignReferralFromMissionInput {
  @Field(() => ID)
  missionId!: string;

  @Field(() => ID)
  referralId!: string;
}

@InputType({ description: 'One operation of a confirmed mission schedule.' })
export class MissionSlotInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID)
  theatreId!: string;

  @Field(() => DateTime)
  scheduledStart!: Date;

  @Field(() => Int)
  expectedDurationMinutes!: number;

  @Field(() => String, { nullable: true, description: 'The procedure; the one on the mission list when omitted.' })
  procedure?: string | null;

  @Field(() => [TeamMemberInput], { defaultValue: [] })
  team!: TeamMemberInput[];
}

@InputType({ description: 'The (edited) mission schedule to book: all operations are booked together, or none.' })
export class ConfirmMissionScheduleInput {
  @Field(() => ID)
  missionId!: string;

  @Field(() => [MissionSlotInput])
  slots!: MissionSlotInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Records the slots that have already started as operations entered after the fact: needed (with retrospectiveReason) for a slot starting in the past, which is otherwise BAD_USER_INPUT IN_PAST; later slots are booked as usual.',
  })
  retrospective?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the operation is entered after the fact; required for a retrospective entry.' })
  retrospectiveReason?: string | null;
}
