import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import { storableText } from '../common/validate.js';
import type { GraphQLContext } from './context.js';

type Ancestors = readonly (ASTNode | readonly ASTNode[])[];

/** The argument and input fields a value sits in. */
function fieldPath(ancestors: Ancestors): string[] {
  return ancestors.flatMap((a) => ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []));
}

/** A field named as the services name them: without the `input` of a mutation (`guardian.name`, `search`, `filter.text`). */
function fieldName(path: string[]): string {
  return (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.') || 'query';
}

const withParent = (ancestors: Ancestors, parent: ASTNode | readonly ASTNode[] | undefined): Ancestors => (parent ? [...ancestors, parent] : ancestors);

/** Every string literal in the query text (arguments, input objects, variable defaults). */
function checkLiterals(document: DocumentNode): void {
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      storableText(fieldName(fieldPath(withParent(ancestors, parent))), node.value);
    },
  });
}

/** Where each variable is used, as a field path (its first use). */
function variableFields(document: DocumentNode): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      if (!parent || ('kind' in parent && parent.kind === Kind.VARIABLE_DEFINITION)) return;
      if (!fields.has(node.name.value)) fields.set(node.name.value, fieldPath(withParent(ancestors, parent)));
    },
  });
  return fields;
}

/** Every string in the variables, however deep (walked without recursion: the body may nest thousands deep). */
function checkVariables(used: ReadonlyMap<string, string[]>, variables: Record<string, unknown> | undefined): void {
  if (!variables) return;
  const pending: [string[], unknown][] = Object.entries(variables).map(([name, value]) => [used.get(name) ?? [name], value]);
  while (pending.length > 0) {
    const [path, value] = pending.pop()!;
    if (typeof value === 'string') storableText(fieldName(path), value);
    else if (Array.isArray(value)) for (const item of value) pending.push([path, item]);
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pending.push([[...path, key], item]);
  }
}

/**
 * What the guard knows of a document that passed: the field path of each variable. A document
 * is immutable and Apollo keeps one object per query text in its bounded document cache, so
 * the two walks over it run once per document, not once per request; this map lets go of a
 * document when that cache does.
 */
const checkedDocuments = new WeakMap<DocumentNode, Map<string, string[]>>();

function checkRequest(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  let used = checkedDocuments.get(document);
  if (!used) {
    checkLiterals(document);
    used = variableFields(document);
    checkedDocuments.set(document, used);
  }
  checkVariables(used, variables);
}

/**
 * Refuses, before anything runs, any request whose arguments hold text no column can store
 * (a NUL, half a surrogate pair): BAD_USER_INPUT naming the field, for every operation,
 * whether or not its service checks that field (common/validate.ts, `storableText`). A NUL in
 * `login`'s username reached the sign-in backoff table and failed as INTERNAL_SERVER_ERROR.
 */
export function textGuardPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          try {
            checkRequest(document, request.variables);
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
