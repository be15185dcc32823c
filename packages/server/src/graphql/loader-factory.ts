import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap, type EntityName, type FilterQuery, type FindOptions, type QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { leanState } from '../db/lean.js';

interface Keyed {
  id: string;
}

/**
 * Loads entities by primary key, one `where id in (…)` per tick; `populate` names relations
 * read with them (one more statement per relation and batch).
 */
export function byIdLoader<T extends Keyed>(
  em: EntityManager,
  entity: EntityName<T>,
  options: { populate?: readonly (keyof T & string)[] } = {},
): DataLoader<string, T | null> {
  const findOptions = options.populate ? ({ populate: options.populate } as FindOptions<T>) : undefined;
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, findOptions);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the children of many parents at once (`where <fk> in (…) order by …`), grouped
 * back by parent key. `fk` is the many-to-one property that points at the parent.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  fk: keyof T & string,
  orderBy: QueryOrderMap<T>,
  extraWhere: FilterQuery<T> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const where = { $and: [{ [fk]: { $in: [...parentIds] } }, extraWhere] } as FilterQuery<T>;
    const rows = await em.find(entity, where, { orderBy });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = row[fk] as unknown as Keyed;
      groups.get(parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** The related entity: as it is when already loaded, else through the request's loader. */
export function loadRef<T extends Keyed>(ref: T, loader: DataLoader<string, T | null>): T | Promise<T | null> {
  const loaded = leanState(ref) ?? wrap(ref).isInitialized();
  return loaded ? ref : loader.load(ref.id);
}

/** Like loadRef, for a relation that must exist (a foreign key guarantees it). */
export async function loadRequiredRef<T extends Keyed>(ref: T, loader: DataLoader<string, T | null>): Promise<T> {
  const entity = await loadRef(ref, loader);
  if (!entity) throw new Error(`Dangling reference ${ref.id}`);
  return entity;
}
