import { JourneyEventKind } from '@pj/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { toConnection, PageArgs } from '../graphql/relay.js';
import { selectedPlan, selectsPath } from '../graphql/selection.js';
import { encodeTimelineCursor } from '../live/timeline-cursor.js';
import { Patient } from '../patients/patient.entity.js';
import { JourneyEventConnection, JourneyMilestone } from './journey.types.js';
import { readJourneyMilestones } from './journey-milestones.js';
import { readJourney, TIMELINE_RECORDS } from './journey.service.js';

@Resolver(() => Patient)
export class PatientJourneyResolver {
  @FieldResolver(() => JourneyEventConnection, {
    description: 'The patient\'s timeline, newest first in clinical order (by day, then within the day by time or, for an event known only by its day, by when it was recorded), each event with the record it is about.',
  })
  async journey(
    @Root() patient: Patient,
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) paging: PageArgs = {},
    @Arg('kinds', () => [JourneyEventKind], { nullable: true, description: 'Only events of these kinds; omit it for every kind.' }) kinds?: JourneyEventKind[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    // Only the linked records the request selects are read (graphql/selection.ts).
    const plan = info
      ? selectedPlan(info, ctx.em.getMetadata(), ['edges', 'node'], 'JourneyEvent', { available: TIMELINE_RECORDS })
      : undefined;
    // `liveCursor` is read by the page's own statement, only when asked for.
    const live = info ? selectsPath(info, ['liveCursor']) : false;
    const page = await readJourney(ctx.em, patient.id, { ...paging, kinds, plan, live });
    return Object.assign(toConnection(page), { liveCursor: page.live ? encodeTimelineCursor(page.live) : null });
  }

  @FieldResolver(() => [JourneyMilestone], {
    description:
      'The journey at a glance: its steps in order, each with its day and the days waited before it, the current step marked (one statement, whatever the length of the timeline).',
  })
  async journeyMilestones(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<JourneyMilestone[]> {
    return readJourneyMilestones(ctx.em, patient.id, ctx.clock());
  }
}
