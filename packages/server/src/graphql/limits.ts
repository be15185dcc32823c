import { ErrorCode } from '@pj/shared';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type Source,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
} from 'graphql';
import { DomainError } from '../common/domain-error.js';
import { LIST_BOUNDS } from './list-bounds.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay.js';

/** Deepest field nesting a query may have (fragments followed, introspection not counted). */
export const MAX_QUERY_DEPTH = 12;
/**
 * Deepest bracket nesting (`{`, `[`, `(`, outside strings and comments) a document's text may
 * have, checked before it is parsed (`nestingRefusal`). Parsing and validation recurse once per
 * level of nesting, so a document nested thousands deep exhausts the stack before the depth rule
 * (fields, below) can refuse it. Where it strikes depends on how warm the code is: it came back
 * as a parse error saying only "Maximum call stack size exceeded" or, when validation struck, as
 * an INTERNAL_SERVER_ERROR. In a fresh process graphql-js's parser overflows at about 1,950
 * levels of fields and 1,500 to 2,000 of list values; 64 leaves room for 12 levels of fields with
 * their arguments and nested input objects.
 */
export const MAX_QUERY_NESTING = 64;

/**
 * Most lexical tokens (names, punctuation, values) a document may have: a bound on the work of
 * parsing and validating one document, well above any real query (the web app's largest has
 * about 540 as it sends it; trusted-documents.test.ts keeps every one within it).
 */
export const MAX_QUERY_TOKENS = 50_000;

/** How every document a client sends is parsed: Apollo Server's `parseOptions`, and sockets'. */
export const QUERY_PARSE_OPTIONS: ParseOptions = { maxTokens: MAX_QUERY_TOKENS };

/** Parses a client's document within the token limit; a syntax error or too many tokens throw a GraphQLError. */
export function parseQuery(query: string | Source): DocumentNode {
  return parse(query, QUERY_PARSE_OPTIONS);
}

/**
 * How deep `{`, `[` and `(` nest in a document's text, strings (block strings too) and comments
 * left out: one pass over the characters, no parsing. An unterminated string ends the count (the
 * parser then refuses the document).
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      depth--;
    } else if (c === 0x23) {
      // A comment, to the end of the line.
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d) i++;
    } else if (c === 0x22) {
      if (text.startsWith('"""', i)) {
        // A block string: its one escape is \""".
        let j = i + 3;
        while (j < text.length && !text.startsWith('"""', j)) j += text.startsWith('\\"""', j) ? 4 : 1;
        if (j >= text.length) return deepest;
        i = j + 2;
      } else {
        let j = i + 1;
        while (j < text.length && text.charCodeAt(j) !== 0x22) {
          const d = text.charCodeAt(j);
          if (d === 0x0a || d === 0x0d) return deepest;
          j += d === 0x5c ? 2 : 1;
        }
        if (j >= text.length) return deepest;
        i = j;
      }
    }
  }
  return deepest;
}

/**
 * The refusal of a document nested deeper than MAX_QUERY_NESTING brackets, before it is parsed
 * (returned to the socket over WebSocket; thrown over HTTP by `refuseTooNested`), or null.
 */
export function nestingRefusal(text: unknown): GraphQLError | null {
  // Fewer characters than the limit cannot nest deeper than it.
  if (typeof text !== 'string' || text.length <= MAX_QUERY_NESTING) return null;
  const depth = bracketDepth(text);
  if (depth <= MAX_QUERY_NESTING) return null;
  const message = `The query's brackets are nested ${depth} deep; at most ${MAX_QUERY_NESTING} are allowed (and ${MAX_QUERY_DEPTH} levels of fields)`;
  const refusal = { reason: 'QUERY_TOO_DEEP' as const, params: { depth, max: MAX_QUERY_NESTING } };
  return new GraphQLError(message, {
    originalError: new DomainError(ErrorCode.BAD_USER_INPUT, message, refusal),
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...refusal, http: { status: 400 } },
  });
}

/**
 * Throws `nestingRefusal`'s refusal: called in an HTTP request's context, which Apollo Server
 * builds before it parses the document, and answers an error thrown there as the error it is
 * (400, BAD_USER_INPUT, QUERY_TOO_DEEP).
 */
