import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { readFromPrimary } from '../persistence/prepared.js';

/**
 * An EntityManager of its own whose reads go to the primary: an announcement says a change was
 * committed there, and a read replica may not have replayed it yet (persistence/prepared.ts).
 */
export function primaryFork(em: EntityManager): EntityManager {
  const fork = em.fork();
  readFromPrimary(fork);
  return fork;
}

/**
 * Gives a subscription's context a new EntityManager (reading from the primary) and new
 * DataLoaders before each read after an announcement: the context lives as long as the
 * socket, and rows cached for the previous read would be served stale.
 */
export function renewLiveContext(ctx: GraphQLContext): void {
  ctx.em = primaryFork(ctx.em);
  ctx.loaders = createLoaders(ctx.em);
}
