import type { GraphQLContext } from '../graphql/context.js';
import { journeyPositionNow, readJourneySince } from '../journey/journey.service.js';
import { renewLiveContext } from './live-context.js';
import type { LiveMessage } from './live-pubsub.js';
import { TimelineUpdate } from './live.types.js';
import { advance, encodeTimelineCursor, type TimelinePosition } from './timeline-cursor.js';

/** Events read per statement while catching up. */
const CATCH_UP_BATCH = 100;
/** Keys delivered recently, remembered to skip the read an announcement of one of them would cause. */
const REMEMBERED = 1_000;

/**
 * A patient's timeline events from `from` (a resume cursor's position; null: from now on),
 * then each new one as it is committed, on any server instance, each with the cursor to
 * resume after it (live/timeline-cursor.ts).
 *
 * `live` is the bus subscription to the patient's topic (`liveEvents`, live-pubsub.ts), open
 * before the first read: listening starts before it, so an event committed meanwhile is either read or
 * announced. Every read is "the events this subscriber does not hold", in key order, in one
 * statement that also returns its snapshot; the position moves with each event delivered.
 * So an event whose transaction committed after one with a larger key was delivered is still
 * read (its announcement comes when it commits), and none comes twice, whichever read finds it.
 *
 * Each subscriber of a patient reads once per announcement for that patient; the read is by
 * patient, narrow (the events it lacks, usually one) and on two indexes (patient and key,
 * patient and transaction).
 */
export async function* timelineUpdates(
  live: AsyncIterableIterator<unknown>,
  ctx: GraphQLContext,
  patientId: string,
  from: TimelinePosition | null,
): AsyncGenerator<TimelineUpdate> {
  const delivered = new Set<string>();
  let position = from;
  async function* readMissing(): AsyncGenerator<TimelineUpdate> {
    for (;;) {
      renewLiveContext(ctx);
      const { events, snapshot } = await readJourneySince(ctx.em, patientId, position!, CATCH_UP_BATCH);
      for (const event of events) {
        position = advance(position!, event, snapshot!);
        delivered.add(event.seq);
        if (delivered.size > REMEMBERED) delivered.delete(delivered.values().next().value!);
        yield Object.assign(new TimelineUpdate(), { cursor: encodeTimelineCursor(position), event, patientId });
      }
      if (events.length < CATCH_UP_BATCH) return;
    }
  }
  try {
    // New events only: every event committed now counts as held (listening has already begun).
    position ??= await journeyPositionNow(ctx.em.fork(), patientId);
    yield* readMissing();
    for await (const payload of live) {
      const message = payload as LiveMessage;
      if (message.t === 'e' && delivered.has(message.e)) continue;
      yield* readMissing();
    }
  } finally {
    await live.return?.();
  }
}
