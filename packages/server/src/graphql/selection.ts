import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { LeanInclude } from '../db/lean.js';

/** The fields of a selection set, through inline fragments and fragment spreads. */
function fieldsOf(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, out: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(info, selection.selectionSet, out);
    else fieldsOf(info, info.fragments[selection.name.value]?.selectionSet, out);
  }
  return out;
}

/** The fields named `name` selected under any of `nodes`. */
function childFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  return nodes.flatMap((node) => fieldsOf(info, node.selectionSet).filter((field) => field.name.value === name));
}

function pick(info: GraphQLResolveInfo, nodes: readonly FieldNode[], available: LeanInclude): LeanInclude {
  const picked: LeanInclude = {};
  for (const [relation, nested] of Object.entries(available)) {
    const selected = childFields(info, nodes, relation);
    if (selected.length) picked[relation] = pick(info, selected, nested);
  }
  return picked;
}

/**
 * Of the relations a lean read could include, those the request selects: under the current
 * field, down `path` (say `['edges', 'node']` for a connection), every relation of `available`
 * that is selected, in any fragment, recursively. A relation left out is still served — as a
 * lean reference its resolver loads through the request's DataLoader — so this only saves
 * reading records nobody asked for; it never changes an answer.
 */
export function selectedRelations(info: GraphQLResolveInfo, path: readonly string[], available: LeanInclude): LeanInclude {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = childFields(info, nodes, name);
  return pick(info, nodes, available);
}

/** Whether any of `names` is selected under the current field, down `path`. */
export function selects(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = childFields(info, nodes, name);
  return names.some((name) => childFields(info, nodes, name).length > 0);
}
