import { LogbookLevel, Specialty } from '@pj/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';
import { StaffMember } from '../surgery/staff.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';

@ObjectType({ description: 'A local trainee in a procedure group: not independent yet, with an entrusted level or supervised cases.' })
export class HandoverTrainee {
  @Field(() => StaffMember, { description: 'The trainee (local staff).' })
  staffMember!: StaffMember;

  @Field(() => LogbookLevel, { nullable: true, description: 'The level of their latest entrustment decision in the group (below independent); null when never decided.' })
  entrustedLevel!: LogbookLevel | null;

  @Field(() => Int, { description: 'Supervised cases in the group: countersigned performer entries with the trainer scrubbed or unscrubbed.' })
  supervisedCases!: number;

  @Field(() => Int, { description: 'Supervised cases still needed to meet the group\'s rule (0 when met; a supervisor\'s decision is then due).' })
  casesLeft!: number;
}

@ObjectType({ description: 'A procedure group on the handover dashboard: who can perform it independently today, who is learning it.' })
export class HandoverGroup {
  @Field(() => ProcedureGroup, { description: 'The procedure group, with its rule before independent practice.' })
  procedureGroup!: ProcedureGroup;

  @Field(() => Int, { description: 'Operations in the group in the period: completed operations of a procedure in the group, plus performer entries transcribed from paper logbooks (no operation record behind them).' })
  operations!: number;

  @Field(() => [StaffMember], { description: 'Local staff entrusted to perform it independently (latest entrustment decision at PERFORMED_INDEPENDENTLY or TAUGHT), by name.' })
  independentLocal!: StaffMember[];

  @Field(() => [StaffMember], { description: 'Visiting surgeons independent in the group, by name: entrusted independent by a decision, or with a countersigned or unsupervised PERFORMED_INDEPENDENTLY entry in the group in the last three years.' })
  independentVisiting!: StaffMember[];

  @Field(() => [HandoverTrainee], { description: 'Local trainees in progress (entrusted below independent, or with supervised cases), fewest cases left first.' })
  trainees!: HandoverTrainee[];

  @Field({ description: 'True when no local surgeon is independent in the group: a gap the next missions should teach.' })
  gap!: boolean;
}

@ObjectType({ description: 'One month (Phnom Penh) of the handover dashboard.' })
export class HandoverMonth {
  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Performer entries performed that month: current logbook entries at PERFORMED_TRAINER_SCRUBBED, PERFORMED_TRAINER_UNSCRUBBED or PERFORMED_INDEPENDENTLY (at most one per operation; transcribed entries included).' })
  performerEntries!: number;

  @Field(() => Int, { description: 'Of which by local staff at PERFORMED_INDEPENDENTLY.' })
  localIndependent!: number;

  @Field(() => Float, { nullable: true, description: 'localIndependent ÷ performerEntries (0–1); null in a month with none.' })
  localIndependentShare!: number | null;
}

@ObjectType({ description: 'A point of the projected local-independent share, with its 90 % prediction band.' })
export class HandoverProjectionPoint {
  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Float, { description: 'The fitted line\'s share that month, clamped to [0, 1].' })
  share!: number;

  @Field(() => Float, { description: 'Lower bound of the 90 % prediction band for a month of average weight, clamped to [0, 1].' })
  lower!: number;

  @Field(() => Float, { description: 'Upper bound of the 90 % prediction band for a month of average weight, clamped to [0, 1].' })
  upper!: number;
}

@ObjectType({
  description:
    'The monthly local-independent share projected to December 2030. Method: a straight line fitted by weighted least squares to the months with performer entries (x = month, y = the month\'s share, weight = its performer entries); ' +
    'the 90 % prediction band is fitted ± t(0.95, n − 2) · s · √(1/w̄ + 1/Σw + (x − x̄)² / Sxx), s² = Σw(y − ŷ)² / (n − 2), n = months with entries, w̄ = Σw / n (a month of average weight); every value is clamped to [0, 1].',
})
export class HandoverProjection {
  @Field(() => Float, { description: 'The line\'s change in share per year (not clamped).' })
  slopePerYear!: number;

  @Field(() => Int, { description: 'Months with performer entries the line was fitted on (n).' })
  monthsFitted!: number;

  @Field(() => [HandoverProjectionPoint], { description: 'December of each year 2027, 2028, 2029 and 2030.' })
  yearEnds!: HandoverProjectionPoint[];

  @Field(() => HandoverProjectionPoint, { nullable: true, description: 'The first month the line is at 50 % or above, when it rises to it by December 2030 (may lie in the period already).' })
  reachesHalf!: HandoverProjectionPoint | null;

  @Field(() => HandoverProjectionPoint, { nullable: true, description: 'The first month the line is at 80 % or above, when it rises to it by December 2030 (may lie in the period already).' })
  reachesFourFifths!: HandoverProjectionPoint | null;
}

@ObjectType({ description: 'Toward 2030: per procedure group who can operate independently, the monthly local-independent share, its projection and the gaps.' })
export class HandoverDashboard {
  @Field(() => Specialty, { nullable: true, description: 'The specialty shown; null: all.' })
  specialty!: Specialty | null;

  @Field(() => LocalDate, { description: 'First day of the period (Phnom Penh), included.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => [HandoverGroup], { description: 'The procedure groups (of the specialty, or all), by specialty then name; who is independent is as of today.' })
  groups!: HandoverGroup[];

  @Field(() => [HandoverMonth], { description: 'Every month of the period, first first (months with no entries included).' })
  months!: HandoverMonth[];

  @Field(() => HandoverProjection, { nullable: true, description: 'The local-independent share projected to December 2030 from `months`; null with fewer than three months with entries.' })
  projection!: HandoverProjection | null;

  @Field(() => [HandoverGroup], { description: 'The groups with no independent local surgeon, most operations in the period first.' })
  gaps!: HandoverGroup[];
}

@ObjectType({ description: 'A booked case of a mission and the local trainees who need its procedure group for their next entrustment step.' })
export class MissionTeachingCase {
  @Field(() => Surgery, { description: 'The booked operation (coded procedure, not completed or cancelled).' })
  surgery!: Surgery;

  @Field(() => ProcedureGroup, { description: 'The procedure\'s group.' })
  procedureGroup!: ProcedureGroup;

  @Field(() => [HandoverTrainee], { description: 'Local trainees not yet independent in the group, fewest cases left to the rule first, then highest entrusted level, then name.' })
  trainees!: HandoverTrainee[];
}
