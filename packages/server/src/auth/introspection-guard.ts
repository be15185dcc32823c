import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@pj/shared';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** In production the schema is described only to signed-in users. */
export function introspectionGuard({ production }: { production: boolean }): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, document }) {
          if (production && !contextValue.user && asksForSchema(document)) {
            throw new GraphQLError('Sign in to explore the schema', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
