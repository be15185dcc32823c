import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../generated/possible-types';

/**
 * One client for the app. The API is always same-origin at `/graphql`: the server serves the
 * built app in production and Vite proxies it in development.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            // One cached list per search term; pages (`first`/`after`) are merged into it.
            patients: relayStylePagination(['search']),
          },
        },
        Patient: {
          fields: {
            journey: relayStylePagination(['kinds']),
          },
        },
      },
    }),
  });
}
