import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose kind (query, mutation, subscription) has no root type in the
 * schema: this API has no `Subscription`. graphql 16's own validation does not look (graphql 17
 * adds the same rule, KnownOperationTypesRule), so a `subscription { … }` document reached
 * execution and failed there with an uncoded error that became INTERNAL_SERVER_ERROR, logged
 * with a stack trace. As a validation error it is refused before anything runs, with HTTP 400
 * and `GRAPHQL_VALIDATION_FAILED`, like any other document the schema cannot answer.
 */
export const knownOperationTypes: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(`This API has no ${operation.operation} operations: send a query or a mutation`, { nodes: [operation] }),
    );
  },
});
