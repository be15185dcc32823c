import { describe, expect, it, vi } from 'vitest';
import { coalescingFeed, liveEvents, LivePubSub } from './live-pubsub.js';

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

describe('coalescingFeed', () => {
  /** Until the promises already settled have run their callbacks (timers untouched). */
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  /** A feed of the keys announced on topic `a` (numbers only), read by hand: each read lasts until `release`. */
  function feed(bus: LivePubSub, options: { retry?: boolean } = {}) {
    const reads: number[][] = [];
    const releases: ((outcome: Error | null) => void)[] = [];
    const events = coalescingFeed<number, string>(bus, ['a'], {
      keyOf: (payload) => (typeof payload === 'number' ? payload : undefined),
      read: (pending) => {
        const keys = [...pending].sort();
        pending.clear();
        reads.push(keys);
        return new Promise((resolve, reject) => releases.push((outcome) => (outcome ? reject(outcome) : resolve(keys.map((k) => `row ${k}`)))));
      },
      retry: options.retry ? { afterMs: 60_000, onError: (_error, pending) => pending.add(0) } : undefined,
    });
    /** Waits for a read to be under way. */
    const reading = async () => {
      while (releases.length === 0) await settle();
    };
    /** Ends the read under way (with an error: it fails). */
    const release = async (outcome: Error | null = null) => {
      await reading();
      releases.shift()!(outcome);
    };
    return { events, reads, reading, release };
  }

  it('reads what was announced meanwhile together, once a key, and hands out each row', async () => {
    const bus = new LivePubSub();
    const { events, reads, reading, release } = feed(bus);
    const first = events.next();
    bus.publish('a', 1);
    bus.publish('a', 'passed over');
    await reading();
    // Announced while the first read is under way: gathered for the next one.
    bus.publish('a', 2);
    bus.publish('a', 3);
    bus.publish('a', 2);
    await release();
    expect(await first).toEqual({ value: 'row 1', done: false });
    const second = events.next();
    await release();
    expect(await second).toEqual({ value: 'row 2', done: false });
    expect(await events.next()).toEqual({ value: 'row 3', done: false });
    expect(reads).toEqual([[1], [2, 3]]);
    await events.return?.();
  });

  it('ends at once when returned while waiting for the bus, and lets go of its topics', async () => {
    const bus = new LivePubSub();
    const { events, reads } = feed(bus);
    const waiting = events.next();
    expect(bus.listenerCount('a')).toBe(1);
    await events.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.listenerCount('a')).toBe(0);
    bus.publish('a', 1);
    expect(await events.next()).toEqual({ value: undefined, done: true });
    expect(reads).toEqual([]);
  });

  it('without a retry, a failed read fails the next', async () => {
    const bus = new LivePubSub();
    const { events, release } = feed(bus);
    const next = events.next();
    bus.publish('a', 1);
    await release(new Error('database away'));
    await expect(next).rejects.toThrow('database away');
    await events.return?.();
  });

  it('with a retry, what a failed read notes is read after the wait, or at the next announcement', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const bus = new LivePubSub();
      const { events, reads, release } = feed(bus, { retry: true });
      const first = events.next();
      bus.publish('a', 1);
      await release(new Error('database away'));
      await settle();
      expect(reads).toEqual([[1]]);
      await vi.advanceTimersByTimeAsync(60_000);
      await release();
      expect(await first).toEqual({ value: 'row 0', done: false });

      const second = events.next();
      bus.publish('a', 2);
      await release(new Error('database away again'));
      await settle();
      bus.publish('a', 3);
      await release();
      expect(await second).toEqual({ value: 'row 0', done: false });
      expect(reads).toEqual([[1], [0], [2], [0, 3]]);
      await events.return?.();
    } finally {
      vi.useRealTimers();
    }
  });
});
