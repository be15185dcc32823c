import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlConnection, QueryBuilder } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { mayReadFromReplica, queryPrepared } from './prepared.js';

/**
 * Lists the ORM builds (query builder pages, their counts) on a read replica, under the same
 * rule as the lean reads (graphql/read-routing.ts): outside a transaction, and not for a request
 * that reads from the primary (a mutation, or its user just wrote).
 *
 * MikroORM has read replicas of its own (`replicas`, `preferReadReplicas`, `connectionType:
 * 'read'`), but it picks one at random and knows nothing of a replica that stopped answering or
 * fell behind: a read there would fail or be stale. So the statement the query builder built
 * runs through `queryPrepared` instead — the replica chosen, failure and lag handled and the
 * primary as fallback, as for every lean read — with the ORM's own type parsers (dates and
 * timestamps as text, as its hydration expects), and the rows become entities with `em.map`,
 * as the ORM makes them from its own result. With no replica to read from, the ORM runs the
 * list as before.
 */

/** The ORM connection's type parsers (PostgreSqlConnection gives its driver the same). */
const typesOf = new WeakMap<object, pg.CustomTypesConfig>();

export function ormTypes(em: EntityManager): pg.CustomTypesConfig {
  let types = typesOf.get(em.config);
  if (!types) {
    const connection = em.getConnection() as PostgreSqlConnection;
    types = (connection.getConnectionOptions() as { types: pg.CustomTypesConfig }).types;
    typesOf.set(em.config, types);
  }
  return types;
}

/**
 * The statement `qb` built, with `?` placeholders as `queryPrepared` takes them (knex's own form;
 * the query builder's `getQuery()` gives PostgreSQL's `$1`).
 */
function statementOf(qb: Pick<QueryBuilder<never>, 'getKnexQuery'>): { sql: string; values: readonly unknown[] } {
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return { sql, values: bindings };
}

/** The `entity` rows `qb` selects (`select('*')` of `entity`, no joined relations), as entities. */
export async function listOf<T extends object>(em: EntityManager, entity: EntityName<T>, qb: QueryBuilder<T>): Promise<T[]> {
  if (!mayReadFromReplica(em)) return qb.getResultList();
  const { sql, values } = statementOf(qb);
  const rows = await queryPrepared<Record<string, unknown>>(em, sql, values, { types: ormTypes(em) });
  return rows.map((row) => em.map(entity, row as never));
}

/** How many `entity` rows match `where` (`em.count`). */
export async function countOf<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<number> {
  if (!mayReadFromReplica(em)) return em.count(entity, where);
  const { sql, values } = statementOf(em.createQueryBuilder(entity).count().where(where));
  const [row] = await queryPrepared<{ count: string | number }>(em, sql, values, { types: ormTypes(em) });
  return Number(row?.count ?? 0);
}
