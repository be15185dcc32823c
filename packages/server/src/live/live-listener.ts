import pg from 'pg';
import { publishLiveMessage, type LiveMessage, type LivePubSub } from './live-pubsub.js';

/** The channel the database's triggers announce on (db/migrations/…-live-notify.ts). */
export const LIVE_CHANNEL = 'pj_live';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

export interface LiveListener {
  /** True while the LISTEN connection is open. */
  readonly listening: boolean;
  stop(): Promise<void>;
}

/**
 * The process's one connection that LISTENs on the channel and hands each announcement to
 * the bus. When the connection is lost (the supervised embedded database restarting, a
 * network cut), it is opened again with growing waits, and once it is back every subscriber
 * is told to re-read (`resync`): what was announced while nobody listened is read from the
 * tables instead. A pooled connection cannot be used: LISTEN belongs to one session.
 */
export function startLiveListener(
  connectionString: string,
  bus: LivePubSub,
  log: (message: string) => void = () => undefined,
): Promise<LiveListener> {
  let client: pg.Client | null = null;
  let stopped = false;
  let listening = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, keepAlive: true });
    // Without an error listener, a lost connection would end the process.
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      try {
        publishLiveMessage(bus, JSON.parse(message.payload) as LiveMessage);
      } catch {
        log(`live: ignored an announcement that is not JSON`);
      }
    });
    client = next;
    await next.connect();
    await next.query(`listen ${LIVE_CHANNEL}`);
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    listening = true;
    retryMs = FIRST_RETRY_MS;
  };

  const lost = (which: pg.Client): void => {
    if (which !== client || stopped) return;
    client = null;
    const wasListening = listening;
    listening = false;
    if (wasListening) log('live: the LISTEN connection was lost; opening it again');
    which.end().catch(() => undefined);
    schedule();
  };

  const schedule = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      const attempt = connect();
      attempt.then(
        () => {
          if (!stopped) publishLiveMessage(bus, { t: 'resync' });
        },
        () => {
          const failed = client;
          if (failed) lost(failed);
          else schedule();
        },
      );
    }, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  return connect().then(() => ({
    get listening() {
      return listening;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      listening = false;
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  }));
}
