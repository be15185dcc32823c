import { ChecklistAnswer, ChecklistItemKey, ChecklistPhase, MissionPlanProblem, TeamRole } from '@pj/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Referral } from '../referrals/referral.entity.js';
import { Mission } from './mission.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import { Surgery } from './surgery.entity.js';


@ObjectType({ description: 'One proposed operation of a mission schedule (nothing is booked yet).' })
export class ProposedMissionSlot {
  @Field(() => Referral)
  referral!: Referral;

  @Field()
  procedure!: string;

  @Field(() => Theatre)
  theatre!: Theatre;

  @Field(() => LocalDate)
  day!: string;

  @Field(() => DateTime)
  scheduledStart!: Date;

  @Field(() => Int)
  expectedDurationMinutes!: number;
}

@ObjectType({ description: 'A case the planner could not fit, and why.' })
export class UnplannedMissionCase {
  @Field(() => Referral)
  referral!: Referral;

  @Field(() => MissionPlanProblem)
  reason!: MissionPlanProblem;
}

@ObjectType({ description: 'A proposed schedule for a mission\'s list: by urgency band, then waiting time, never over a theatre day\'s capacity. Edit it and confirm it with confirmMissionSchedule.' })
export class MissionScheduleProposal {
  @Field(() => Mission)
  mission!: Mission;

  @Field(() => [ProposedMissionSlot])
  slots!: ProposedMissionSlot[];

  @Field(() => [UnplannedMissionCase])
  unplanned!: UnplannedMissionCase[];
}

@ObjectType({ description: 'One theatre\'s list on a day.' })
export class TheatreBoardColumn {
  @Field(() => Theatre)
  theatre!: Theatre;

  @Field(() => [Surgery], { description: 'Booked and performed operations, by start (cancelled ones left out).' })
  surgeries!: Surgery[];
}

@ObjectType({ description: 'An item of the WHO Surgical Safety Checklist.' })
export class ChecklistItemDefinition {
  @Field(() => ChecklistItemKey)
  key!: ChecklistItemKey;

  @Field(() => ChecklistPhase)
  phase!: ChecklistPhase;

  @Field({ description: 'The question as the WHO form puts it, in English.' })
  text!: string;

  @Field(() => [ChecklistAnswer])
  allowedAnswers!: ChecklistAnswer[];
}

@ObjectType({ description: 'Operations in one role.' })
export class TrainingLogRoleCount {
  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Int)
  operations!: number;
}

@ObjectType({ description: 'Operations in one role in one month (Phnom Penh time).' })
export class TrainingLogMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Int)
  operations!: number;
}

@ObjectType({ description: 'A staff member\'s performed operations by role over a period.' })
export class StaffTrainingLog {
  @Field(() => StaffMember)
  staffMember!: StaffMember;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => Int)
  totalOperations!: number;

  @Field(() => [TrainingLogRoleCount])
  byRole!: TrainingLogRoleCount[];

  @Field(() => [TrainingLogMonth])
  byMonth!: TrainingLogMonth[];
}

@ObjectType({ description: 'Performed operations in a month by whether the primary surgeon was local or visiting.' })
export class LocalPrimarySurgeonMonth {
  @Field({ description: 'YYYY-MM (Phnom Penh time).' })
  month!: string;

  @Field(() => Int)
  operations!: number;

  @Field(() => Int)
  withLocalPrimarySurgeon!: number;

  @Field(() => Int)
  withVisitingPrimarySurgeon!: number;

  @Field(() => Float, { nullable: true, description: 'withLocalPrimarySurgeon ÷ operations (0–1); null when there were none.' })
  localShare!: number | null;
}
