import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { Episode } from './episode.entity.js';
import { EpisodeConnection } from './episode.types.js';

/** A patient's episodes of care, newest started first. */
const PATIENT_EPISODES = new Keyset<Episode>(
  [
    { sql: 'e.started_at', type: 'instant', of: (e) => e.startedAt.toISOString() },
    { sql: 'e.id', type: 'uuid', of: (e) => e.id },
  ],
  'desc',
);

@Resolver(() => Patient)
export class PatientEpisodesResolver {
  @FieldResolver(() => [Episode], { description: 'Episodes of care, newest first (all of them).', deprecationReason: 'Use episodesConnection, which pages.' })
  episodes(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return ctx.loaders.episodesByPatient.load(patient.id);
  }

  @FieldResolver(() => EpisodeConnection, { description: 'The patient\'s episodes of care, newest started first, a page at a time.' })
  async episodesConnection(@Root() patient: Patient, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Episode, 'e', { patient: patient.id }, PATIENT_EPISODES, paging));
  }
}
