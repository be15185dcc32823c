import { Permission } from '@pj/shared';
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { keyOf } from '../graphql/relay.js';
import { census, CensusBed } from '../inpatient/census.js';
import { LiveTopic, livePubSub } from './live-pubsub.js';
import { decodeTimelineCursor } from './timeline-cursor.js';
import { timelineUpdates } from './timeline.live.js';
import { TimelineUpdate } from './live.types.js';

/**
 * A new EntityManager and DataLoaders for each delivered event: a subscription's context lives
 * as long as the socket, and rows cached for the previous event would be served stale.
 */
function renew(ctx: GraphQLContext): void {
  ctx.em = ctx.em.fork();
  ctx.loaders = createLoaders(ctx.em);
}

/** What occupies a bed, to tell whether its row changed. */
const occupancy = (row: CensusBed): string => `${row.stay?.id ?? ''}`;

/**
 * The census rows of `wardId` (every ward: null) whose occupant changed, each time an
 * admission, transfer, discharge or merge is committed on any server instance. The census is
 * read again whole (one statement) and compared with the last one read by this subscription.
 */
async function* censusUpdates(ctx: GraphQLContext, wardId: string | null): AsyncGenerator<CensusBed> {
  const live = livePubSub.subscribe([LiveTopic.census, LiveTopic.resync]);
  const read = async () => {
    renew(ctx);
    const rows = await census(ctx.em, ctx.clock());
    return wardId ? rows.filter((row) => row.bed.ward.id === wardId) : rows;
  };
  try {
    const seen = new Map((await read()).map((row) => [row.bed.id, occupancy(row)]));
    for await (const announced of live) {
      // Whatever was announced, the census is read again (which beds changed is not in it).
      void announced;
      for (const row of await read()) {
        if (seen.get(row.bed.id) === occupancy(row)) continue;
        seen.set(row.bed.id, occupancy(row));
        yield row;
      }
    }
  } finally {
    await live.return?.();
  }
}

/**
 * Live updates over the GraphQL over WebSocket protocol (live/subscriptions.ts). Each event is
 * served through the same types, field resolvers and permission rules as the query that reads
 * it, and audited like it (audit/audit.fields.ts).
 */
@Resolver()
export class LiveResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Subscription(() => TimelineUpdate, {
    description:
      'A patient\'s new timeline events, as they are committed, on whichever server. With `after` (the `cursor` of the last update received, or the `liveCursor` of the timeline page read), first the events committed since, then the new ones, each exactly once: cursors follow commit order, not the order events were numbered in.',
    subscribe: ({ args, context }) => {
      const { patientId, after } = args as { patientId: string; after?: string | null };
      const key = keyOf(patientId, 'Patient', 'patientId');
      return timelineUpdates(context as GraphQLContext, key, after ? decodeTimelineCursor(after) : null);
    },
  })
  patientTimeline(
    @Root() update: TimelineUpdate,
    @Arg('patientId', () => ID, { description: 'The patient\'s global ID.' }) _patientId: string,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `cursor` of the last update received, or `JourneyEventConnection.liveCursor`; omit it for events committed from now on. A cursor that is not valid: BAD_USER_INPUT (INVALID_CURSOR).',
    })
    _after?: string | null,
  ): TimelineUpdate {
    return update;
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Subscription(() => CensusBed, {
    description:
      'Census rows whose occupant changed (an admission, a transfer, a discharge), as they are committed on whichever server; only the beds of `wardId` when given. Refetch `census` after (re)connecting.',
    subscribe: ({ args, context }) => {
      const { wardId } = args as { wardId?: string | null };
      return censusUpdates(context as GraphQLContext, wardId ? keyOf(wardId, 'Ward', 'wardId') : null);
    },
  })
  censusChanged(
    @Root() row: CensusBed,
    @Arg('wardId', () => ID, { nullable: true, description: 'Only this ward\'s beds; omit it for every ward.' }) _wardId?: string | null,
  ): CensusBed {
    return row;
  }
}
