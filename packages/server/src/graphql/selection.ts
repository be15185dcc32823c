import { ReferenceKind, type EntityMetadata, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
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
import { readsOf } from './reads.js';

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
  // The properties the selected fields declare they read (graphql/reads.ts); undefined once a
  // field declares nothing, which reads every column.
  let columns: Set<string> | undefined = new Set<string>();
  const selected = nodes.flatMap((node) => selectedOn(info, typeName, node.selectionSet));
  const byName = new Map<string, Selected[]>();
  for (const s of selected) byName.set(s.node.name.value, [...(byName.get(s.node.name.value) ?? []), s]);
  for (const [name, fields] of byName) {
    if (name === '__typename') continue;
    const definitions = fields.flatMap((f) => concreteTypes(info, f.typeName).map((t) => t.getFields()[name]).filter(Boolean));
    for (const definition of definitions) {
      const reads = readsOf(definition);
      if (!reads || !reads.every((property) => isColumn(meta, property))) columns = undefined;
      else for (const property of reads) columns?.add(property);
    }
    if (definitions.length === 0) columns = undefined;
    const prop = meta.properties[name] as { type: string } | undefined;
    if (!available[name] || !prop) continue;
    const nestedType = definitions[0] ? getNamedType(definitions[0].type).name : prop.type;
    include[name] = planAt(info, metadata, fields.map((f) => f.node), nestedType, prop.type, available[name]);
  }
  return columns ? { include, columns: [...columns].sort() } : { include };
}

/** Whether `property` is one a lean read reads: a mapped column, an embeddable kept as JSON, or a relation's key. */
function isColumn(meta: EntityMetadata, property: string): boolean {
  const prop = meta.properties[property] as EntityProperty | undefined;
  if (!prop || prop.persist === false || prop.formula) return false;
  return (
    prop.kind === ReferenceKind.SCALAR ||
    prop.kind === ReferenceKind.EMBEDDED ||
    prop.kind === ReferenceKind.MANY_TO_ONE ||
    (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)
  );
}

/**
 * What a lean read of `className` should take for the current field: under it, down `path`,
 * the relations of `options.available` that the request selects (a relation is selected by
 * its field name, which is the entity's property name), and of each record the columns its
 * selected fields declare they read (graphql/reads.ts): every column once one declares nothing.
 */
export function selectedPlan(
  info: GraphQLResolveInfo,
  metadata: MetadataStorage,
  path: readonly string[],
  className: string,
  options: PlanOptions,
): LeanPlan {
  return oncePerField(info, `plan ${className} ${path.join('.')}`, () => planFor(info, metadata, path, className, options));
}

/**
 * `build()`, made once per field of a parsed query under `key` and kept with it: Apollo caches
 * a parsed query and reuses it, its field nodes with it, so what a read path derives from the
 * selection (its plans) is derived once, not on every request.
 */
export function oncePerField<T>(info: GraphQLResolveInfo, key: string, build: () => T): T {
  let cached = perField.get(info.fieldNodes[0]);
  if (!cached) perField.set(info.fieldNodes[0], (cached = new Map<string, unknown>()));
  if (!cached.has(key)) cached.set(key, build());
  return cached.get(key) as T;
}

const perField = new WeakMap<FieldNode, Map<string, unknown>>();

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
