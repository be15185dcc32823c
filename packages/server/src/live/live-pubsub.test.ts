import { describe, expect, it } from 'vitest';
import { liveEvents, LivePubSub } from './live-pubsub.js';

/** A subscription body as the resolvers write them: forwards what the bus announces, and notes its end. */
function forwarding(ended: string[]) {
  return async function* (live: AsyncIterableIterator<unknown>): AsyncGenerator<unknown> {
    try {
      for await (const message of live) yield message;
    } finally {
      ended.push('finally');
    }
  };
}

describe('liveEvents', () => {
  it('delivers what is published on its topics, in order', async () => {
    const bus = new LivePubSub();
    const events = liveEvents(bus, ['a', 'b'], forwarding([]));
    const first = events.next();
    bus.publish('a', 1);
    bus.publish('c', 'other topic');
    bus.publish('b', 2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await events.next()).toEqual({ value: 2, done: false });
    await events.return?.();
  });

  it('ends at once when returned while waiting for the bus, with nothing more delivered', async () => {
    const bus = new LivePubSub();
    const ended: string[] = [];
    const events = liveEvents(bus, ['a'], forwarding(ended));
    const waiting = events.next();
    await events.return?.();
    // The body's `finally` ran without another announcement, and the pending read ends empty.
    expect(ended).toEqual(['finally']);
    expect(await waiting).toEqual({ value: undefined, done: true });
    bus.publish('a', 'after the end');
    expect(await events.next()).toEqual({ value: undefined, done: true });
  });
});
