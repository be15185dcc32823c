import { ApolloProvider } from '@apollo/client/react';
import type { ComponentType } from 'react';
import { createApolloClient } from './apollo-client';

// One client (and so one cache) for the whole app, created when the first data page loads.
const client = createApolloClient();

/**
 * Wraps a page in the Apollo provider. It lives in this module, which only lazy pages import, so
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
