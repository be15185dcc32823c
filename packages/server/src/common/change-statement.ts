import { OptimisticLockError, ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { takeAuditEntry } from './transaction.js';
import { queryPooled } from '../persistence/prepared.js';
import { ormTypes } from '../persistence/replica-lists.js';
import { quoteIdent, quoteLiteral } from '../persistence/sql.js';

/** Values of a row by property name of its entity; a relation is given as its entity or its key. */
export type RowValues = Readonly<Record<string, unknown>>;

type Row = Record<string, unknown>;

/**
 * `values` (by property) as a row of `entity` (by column), as the database returns it: with
 * the columns read, what `em.map` turns into the entity a write returns.
 */
export function asRow(em: EntityManager, entity: string, values: RowValues): Row {
  const meta = em.getMetadata().get(entity);
  return Object.fromEntries(Object.entries(values).map(([prop, value]) => [meta.properties[prop].fieldNames[0], value]));
}

/**
 * The read a change is decided on (`sql` with `?` placeholders). Outside a transaction, as the
 * statement that then writes the change (`ChangeStatement.run`): a named prepared statement on
 * the primary's pool, its values parsed as the ORM parses them, so `em.map` makes the same
 * entities of its rows. In a transaction, the transaction's own (a locking read waits there).
 */
export function readForChange<T>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.execute<T[]>(sql, [...params]);
  return queryPooled<T>(em, sql, params, { types: ormTypes(em) });
}

/**
 * One SQL statement that writes a whole change: each part is a data-modifying CTE
 * (`with changed as (update … returning …), history as (insert …), … select …`), so a
 * change, its history, its timeline event and its audit entry cost one round trip and no
 * unit of work. Parts name entity properties; columns and value conversions come from the
 * ORM's metadata, as a flush would write them.
 *
 * The parts run on one snapshot, in an order PostgreSQL chooses: a part that must follow
 * another (a new row that a unique index allows only once the old one is closed) reads the
 * other's `returning` (`after`). Foreign keys are checked at the end of the statement, so a
 * part may point at a row another part inserts.
 */
export class ChangeStatement {
  private readonly parts: string[] = [];
  private readonly params: unknown[] = [];
  /** Parts by name, with the entity they write and how many rows they must write (if known). */
  private readonly counted: { name: string; entity: string; expect: number | undefined }[] = [];

  constructor(private readonly em: EntityManager) {}

  /** Inserts one row. */
  insert(name: string, entity: string, values: RowValues, options: { returning?: string; after?: string; expect?: number } = {}): this {
    const meta = this.meta(entity);
    const columns: string[] = [];
    const placeholders: string[] = [];
    for (const [prop, value] of Object.entries(values)) {
      if (value === undefined) continue;
      columns.push(quoteIdent(this.column(meta, prop)));
      placeholders.push(this.param(meta, prop, value));
    }
    const source = options.after ? `select ${placeholders.join(', ')} from ${quoteIdent(options.after)}` : `values (${placeholders.join(', ')})`;
    this.parts.push(
      `${quoteIdent(name)} as (insert into ${quoteIdent(meta.tableName)} (${columns.join(', ')}) ${source} returning ${options.returning ?? '1'})`,
    );
    return this.count(name, entity, options.expect);
  }

