import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { systemClock, type Clock } from './common/clock.js';
import type { ScheduledJob } from './jobs/scheduled-jobs.js';
import { auditPlugin } from './audit/audit.plugin.js';
import { AuditWriter } from './audit/audit-writer.js';
import { contextFromHttp, expressExchange, type HttpExchangeParts, type TrustProxy } from './auth/http-auth.js';
import type { SessionPolicy } from './auth/auth.service.js';
import { introspectionGuard } from './auth/introspection-guard.js';
import type { GraphQLContext } from './graphql/context.js';
import { compiledExecutor, type GraphQLExecutorKind } from './graphql/compiled-executor.js';
import { formatError } from './graphql/errors.js';
import { explorerPage } from './graphql/explorer-page.js';
import { fhirRouter } from './fhir/fhir.router.js';
import { graphqlPost } from './graphql/graphql-post.js';
import { requestErrorHandler } from './graphql/http-errors.js';
import { idempotencyPlugin } from './graphql/idempotency.js';
import { attachSubscriptions } from './live/subscriptions.js';
import { QUERY_PARSE_OPTIONS, queryLimitRules, refuseTooNested } from './graphql/limits.js';
import { httpOperationTypes } from './graphql/operation-types.js';
import { rateLimited, RateLimiter, rateLimitKey, type RateLimitOptions } from './graphql/rate-limit.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
import { hasReadReplicas } from './persistence/prepared.js';
import { documentText, TrustedDocuments, type TrustedDocumentsOptions } from './graphql/trusted-documents.js';
import { textGuardPlugin } from './graphql/text-guard.js';
import { securityHeaders, sendHtmlPage } from './http/security-headers.js';
import { staticFiles } from './http/static-files.js';

export interface AppOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  clock?: Clock;
  /** Built web app to serve at `/`, or null. */
  webDist?: string | null;
  /** In production, only signed-in users may introspect the schema. */
  production?: boolean;
  /** Certificate and key (PEM): the server speaks HTTPS itself. */
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  /** Express `trust proxy`: which proxies' `X-Forwarded-*` to believe (default: none). */
  trustProxy?: boolean | number | string[];
  /** Idle timeout and screen lock (SESSION_IDLE_MINUTES, SCREEN_LOCK_MINUTES). */
  sessionPolicy?: SessionPolicy;
  /** Requests per minute per user, API token or signed-out address (graphql/rate-limit.ts); absent: no limit. */
  rateLimit?: RateLimitOptions | null;
  /** Which documents browser sessions may run (graphql/trusted-documents.ts); default `allow`. */
  trustedDocuments?: TrustedDocumentsOptions;
  /** False while the supervised embedded PostgreSQL is down or restarting: `/readyz` answers 503 without asking it. */
  databaseRunning?: () => boolean;
  /** The jobs the server's scheduler runs, as the scheduled jobs screen lists them (default: the built-in ones). */
  scheduledJobs?: readonly ScheduledJob[];
  /** What runs operations (GRAPHQL_EXECUTOR): graphql-jit's compiled functions (default) or graphql-js (graphql/compiled-executor.ts). */
  executor?: GraphQLExecutorKind;
}

export interface RunningApp {
  httpServer: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Writes the entries of the requests' reads, many requests per insert (audit/audit-writer.ts). */
  auditWriter: AuditWriter;
  /** Stops accepting requests, lets in-flight ones finish and their audit entries be written, then resolves. */
  stop(): Promise<void>;
}

