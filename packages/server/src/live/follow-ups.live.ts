import { Permission } from '@pj/shared';
import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { LocalDate } from '../graphql/scalars.js';
import { localDate } from '../oncology/oncology.service.js';
import { renewLiveContext } from './live-context.js';
import { liveEvents, LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

/**
 * Each follow-up booked, recorded, moved, cancelled or whose patient was marked lost, as the
 * database announces it (a trigger on `follow_up`, so writes that bypass the services count
 * too), read again by its key through the API's own type (its fields' permission rules apply).
 * With `day`, only those due that day, or due that day before they moved.
 *
 * After the process's LISTEN connection is re-opened, a subscription with a day reads that
 * day's follow-ups again and sends each whose version changed since it last saw it (a day's
 * list is small). One without a day cannot keep every follow-up's version: it sends every
 * follow-up row written by a transaction not yet finished when it subscribed (or at the
 * previous re-opening), told by the row's `xmin` — more than was missed, never less; one scan
 * of the table per such subscription, only when the connection was lost. The horizon is not
 * moved on ordinary announcements: a loss between an announcement and that move could hide
 * a change.
 *
 * Each subscriber reads the announced follow-up for itself, by its primary key: one indexed
 * row per change and subscriber.
 */
function followUpUpdates(ctx: GraphQLContext, day: string | null): AsyncIterableIterator<FollowUp> {
  return liveEvents(livePubSub, [LiveTopic.followUps, LiveTopic.resync], (live) => followUpsOf(ctx, day, live));
}

async function* followUpsOf(ctx: GraphQLContext, day: string | null, live: AsyncIterableIterator<unknown>): AsyncGenerator<FollowUp> {
  /** The version of each follow-up due on `day` this subscription knows of. */
  const seen = new Map<string, number>();
  const note = (followUp: FollowUp) => {
    if (day === null) return;
    if (followUp.dueDate === day) seen.set(followUp.id, followUp.version);
    else seen.delete(followUp.id);
  };
  /** The oldest transaction still running now (as a 32-bit xid, as `xmin` is): everything older has ended. */
  const horizon = async (): Promise<string> => {
    const [row] = await ctx.em.fork().getConnection().execute<{ xid: string }[]>(
      `select (pg_snapshot_xmin(pg_current_snapshot())::text::bigint % 4294967296)::text as xid`,
    );
    return row.xid;
  };
  /** Rows written by transactions from `since` on; `age()` compares across xid wraparound (frozen rows are the oldest). */
  const writtenSince = async (since: string) => {
    renewLiveContext(ctx);
    return ctx.em.createQueryBuilder(FollowUp, 'f').select('*').where('age(f.xmin) <= age(cast(? as xid))', [since]).orderBy({ id: 'asc' }).getResultList();
  };
  const ofDay = async () => {
    renewLiveContext(ctx);
    return ctx.em.find(FollowUp, { dueDate: day! }, { orderBy: { id: 'asc' } });
  };
  try {
    if (day !== null) for (const followUp of await ofDay()) note(followUp);
    let since = day === null ? await horizon() : null;
    for await (const payload of live) {
      const message = payload as LiveMessage;
      if (message.t === 'f') {
        if (day !== null && message.d !== day && message.o !== day) continue;
        renewLiveContext(ctx);
        const followUp = await ctx.em.findOne(FollowUp, { id: message.id });
        if (!followUp) continue;
        note(followUp);
        yield followUp;
      } else if (message.t === 'resync' && since !== null) {
        const next = await horizon();
        const written = await writtenSince(since);
        since = next;
        yield* written;
      } else if (message.t === 'resync' && day !== null) {
        const now = await ofDay();
        const gone = new Set(seen.keys());
        for (const followUp of now) {
          gone.delete(followUp.id);
          if (seen.get(followUp.id) === followUp.version) continue;
          note(followUp);
          yield followUp;
        }
        for (const id of gone) {
          renewLiveContext(ctx);
          const moved = await ctx.em.findOne(FollowUp, { id });
          seen.delete(id);
          if (moved) yield moved;
        }
      }
    }
  } finally {
    await live.return?.();
  }
}

@Resolver()
export class FollowUpsLiveResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Subscription(() => FollowUp, {
    description:
      'Each follow-up booked, recorded (an outcome), moved, cancelled, or whose patient was marked lost to follow-up, as it is committed on whichever server, as it is now; ' +
      'with `date`, only those due that day (or due that day before they moved). Nothing is sent on subscribing: query `followUps` after (re)connecting, ' +
      'since changes made while disconnected are not sent again.',
    subscribe: ({ args, context }) => {
      const { date } = args as { date?: string | null };
      return followUpUpdates(context as GraphQLContext, date ? localDate('date', date) : null);
    },
  })
  followUpChanged(
    @Root() followUp: FollowUp,
    @Arg('date', () => LocalDate, { nullable: true, description: 'Only follow-ups due this day (Phnom Penh); omit it for every follow-up.' }) _date?: string | null,
  ): FollowUp {
    return followUp;
  }
}