  /**
   * Inserts a new entity made with `em.create(…, { persist: false })` (its defaults applied,
   * its relations references): every mapped column it holds, its version at 1. The entity is
   * what the change returns; the unit of work never sees it.
   */
  insertEntity(name: string, entity: object, options: { expect?: number; after?: string } = {}): this {
    const meta = this.em.getMetadata().get(entity.constructor.name);
    const values: Record<string, unknown> = {};
    for (const prop of meta.props) {
      if (!prop.fieldNames?.length || prop.persist === false || prop.generated || prop.formula) continue;
      if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) continue;
      const value = prop.version ? 1 : (entity as Record<string, unknown>)[prop.name];
      if (prop.version) (entity as Record<string, unknown>)[prop.name] = 1;
      values[prop.name] = value;
    }
    return this.insert(name, meta.className, values, options);
  }

  /**
   * Updates one row by key. With `version`, only the row still at that version, and its
   * version moves on (the optimistic lock the ORM would apply). With `expect`, a row count
   * other than that fails the change as the ORM's optimistic lock does (CONCURRENT_CHANGE, or
   * STALE_VERSION when the caller sent a version: `inTransaction`).
   */
  update(
    name: string,
    entity: string,
    key: { id: string; version?: number },
    values: RowValues,
    options: { returning?: string; expect?: number } = {},
  ): this {
    const meta = this.meta(entity);
    const sets = Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([prop, value]) => `${quoteIdent(this.column(meta, prop))} = ${this.param(meta, prop, value)}`);
    let where = `${quoteIdent(this.column(meta, 'id'))} = ${this.param(meta, 'id', key.id)}`;
    if (key.version !== undefined) {
      const version = quoteIdent(this.column(meta, meta.versionProperty));
      sets.push(`${version} = ${version} + 1`);
      where += ` and ${version} = ${this.param(meta, meta.versionProperty, key.version)}`;
    }
    this.parts.push(
      `${quoteIdent(name)} as (update ${quoteIdent(meta.tableName)} set ${sets.join(', ')} where ${where} returning ${options.returning ?? '1'})`,
    );
    return this.count(name, entity, options.expect);
  }

  /**
   * Holds one row still at `version` without writing it: the row stays locked until the change
   * commits, and a row changed since it was read fails the change as a lost optimistic lock
   * does. For a row whose state the change was decided on but which it does not always write
   * (a patient's stage and death, when the change leaves the stage as it is).
   */
  hold(name: string, entity: string, key: { id: string; version: number }): this {
    const meta = this.meta(entity);
    const where = `${quoteIdent(this.column(meta, 'id'))} = ${this.param(meta, 'id', key.id)} and ${quoteIdent(
      this.column(meta, meta.versionProperty),
    )} = ${this.param(meta, meta.versionProperty, key.version)}`;
    this.parts.push(`${quoteIdent(name)} as (select 1 from ${quoteIdent(meta.tableName)} where ${where} for update)`);
    return this.count(name, entity, 1);
  }

  /** A part written by hand (`sql` with `?` placeholders), e.g. the audit entry's insert. */
  raw(name: string, sql: string, params: readonly unknown[]): this {
    this.parts.push(`${quoteIdent(name)} as (${sql} returning 1)`);
    this.params.push(...params);
    return this.count(name, name, undefined);
  }

  /** The mutation's audit entry, for the result it returns (in a mutation's outermost transaction; see `takeAuditEntry`). */
  audit(result: unknown): this {
    const entry = takeAuditEntry(result);
    return entry ? this.raw('audit_entry', entry.sql, entry.values) : this;
  }

  /** The entries of `values` that are columns of `entity` (a draft may carry more). */
  onlyColumns(entity: string, values: object): RowValues {
    const meta = this.meta(entity);
    return Object.fromEntries(Object.entries(values).filter(([prop]) => meta.properties[prop]?.fieldNames?.length));
  }

  /**
   * Runs the statement: how many rows each part wrote, by name. A part that wrote another number
   * of rows than it must fails the change (OptimisticLockError, as the ORM's optimistic lock
   * does). Inside a transaction that is found here and the transaction rolls back; outside one,
   * the statement is its own transaction, so the check is in its SQL
   * (`change_expected_rows`, migration 20261216010000) and a failed check writes nothing. On its
   * own it runs as a named prepared statement on the primary's pool (its few shapes are parsed
   * and planned once per connection), its errors given the ORM's exception classes.
   */
  async run(): Promise<Record<string, number>> {
    const alone = !this.em.isInTransaction();
    const counts = this.counted.map(({ name, expect }) => {
      const count = `(select count(*) from ${quoteIdent(name)})`;
      const checked = alone && expect !== undefined ? `change_expected_rows(${quoteLiteral(name)}, ${count}, ${Number(expect)})` : count;
      return `${checked}::int as ${quoteIdent(name)}`;
    });
    const sql = `with ${this.parts.join(', ')} select ${counts.join(', ')}`;
    let rows: Row[];
    try {
      rows = alone ? await queryPooled<Row>(this.em, sql, this.params) : await this.em.execute<Row[]>(sql, this.params);
    } catch (thrown) {
      const error = alone ? this.em.getDriver().convertException(thrown as Error) : thrown;
      const { code, detail } = error as { code?: string; detail?: string };
      if (code === 'PJ409') throw OptimisticLockError.lockFailed(this.counted.find((c) => c.name === detail)?.entity ?? String(detail));
      throw error;
    }
    const written = rows[0] as Record<string, number>;
    for (const { name, entity, expect } of this.counted) {
      if (expect !== undefined && written[name] !== expect) throw OptimisticLockError.lockFailed(entity);
    }
    return written;
  }

  private count(name: string, entity: string, expect: number | undefined): this {
    this.counted.push({ name, entity, expect });
    return this;
  }

  private meta(entity: string): EntityMetadata {
    return this.em.getMetadata().get(entity);
  }

  private column(meta: EntityMetadata, prop: string): string {
    const property = meta.properties[prop] as EntityProperty | undefined;
    if (!property?.fieldNames?.length) throw new Error(`${meta.className}.${prop} is not a column`);
    return property.fieldNames[0];
  }

  private param(meta: EntityMetadata, prop: string, value: unknown): string {
    const property = meta.properties[prop];
    let stored = value;
    if (value !== null && (property.kind === ReferenceKind.MANY_TO_ONE || property.kind === ReferenceKind.ONE_TO_ONE)) {
      stored = typeof value === 'object' ? (value as { id: unknown }).id : value;
    } else if (value !== null && property.customType) {
      stored = property.customType.convertToDatabaseValue(value, this.em.getPlatform(), { mode: 'query' });
    }
    this.params.push(stored);
    // Typed, so that a value in `insert … select` is not taken for text.
    return `?::${property.columnTypes[0]}`;
  }
}
