import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { byIdLoader } from '../graphql/loader-factory.js';
import { seedDemoHospitalIfEmpty } from '../db/seed/demo-hospital.js';

/**
 * The read engine against the ORM: every row (up to 40 per table) of every entity of the demo
 * hospital, read lean (persistence/lean.ts, through the loaders every GraphQL read uses) and read by
 * MikroORM's own hydration, must hold the same value in every mapped property — columns,
 * embeddables kept as JSON, and the key of every relation.
 */
const ROWS_PER_TABLE = 40;

function comparable(value: unknown): unknown {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'id' in value && !Array.isArray(value)) return { id: String(value.id) };
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('lean reads hold what the ORM reads, for every entity', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: new Date() });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it('matches property for property', async () => {
    const metas = Object.values(db.orm.getMetadata().getAll()).filter(
      (meta: EntityMetadata) => !meta.embeddable && !meta.abstract && !meta.virtual && meta.primaryKeys.length === 1 && meta.tableName,
    );
    let compared = 0;
    const empty: string[] = [];
    for (const meta of metas) {
      const pk = meta.getPrimaryProps()[0].fieldNames[0];
      const keys = await db.orm.em
        .getConnection()
        .execute<{ id: string }[]>(`select "${pk}"::text as id from "${meta.tableName}" order by 1 limit ${ROWS_PER_TABLE}`);
      if (keys.length === 0) {
        empty.push(meta.className);
        continue;
      }
      const lean = await byIdLoader<{ id: string }>(db.orm.em.fork(), meta.className).loadMany(keys.map((k) => k.id));
      const managed = await db.orm.em.fork().find(meta.className, { [meta.primaryKeys[0]]: { $in: keys.map((k) => k.id) } });
      const byId = new Map(managed.map((m) => [String((m as { [k: string]: unknown })[meta.primaryKeys[0]]), m as Record<string, unknown>]));
      const props = meta.props.filter(
        (p) =>
          p.persist !== false &&
          !p.formula &&
          (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.EMBEDDED || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
      );
      for (const row of lean) {
        expect(row).not.toBeInstanceOf(Error);
        const record = row as unknown as Record<string, unknown>;
        expect(row, `${meta.className}: a row read by its key`).not.toBeNull();
        const key = String(record[meta.primaryKeys[0]]);
        const orm = byId.get(key);
        expect(orm, `${meta.className} ${key}`).toBeDefined();
        for (const prop of props) {
          expect(comparable(record[prop.name]), `${meta.className}.${prop.name}`).toEqual(comparable(orm![prop.name]));
        }
        compared++;
      }
    }
    // The demo hospital fills nearly every table; a table left empty is named, not skipped silently.
    expect(empty.length, `empty tables: ${empty.join(', ')}`).toBeLessThan(metas.length / 4);
    expect(compared).toBeGreaterThan(300);
  }, 120_000);
});
