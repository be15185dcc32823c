import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@pj/shared';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const { kind, name } = node as { kind?: string; name?: { value?: string } };
    if (kind === 'Field' && (name?.value === '__schema' || name?.value === '__type')) {
      found = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(document);
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