/** The HTTP server: `/graphql`, `/fhir`, `/healthz`, `/readyz`, and the web app. Not yet listening. */
export async function createApp({
  orm,
  schema,
  clock = systemClock,
  webDist = null,
  production = false,
  tls = null,
  trustProxy = false,
  sessionPolicy,
  rateLimit = null,
  trustedDocuments: trustedDocumentsOptions = { mode: 'allow' },
  databaseRunning = () => true,
  scheduledJobs,
  executor = 'jit',
}: AppOptions): Promise<RunningApp> {
  const limiter = rateLimit ? new RateLimiter(rateLimit) : null;
  const trustedDocuments = TrustedDocuments.load(trustedDocumentsOptions);
  const auditWriter = new AuditWriter(orm.em);
  const app = express();
  app.disable('x-powered-by');
  // No ETag: hashing every GraphQL response body costs CPU, and POST responses are not cached.
  app.set('etag', false);
  // Behind a TLS-terminating proxy, req.secure (HSTS, the __Host- session cookie) and req.ip
  // follow its X-Forwarded-Proto and X-Forwarded-For; without one, those headers are ignored.
  app.set('trust proxy', trustProxy);
  // Browser security headers and no-store on every response, before any route (http/security-headers.ts).
  app.use(securityHeaders());
  // POST /graphql with a JSON body goes without express (graphql/graphql-post.ts), once Apollo has started.
  let graphqlPostPath: ((req: IncomingMessage, res: ServerResponse) => boolean) | null = null;
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    if (!graphqlPostPath?.(req, res)) app(req, res);
  };
  const httpServer: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, serve) : createServer(serve);
  // Subscriptions over WebSocket on the same server and path (live/subscriptions.ts).
  const subscriptions = await attachSubscriptions(httpServer, {
    orm,
    schema,
    clock,
    sessionPolicy,
    trustProxy: app.get('trust proxy fn') as TrustProxy,
    trustedDocuments,
    audit: auditWriter,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    // Operations run as functions compiled by graphql-jit, given to Apollo Server as a gateway's
    // executor (its only way to take one): graphql/compiled-executor.ts. Apollo refuses both options.
    ...(executor === 'jit' ? { gateway: compiledExecutor(schema).gateway } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo Server's defaults follow NODE_ENV; this app's `production` decides instead, so a
    // test of the production configuration runs what production runs. Introspection is left
    // on: introspectionGuard describes the schema to signed-in users only in production
    // (Apollo's production default would refuse it to everyone, the API explorer included).
    nodeEnv: production ? 'production' : undefined,
    introspection: true,
    // Apollo's CSRF prevention refuses a GET (or a POST a plain HTML form could send) unless it
    // carries a header no cross-site page can set without a CORS preflight, which this server
    // never grants. `Authorization` is such a header: a bearer-token GET needs nothing more;
    // a cookie session's GET needs `apollo-require-preflight` (or `x-apollo-operation-name`).
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    // main.ts stops the server on SIGTERM/SIGINT itself, in order.
    stopOnTerminationSignals: false,
    // Operations the schema has no root type for (subscriptions: graphql/operation-types.ts); then
    // depth and cost limits: refuse queries built to exhaust the server (graphql/limits.ts).
    validationRules: [httpOperationTypes, ...queryLimitRules],
    // A bound on the tokens of a document (graphql/limits.ts). How deep its brackets nest is
    // checked before, in the request's context (`refuseTooNested`).
    parseOptions: QUERY_PARSE_OPTIONS,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Stopping closes the subscriptions' sockets and LISTEN connection.
      subscriptions.plugin,
      // The default landing page loads from a CDN; the hospital's network cannot rely on one.
      // Browsers get the bundled explorer instead (graphql/explorer-page.ts).
      ApolloServerPluginLandingPageDisabled(),
      // Responses are per user and never cached by HTTP caches; without this, Apollo's cache
      // control plugin would wrap every field's resolver to read cache hints nobody sets.
      ApolloServerPluginCacheControlDisabled(),
      // Text no column can hold (NUL, half a surrogate pair) is refused in every argument (graphql/text-guard.ts).
      textGuardPlugin(),
      // Retries of mutations sent with an Idempotency-Key get the first response (graphql/idempotency.ts).
      idempotencyPlugin({ orm, clock }),
      auditPlugin(auditWriter),
      // With read replicas: which requests must read from the primary (graphql/read-routing.ts);
      // without, every read is the primary's and the hook would be work for nothing.
      ...(hasReadReplicas(orm.em) ? [readRoutingPlugin()] : []),
      introspectionGuard({ production }),
    ],
  });
  await apollo.start();

  /** A GraphQL request's context, however it was read: the user, and the rate limit. */
  const graphqlContext = async (exchange: HttpExchangeParts): Promise<GraphQLContext> => {
    const context = await contextFromHttp(orm.em, clock, exchange, sessionPolicy);
    if (scheduledJobs) context.scheduledJobs = scheduledJobs;
    // One bucket per signed-in user, per API token, or per address when signed out: 429 when empty.
    const wait = limiter?.take(rateLimitKey(context.user, exchange.ip ?? undefined)) ?? 0;
    if (wait > 0) throw rateLimited(wait);
    return context;
  };

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      // Orphaned backends of a killed postmaster may still answer for a moment.
      if (!databaseRunning()) throw new Error('database restarting');
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  // A browser opening /graphql gets the API explorer from the web build; GraphQL requests pass.
  app.get('/graphql', explorerPage(webDist));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // A hash from the web app's manifest stands for its document (trusted documents).
    trustedDocuments.resolve(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await graphqlContext(expressExchange(req, res));
        trustedDocuments.guard(context, req, res);
        refuseTooNested(documentText(req));
        return context;
      },
    }),
  );
  graphqlPostPath = graphqlPost({ apollo, trust: app.get('trust proxy fn') as TrustProxy, trustedDocuments, context: graphqlContext });
  // A body over 1 MB (413) or not JSON (400) gets a GraphQL error body, not an HTML page.
  app.use('/graphql', requestErrorHandler);
  // FHIR R4, read-only, with GraphQL's sign-in, permissions, field rules, rate limit and audit (fhir/).
  app.use('/fhir', fhirRouter({ orm, clock, sessionPolicy, limiter, auditWriter }));

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    // Static files, compressed and cached as packages/server/src/http/static-files.ts says; the
    // HTML pages are never cached and are served only with a fresh nonce (below, and the
    // explorer at /graphql), never as files.
    app.use(staticFiles(webDist));
    // Client-side routes: every other GET that wants HTML gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz|fhir).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      sendHtmlPage(req, res, join(webDist, 'index.html'), 'app').catch(next);
    });
  }

  return {
    httpServer,
    apollo,
    auditWriter,
    stop: async () => {
      await apollo.stop();
      // A response waits for its entries, so draining the requests mostly drains the writer;
      // the HTTP drain closes sockets still open after its grace period, though, and an insert
      // still running then is waited for here, before the caller closes the database.
      await auditWriter.close();
    },
  };
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
