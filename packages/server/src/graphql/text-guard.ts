import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import { storableText } from '../common/validate.js';
import type { GraphQLContext } from './context.js';

/** Where a literal sits: its argument and input fields (`input.guardian.name`). */
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names = ancestors.flatMap((a) => ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []));
  return names.join('.') || 'query';
}

/** Every string literal in the query text (arguments, input objects, variable defaults). */
function checkLiterals(document: DocumentNode): void {
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      storableText(literalPath(ancestors), node.value);
    },
  });
}

/** Every string in the variables, however deep (walked without recursion: the body may nest thousands deep). */
function checkVariables(variables: Record<string, unknown> | undefined): void {
  const pending: [string, unknown][] = Object.entries(variables ?? {});
  while (pending.length > 0) {
    const [path, value] = pending.pop()!;
    if (typeof value === 'string') storableText(path, value);
    else if (Array.isArray(value)) value.forEach((v, i) => pending.push([`${path}.${i}`, v]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pending.push([`${path}.${k}`, v]);
  }
}

/**
 * Refuses, before anything runs, any request whose arguments hold text no column can store
 * (a NUL, half a surrogate pair): BAD_USER_INPUT naming the argument, for every operation,
 * whether or not its service checks that field (common/validate.ts, `storableText`).
 */
export function textGuardPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          try {
            checkLiterals(document);
            checkVariables(request.variables);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
