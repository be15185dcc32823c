import { type ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client, type Sink, type SubscribePayload } from 'graphql-ws';
import { liveClosed, liveConnected, liveConnecting, retryDelayMs } from './live-status';
import { onSessionChange, sessionEpoch } from './session/session-store';

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
      connecting: liveConnecting,
      connected: liveConnected,
      closed: liveClosed,
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

/**
 * The live client, with subscriptions that resume where they stand. graphql-ws sends each
 * subscription again after a reconnection, with the payload it was first given (serialised
 * anew each time). A subscription with an `$after` variable whose updates carry a `cursor`
 * (`patientTimeline`) must resume from the last update received, not from where it first
 * started: each update's cursor is written into the payload's own copy of the variables, so
 * the next sending carries it. Apollo's operation and its variables are left untouched.
 */
export function resumingClient(client: Client): Client {
  function subscribe<Data = Record<string, unknown>, Extensions = unknown>(
    payload: SubscribePayload,
    sink: Sink<FormattedExecutionResult<Data, Extensions>>,
  ): () => void {
    if (!/\$after\b/.test(payload.query)) return client.subscribe(payload, sink);
    const variables: Record<string, unknown> = { ...payload.variables };
    return client.subscribe<Data, Extensions>({ ...payload, variables }, {
      ...sink,
      next(result) {
        const cursor = resumeCursorOf(result.data);
        if (cursor) variables.after = cursor;
        sink.next(result);
      },
    });
  }
  return { ...client, subscribe };
}

/** The `cursor` of an update (the one root field's), if it has one. */
export function resumeCursorOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const [root] = Object.values(data as Record<string, unknown>);
  const cursor = root && typeof root === 'object' ? (root as { cursor?: unknown }).cursor : undefined;
  return typeof cursor === 'string' ? cursor : null;
}

/** The link that sends subscriptions over the live client (loaded with the first subscription, see apollo-client.ts). */
export function createLiveLink(): ApolloLink {
  return new GraphQLWsLink(resumingClient(createLiveClient()));
}
