import { hospitalDate, nextDailyOccurrence, Permission } from '@pj/shared';
import { Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { OncologyAlert, oncologyAlerts } from '../oncology/oncology-alerts.js';
import { renewLiveContext } from './live-context.js';
import { liveEvents, LiveTopic, livePubSub } from './live-pubsub.js';

/** What makes the list differ for a reader: which plans alert, how loudly, for which dose, how late, for whom. */
const signature = (alerts: readonly OncologyAlert[]): string =>
  alerts.map((a) => `${a.treatmentPlan.id}:${a.level}:${a.overdueAdministration.id}:${a.daysMissed}:${a.patient.id}`).join('|');

/**
 * The hospital day turning. An alert can appear (a dose reaches 21 days overdue), go up to
 * ABANDONMENT and count one more day with no write at all: the alerts are a function of the
 * day. Nothing in the database announces that, so each process wakes its own alert subscribers
 * at Phnom Penh midnight (a scheduled job run once across instances and announcing through the
 * database would do the same work with more moving parts: every instance's subscribers must
 * re-read anyway). One timer per process, kept only while someone subscribes.
 */
let dayTimer: NodeJS.Timeout | null = null;
let dayWatchers = 0;
function armDayTimer(): void {
  const now = new Date();
  // A second past midnight, so the day read is the new one; setTimeout holds at most ~24.8 days.
  const wait = Math.min(nextDailyOccurrence(now, '00:00').getTime() - now.getTime() + 1_000, 2 ** 31 - 1);
  dayTimer = setTimeout(() => {
    livePubSub.publish(LiveTopic.oncologyAlerts, { t: 'day' });
    armDayTimer();
  }, wait);
  dayTimer.unref();
}
function watchHospitalDay(): () => void {
  if (dayWatchers++ === 0) armDayTimer();
  return () => {
    if (--dayWatchers === 0 && dayTimer) {
      clearTimeout(dayTimer);
      dayTimer = null;
    }
  };
}

/**
 * The whole alert list as of today, each time it changes on any server instance: read again
 * (through the query's own service, so the same rows and, through the fields' resolvers, the
 * same permission rules) after each announced change of a plan or its doses, after the
 * process's LISTEN connection was re-opened, and at the day boundary; sent only when it
 * differs from the last list this subscription read.
 *
 * Each subscriber of a process reads for itself (one statement, a ward's worth of rows): the
 * viewers of this list are few, and a read shared between sockets would share entities
 * between their contexts (each renews its EntityManager per event).
 */
function alertUpdates(ctx: GraphQLContext): AsyncIterableIterator<OncologyAlert[]> {
  return liveEvents(livePubSub, [LiveTopic.oncologyAlerts, LiveTopic.resync], (live) => alertsOf(ctx, live));
}

async function* alertsOf(ctx: GraphQLContext, live: AsyncIterableIterator<unknown>): AsyncGenerator<OncologyAlert[]> {
  const unwatch = watchHospitalDay();
  const read = async () => {
    renewLiveContext(ctx);
    return oncologyAlerts(ctx.em, hospitalDate(ctx.clock()));
  };
  try {
    let last = signature(await read());
    for await (const announced of live) {
      // Which plan changed says nothing of the rest of the list's order: the list is read again.
      void announced;
      const alerts = await read();
      const now = signature(alerts);
      if (now === last) continue;
      last = now;
      yield alerts;
    }
  } finally {
    unwatch();
    await live.return?.();
  }
}

@Resolver()
export class OncologyAlertsLiveResolver {
  @Authorized(Permission.READ_PATIENTS)
  @Subscription(() => [OncologyAlert], {
    description:
      'The abandonment watch as of today (the list `oncologyAlerts` returns), whole, each time it changes on whichever server: a dose given, omitted or moved, ' +
      'a plan started, completed, refused or stopped, and at the day boundary (Phnom Penh), when doses become overdue by themselves. ' +
      'Nothing is sent on subscribing: query `oncologyAlerts` after (re)connecting, since changes made while disconnected are not sent again.',
    subscribe: ({ context }) => alertUpdates(context as GraphQLContext),
  })
  oncologyAlertsChanged(@Root() alerts: OncologyAlert[]): OncologyAlert[] {
    return alerts;
  }
}
