import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { LIST_BOUNDS } from '../../packages/server/src/graphql/list-bounds.js';
import { DEFAULT_PAGE_SIZE } from '../../packages/server/src/graphql/relay.js';

/**
 * Selections built from the schema itself, so a field added tomorrow is selected by the tests
 * that use these without anyone listing it.
 */

/** One selected field: `alias: name(args) { children }`, optionally inside `... on onType`. */
export interface Sel {
  /** The response key (the alias, or the field name). */
  key: string;
  name: string;
  args: string;
  /** Set when the field is selected inside an inline fragment on this type. */
  onType?: string;
  /** Null for a leaf. */
  children: Sel[] | null;
  /** How many times the server's cost estimate counts what is under it (a page's `first`, a list's assumed length). */
  times: number;
}

/** Values for arguments: a GraphQL literal (already printed), or undefined when none fits. */
export type ArgumentValues = (arg: GraphQLArgument, field: GraphQLField<unknown, unknown>, parent: GraphQLNamedType) => string | undefined;

export interface WalkOptions {
  /** Fields below the start, not counting a connection's `edges` and `node`. */
  depth: number;
  /** The length the server's cost estimate assumes of a page without `first` and of a plain list. */
  assumedListSize: number;
  /** Values of the arguments a field is selected with (required ones must get one, or the field is left out). */
  argumentValues: ArgumentValues;
}

const isPlumbing = (parent: GraphQLNamedType, name: string): boolean =>
  (name === 'edges' && parent.name.endsWith('Connection')) || (name === 'node' && parent.name.endsWith('Edge'));

const TYPENAME: Sel = { key: '__typename', name: '__typename', args: '', children: null, times: 1 };

/**
 * Selects every field of a type and below it, `options.depth` levels deep; abstract types
 * through each possible type; a type already met on the way down only with its own fields.
 */
export function walker(schema: GraphQLSchema, options: WalkOptions) {
  function fieldSel(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, depth: number, seen: readonly string[], onType?: string): Sel | null {
    const values: string[] = [];
    // As the server counts: a plain list by its declared bound, a page by its `first`/`last`.
    let times = isListType(getNullableType(field.type)) && !isPlumbing(parent, field.name) ? (LIST_BOUNDS[`${parent.name}.${field.name}`]?.max ?? options.assumedListSize) : 1;
    if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) times = DEFAULT_PAGE_SIZE;
    for (const arg of field.args) {
      const value = options.argumentValues(arg, field, parent);
      if ((arg.name === 'first' || arg.name === 'last') && value !== undefined) times = Number(value);
      if (value !== undefined) values.push(`${arg.name}: ${value}`);
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
    }
    const named = getNamedType(field.type);
    // Inside a fragment on one of several types, fields of the same name may have different
    // types: a per-type alias keeps them apart.
    const key = onType ? `${onType}_${field.name}` : field.name;
    const args = values.length ? `(${values.join(', ')})` : '';
    if (isLeafType(named)) return { key, name: field.name, args, onType, children: null, times };
    // A type met again on the way down (a surgery's mission's surgeries) gives its own fields only.
    const below = isPlumbing(parent, field.name) ? depth : seen.includes(named.name) ? Math.min(0, depth - 1) : depth - 1;
    if (below < 0) return null;
    const children = selectionOf(named, below, seen);
    return children.length ? { key, name: field.name, args, onType, children, times } : null;
  }

  function selectionOf(type: GraphQLNamedType, depth: number, seen: readonly string[] = []): Sel[] {
    if (isObjectType(type)) {
      const fields = Object.values(type.getFields()).map((f) => fieldSel(type, f, depth, [...seen, type.name]));
      return [TYPENAME, ...fields.filter((s): s is Sel => s !== null)];
    }
    if (isAbstractType(type)) {
      const out: Sel[] = [TYPENAME];
      for (const concrete of schema.getPossibleTypes(type)) {
        for (const f of Object.values(concrete.getFields())) {
          const sel = fieldSel(concrete, f, depth, [...seen, type.name, concrete.name], concrete.name);
          if (sel) out.push(sel);
        }
      }
      return out;
    }
    return [];
  }

  return {
    /** The selection of one field of `parent` (a root field: the Query type), or null when its arguments cannot be filled. */
    field(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, depth = options.depth): Sel | null {
      return fieldSel(parent, field, depth, []);
    },
    selectionOf,
  };
}

