import { describe, expect, it } from 'vitest';
import { endingPromptly } from './ending-promptly.js';
import { LivePubSub } from './live-pubsub.js';

/** A subscription's body as the live resolvers write it: for each announcement, a read, then an event. */
async function* reads(live: AsyncIterableIterator<unknown>, log: string[]): AsyncGenerator<string> {
  try {
    for await (const message of live) {
      log.push(`read after ${String(message)}`);
      yield `event for ${String(message)}`;
    }
  } finally {
    log.push('ended');
  }
}

describe('endingPromptly', () => {
  it('stops a subscription waiting for its next announcement at once: nothing more is read', async () => {
    const bus = new LivePubSub();
    const log: string[] = [];
    const live = bus.subscribe('topic');
    const events = endingPromptly(live, reads(live, log));
    const first = events.next();
    bus.publish('topic', 1);
    expect(await first).toEqual({ value: 'event for 1', done: false });

    const pending = events.next(); // waiting for the next announcement, as graphql-ws does
    await events.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    bus.publish('topic', 2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['read after 1', 'ended']);
  });

  it('is needed: a bare generator cannot be returned while it waits, and reads the next change', async () => {
    const bus = new LivePubSub();
    const log: string[] = [];
    const live = bus.subscribe('topic');
    const events = reads(live, log);
    const pending = events.next();
    const returned = events.return(undefined);
    bus.publish('topic', 1);
    expect(await pending).toEqual({ value: 'event for 1', done: false });
    await returned;
    expect(log).toEqual(['read after 1', 'ended']);
  });
});
