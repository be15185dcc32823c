import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: this request's own EntityManager and DataLoaders. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  clock: Clock;
  /** Who is acting; filled in by authentication (null until users exist). */
  actor: string | null;
}

/** What a service needs to do its work. */
export type ServiceContext = Pick<GraphQLContext, 'em' | 'clock' | 'actor'>;

export function createContext(rootEm: EntityManager, clock: Clock): GraphQLContext {
  // A fork per request: its identity map and unit of work are this request's alone.
  const em = rootEm.fork();
  return { em, loaders: createLoaders(em), clock, actor: null };
}
