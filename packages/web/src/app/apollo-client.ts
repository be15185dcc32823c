import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../generated/possible-types';
import { codeOf, reasonOf } from './graphql-errors';
import { sessionEpoch, setLocked, setSignedOut } from './session/session-store';

/** Operations whose UNAUTHENTICATED answers are theirs to show (wrong password, throttling). */
const OWN_AUTH_ERRORS = new Set(['Login', 'Logout', 'UnlockSession', 'LockSession']);

/**
 * Subscriptions go over the live client's WebSocket (app/live.ts), loaded with the first
 * subscription: most pages subscribe to nothing, and the patient page's first download has a
 * size budget (tests/scenarios/web-bundle-budget.test.ts) the WebSocket client would break.
 */
function lazyLiveLink(): ApolloLink {
  let live: Promise<ApolloLink> | null = null;
  return new ApolloLink((operation, forward) => {
    live ??= import('./live').then(({ createLiveLink }) => createLiveLink());
    return new Observable((observer) => {
      let inner: Subscription | null = null;
      let closed = false;
      live!.then(
        (link) => {
          if (!closed) inner = link.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
}

/** Stamps each request with the session it was sent in (see `sessionEpoch`). */
const sessionEpochLink = new ApolloLink((operation, forward) => {
  operation.setContext({ sessionEpoch: sessionEpoch() });
  return forward(operation);
});

/**
 * Trusted documents: every operation of the app was extracted at build time into the server's
 * manifest (`generated/persisted-documents.json`) and carries its hash (`__meta__.hash`), so the
 * app sends the hash instead of the text (`extensions.persistedQuery`, as Apollo's persisted
 * queries do). A server set to TRUSTED_DOCUMENTS=enforce runs nothing else for a browser session.
 */
export const trustedDocumentLink = new ApolloLink((operation, forward) => {
  const hash = (operation.query as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash === 'string') {
    operation.extensions.persistedQuery = { version: 1, sha256Hash: hash.replace(/^sha256:/, '') };
    operation.setContext(({ http }: { http?: Record<string, unknown> }) => ({ http: { ...http, includeQuery: false, includeExtensions: true } }));
  }
  return forward(operation);
});

/**
 * Any answer saying the request was not signed in ends the session in the app: the shell then
 * sends the user to the sign-in page, which brings them back here afterwards. A locked session
 * shows the lock screen instead.
 */
const sessionErrorLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error) || OWN_AUTH_ERRORS.has(operation.operationName ?? '')) return;
  const unauthenticated = error.errors.find((e) => codeOf(e) === 'UNAUTHENTICATED');
  if (!unauthenticated) return;
  const { sessionEpoch: sentIn } = operation.getContext() as { sessionEpoch?: number };
  const reason = reasonOf(unauthenticated);
  // Locked elsewhere (another tab, or before a reload): show the lock screen, keep the session.
  if (reason === 'SESSION_LOCKED') return setLocked(null, sentIn);
  setSignedOut(reason === 'SESSION_EXPIRED' || reason === 'SESSION_IDLE' ? 'SESSION_EXPIRED' : 'NOT_SIGNED_IN', sentIn);
});

/**
 * One client for the app. The API is always same-origin at `/graphql`: the server serves the
 * built app in production and Vite proxies it in development. The session travels in an
 * httpOnly cookie the app never sees.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionEpochLink,
      sessionErrorLink,
      // Subscriptions over the WebSocket (app/live.ts), every other operation over HTTP.
      ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
        },
        lazyLiveLink(),
        ApolloLink.from([trustedDocumentLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
      ),
    ]),
    cache: new InMemoryCache({
      possibleTypes: {
        ...possibleTypes.possibleTypes,
        // A timeline event of a type this build does not know (a newer server) still matches
        // the `JourneyEvent` fragment, so the timeline shows it with a generic row.
        JourneyEvent: [...possibleTypes.possibleTypes.JourneyEvent, '[A-Za-z]+Event$'],
      },
      typePolicies: {
        Query: {
          fields: {
            // One cached list per search term; pages (`first`/`after`) are merged into it.
            patients: relayStylePagination(['search']),
            // One cached list per filter.
            auditLog: relayStylePagination(['filter']),
            // One cached worklist per filter and sort order.
            referrals: relayStylePagination(['filter', 'orderBy']),
            // One cached follow-up list per day and kind.
            followUps: relayStylePagination(['date', 'dueFrom', 'kinds', 'statuses']),
            // One cached staff directory per filter.
            staffMembersConnection: relayStylePagination(['role', 'visiting', 'specialty', 'search']),
            // One cached list of cases per figure (indicator, period, row).
            indicatorCases: relayStylePagination(['input']),
          },
        },
        Patient: {
          fields: {
            journey: relayStylePagination(['kinds']),
            accessLog: relayStylePagination(),
          },
        },
      },
    }),
  });
}
