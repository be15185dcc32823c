import { Permission } from '@pj/shared';
import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { LocalDate } from '../graphql/scalars.js';
import { localDate } from '../oncology/oncology.service.js';
import { endingPromptly } from './ending-promptly.js';
import { LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

/** A new EntityManager and DataLoaders for each read: rows cached for the previous one would be stale. */
function renew(ctx: GraphQLContext): void {
  ctx.em = ctx.em.fork();
  ctx.loaders = createLoaders(ctx.em);
}

/**
 * Each follow-up booked, recorded, moved, cancelled or whose patient was marked lost, as the
 * database announces it (a trigger on `follow_up`, so writes that bypass the services count
 * too), read again by its key through the API's own type (its fields' permission rules apply).
 * With `day`, only those due that day, or due that day before they moved.
 *
 * After the process's LISTEN connection is re-opened, a subscription with a day reads that
 * day's follow-ups again and sends each whose version changed since it last saw it (a day's
 * list is small); one without a day cannot tell what changed among every follow-up there is
 * and sends nothing for the gap (README, live updates: known gaps).
 *
 * Each subscriber reads the announced follow-up for itself, by its primary key: one indexed
 * row per change and subscriber.
 */
function followUpUpdates(ctx: GraphQLContext, day: string | null): AsyncIterableIterator<FollowUp> {
  const live = livePubSub.subscribe([LiveTopic.followUps, LiveTopic.resync]);
  return endingPromptly(live, followUpsOf(ctx, day, live));
}

async function* followUpsOf(ctx: GraphQLContext, day: string | null, live: AsyncIterableIterator<unknown>): AsyncGenerator<FollowUp> {
  /** The version of each follow-up due on `day` this subscription knows of. */
  const seen = new Map<string, number>();
  const note = (followUp: FollowUp) => {
    if (day === null) return;
    if (followUp.dueDate === day) seen.set(followUp.id, followUp.version);
    else seen.delete(followUp.id);
  };
  const ofDay = async () => {
    renew(ctx);
    return ctx.em.find(FollowUp, { dueDate: day! }, { orderBy: { id: 'asc' } });
  };
  try {
    if (day !== null) for (const followUp of await ofDay()) note(followUp);
    for await (const payload of live) {
      const message = payload as LiveMessage;
      if (message.t === 'f') {
        if (day !== null && message.d !== day && message.o !== day) continue;
        renew(ctx);
        const followUp = await ctx.em.findOne(FollowUp, { id: message.id });
        if (!followUp) continue;
        note(followUp);
        yield followUp;
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
          renew(ctx);
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
