import { LogbookLevel } from '@pj/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { StaffMember } from '../surgery/staff.entity.js';
import { EntrustmentDecision } from './entrustment.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';

@ObjectType({ description: 'How many cases a person has at one level of the logbook scale.' })
export class LevelCases {
  @Field(() => LogbookLevel, { description: 'The level.' })
  level!: LogbookLevel;

  @Field(() => Int, { description: 'Current (not superseded) entries at this level that count for surgical training.' })
  cases!: number;
}

@ObjectType({ description: 'A person\'s progress in one procedure group: the numbers behind entrustment, the level entrusted and what the hospital\'s rule still asks for.' })
export class ProcedureGroupProgress {
  @Field(() => ProcedureGroup, { description: 'The procedure group, with its rule before independent practice.' })
  procedureGroup!: ProcedureGroup;

  @Field(() => [LevelCases], { description: 'Cases at each level of the scale, least responsibility first (every level, zeros included): current entries that count for surgical training.' })
  casesByLevel!: LevelCases[];

  @Field(() => Int, { description: 'Supervised cases: countersigned performer entries with the trainer scrubbed or unscrubbed.' })
  supervisedCases!: number;

  @Field(() => Int, { description: 'Supervised cases the hospital requires before independent practice in the group.' })
  requiredSupervisedCases!: number;

  @Field(() => Int, { description: 'Performer entries (trainer scrubbed, unscrubbed, or independently), countersigned or not.' })
  performedCases!: number;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the performer entries whose operation had a complication recorded; null when there are none.' })
  performedComplicationRate!: number | null;

  @Field(() => LogbookLevel, { nullable: true, description: 'The level of the latest entrustment decision in the group; null if never decided.' })
  entrustedLevel!: LogbookLevel | null;

  @Field(() => EntrustmentDecision, { nullable: true, description: 'The latest entrustment decision in the group (by day decided), with its supervisor and reason.' })
  latestDecision!: EntrustmentDecision | null;

  @Field({ description: 'True when supervised cases reach the rule and the person is not yet independent in the group: a supervisor should decide.' })
  meetsRule!: boolean;

  @Field(() => Int, { description: 'Supervised cases still needed to reach the rule (0 when reached).' })
  casesToRule!: number;

  /** Whose progress this is (the staff member's key), for the candidates list. */
  staffMemberId!: string;
}

@ObjectType({ description: 'A trainee who meets the rule in a procedure group and is not independent there: a supervisor should record an entrustment decision.' })
export class EntrustmentCandidate {
  @Field(() => StaffMember, { description: 'The trainee.' })
  staffMember!: StaffMember;

  @Field(() => ProcedureGroupProgress, { description: 'Their progress in the group.' })
  progress!: ProcedureGroupProgress;
}
