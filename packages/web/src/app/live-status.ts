/**
 * The state of the app's live connection (app/live.ts), for the "Live" indicator. Kept apart from
 * the connection itself so that a page showing the state does not load the WebSocket client.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { readAgain } from './read-again';

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

/** Called by the live client (live.ts) as its socket connects, connects again and closes. */
export function liveConnecting(): void {
  setStatus('connecting');
}
export function liveConnected(): void {
  connections += 1;
  setStatus('live');
}
export function liveClosed(): void {
  setStatus('offline');
}

/** Waits 1 s, 2 s, 4 s … up to 30 s between attempts, with jitter (many browsers after one outage). */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  return Math.min(30_000, 1_000 * 2 ** attempt) * (0.75 + random / 2);
}

/** The live connection's state, and how many times it has connected. */
export function useLiveStatus(): { status: LiveStatus; connections: number } {
  const current = useSyncExternalStore(subscribe, () => status, () => status);
  const count = useSyncExternalStore(subscribe, () => connections, () => connections);
  return { status: current, connections: count };
}

/**
 * Calls `refetch` each time the live connection is made again while `enabled`: updates sent
 * while the socket was down were lost, so a live screen reads what it shows again.
 */
export function useRefetchOnReconnect(refetch: () => Promise<unknown>, enabled: boolean): void {
  const { connections } = useLiveStatus();
  const seen = useRef(connections);
  useEffect(() => {
    if (connections === seen.current) return;
    seen.current = connections;
    if (enabled) void readAgain(refetch);
  }, [connections, enabled, refetch]);
}
