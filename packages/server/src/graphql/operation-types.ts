import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

export const SUBSCRIPTION_OVER_HTTP =
  'Subscriptions are served over WebSocket at /graphql (the graphql-ws protocol), not over HTTP';

/**
 * The operations an HTTP request may carry: queries and mutations. A subscription runs over a
 * WebSocket (live/subscriptions.ts); sent over HTTP, graphql 16 would execute its root field
 * once and fail with an uncoded error, INTERNAL_SERVER_ERROR with a logged stack trace. An
 * operation kind with no root type in the schema is refused too (graphql 16's validation does
 * not look; graphql 17 adds the same rule, KnownOperationTypesRule). Both are validation errors:
 * refused before anything runs, HTTP 400, `GRAPHQL_VALIDATION_FAILED`.
 */
export const httpOperationTypes: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription') {
      context.reportError(new GraphQLError(SUBSCRIPTION_OVER_HTTP, { nodes: [operation] }));
      return;
    }
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${operation.operation} operations: send a query or a mutation`, { nodes: [operation] }),
    );
  },
});
