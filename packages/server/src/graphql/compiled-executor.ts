import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
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
      const result = compileQuery(schema, document, operationName, COMPILER_OPTIONS);
      // graphql-jit returns errors rather than a function for what it cannot compile (an
      // operation Apollo's validation let through but graphql-jit refuses); graphql-js runs those.
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const operationName = request.operationName ?? undefined;
    const query = compile(document, operationName);
    if (!query) return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    return query.query(undefined, context, request.variables);
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
