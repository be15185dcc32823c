import { JourneyEventKind } from '@pj/shared';
import type { PubSub } from 'type-graphql';

/** What the database announces on the `pj_live` channel (db/migrations/…-live-notify.ts): keys only. */
export type LiveMessage =
  /** A timeline event was committed: its patient, its key (`seq`) and kind. */
  | { t: 'e'; p: string; e: string; k: JourneyEventKind }
  /** A session (`s`) or an API token (`k`) was revoked or locked, or an account (`u`) closed or its expiry moved. */
  | { t: 's' | 'k' | 'u'; id: string }
  /** A column of the theatre board changed: its theatre's key and Phnom Penh day (YYYY-MM-DD). */
  | { t: 'b'; th: string; d: string }
  /** A referral was received, a column its worklist row shows changed, or it became overdue (the daily job). */
  | { t: 'r'; id: string }
  /** A treatment plan's doses or status changed: the oncology alerts may have (`p`: the plan). */
  | { t: 'a'; p: string }
  /** A follow-up was booked or changed (`d`: its due day; `o`: the day it was due before it moved), or its patient marked lost. */
  | { t: 'f'; id: string; d: string; o?: string | null }
  /** This process's LISTEN connection was re-opened: announcements may have been missed meanwhile. */
  | { t: 'resync' };

/** Topics of the process's bus. */
export const LiveTopic = {
  timeline: (patientId: string) => `timeline:${patientId}`,
  /** Admissions, transfers and discharges, whichever ward. */
  census: 'census',
  /** Sessions and tokens revoked, accounts closed. */
  credentials: 'credentials',
  /** The theatre board of one day (YYYY-MM-DD, Phnom Penh): its columns that changed. */
  theatreBoard: (date: string) => `theatreBoard:${date}`,
  /** Referrals received or changed as their worklist rows show them, or become overdue. */
  referrals: 'referrals',
  /** Changes that may change the oncology alerts (and, from this process alone, each new hospital day). */
  oncologyAlerts: 'oncologyAlerts',
  /** Follow-ups booked, recorded, moved, cancelled, or whose patient was marked lost. */
  followUps: 'followUps',
  /** Every subscriber re-reads after the LISTEN connection came back. */
  resync: 'resync',
} as const;

type Listener = (payload: unknown) => void;

/**
 * The process's own publish/subscribe bus, the `pubSub` type-graphql's subscriptions need
 * (graphql/schema.ts). It is fed by one LISTEN connection per process (live-listener.ts), so
 * every server instance on the database sees every committed change; nothing is published to
 * other instances from here. Each subscription's iterator buffers what arrives while its
 * consumer is busy (a client reading slowly holds its own queue, not others').
 */
export class LivePubSub implements PubSub {
  private readonly listeners = new Map<string, Set<Listener>>();

