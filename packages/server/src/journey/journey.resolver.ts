import { JourneyEventKind } from '@pj/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { pageSize, toConnection } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { JourneyEventConnection } from './journey.types.js';
import { readJourney } from './journey.service.js';

@Resolver(() => Patient)
export class PatientJourneyResolver {
  @FieldResolver(() => JourneyEventConnection, {
    description: 'The patient\'s timeline, newest first, each event with the record it is about.',
  })
  async journey(
    @Root() patient: Patient,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('kinds', () => [JourneyEventKind], { nullable: true }) kinds?: JourneyEventKind[] | null,
  ) {
    return toConnection(await readJourney(ctx.em, patient.id, { first: pageSize(first), after, kinds }));
  }
}
