import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The GraphQL errors inside an Apollo error (none for network and other failures). */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function codeOf(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

export function reasonOf(error: GraphQLFormattedError): string | undefined {
  const reason = error.extensions?.['reason'];
  return typeof reason === 'string' ? reason : undefined;
}

export function hasCode(error: unknown, ...codes: string[]): boolean {
  return graphQLErrorsOf(error).some((e) => codes.includes(codeOf(e) ?? ''));
}

/** The first GraphQL error with this code, for its `reason` and other extensions. */
export function findCode(error: unknown, code: string): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error).find((e) => codeOf(e) === code);
}
