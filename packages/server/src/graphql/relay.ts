import { ArgsType, Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { badInput } from '../common/domain-error.js';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The `first` argument of every connection field: one description for all of them. */
export const FIRST_ARG = {
  nullable: true,
  description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted. Outside that range: BAD_USER_INPUT.`,
} as const;

/** The `input` argument of every mutation (one input object per mutation, as Relay has it). */
export const INPUT_ARG = {
  description: 'Everything the mutation needs, as one object; each field is described on the input type.',
} as const;

/** The `after` argument of every connection field. */
export const AFTER_ARG = {
  nullable: true,
  description: 'Return the items after this cursor (`pageInfo.endCursor` or an edge\'s `cursor` from the previous page); omit it for the first page. A cursor that is not valid: BAD_USER_INPUT.',
} as const;

/** Relay global object ID: base64url of `Type:key`. Opaque to clients. */
export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; key: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { type: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The database key inside a global ID of the expected type, or BAD_USER_INPUT naming `field`. */
export function keyOf(globalId: string, type: string, field: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type || !UUID.test(parsed.key)) {
    throw badInput(field, `"${globalId}" is not a ${type} ID`, 'INVALID_ID');
  }
  return parsed.key.toLowerCase();
}

/**
 * `keyOf` for an optional ID argument of a change: undefined (not given: leave it) and null
 * (clear it) pass through unchanged.
 */
export function optionalKeyOf(globalId: string | null | undefined, type: string, field: string): string | null | undefined {
  return globalId === undefined || globalId === null ? globalId : keyOf(globalId, type, field);
}

/** Clamps `first` to 1…MAX_PAGE_SIZE, rejecting nonsense rather than guessing. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `${field} must be between 1 and ${MAX_PAGE_SIZE}`, 'PAGE_SIZE', { max: MAX_PAGE_SIZE });
  }
  return first;
}

/**
 * The arguments of every connection (Relay cursor connections): `first` rows after the cursor
 * `after`, forward; or `last` rows before the cursor `before`, backward. Either way the rows come
 * in the list's own order.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many rows to return from the start of the list (or after \`after\`): 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}. Not with \`last\`.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the rows after this cursor (an edge\'s `cursor` or `pageInfo.endCursor`), paging forward.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many rows to return from the end of the list (or before \`before\`), paging backward: 1 to ${MAX_PAGE_SIZE}. Not with \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the rows before this cursor (an edge\'s `cursor` or `pageInfo.startCursor`), paging backward.' })
  before?: string | null;
}

/** Which page of a list a request asks for, checked: its size, its direction and its cursors. */
export interface PageRequest {
  size: number;
  /** `last`/`before`: the rows at the end of the window, read from the end. */
  backward: boolean;
  after: string | null;
  before: string | null;
}

/**
 * The page a connection's arguments ask for. `first` and `last` together are BAD_USER_INPUT
 * (which end of the window would the page be?); each is 1…MAX_PAGE_SIZE. `last` without
 * `first` pages backward; `before` alone too (with the default size).
 */
export function pageRequest(args: PageArgs | null | undefined): PageRequest {
  const { first, after, last, before } = args ?? {};
  const given = (value: unknown) => value !== null && value !== undefined;
  if (given(first) && given(last)) {
    throw badInput('last', 'Give first (paging forward) or last (paging backward), not both', 'FIRST_AND_LAST');
  }
  const backward = given(last) || (!given(first) && Boolean(before) && !after);
  return {
    size: backward ? pageSize(last, 'last') : pageSize(first),
    backward,
    after: after || null,
    before: before || null,
  };
}

/**
 * What a cursor may hold: keys (UUIDs, serial numbers), ranks, and dates or instants. Never a
 * name or any other personal data, since anyone can decode a cursor: a keyset over a name
 * keeps only the row's id in its cursor and reads the name from that row.
 */
const CURSOR_VALUE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?)$/i;

/** Opaque keyset cursor: base64url of a JSON array of the sort key values (ids, ranks, dates). */
export function encodeCursor(values: readonly (string | number)[]): string {
  for (const value of values) {
    if (typeof value === 'string' && !CURSOR_VALUE.test(value)) throw new Error('A cursor may hold only ids, ranks and dates');
  }
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
}

@InterfaceType({
  description: 'An object that can be fetched on its own with `node(id:)`.',
  // Every Node is an entity instance whose class name is its GraphQL type name.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global, opaque object ID.' })
  nodeId!: string;
}

@ObjectType({ description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'Whether rows follow this page: paging forward (`first`), known from one row read past the page; paging backward, true when `before` was given (the row at that cursor follows).',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether rows come before this page: paging backward (`last`), known from one row read past the page; paging forward, true when `after` was given (the row at that cursor comes before).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first row of the page (pass it as `before` for the page before); null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last row of the page (pass it as `after` for the page after); null for an empty page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  /** In the list's order, whichever way the page was read. */
  nodes: T[];
  hasNextPage: boolean;
  /** Defaults to false. */
  hasPreviousPage?: boolean;
  cursorOf: (node: T) => string;
  count: () => Promise<number>;
}

/** The fields every connection has, built from one page of keyset results. */
/** An edge whose cursor is encoded only if the request selects it (most pages ask only for endCursor). */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

export function toConnection<T>(page: Page<T>): {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
} {
  const edges = page.nodes.map((node) => new Edge(node, page.cursorOf));
  const first = page.nodes[0];
  const last = page.nodes[page.nodes.length - 1];
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage ?? false,
      startCursor: first === undefined ? null : page.cursorOf(first),
      endCursor: last === undefined ? null : page.cursorOf(last),
    },
    count: page.count,
  };
}
