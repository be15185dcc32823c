import { type ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
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

/** The link that sends subscriptions over the live client (loaded with the first subscription, see apollo-client.ts). */
export function createLiveLink(): ApolloLink {
  return new GraphQLWsLink(createLiveClient());
}
