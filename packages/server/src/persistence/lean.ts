import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityMetadata, type EntityProperty, type MetadataStorage, type Platform } from '@mikro-orm/core';
import { quoteIdent } from './sql.js';

/**
 * Lean reads: entities for display, built from one SQL statement's JSON without MikroORM's
 * identity map, change tracking or hydration.
 *
 * The busiest screens (timeline, worklist, census, theatre schedule, search) read many rows
 * and never change them. Hydrating each row through the unit of work — and every joined row
 * with it — cost ten times more CPU than the query itself. A lean reader instead selects each
 * row as one JSON array of the columns its plan reads (`LeanPlan`: those the request's fields
 * declare, and the keys), in the order of the entity's properties, with
 * the relations it was asked for after them, each an array of its own made by a correlated
 * subquery (`json_build_array(r.id, …, (select json_build_array(p.id, …) … where p.id =
 * r.patient_id))`; or a left join, where the statement reads many rows that share few records:
 * `LeanReader.joined`), and turns that JSON into instances of the entity class. An array, not an
 * object: the reader that wrote the statement knows each position, and column names repeated
 * in every row made PostgreSQL build and Node parse about twice the text (a worklist row of a
 * referral and its patient: 43 names). The instances:
 *
 * - `instanceof` and the class's getters (such as `nodeId`) work, so GraphQL serves them as
 *   it serves managed entities;
 * - a relation that was read is a lean instance; one that was not is a lean reference that
 *   holds only its key, which `loadRef` (graphql/loader-factory.ts) loads through the
 *   request's DataLoader;
 * - collections (one-to-many) are not set: resolvers read them through loaders.
 *
 * Lean instances are read-only snapshots: the unit of work does not know them, so a service
 * that changes a record must load it with the EntityManager.
 */

const LEAN = Symbol('lean');

/** Which relations to read along with each row, recursively: `{ admission: { bed: { ward: {} } } }`. */
export interface LeanInclude {
  [relation: string]: LeanInclude;
}

/** True for a lean instance that was read, false for a lean reference, undefined for anything else. */
export function leanState(value: object): boolean | undefined {
  return (value as { [LEAN]?: boolean })[LEAN];
}

type Read = (value: unknown) => unknown;

const asIs: Read = (v) => v ?? null;
const toDate: Read = (v) => (v == null ? null : v instanceof Date ? v : new Date(v as string));
const toText: Read = (v) => (v == null ? null : typeof v === 'string' ? v : JSON.stringify(v));
const toNumber: Read = (v) => (v == null ? null : Number(v));

function scalarReader(prop: EntityProperty): Read {
  if (prop.runtimeType === 'Date') return toDate;
  // bigint keys come back in JSON as numbers; the entities hold them as strings.
  if (prop.runtimeType === 'string') return toText;
  if (prop.runtimeType === 'number') return toNumber;
  return asIs;
}

/**
 * An embeddable kept in one JSON column (`object: true`), built as the ORM builds it: an
 * instance of its class, each property converted by its type as the ORM stored it (a `text[]`
 * inside the JSON is kept as the array literal `{…}`, and read back as an array).
 */
function embeddedReader(prop: EntityProperty, platform: Platform, owner: string): Read {
  if (!prop.object) throw new Error(`Lean reads take embeddables kept as one JSON column (${owner}.${prop.name}: object: true)`);
  const proto = (prop.targetMeta?.class as { prototype?: object } | undefined)?.prototype ?? Object.prototype;
  const children = Object.values(prop.embeddedProps).map((child) => {
    const key = child.embedded?.[1] ?? child.name;
    const customType = child.customType;
    const read: Read =
      child.kind === ReferenceKind.EMBEDDED
        ? embeddedReader(child, platform, `${owner}.${prop.name}`)
        : customType
          ? (v) => (v == null ? null : (customType.convertToJSValue(v, platform) as unknown))
          : scalarReader(child);
    return { key, read };
  });
  const one = (value: unknown): unknown => {
    if (value == null || typeof value !== 'object') return value ?? null;
    const instance = Object.create(proto) as Record<string, unknown>;
    for (const child of children) instance[child.key] = child.read((value as Record<string, unknown>)[child.key]);
    return instance;
  };
  return prop.array ? (v) => (Array.isArray(v) ? v.map(one) : null) : one;
}

function readerOf(prop: EntityProperty, platform: Platform, owner: string): Read {
  if (prop.kind === ReferenceKind.SCALAR) return scalarReader(prop);
  if (prop.kind === ReferenceKind.EMBEDDED) return embeddedReader(prop, platform, owner);
  return asIs;
}

interface Field {
  name: string;
  /** The column (its position in the row's JSON array is the field's in `Shape.fields`). */
  column: string;
  read: Read;
  /** For a many-to-one or owning one-to-one: the entity it points at. */
  target?: string;
}

