import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getOperationAST, GraphQLError, type DocumentNode, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Which executor runs operations: graphql-jit's compiled functions, or graphql-js's `execute`. */
export type GraphQLExecutorKind = 'jit' | 'graphql-js';

/**
 * graphql-jit's options. Leaves are still serialised by their scalar (DateTime, LocalDate…), as
 * graphql-js does; errors carry no captured stack (nobody reads it: formatError sends none and
 * logs the original error's); Apollo Server writes the JSON itself, so no compiled serialiser.
 */
const COMPILER_OPTIONS = {
  disableLeafSerialization: false,
  disablingCapturingStackErrors: true,
  customJSONSerializer: false,
} as const;

/** An operation graphql-jit compiled, or null when it refused to and graphql-js runs it. */
type Compiled = CompiledQuery | null;

/**
 * graphql-jit's errors are its own subclass of GraphQLError, whose `extensions` is undefined
 * when the resolver's error has none (graphql-js makes it `{}`): Apollo Server reads
 * `extensions.code` from every error, and would fail formatting it. The same error as
 * graphql-js's `locatedError` makes: the thrown error as `originalError`, its extensions, the
 * field's path and locations.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const located = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  // graphql-js computes `locations` from the field nodes, which graphql-jit's error does not carry.
  (located as { locations: readonly SourceLocation[] | undefined }).locations = error.locations;
  return located;
}

export interface CompiledExecutor {
  /** What `new ApolloServer({ gateway })` takes in place of `schema`. */
  gateway: GatewayInterface;
  /** How many times an operation was compiled (tests: once per document and operation). */
  readonly compilations: number;
}

/**
 * Runs each operation as a function graphql-jit compiles from it, instead of graphql-js's
 * `execute`, which walks the document for every object of the result (collecting fields,
 * building `info` and a path, checking types): on a page of rows, most of the execution time
 * outside the resolvers.
 *
 * Apollo Server 5 has no executor option; its gateway interface (`@apollo/server-gateway-interface`,
 * public and typed) is the way to give it one. It runs after Apollo's parsing, validation
 * (the query limits included) and every plugin hook before execution, and its result is
 * formatted (`formatError`) and sent as graphql-js's would be; the schema is ours, loaded once.
 */
export function compiledExecutor(schema: GraphQLSchema): CompiledExecutor {
  // Compiled once per document and operation name. Keyed by the parsed document, which Apollo
  // takes from its own document cache (an LRU of bounded size) for every request with the same
  // text: a document that falls out of that cache can be collected, and its compiled functions
  // with it, so this cache is bounded by construction. A document parsed for one request only
  // (when Apollo's cache is off) lives as long as that request.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  let compilations = 0;

  const compile = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map<string, Compiled>()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      compilations++;
      // graphql-jit returns errors rather than a function for what it cannot compile (an
      // operation Apollo's validation let through but graphql-jit refuses), or throws;
      // graphql-js runs those, and answers as it always has.
      try {
        const result = compileQuery(schema, document, operationName, COMPILER_OPTIONS);
        query = isCompiledQuery(result) ? result : null;
      } catch {
        query = null;
      }
      byName.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const plain = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    // No operation of that name (the empty name included, which graphql-jit takes for "the only
    // one"): graphql-js answers it as Apollo Server expects, with the error it reports as
    // OPERATION_RESOLUTION_FAILURE.
    if (!getOperationAST(document, operationName)) return plain();
    const query = compile(document, operationName);
    if (!query) return plain();
    const result = await query.query(undefined, context, request.variables);
    // No data: graphql-jit refused the variables, in words of its own and without the variable's
    // definition node, by which Apollo Server tells a client's bad variable (BAD_USER_INPUT,
    // HTTP 400) from a failure. graphql-js refuses them again as clients have always been told;
    // it runs no resolver on the way.
    if (result.data === undefined) return plain();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  const gateway: GatewayInterface = {
    load: () => Promise.resolve({ executor }),
    // The schema never changes while the server runs: reported once, at load.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: () => Promise.resolve(),
  };
  return {
    gateway,
    get compilations() {
      return compilations;
    },
  };
}
