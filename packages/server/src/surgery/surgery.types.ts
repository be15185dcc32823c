import { ChecklistAnswer, ChecklistItemKey, ChecklistPhase, MissionPlanProblem, TeamRole } from '@pj/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Referral } from '../referrals/referral.entity.js';
import { Mission } from './mission.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import { Surgery } from './surgery.entity.js';

@ObjectType({ description: 'A free slot of a theatre: when the theatre, the team and the patient are all free for the expected duration.' })
export class TheatreFreeSlot {
  @Field(() => DateTime, { description: 'The offered start (an instant; on whole five minutes).' })
  start!: Date;

  @Field(() => DateTime, { description: 'The offered end: start + the duration asked for.' })
  end!: Date;

  @Field(() => DateTime, { description: 'Until when the theatre, team and patient stay free (the next booking, or the end of the session).' })
  freeUntil!: Date;
}

@ObjectType({ description: 'One proposed operation of a mission schedule (nothing is booked yet).' })
export class ProposedMissionSlot {
  @Field(() => Referral, { description: 'The referral on the mission\'s list.' })
  referral!: Referral;

  @Field({ description: 'The planned procedure, from the mission\'s list.' })
  procedure!: string;

  @Field(() => Theatre, { description: 'The proposed theatre.' })
  theatre!: Theatre;

  @Field(() => LocalDate, { description: 'The proposed theatre day (Phnom Penh calendar date).' })
  day!: string;

  @Field(() => DateTime, { description: 'The proposed start (an instant).' })
  scheduledStart!: Date;

  @Field(() => Int, { description: 'Expected duration in minutes, from the mission\'s list.' })
  expectedDurationMinutes!: number;
}

@ObjectType({ description: 'A case the planner could not fit, and why.' })
export class UnplannedMissionCase {
  @Field(() => Referral, { description: 'The referral left out.' })
  referral!: Referral;

  @Field(() => MissionPlanProblem, { description: 'Why it was left out.' })
  reason!: MissionPlanProblem;
}

@ObjectType({ description: 'A proposed schedule for a mission\'s list: by urgency band, then waiting time, never over a theatre day\'s capacity. Edit it and confirm it with confirmMissionSchedule.' })
export class MissionScheduleProposal {
  @Field(() => Mission, { description: 'The mission planned.' })
  mission!: Mission;

  @Field(() => [ProposedMissionSlot], { description: 'The proposed operations, by day, theatre and start.' })
  slots!: ProposedMissionSlot[];

  @Field(() => [UnplannedMissionCase], { description: 'The cases that did not fit.' })
  unplanned!: UnplannedMissionCase[];
}

@ObjectType({ description: 'One theatre\'s list on a day. A column is the same column while its theatre and `date` are: those two identify it.' })
export class TheatreBoardColumn {
  @Field(() => LocalDate, { description: 'The day of the list (Phnom Penh calendar date).' })
  date!: string;

  @Field(() => Theatre, { description: 'The theatre.' })
  theatre!: Theatre;

  @Field(() => [Surgery], { description: 'Booked and performed operations, by start (cancelled ones left out).' })
  surgeries!: Surgery[];
}

@ObjectType({ description: 'An item of the WHO Surgical Safety Checklist.' })
export class ChecklistItemDefinition {
  @Field(() => ChecklistItemKey, { description: 'The item\'s key, as answered in `recordChecklistPhase`.' })
  key!: ChecklistItemKey;

  @Field(() => ChecklistPhase, { description: 'The phase the item belongs to.' })
  phase!: ChecklistPhase;

  @Field({ description: 'The question as the WHO form puts it, in English.' })
  text!: string;

  @Field(() => [ChecklistAnswer], { description: 'The answers the item accepts.' })
  allowedAnswers!: ChecklistAnswer[];
}

@ObjectType({ description: 'Operations in one role.' })
export class TrainingLogRoleCount {
  @Field(() => TeamRole, { description: 'The role on the team.' })
  role!: TeamRole;

  @Field(() => Int, { description: 'Performed operations in that role.' })
  operations!: number;
}

@ObjectType({ description: 'Operations in one role in one month (Phnom Penh time).' })
export class TrainingLogMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => TeamRole, { description: 'The role on the team.' })
  role!: TeamRole;

  @Field(() => Int, { description: 'Performed operations in that role that month.' })
  operations!: number;
}

@ObjectType({ description: 'A staff member\'s performed operations by role over a period.' })
export class StaffTrainingLog {
  @Field(() => StaffMember, { description: 'The staff member.' })
  staffMember!: StaffMember;

  @Field(() => LocalDate, { description: 'First day of the period (Phnom Penh), as asked.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (Phnom Penh), included, as asked.' })
  to!: string;

  @Field(() => Int, { description: 'Performed operations in the period, in any role.' })
  totalOperations!: number;

  @Field(() => [TrainingLogRoleCount], { description: 'Performed operations per role.' })
  byRole!: TrainingLogRoleCount[];

  @Field(() => [TrainingLogMonth], { description: 'Performed operations per month and role, oldest month first.' })
  byMonth!: TrainingLogMonth[];
}

@ObjectType({ description: 'Performed operations in a month by whether the primary surgeon was local or visiting.' })
export class LocalPrimarySurgeonMonth {
  @Field({ description: 'YYYY-MM (Phnom Penh time).' })
  month!: string;

  @Field(() => Int, { description: 'Operations performed that month.' })
  operations!: number;

  @Field(() => Int, { description: 'Of which the primary surgeon was local staff.' })
  withLocalPrimarySurgeon!: number;

  @Field(() => Int, { description: 'Of which the primary surgeon was on a visiting team.' })
  withVisitingPrimarySurgeon!: number;

  @Field(() => Float, { nullable: true, description: 'withLocalPrimarySurgeon ÷ operations (0–1); null when there were none.' })
  localShare!: number | null;
}

/** A page of one patient's operations (Patient.surgeriesConnection). */
export const SurgeryConnection = Connection('Surgery', Surgery);
