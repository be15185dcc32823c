import { hospitalDate, Permission, Specialty } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { LocalDate } from '../graphql/scalars.js';
import { Mission } from '../surgery/mission.entity.js';
import { handoverDashboard } from './handover.service.js';
import { HandoverDashboard, MissionTeachingCase } from './handover.types.js';

@Resolver(() => HandoverDashboard)
export class HandoverResolver {
  @Authorized(Permission.READ_TRAINING)
  @Query(() => HandoverDashboard, {
    description:
      'Toward 2030, for the director and the visiting teams: per procedure group who can operate independently today (local, visiting) and who is learning, the monthly share of performer entries by local staff performed independently, its projection to December 2030, and the groups with no independent local surgeon.',
  })
  handoverDashboard(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => LocalDate, { description: 'First day of the period (Phnom Penh calendar date), included.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the period (Phnom Penh calendar date), included; at most ten years after `from`.' }) to: string,
    @Arg('specialty', () => Specialty, { nullable: true, description: 'Only this specialty\'s procedure groups and entries; all when omitted.' }) specialty: Specialty | null,
  ): Promise<HandoverDashboard> {
    return handoverDashboard(ctx.em, ctx.clock, specialty ?? null, from, to);
  }
}

@Resolver(() => Mission)
export class MissionTeachingPlanResolver {
  @Authorized(Permission.READ_TRAINING)
  @FieldResolver(() => [MissionTeachingCase], {
    nullable: true,
    description:
      'Who should scrub with this team: the mission\'s booked cases (not completed or cancelled) with a coded procedure, by start, each with the local trainees who need its procedure group for their next entrustment step.',
  })
  teachingPlan(@Root() mission: Mission, @Ctx() ctx: GraphQLContext): Promise<MissionTeachingCase[] | null> {
    return ctx.loaders.teachingPlan.load(`${hospitalDate(ctx.clock())} ${mission.id}`);
  }
}
