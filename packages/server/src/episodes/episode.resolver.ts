import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Patient } from '../patients/patient.entity.js';
import { Episode } from './episode.entity.js';

@Resolver(() => Patient)
export class PatientEpisodesResolver {
  @FieldResolver(() => [Episode], { description: 'Episodes of care, newest first.' })
  episodes(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return ctx.loaders.episodesByPatient.load(patient.id);
  }
}
