import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@pj/shared';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ObjectFieldNode, type VariableDefinitionNode } from 'graphql';
import { nulCharacterAt } from '../common/validate.js';
import type { GraphQLContext } from './context.js';

/** The argument, input field or variable whose literal in the operation holds a NUL character. */
function nulInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !node.value.includes('\u0000')) return;
      const owner = [...ancestors, parent]
        .reverse()
        .find((a): a is ArgumentNode | ObjectFieldNode | VariableDefinitionNode =>
          !!a && !Array.isArray(a) && 'kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD || a.kind === Kind.VARIABLE_DEFINITION),
        );
      found = !owner ? 'query' : owner.kind === Kind.VARIABLE_DEFINITION ? owner.variable.name.value : owner.name.value;
    },
  });
  return found;
}

/**
 * Every text input of every operation — variables and literals, signed in or not (`login`
 * too) — is refused with BAD_USER_INPUT when it holds a NUL character, before any resolver
 * runs: PostgreSQL cannot store or compare it, and the first statement to meet it would
 * otherwise fail as INTERNAL_SERVER_ERROR. Other control characters are each field's own
 * rule (common/validate.ts).
 */
export function textInputGuard(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const field = nulCharacterAt(request.variables ?? {}, '') ?? nulInDocument(document);
          if (field) {
            throw new GraphQLError(`${field} contains a NUL character`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'CONTROL_CHARACTERS', field, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
