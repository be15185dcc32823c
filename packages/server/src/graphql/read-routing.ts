import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationTypeNode } from 'graphql';
import { readFromPrimary } from '../persistence/prepared.js';
import type { GraphQLContext } from './context.js';

/**
 * Which requests read from the primary when there are read replicas (DATABASE_REPLICA_URLS;
 * persistence/prepared.ts sends the other reads to a replica):
 *
 * - a mutation, from its start: what its resolvers and its response selection read must
 *   include what it wrote (inside its transaction that is the primary anyway; the response
 *   selection runs after the commit);
 * - every request of a user who sent a mutation in the last READ_PRIMARY_AFTER_WRITE_MS: the
 *   web app reloads its screens right after saving, in new requests, and a replica a few
 *   milliseconds behind would show the screen without the change. The window is far longer than
 *   a streaming replica's usual lag; it is kept per server process, so the other instance behind
 *   a load balancer does not know of it (sticky sessions keep a user on one).
 *
 * Everyone else reads from a replica, which may be behind the primary by its replication lag —
 * for them no different from having asked a moment earlier. The ORM's own reads (authentication,
 * sessions) always go to the primary.
 */
export const READ_PRIMARY_AFTER_WRITE_MS = 10_000;

/** The users who sent a mutation within the window, each with when their window ends. */
export class RecentWriters {
  /** Client → end of its window; in the order of their last write, so the expired come first. */
  private readonly until = new Map<string, number>();

  constructor(
    private readonly windowMs = READ_PRIMARY_AFTER_WRITE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  wrote(client: string): void {
    const now = this.now();
    this.until.delete(client);
    this.until.set(client, now + this.windowMs);
    for (const [key, end] of this.until) {
      if (end > now) break;
      this.until.delete(key);
    }
  }

  wroteRecently(client: string): boolean {
    const end = this.until.get(client);
    return end !== undefined && end > this.now();
  }

  /** How many clients are remembered (expired ones are forgotten as others write). */
  get size(): number {
    return this.until.size;
  }
}

/** The rule: whether a request of this operation type, from this client (null: signed out), reads from the primary. */
export function readsFromPrimary(operation: OperationTypeNode | 'query' | 'mutation' | 'subscription', client: string | null, recent: RecentWriters): boolean {
  if (operation === 'mutation') return true;
  return client !== null && recent.wroteRecently(client);
}

/** Who the window belongs to: the signed-in user, whether by session or API token. */
export function clientOf(context: Pick<GraphQLContext, 'user'>): string | null {
  return context.user ? `user:${context.user.id}` : null;
}

/** Applies the rule to every GraphQL request: marks the request's EntityManager to read from the primary. */
export function readRoutingPlugin(recent = new RecentWriters()): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      /** Who sent the mutation this request runs, when it does (null: a query, or signed out). */
      let writer: string | null = null;
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          const type = operation?.operation ?? 'query';
          const client = clientOf(contextValue);
          if (readsFromPrimary(type, client, recent)) readFromPrimary(contextValue.em);
          // Taken now: signing in sets the request's user on the way (its reads are the ORM's, on the primary anyway).
          if (type === 'mutation') writer = client;
          return Promise.resolve();
        },
        willSendResponse() {
          // The window starts once the mutation has committed and answered.
          if (writer) recent.wrote(writer);
          return Promise.resolve();
        },
      });
    },
  };
}