export function refuseTooNested(text: unknown): void {
  const refusal = nestingRefusal(text);
  if (refusal) throw refusal;
}

/** Highest estimated cost a query may have; see `estimateCost`. */
export const MAX_QUERY_COST = 50_000;
/**
 * Length assumed for a plain list field with no declared bound (graphql/list-bounds.ts). A
 * test keeps every list field of objects declared, so this is only a safety net.
 */
export const ASSUMED_LIST_SIZE = MAX_PAGE_SIZE;

export type QueryLimitReason = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY';

/**
 * A query refused for its shape. It is a GraphQL validation error (Apollo Server answers 400
 * without running anything) that carries a DomainError, so `formatError` gives the client
 * `BAD_USER_INPUT` with its `reason`.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    refusal: { reason: 'QUERY_TOO_DEEP'; params: { depth: number; max: number } } | { reason: 'QUERY_TOO_COSTLY'; params: { cost: number; max: number } },
    node: OperationDefinitionNode,
  ) {
    super(message, {
      nodes: [node],
      originalError: new DomainError(ErrorCode.BAD_USER_INPUT, message, refusal),
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...refusal },
    });
    this.name = 'QueryLimitError';
  }
}

const isIntrospectionField = (node: FieldNode): boolean =>
  node.name.value === '__schema' || node.name.value === '__type';

function fieldDefinition(parent: GraphQLNamedType | null, node: FieldNode): GraphQLField<unknown, unknown> | null {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return null;
  return parent.getFields()[node.name.value] ?? null;
}

/** The type a fragment or inline fragment applies to, or the enclosing type without a condition. */
function conditionType(context: ValidationContext, typeName: string | undefined, fallback: GraphQLNamedType | null) {
  if (!typeName) return fallback;
  return context.getSchema().getType(typeName) ?? null;
}

function rootType(context: ValidationContext, operation: OperationDefinitionNode): GraphQLCompositeType | null {
  const schema = context.getSchema();
  const type =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return type ?? null;
}

/**
 * Walks an operation's selections through its fragments, with the fragments' results memoized
 * (a fragment used many times is measured once, and a cycle — refused by NoFragmentCycles,
 * which runs alongside — ends the walk instead of looping).
 */
