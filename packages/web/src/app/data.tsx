import { ApolloProvider } from '@apollo/client/react';
import type { ComponentType } from 'react';
import { MeQuery } from '../modules/auth/graphql/me.query';
import { LogoutMutation } from '../modules/auth/graphql/logout.mutation';
import { createApolloClient } from './apollo-client';
import { findCode } from './graphql-errors';
import { sessionEpoch, setSignedIn, setSignedOut, setUnreachable, type SessionUser } from './session/session-store';

// One client (and so one cache) for the whole app, created when the data layer first loads.
export const client = createApolloClient();

/**
 * Wraps a page in the Apollo provider. It lives in this module, which only lazy code imports, so
 * Apollo Client and graphql are not part of the initial bundle: the shell paints without them.
 */
export function withData<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithData(props: P) {
    return (
      <ApolloProvider client={client}>
        <Page {...props} />
      </ApolloProvider>
    );
  }
  WithData.displayName = `WithData(${Page.displayName ?? Page.name})`;
  return WithData;
}

/** Asks the server who is signed in and records the answer in the session store. */
export async function loadSession(): Promise<void> {
  const sentIn = sessionEpoch();
  try {
    const { data, error } = await client.query({ query: MeQuery, fetchPolicy: 'network-only', errorPolicy: 'all' });
    if (data?.me) {
      setSignedIn(data.me);
    } else if (findCode(error, 'UNAUTHENTICATED')) {
      // The error link has already ended the session; this covers a link-less setup too.
      setSignedOut('NOT_SIGNED_IN', sentIn);
    } else {
      setUnreachable();
    }
  } catch {
    setUnreachable();
  }
}

/** After signing in: forget whatever an earlier user's session left in the cache. */
export async function startSession(user: SessionUser): Promise<void> {
  await client.clearStore();
  setSignedIn(user);
}

/** Ends the session on the server and in the app, and empties the cache. */
export async function signOut(): Promise<void> {
  try {
    await client.mutate({ mutation: LogoutMutation, errorPolicy: 'all' });
  } catch {
    // Offline or already expired: the app still forgets the user; the cookie expires on its own.
  }
  setSignedOut('SIGNED_OUT');
  await client.clearStore();
}
