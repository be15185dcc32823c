import type { AddressInfo } from 'node:net';
import { createApp, listen, type RunningApp } from '../../packages/server/src/app.js';
import type { Clock } from '../../packages/server/src/common/clock.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';
import type { TestDatabase } from './test-database.js';

export interface HttpApp {
  url: string;
  app: RunningApp;
  /** POSTs a GraphQL request and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; field?: string; stacktrace?: unknown } }[];
}

/** The real HTTP server on a free loopback port, over a test database. */
export async function startHttpApp(db: TestDatabase, options: { clock?: Clock; webDist?: string | null } = {}): Promise<HttpApp> {
  const app = await createApp({ orm: db.orm, schema: await createSchema(), clock: options.clock, webDist: options.webDist ?? null });
  await listen(app.httpServer, 0, '127.0.0.1');
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    close: () => app.stop(),
  };
}