/** The GraphQL text of a selection set. */
export function render(sels: readonly Sel[]): string {
  return sels
    .map((s) => {
      const alias = s.key === s.name ? '' : `${s.key}: `;
      const field = `${alias}${s.name}${s.args}${s.children ? ` { ${render(s.children)} }` : ''}`;
      return s.onType ? `... on ${s.onType} { ${field} }` : field;
    })
    .join(' ');
}

const typename = (s: Sel) => s.name === '__typename';

/** The server's estimate of a selection's cost (graphql/limits.ts): each field 1, what is under a page or list times its length. */
export function costOf(sels: readonly Sel[]): number {
  let total = 0;
  for (const s of sels) {
    const below = s.children ? costOf(s.children) : 0;
    total += 1 + (below > 0 ? s.times * below : 0);
  }
  return total;
}

/** How many fields deep a selection is. */
export function depthOf(sels: readonly Sel[]): number {
  return Math.max(0, ...sels.map((s) => 1 + (s.children ? depthOf(s.children) : 0)));
}

/**
 * Splits one root selection into operations the server accepts (`limits`: its depth and cost
 * limits), one or more per field under the root: below that, the fields under a selection
 * that is refused are packed into groups that fit, and a field that does not fit alone is split the same way, keeping the path from the
 * root. A leaf that is over the limits on its own (lists in lists in lists) cannot be asked for
 * by anyone: it is returned in `unreachable`.
 */
export function splitToLimits(root: Sel, limits: { maxDepth: number; maxCost: number }): { operations: string[]; unreachable: string[] } {
  const text = (sel: Sel) => `query { ${render([sel])} }`;
  const accepted = (sel: Sel) => depthOf([sel]) <= limits.maxDepth && costOf([sel]) <= limits.maxCost;
  const out: string[] = [];
  const unreachable: string[] = [];
  // `wrap` puts a selection back at its place under the root.
  const visit = (sel: Sel, wrap: (inner: Sel) => Sel): void => {
    const whole = wrap(sel);
    if (accepted(whole)) {
      out.push(text(whole));
      return;
    }
    if (!sel.children) {
      unreachable.push(text(whole));
      return;
    }
    const base = sel.children.filter(typename);
    const under = (children: Sel[]) => wrap({ ...sel, children: [...base, ...children] });
    let group: Sel[] = [];
    const flush = () => {
      if (group.length > 0) out.push(text(under(group)));
      group = [];
    };
    for (const child of sel.children.filter((c) => !typename(c))) {
      if (accepted(under([...group, child]))) {
        group.push(child);
        continue;
      }
      flush();
      if (accepted(under([child]))) group = [child];
      else visit(child, (inner) => under([inner]));
    }
    flush();
  };
  if (!root.children) visit(root, (inner) => inner);
  else {
    // One operation (or more) per branch of the root: a field may break only when reached
    // one way, and packing it with its siblings could read what that way forgets to.
    const base = root.children.filter(typename);
    const leaves = root.children.filter((c) => !c.children && !typename(c));
    if (leaves.length > 0 || root.children.length === base.length) visit({ ...root, children: [...base, ...leaves] }, (inner) => inner);
    for (const child of root.children.filter((c) => c.children)) visit({ ...root, children: [...base, child] }, (inner) => inner);
  }
  return { operations: out, unreachable };
}

/** A value for an input type, as a GraphQL literal. */
export function literal(type: GraphQLInputType, scalar: (scalarName: string, argName: string) => string | undefined, name: string, all = false): string | undefined {
  if (isNonNullType(type)) return literal(type.ofType, scalar, name, all);
  if (isListType(type)) {
    const item = literal(type.ofType, scalar, name, all);
    return item === undefined ? undefined : `[${item}]`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const parts: string[] = [];
    for (const f of Object.values(type.getFields())) {
      if (!all && !isNonNullType(f.type)) continue;
      const value = literal(f.type, scalar, f.name, all);
      if (value === undefined) {
        if (isNonNullType(f.type)) return undefined;
        continue;
      }
      parts.push(`${f.name}: ${value}`);
    }
    return `{ ${parts.join(', ')} }`;
  }
  if (isScalarType(type)) return scalar(type.name, name);
  return undefined;
}

