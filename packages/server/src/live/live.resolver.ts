import { Permission } from '@pj/shared';
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { keyOf } from '../graphql/relay.js';
import { census, CensusBed } from '../inpatient/census.js';
import { primaryFork, renewLiveContext } from './live-context.js';
import { liveEvents, LiveTopic, livePubSub } from './live-pubsub.js';
import { decodeTimelineCursor } from './timeline-cursor.js';
import { timelineUpdates } from './timeline.live.js';
import { TimelineUpdate } from './live.types.js';

/** What occupies a bed, to tell whether its row changed. */
const occupancy = (row: CensusBed): string => `${row.stay?.id ?? ''}`;

/**
 * The census as read after one announcement, once per process whatever the number of census
 * subscribers: the bus hands every subscriber's iterator the same message object, so the read
 * is keyed by it and forgotten with it. The rows are plain data (inpatient/census.ts reads them
 * lean); each subscriber still resolves their fields in its own context, permissions included.
 */
const censusAfter = new WeakMap<object, Promise<CensusBed[]>>();

function censusAfterAnnouncement(announcement: object, ctx: GraphQLContext): Promise<CensusBed[]> {
  let rows = censusAfter.get(announcement);
  if (!rows) {
    rows = census(primaryFork(ctx.em), ctx.clock());
    censusAfter.set(announcement, rows);
  }
  return rows;
}

/**
 * The census rows of `wardId` (every ward: null) whose occupant changed, each time an
 * admission, transfer, discharge or merge is committed on any server instance. The census is
 * read again whole (one statement per announcement per process, shared by its subscribers) and
 * compared with the last one this subscription saw.
 */
async function* censusUpdates(live: AsyncIterableIterator<unknown>, ctx: GraphQLContext, wardId: string | null): AsyncGenerator<CensusBed> {
  const inWard = (rows: CensusBed[]) => (wardId ? rows.filter((row) => row.bed.ward.id === wardId) : rows);
  try {
    const seen = new Map(inWard(await census(primaryFork(ctx.em), ctx.clock())).map((row) => [row.bed.id, occupancy(row)]));
    for await (const announced of live) {
      // Whatever was announced, the census is read again (which beds changed is not in it).
      const rows = inWard(await censusAfterAnnouncement(announced as object, ctx));
      renewLiveContext(ctx);
      for (const row of rows) {
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
      const from = after ? decodeTimelineCursor(after) : null;
      return liveEvents(livePubSub, [LiveTopic.timeline(key), LiveTopic.resync], (live) => timelineUpdates(live, context as GraphQLContext, key, from));
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
      const ward = wardId ? keyOf(wardId, 'Ward', 'wardId') : null;
      return liveEvents(livePubSub, [LiveTopic.census, LiveTopic.resync], (live) => censusUpdates(live, context as GraphQLContext, ward));
    },
  })
  censusChanged(
    @Root() row: CensusBed,
    @Arg('wardId', () => ID, { nullable: true, description: 'Only this ward\'s beds; omit it for every ward.' }) _wardId?: string | null,
  ): CensusBed {
    return row;
  }
}