class Measure {
  private readonly fragmentDepth = new Map<string, number>();
  private readonly fragmentCost = new Map<string, number>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly variableDefaults: ReadonlyMap<string, ValueNode | undefined>,
  ) {}

  depth(selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | null): number {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (isIntrospectionField(selection)) break;
          const field = fieldDefinition(parent, selection);
          const child = field ? getNamedType(field.type) : null;
          deepest = Math.max(deepest, 1 + this.depth(selection.selectionSet, child));
          break;
        }
        case Kind.INLINE_FRAGMENT:
          deepest = Math.max(
            deepest,
            this.depth(selection.selectionSet, conditionType(this.context, selection.typeCondition?.name.value, parent)),
          );
          break;
        case Kind.FRAGMENT_SPREAD:
          deepest = Math.max(deepest, this.viaFragment(selection.name.value, this.fragmentDepth, (f, type) => this.depth(f.selectionSet, type)));
          break;
      }
    }
    return deepest;
  }

  /**
   * Every field costs 1; a field that returns a page or a list multiplies what is selected
   * under it by how many items it may return: a page by its `first` or `last` (default
   * DEFAULT_PAGE_SIZE), a plain list by its declared bound (LIST_BOUNDS). Inline fragments on different types are all
   * counted (an over-estimate, never an under-estimate).
   */
  cost(selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | null): number {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          // `__typename` runs no resolver (the type is already known), and Apollo Client adds it
          // to every selection: counting it would refuse a screen for fields that cost nothing.
          if (isIntrospectionField(selection) || selection.name.value === '__typename') break;
          const field = fieldDefinition(parent, selection);
          const child = field ? getNamedType(field.type) : null;
          const children = this.cost(selection.selectionSet, child);
          total += 1 + (children > 0 ? this.multiplier(selection, field, parent) * children : 0);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          total += this.cost(selection.selectionSet, conditionType(this.context, selection.typeCondition?.name.value, parent));
          break;
        case Kind.FRAGMENT_SPREAD:
          total += this.viaFragment(selection.name.value, this.fragmentCost, (f, type) => this.cost(f.selectionSet, type));
          break;
      }
    }
    return total;
  }

  private viaFragment(
    name: string,
    memo: Map<string, number>,
    measure: (fragment: FragmentDefinitionNode, type: GraphQLNamedType | null) => number,
  ): number {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    if (!fragment || this.inProgress.has(name)) return 0;
    this.inProgress.add(name);
    try {
      const value = measure(fragment, conditionType(this.context, fragment.typeCondition.name.value, null));
      memo.set(name, value);
      return value;
    } finally {
      this.inProgress.delete(name);
    }
  }

  /** How many times a field's selections may be resolved for one parent. */
  private multiplier(node: FieldNode, field: GraphQLField<unknown, unknown> | null, parent: GraphQLNamedType | null): number {
    if (!field) return 1;
    if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
      const given = (name: string) => node.arguments?.find((arg) => arg.name.value === name && arg.value.kind !== Kind.NULL)?.value;
      // `first` and `last` together are refused when run; counted as the larger.
      const first = given('first');
      const last = given('last');
      if (first && last) return Math.max(this.pageSizeOf(first), this.pageSizeOf(last));
      return this.pageSizeOf(first ?? last);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    // A connection's `edges` are already counted by the connection's `first`.
    if (field.name === 'edges' && parent && /Connection$/.test(parent.name)) return 1;
    return (parent && LIST_BOUNDS[`${parent.name}.${field.name}`]?.max) ?? ASSUMED_LIST_SIZE;
  }

  /** A literal `first`/`last` counts as given (within 1…cap); a variable as its default, or the cap. */
  private pageSizeOf(value: ValueNode | undefined): number {
    if (!value || value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
    if (value.kind === Kind.VARIABLE) {
      const fallback = this.variableDefaults.get(value.name.value);
      return fallback && fallback.kind !== Kind.VARIABLE ? this.pageSizeOf(fallback) : MAX_PAGE_SIZE;
    }
    if (value.kind === Kind.INT) return Math.min(MAX_PAGE_SIZE, Math.max(1, Number.parseInt(value.value, 10)));
    return MAX_PAGE_SIZE;
  }
}

function measureFor(context: ValidationContext, operation: OperationDefinitionNode): Measure {
  const defaults = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue]));
  return new Measure(context, defaults);
}

/** The deepest field nesting of an operation, following fragments, ignoring introspection. */
export function queryDepth(context: ValidationContext, operation: OperationDefinitionNode): number {
  return measureFor(context, operation).depth(operation.selectionSet, rootType(context, operation));
}

/** An upper estimate of how many fields an operation may resolve. */
export function estimateCost(context: ValidationContext, operation: OperationDefinitionNode): number {
  return measureFor(context, operation).cost(operation.selectionSet, rootType(context, operation));
}

/** Refuses operations nested deeper than `max` fields. */
export function depthLimit(max = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = queryDepth(context, operation);
      if (depth > max) {
        context.reportError(
          new QueryLimitError(`The query is nested ${depth} levels deep; at most ${max} are allowed`, { reason: 'QUERY_TOO_DEEP', params: { depth, max } }, operation),
        );
      }
    },
  });
}

/** Refuses operations whose estimated cost (see `estimateCost`) is above `max`. */
export function costLimit(max = MAX_QUERY_COST): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = estimateCost(context, operation);
      if (cost > max) {
        context.reportError(
          new QueryLimitError(
            `The query could return about ${cost} fields; at most ${max} are allowed. Ask for smaller pages (first) or fewer nested lists`,
            { reason: 'QUERY_TOO_COSTLY', params: { cost, max } },
            operation,
          ),
        );
      }
    },
  });
}

/** The rules Apollo Server runs on every operation, after GraphQL's own. */
export const queryLimitRules: ValidationRule[] = [depthLimit(), costLimit()];