/**
 * What a lean read takes of each row: the relations in `include`, each read the same way,
 * and the columns of `columns`.
 *
 * - `columns` names entity properties. Left out, every mapped column is read. Given, only
 *   those columns are read, plus the keys, which are always read: the primary key and the key
 *   of every relation (lists audit the patient of each row, and a relation's field resolver
 *   loads it by its key).
 * - Reading a property that was not read throws. It never answers null: a partial instance
 *   cannot pass for a record whose value is empty.
 *
 * GraphQL reads derive `columns` from the selection (graphql/selection.ts, `@Reads`); a
 * service that reads a property of the rows itself adds it to the plan.
 */
export interface LeanPlan {
  include: Record<string, LeanPlan>;
  columns?: readonly string[];
}

/** The plan that reads every column and the relations of `include`. */
export function planOf(include: LeanInclude): LeanPlan {
  return { include: Object.fromEntries(Object.entries(include).map(([relation, nested]) => [relation, planOf(nested)])) };
}

/**
 * A plan that reads what either plan reads. Plans are never changed once made, so the merge
 * of two is kept as long as both are (a request's selection plan with a service's needs is
 * merged once per query document, not once per request).
 */
export function mergePlans(a: LeanPlan, b: LeanPlan): LeanPlan {
  let withA = merged.get(a);
  if (!withA) merged.set(a, (withA = new WeakMap<LeanPlan, LeanPlan>()));
  let plan = withA.get(b);
  if (!plan) {
    const include: Record<string, LeanPlan> = { ...a.include };
    for (const [relation, nested] of Object.entries(b.include)) include[relation] = include[relation] ? mergePlans(include[relation], nested) : nested;
    const columns = a.columns && b.columns ? [...new Set([...a.columns, ...b.columns])].sort() : undefined;
    plan = columns ? { include, columns } : { include };
    withA.set(b, plan);
  }
  return plan;
}

const merged = new WeakMap<LeanPlan, WeakMap<LeanPlan, LeanPlan>>();

/** A plan that reads only the keys and `columns` (to merge into another: what a service reads itself). */
export function columnsPlan(columns: readonly string[], include: Record<string, LeanPlan> = {}): LeanPlan {
  return { include, columns: [...columns].sort() };
}

/** A many-to-one or owning one-to-one field. */
type Relation = Field & { target: string };

/** A relation a plan includes, with what the plan reads of it. */
interface Included {
  field: Relation;
  plan: LeanPlan;
}

/** What one plan reads of one entity: its fields in the order of the row's array, and how to build it. */
interface Layout {
  fields: Field[];
  /** The relations the plan includes, read after `fields`, in the plan's order. */
  included: Included[];
  proto: object;
}

/** How one entity class is built from JSON. */
class Shape {
  readonly fields: Field[];
  private readonly referenceProto: object;
  readonly primaryKey: string;
  /** By plan (a reader's plan lives as long as the reader: few and long-lived). */
  private readonly layouts = new WeakMap<LeanPlan, Layout>();