  publish(topic: string, payload?: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  /** How many listeners `topic` has now: one per subscription reading it (what a test waits for before writing). */
  listenerCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  /** Calls `listener` for each payload on `topic` until the returned function is called. */
  on(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(topic) === set) this.listeners.delete(topic);
    };
  }

  /** The payloads of `topics` from now on, in arrival order, until the iterator is returned. */
  subscribe(topics: string | readonly string[]): AsyncIterableIterator<unknown> {
    const queue: unknown[] = [];
    let waiting: ((result: IteratorResult<unknown>) => void) | null = null;
    let done = false;
    const push = (payload: unknown) => {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload, done: false });
      } else {
        queue.push(payload);
      }
    };
    const offs = (typeof topics === 'string' ? [topics] : topics).map((topic) => this.on(topic, push));
    const finish = (): Promise<IteratorResult<unknown>> => {
      done = true;
      for (const off of offs) off();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<unknown> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/**
 * What a subscription resolver returns: `body`'s events, `body` reading the bus's `topics`.
 * When the client completes the subscription or its socket closes, graphql-ws returns the
 * iterator; an async generator waiting on the bus would stop only at its next `yield`, after
 * reading (and delivering, and auditing) one more event nobody asked for. Here the bus
 * subscription is ended first, so `body`'s wait ends at once and it runs its `finally`.
 */
export function liveEvents<T>(bus: LivePubSub, topics: readonly string[], body: (live: AsyncIterableIterator<unknown>) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const live = bus.subscribe(topics);
  const events = body(live);
  const iterator: AsyncIterableIterator<T> = {
    next: () => events.next(),
    return: async () => {
      await live.return?.();
      return events.return(undefined);
    },
    throw: async (error: unknown) => {
      await live.return?.();
      return events.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** How a `coalescingFeed` gathers announcements and reads what they name. */
export interface CoalescingReads<K, T> {
  /** What an announcement on the feed's topics asks to be read (undefined: nothing, it is passed over). */
  keyOf(payload: unknown): K | undefined;
  /**
   * Reads what is pending: takes the keys it reads out of `pending` before its first `await`
   * (those it leaves are read next, with whatever is announced meanwhile).
   */
  read(pending: Set<K>): Promise<T[]>;
  /**
   * When a read fails: notes in `pending` what to read again, which is read after `afterMs`, or
   * at the next announcement if one comes first. Without it the error ends the iterator's `next`.
   */
  retry?: { afterMs: number; onError(error: unknown, pending: Set<K>): void };
}

/**
 * What a subscription resolver returns when a read serves many announcements: the keys
 * announced on `topics` are gathered while a read is under way (a key announced twice is read
 * once), and each read hands out its rows one by one before the next read starts.
 *
 * A plain iterator rather than an async generator under `liveEvents`: it takes every key
 * announced so far at once (to read them in one statement), which an iterator of the bus hands
 * out one `await` at a time; and like `liveEvents` it ends at once when the client stops (a
 * generator waiting for the next announcement could not end before one came).
 */
export function coalescingFeed<K, T>(bus: LivePubSub, topics: readonly string[], reads: CoalescingReads<K, T>): AsyncIterableIterator<T> {
  const pending = new Set<K>();
  const ready: T[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const rouse = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const offs = topics.map((topic) =>
    bus.on(topic, (payload) => {
      const key = reads.keyOf(payload);
      if (key === undefined || done) return;
      pending.add(key);
      rouse();
    }),
  );
  const finish = (): Promise<IteratorResult<T>> => {
    done = true;
    for (const off of offs) off();
    pending.clear();
    ready.length = 0;
    rouse();
    return Promise.resolve({ value: undefined, done: true });
  };
  /** Until the next announcement, or `ms` if given, or the end. */
  const pause = (ms?: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      if (ms !== undefined) setTimeout(resolve, ms).unref();
    }).finally(() => (wake = null));
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        if (done) return { value: undefined, done: true };
        if (ready.length) return { value: ready.shift()!, done: false };
        if (pending.size === 0) {
          await pause();
          continue;
        }
        const { retry } = reads;
        const rows = await reads.read(pending).catch((error: unknown) => {
          if (!retry) throw error;
          retry.onError(error, pending);
          return null;
        });
        if (done) continue;
        if (rows) ready.push(...rows);
        else await pause(retry?.afterMs);
      }
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * One bus per process: the schema is built once, before any server listens, and its
 * subscriptions read from this bus; the LISTEN connection started with the server feeds it.
 */
export const livePubSub = new LivePubSub();

/** Hands a message read from the channel to its topics. */
export function publishLiveMessage(bus: LivePubSub, message: LiveMessage): void {
  switch (message.t) {
    case 'e':
      bus.publish(LiveTopic.timeline(message.p), message);
      if (CENSUS_KINDS.has(message.k)) bus.publish(LiveTopic.census, message);
      return;
    case 'b':
      bus.publish(LiveTopic.theatreBoard(message.d), message);
      return;
    case 'r':
      bus.publish(LiveTopic.referrals, message);
      return;
    case 'a':
      bus.publish(LiveTopic.oncologyAlerts, message);
      return;
    case 'f':
      bus.publish(LiveTopic.followUps, message);
      return;
    case 'resync':
      bus.publish(LiveTopic.resync, message);
      return;
    case 's':
    case 'k':
    case 'u':
      bus.publish(LiveTopic.credentials, message);
  }
}

/** The kinds of event that change who is in which bed (a merge moves a stay to the patient kept). */
const CENSUS_KINDS: ReadonlySet<JourneyEventKind> = new Set([
  JourneyEventKind.ADMITTED,
  JourneyEventKind.TRANSFERRED,
  JourneyEventKind.DISCHARGED,
  JourneyEventKind.PATIENTS_MERGED,
]);
