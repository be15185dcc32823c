import type { MetadataStorage } from '@mikro-orm/core';
import {
  Kind,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { LeanInclude, LeanPlan } from '../persistence/lean.js';

/** A field selected under a node, with the GraphQL type it was selected on (a fragment's condition). */
interface Selected {
  typeName: string;
  node: FieldNode;
}

/** The fields of a selection set, through inline fragments and fragment spreads. */
function selectedOn(info: GraphQLResolveInfo, typeName: string, selectionSet: SelectionSetNode | undefined, out: Selected[] = []): Selected[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push({ typeName, node: selection });
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedOn(info, selection.typeCondition?.name.value ?? typeName, selection.selectionSet, out);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) selectedOn(info, fragment.typeCondition.name.value, fragment.selectionSet, out);
    }
  }
  return out;
}

/** The fields named `name` selected under any of `nodes`. */
function childFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  return nodes.flatMap((node) => selectedOn(info, '', node.selectionSet).filter((s) => s.node.name.value === name).map((s) => s.node));
}

/** The object types a selection on `typeName` may resolve on. */
function concreteTypes(info: GraphQLResolveInfo, typeName: string): readonly GraphQLObjectType[] {
  const type = info.schema.getType(typeName);
  if (!type) return [];
  if (isAbstractType(type)) return info.schema.getPossibleTypes(type);
  return isObjectType(type) ? [type] : [];
}

export interface PlanOptions {
  /** The relations the read may include (the most it reads). */
  available: LeanInclude;
}

function planAt(
  info: GraphQLResolveInfo,
  metadata: MetadataStorage,
  nodes: readonly FieldNode[],
  typeName: string,
  className: string,
  available: LeanInclude,
): LeanPlan {
  const meta = metadata.get(className);
  const include: Record<string, LeanPlan> = {};
  const selected = nodes.flatMap((node) => selectedOn(info, typeName, node.selectionSet));
  const byName = new Map<string, Selected[]>();
  for (const s of selected) byName.set(s.node.name.value, [...(byName.get(s.node.name.value) ?? []), s]);
  for (const [name, fields] of byName) {
    const prop = meta.properties[name] as { type: string } | undefined;
    if (!available[name] || !prop) continue;
    const fieldType = fields.map((f) => concreteTypes(info, f.typeName).map((t) => t.getFields()[name]).find(Boolean)).find(Boolean);
    const nestedType = fieldType ? getNamedType(fieldType.type).name : prop.type;
    include[name] = planAt(info, metadata, fields.map((f) => f.node), nestedType, prop.type, available[name]);
  }
  return { include };
}

/**
 * What a lean read of `className` should take for the current field: under it, down `path`,
 * the relations of `options.available` that the request selects (a relation is selected by
 * its field name, which is the entity's property name). Every column of each record is read
 * (persistence/lean.ts), so no field can need a column that was not: only whole records are chosen.
 */
export function selectedPlan(
  info: GraphQLResolveInfo,
  metadata: MetadataStorage,
  path: readonly string[],
  className: string,
  options: PlanOptions,
): LeanPlan {
  // A parsed query is cached and reused by Apollo, its field nodes with it: plan each once.
  const key = `${className} ${path.join('.')}`;
  let cached = plans.get(info.fieldNodes[0]);
  if (!cached) plans.set(info.fieldNodes[0], (cached = new Map<string, LeanPlan>()));
  let plan = cached.get(key);
  if (!plan) {
    plan = planFor(info, metadata, path, className, options);
    cached.set(key, plan);
  }
  return plan;
}

const plans = new WeakMap<FieldNode, Map<string, LeanPlan>>();

function planFor(info: GraphQLResolveInfo, metadata: MetadataStorage, path: readonly string[], className: string, options: PlanOptions): LeanPlan {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let type = getNamedType(info.returnType);
  for (const name of path) {
    nodes = childFields(info, nodes, name);
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (!field) throw new Error(`${type.name}.${name} is not a field`);
    type = getNamedType(field.type);
  }
  return planAt(info, metadata, nodes, type.name, className, options.available);
}

/** Whether the request selects the fields of `path` (one under the other, through fragments too) under the current field. */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = childFields(info, nodes, name);
  return nodes.length > 0;
}