  constructor(
    readonly meta: EntityMetadata,
    platform: Platform,
  ) {
    if (meta.primaryKeys.length !== 1) throw new Error(`Lean reads need a single-column key (${meta.className})`);
    this.primaryKey = meta.primaryKeys[0];
    this.fields = meta.props
      .filter((prop) => prop.persist !== false && !prop.formula)
      .filter((prop) =>
        prop.kind === ReferenceKind.SCALAR ||
        prop.kind === ReferenceKind.EMBEDDED ||
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner),
      )
      .map((prop) => ({
        name: prop.name,
        column: prop.fieldNames[0],
        read: readerOf(prop, platform, meta.className),
        target: prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED ? undefined : prop.type,
      }));
    this.referenceProto = this.prototype([this.primaryKey], false);
  }

  /**
   * A prototype for instances that hold the fields in `read`. MikroORM puts accessors for
   * relations on the entity's prototype; own data properties on a prototype in between let
   * plain assignment create fields without calling them. Any other field throws when read: a
   * reference holds only its key, and must be loaded first (`loadRef`); a partial read holds
   * what its plan named.
   */
  private prototype(read: readonly string[], lean: boolean): object {
    const proto = Object.create(this.meta.class.prototype as object) as object;
    Object.defineProperty(proto, LEAN, { value: lean });
    const className = this.meta.className;
    const held = new Set(read);
    for (const field of this.fields) {
      if (held.has(field.name)) {
        Object.defineProperty(proto, field.name, { value: null, writable: true, configurable: true });
      } else {
        Object.defineProperty(proto, field.name, {
          configurable: true,
          get() {
            throw new Error(
              lean
                ? `${className}.${field.name} was not read: the GraphQL field that needs it declares it (@Reads, graphql/reads.ts), or the service adds it to the plan`
                : `${className}.${field.name} read of a reference that was not loaded (graphql/loader-factory.ts: loadRef)`,
            );
          },
        });
      }
    }
    return proto;
  }

  reference(key: unknown): Record<string, unknown> {
    const ref = Object.create(this.referenceProto) as Record<string, unknown>;
    ref[this.primaryKey] = String(key);
    return ref;
  }

  /**
   * The fields `plan` reads (all of them unless it names its columns; always the keys and included
   * relations), and their prototype. An included relation's key column is not among the fields:
   * the relation's own array (after them) holds its key, so the row carries it once, not twice
   * (a theatre day's operations with their theatre, patient and team's staff: a fifth less text).
   */
  layout(plan: LeanPlan): Layout {
    let layout = this.layouts.get(plan);
    if (!layout) {
      const columns = plan.columns ? new Set(plan.columns) : undefined;
      for (const name of plan.columns ?? []) {
        if (!this.fields.some((f) => f.name === name)) throw new Error(`${this.meta.className}.${name} is not a mapped column`);
      }
      const included = Object.entries(plan.include).map(([relation, nested]): Included => {
        const field = this.fields.find((f): f is Relation => f.name === relation && f.target !== undefined);
        if (!field) throw new Error(`${this.meta.className}.${relation} is not a many-to-one relation`);
        return { field, plan: nested };
      });
      const fields = (columns ? this.fields.filter((f) => f.target || f.name === this.primaryKey || columns.has(f.name)) : this.fields).filter(
        (f) => !Object.hasOwn(plan.include, f.name),
      );
      layout = {
        fields,
        included,
        proto: this.prototype([...fields.map((f) => f.name), ...Object.keys(plan.include)], true),
      };
      this.layouts.set(plan, layout);
    }
    return layout;
  }

  /**
   * The entity of one row's JSON array: the fields of the plan's layout in order, then the
   * relations `plan` includes, in its order (`LeanReader.expression`).
   */
  build(row: readonly unknown[], plan: LeanPlan, shapes: (className: string) => Shape): Record<string, unknown> {
    const { fields, included, proto } = this.layout(plan);
    const entity = Object.create(proto) as Record<string, unknown>;
    let i = 0;
    for (; i < fields.length; i++) {
      const field = fields[i];
      const value = row[i];
      entity[field.name] = !field.target ? field.read(value) : value == null ? null : shapes(field.target).reference(value);
    }
    // An included relation is null when its key is (the subquery or join found nothing to read).
    for (const { field, plan: nestedPlan } of included) {
      const nested = row[i++];
      entity[field.name] = nested && typeof nested === 'object' ? shapes(field.target).build(nested as unknown[], nestedPlan, shapes) : null;
    }
    return entity;
  }
}

/**
 * Reads one entity class, as its plan says, from the JSON column that `sql` selects. Build
 * one per statement shape with `leanReader` or `leanPlanReader` (they are cached).
 */
export class LeanReader<T> {
  /** A select expression giving one json object per row of `alias`: the columns and relations of the plan. */
  readonly sql: string;
  private readonly shapes = new Map<string, Shape>();

  constructor(
    private readonly metadata: MetadataStorage,
    private readonly platform: Platform,
    private readonly className: string,
    private readonly alias: string,
    private readonly plan: LeanPlan,
  ) {
    this.sql = this.expression(className, alias, plan);
  }

  /**
   * The same row's expression with its relations left-joined instead of read by a subquery per
   * row: put `joins` after the reader's table (aliased as the reader's alias) in the statement's
   * FROM. For a statement over many rows that share a few related records (every bed of the
   * census and its ward), where a subquery per row costs more than one join.
   */
  get joined(): { sql: string; joins: string } {
    if (!this.joinedRead) {
      const joins: string[] = [];
      const sql = this.expression(this.className, this.alias, this.plan, joins);
      this.joinedRead = { sql, joins: joins.join(' ') };
    }
    return this.joinedRead;
  }

  private joinedRead: { sql: string; joins: string } | undefined;

  private shape = (className: string): Shape => {
    let shape = this.shapes.get(className);
    if (!shape) {
      shape = new Shape(this.metadata.get(className), this.platform);
      this.shapes.set(className, shape);
    }
    return shape;
  };

