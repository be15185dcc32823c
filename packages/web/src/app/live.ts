import { createClient, type Client } from 'graphql-ws';
import { useSyncExternalStore } from 'react';
import { onSessionChange, sessionEpoch } from './session/session-store';

/** The live connection's state, for the "Live" indicator. */
export type LiveStatus = 'connecting' | 'live' | 'offline';

let status: LiveStatus = 'connecting';
/** Counts connections made: a page refetches what it shows when it grows past 1 (it may have missed updates). */
let connections = 0;
const listeners = new Set<() => void>();
const setStatus = (next: LiveStatus) => {
  status = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Waits 1 s, 2 s, 4 s … up to 30 s between attempts, with jitter (many browsers after one outage). */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  return Math.min(30_000, 1_000 * 2 ** attempt) * (0.75 + random / 2);
}

/**
 * The app's WebSocket for GraphQL subscriptions (`graphql-ws` on `/graphql`, same origin: the
 * browser sends the session cookie with the upgrade). It opens with the first subscription,
 * reconnects with back-off after the network drops or the server restarts (subscriptions are
 * sent again), and starts over at once after a new sign-in, whose cookie the old socket lacks.
 */
export function createLiveClient(): Client {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const client = createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Every close is retried: a refused socket (signed out) succeeds once the user signs in again.
    shouldRetry: () => true,
    retryWait: (attempt) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt))),
    on: {
      connecting: () => setStatus('connecting'),
      connected: () => {
        connections += 1;
        setStatus('live');
      },
      closed: () => setStatus('offline'),
    },
  });
  let epoch = sessionEpoch();
  onSessionChange(() => {
    if (sessionEpoch() === epoch) return;
    epoch = sessionEpoch();
    // Signed in again: reconnect now with the new cookie (subscriptions are sent again).
    client.terminate();
  });
  return client;
}

/** The live connection's state, and how many times it has connected. */
export function useLiveStatus(): { status: LiveStatus; connections: number } {
  const current = useSyncExternalStore(subscribe, () => status, () => status);
  const count = useSyncExternalStore(subscribe, () => connections, () => connections);
  return { status: current, connections: count };
}
