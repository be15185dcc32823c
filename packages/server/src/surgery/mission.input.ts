import { Specialty, StaffRole } from '@pj/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { TeamMemberInput } from './surgery.input.js';

@InputType({ description: 'A new staff member: local, or on a visiting team.' })
export class CreateStaffMemberInput {
  @Field({ description: 'Full name in Latin letters; 1–120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Full name in Khmer script, up to 120 characters.' })
  nameKhmer?: string | null;

  @Field(() => String, { nullable: true, description: 'Full name in Japanese script (visiting teams from Japan), up to 120 characters.' })
  nameJapanese?: string | null;

  @Field(() => StaffRole, { description: 'What the staff member does.' })
  role!: StaffRole;

  @Field(() => Specialty, { nullable: true, description: 'Their specialty, if any.' })
  specialty?: Specialty | null;

  @Field({ defaultValue: false, description: 'True for a member of a visiting team, false for the hospital\'s own staff.' })
  visiting!: boolean;

  @Field(() => String, { nullable: true, description: 'Required for visiting staff.' })
  institution?: string | null;
}

@InputType({ description: 'A visiting team\'s mission.' })
export class CreateMissionInput {
  @Field({ description: 'The mission\'s name; 1–200 characters.' })
  name!: string;

  @Field({ description: 'The visiting team\'s hospital or organisation; 1–200 characters.' })
  institution!: string;

  @Field(() => [Specialty], { description: 'The specialties the team operates in; at least one.' })
  specialties!: Specialty[];

  @Field(() => LocalDate, { description: 'First day (Phnom Penh calendar date).' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day, inclusive; missions last at most 14 days.' })
  endDate!: string;

  @Field(() => Int, { description: 'Theatre minutes per theatre per day (30–1440).' })
  dailyCapacityMinutes!: number;

  @Field(() => [ID], { description: 'Theatre IDs the mission may use.' })
  theatreIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'StaffMember IDs of the team.' })
  memberIds!: string[];

  @Field(() => String, { nullable: true, description: 'Notes for the team, up to 2000 characters, several lines allowed.' })
  notes?: string | null;
}

@InputType({ description: 'Put a waitlisted referral on a mission\'s list.' })
export class AssignReferralToMissionInput {
  @Field(() => ID, { description: 'The mission.' })
  missionId!: string;

  @Field(() => ID, { description: 'The referral to put on its list.' })
  referralId!: string;

  @Field({ description: 'The planned procedure.' })
  procedure!: string;

  @Field(() => Int, { description: 'Expected duration in minutes (5–1440).' })
  expectedDurationMinutes!: number;
}

@InputType({ description: 'Take a referral off a mission\'s list.' })
export class UnassignReferralFromMissionInput {
  @Field(() => ID, { description: 'The mission.' })
  missionId!: string;

  @Field(() => ID, { description: 'The referral to take off its list.' })
  referralId!: string;
}

@InputType({ description: 'One operation of a confirmed mission schedule.' })
export class MissionSlotInput {
  @Field(() => ID, { description: 'A referral on the mission\'s list.' })
  referralId!: string;

  @Field(() => ID, { description: 'A theatre the mission may use.' })
  theatreId!: string;

  @Field(() => DateTime, { description: 'Booked start (an instant), on one of the mission\'s days.' })
  scheduledStart!: Date;

  @Field(() => Int, { description: 'Expected duration in minutes.' })
  expectedDurationMinutes!: number;

  @Field(() => String, { nullable: true, description: 'The procedure; the one on the mission list when omitted.' })
  procedure?: string | null;

  @Field(() => [TeamMemberInput], { defaultValue: [], description: 'The team for this operation.' })
  team!: TeamMemberInput[];
}

@InputType({ description: 'The (edited) mission schedule to book: all operations are booked together, or none.' })
export class ConfirmMissionScheduleInput {
  @Field(() => ID, { description: 'The mission.' })
  missionId!: string;

  @Field(() => [MissionSlotInput], { description: 'The operations to book.' })
  slots!: MissionSlotInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Records the slots that have already started as operations entered after the fact: needed (with retrospectiveReason) for a slot starting in the past, which is otherwise BAD_USER_INPUT IN_PAST; later slots are booked as usual.',
  })
  retrospective?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the operation is entered after the fact; required for a retrospective entry.' })
  retrospectiveReason?: string | null;
}