  /**
   * The row's JSON array. Each included relation is read by a correlated subquery, or, when
   * `joins` is given, by a left join pushed onto it (for the caller's FROM) and read from there.
   */
  private expression(className: string, alias: string, plan: LeanPlan, joins?: string[]): string {
    const shape = this.shape(className);
    const { fields, included } = shape.layout(plan);
    const values = fields.map((field) => `${alias}.${quoteIdent(field.column)}`);
    included.forEach(({ field, plan: nested }, i) => {
      const target = this.shape(field.target);
      const inner = `${alias}_${i}`;
      const key = `${alias}.${quoteIdent(field.column)}`;
      const table = `${quoteIdent(target.meta.tableName)} ${inner}`;
      const innerKey = `${inner}.${quoteIdent(target.primaryKey)}`;
      if (joins) {
        joins.push(`left join ${table} on ${innerKey} = ${key}`);
        values.push(`case when ${innerKey} is not null then ${this.expression(field.target, inner, nested, joins)} end`);
        return;
      }
      // The case skips the subquery (and its index probe) when the key is null: a timeline
      // event links one or two of its fifteen kinds of record.
      values.push(`case when ${key} is not null then (select ${this.expression(field.target, inner, nested)} from ${table} where ${innerKey} = ${key}) end`);
    });
    // json, not jsonb: built as text, never converted to and from the binary form. A function
    // takes at most 100 arguments, so a wide row is built in parts and joined as jsonb arrays.
    const parts: string[] = [];
    for (let i = 0; i < values.length; i += 100) parts.push(`json_build_array(${values.slice(i, i + 100).join(', ')})`);
    return parts.length === 1 ? parts[0] : `(${parts.map((part) => `${part}::jsonb`).join(' || ')})::json`;
  }

  /**
   * A select expression giving, for each row of the parent, the JSON array of its children
   * (the rows of this reader whose `parentKey` column equals `parentKeyExpression`), in
   * `orderBy` order (SQL over this reader's alias). Read it with `readList`.
   *
   * The children's relations are left-joined here rather than read by a subquery per child:
   * a subquery runs once per child and PostgreSQL scans a small table (an operation's team
   * members' staff) in full each time, where a join looks it up once. The theatre day's
   * statement ran in about 0.53 ms instead of 0.66 (EXPLAIN ANALYZE, large benchmark data).
   */
  listSql(parentKey: string, parentKeyExpression: string, orderBy: string): string {
    const shape = this.shape(this.className);
    const field = shape.fields.find((f) => f.name === parentKey && f.target);
    if (!field) throw new Error(`${this.className}.${parentKey} is not a many-to-one relation`);
    const { sql, joins } = this.joined;
    return `coalesce((select json_agg(${sql} order by ${orderBy}) from ${quoteIdent(shape.meta.tableName)} ${this.alias} ${joins}
      where ${this.alias}.${quoteIdent(field.column)} = ${parentKeyExpression}), '[]'::json)`;
  }

  readList(json: unknown): T[] {
    return (json as unknown[]).map((row) => this.read(row));
  }

  /** The entity of one row's JSON. */
  read(json: unknown): T {
    return this.shape(this.className).build(json as unknown[], this.plan, this.shape) as T;
  }
}

/**
 * Readers by statement shape, most recently used last. A shape is an entity, an alias and a
 * set of relations out of a fixed tree (each read path's `available` relations), so the
 * number in use is small; the bound keeps a client that sends many selections from growing it.
 */
export const READER_CACHE_SIZE = 256;
const readers = new WeakMap<MetadataStorage, Map<string, LeanReader<unknown>>>();

/** How many readers are cached for the ORM of `em` (at most READER_CACHE_SIZE). */
export function cachedReaderCount(em: EntityManager): number {
  return readers.get(em.getMetadata())?.size ?? 0;
}

/** A plan's text, the readers' cache key: made once per plan (plans are never changed). */
function planKey(plan: LeanPlan): string {
  let key = planKeys.get(plan);
  if (key === undefined) planKeys.set(plan, (key = JSON.stringify(plan)));
  return key;
}

const planKeys = new WeakMap<LeanPlan, string>();

/** The (cached) reader of `className` rows aliased `alias` that reads as `plan` says. */
export function leanPlanReader<T>(em: EntityManager, className: string, alias: string, plan: LeanPlan): LeanReader<T> {
  const metadata = em.getMetadata();
  let cache = readers.get(metadata);
  if (!cache) readers.set(metadata, (cache = new Map<string, LeanReader<unknown>>()));
  const key = `${className} ${alias} ${planKey(plan)}`;
  let reader = cache.get(key);
  if (reader) {
    cache.delete(key);
  } else {
    reader = new LeanReader<unknown>(metadata, em.getPlatform(), className, alias, plan);
    if (cache.size >= READER_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, reader);
  return reader as LeanReader<T>;
}

/** The (cached) reader of `className` rows aliased `alias`, with the relations of `include`. */
export function leanReader<T>(em: EntityManager, className: string, alias: string, include: LeanInclude = {}): LeanReader<T> {
  return leanPlanReader<T>(em, className, alias, planOf(include));
}
