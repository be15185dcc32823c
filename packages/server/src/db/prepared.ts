import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** The part of knex's client (or of a transaction's) that lends out a pooled connection. */
interface ConnectionLender {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `pj_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read as a named prepared statement on the request's connection (its transaction's,
 * if it is in one), with `?` placeholders numbered in order and values sent apart from the
 * text. PostgreSQL parses and plans each statement once per pooled connection, not once per
 * request as it does the ORM's statements (whose values are inlined into the text): planning
 * the timeline's statement took longer than running it.
 *
 * Values go as parameters, so a list is one array value: write `= any(?)`, not `in (?)`.
 * The statement is logged like the ORM's own, so statement counts include it.
 */
export async function queryPrepared<T>(em: EntityManager, sql: string, values: readonly unknown[]): Promise<T[]> {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== values.length) throw new Error(`The statement has ${n} placeholders for ${values.length} values`);
  const knex: unknown = em.getTransactionContext() ?? em.getConnection().getKnex();
  const lender = (knex as { client: ConnectionLender }).client;
  const started = Date.now();
  const connection = await lender.acquireConnection();
  try {
    const result = await connection.query({ name: statementName(text), text, values: [...values] });
    return result.rows as T[];
  } finally {
    await lender.releaseConnection(connection);
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}
