import type { AuditSink } from '../audit/audit-trail.js';
import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AuthUser } from '../auth/auth-user.js';
import { accountProblem, authenticate, DEFAULT_SESSION_POLICY, type SessionPolicy } from '../auth/auth.service.js';
import { bearerToken, clientOf, cookie, SECURE_SESSION_COOKIE, SESSION_COOKIE, type TrustProxy } from '../auth/http-auth.js';
import type { Clock } from '../common/clock.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { nestingRefusal, parseQuery, queryLimitRules } from '../graphql/limits.js';
import type { TrustedDocuments } from '../graphql/trusted-documents.js';
import { startLiveListener, type LiveListener } from './live-listener.js';
import { LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

/**
 * A document's parse or validation error with the code Apollo Server gives it over HTTP
 * (graphql-ws gives none, and formatError answers an uncoded error as an internal one).
 */
function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** How often every open socket's session or token is checked again (besides each announced revocation). */
export const RECHECK_MS = 20_000;

export interface SubscriptionOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  clock: Clock;
  sessionPolicy?: SessionPolicy;
  /** Which proxies' X-Forwarded-Proto and -For to believe: express's compiled `trust proxy` (default: none). */
  trustProxy?: TrustProxy;
  /** Where what each delivered event showed is written (the app's audit writer, as for HTTP responses). */
  audit: AuditSink;
  /** The web app's documents, and whether browser sessions may run only those (as over HTTP). */
  trustedDocuments?: TrustedDocuments;
  /** The announcements' database (default: the ORM's). */
  databaseUrl?: string;
  log?: (message: string) => void;
}

export interface Subscriptions {
  /** For ApolloServer's plugins: stopping the server closes every socket and the LISTEN connection. */
  plugin: ApolloServerPlugin<GraphQLContext>;
  /** Sockets open now (for tests and /readyz-style checks). */
  readonly openSockets: number;
}

/** The typed code a client is shown for an error (graphql/errors.ts). */
function codeOf(error: GraphQLError): string {
  const code = formatError(error.toJSON(), error).extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/** Who a socket signed in as, and with what. */
interface Connection {
  user: AuthUser;
  ip: string | null;
  userAgent: string | null;
}

/**
 * GraphQL subscriptions over the GraphQL over WebSocket protocol (`graphql-ws`), on the HTTP
 * server's own port at `/graphql`:
 * - signed in at connection time, by the session cookie of the upgrade request or by
 *   `connectionParams.authorization` = `Bearer <API token>`; anything else is refused (4403);
 * - each operation gets a context made as an HTTP request's is (graphql/context.ts), so the
 *   same permission and field rules run; what each delivered event showed is written to the
 *   audit trail when it is sent, as a query's is when its response is;
 * - a socket is closed (4403) when its session is revoked, locked, expired or idle, its token
 *   revoked or its account closed: at once when the database announces it, and in any case at
 *   the next check (every RECHECK_MS);
 * - one LISTEN connection per process feeds the subscriptions (live-listener.ts).
 */
export async function attachSubscriptions(httpServer: Server, options: SubscriptionOptions): Promise<Subscriptions> {
  const { orm, schema, clock, sessionPolicy = DEFAULT_SESSION_POLICY, trustProxy = () => false, log = () => undefined } = options;
  const listener: LiveListener = await startLiveListener(options.databaseUrl ?? orm.config.get('clientUrl'), livePubSub, log);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const connections = new Map<WebSocket, Connection>();
  const validationRules = [...specifiedRules, ...queryLimitRules];

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));

  const disposable = useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      schema,
      parse: parseQuery,
      validate: (s, document) => validate(s, document, validationRules).map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')),
      async onConnect(ctx) {
        const req = ctx.extra.request;
        const client = clientOf(req, trustProxy);
        const name = client.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
        // Sessions expire in real time, whatever clock the domain runs on (as over HTTP).
        const auth = await authenticate(() => orm.em.fork(), { sessionToken: cookie(req, name), bearerToken: bearerToken(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization) }, new Date(), sessionPolicy).catch(
          () => ({ user: null }),
        );
        if (!auth.user) return false;
        const connection: Connection = {
          user: auth.user,
          ip: client.ip,
          userAgent: req.headers['user-agent'] ?? null,
        };
        ctx.extra.connection = connection;
        connections.set(ctx.extra.socket, connection);
        return true;
      },
      // A hash stands for the manifest's document, and TRUSTED_DOCUMENTS=enforce holds a browser
      // session to the web app's own operations, as over HTTP (graphql/trusted-documents.ts).
      onSubscribe(ctx, _id, payload) {
        const refusal = options.trustedDocuments?.admitSocketOperation(payload, ctx.extra.connection?.user ?? null);
        if (refusal) return [refusal];
        const tooNested = nestingRefusal(payload.query);
        if (tooNested) return [tooNested];
        // graphql-ws lets a syntax error (or a document over the token limit) escape its message
        // handler, which closes the socket as an internal error (4500). Parsed here first, it is
        // answered as an error on the subscription instead; graphql-ws then parses the text again
        // (`parse` above), once per subscription, which costs less than carrying the document over.
        try {
          parseQuery(payload.query);
        } catch (error) {
          // As Apollo Server does over HTTP, whatever stopped the parser is the document's fault.
          const parseError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error));
          return [withCode(parseError, 'GRAPHQL_PARSE_FAILED')];
        }
        return undefined;
      },
      onClose(ctx) {
        connections.delete(ctx.extra.socket);
      },
      context(ctx) {
        const connection = ctx.extra.connection!;
        return createContext(orm.em, clock, { user: connection.user }, {
          // A socket cannot set cookies: signing in and out happen over HTTP.
          setSessionCookie: () => undefined,
          clearSessionCookie: () => undefined,
          ip: connection.ip,
          userAgent: connection.userAgent,
        }, sessionPolicy);
      },
      async onNext(_ctx, _id, _payload, args, result) {
        const context = args.contextValue as GraphQLContext;
        // Refused when subscribing (a permission, a bad argument): nothing was read, but the
        // attempt is kept as a refused query's is (its resolver never ran, so no field noted it).
        const refusal = result.data == null ? result.errors?.find((error) => error.path?.length === 1) : undefined;
        if (refusal) context.audit.record({ action: `subscribe:${String(refusal.path![0])}`, outcome: codeOf(refusal) });
        await context.audit
          .flush(options.audit, { user: context.user, ip: context.http?.ip ?? null, userAgent: context.http?.userAgent ?? null, at: context.clock() })
          .catch((error: unknown) => console.error('Could not write the audit trail', error));
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors);
      },
    },
    wsServer,
  );

  /** Whether the socket's session or token may still be used now (read only: a check is not a use). */
  const stillValid = async ({ user }: Connection): Promise<boolean> => {
    const now = new Date();
    const conn = orm.em.fork().getConnection();
    if (user.via.kind === 'token') {
      const [row] = await conn.execute<{ revoked_at: Date | null; active: boolean; expires_at: Date | null }[]>(
        `select t.revoked_at, u.active, u.expires_at from api_token t join app_user u on u.id = t.user_id where t.id = ?`,
        [user.via.tokenId],
      );
      return Boolean(row) && !row.revoked_at && !accountProblem({ active: row.active, expiresAt: row.expires_at && new Date(row.expires_at) }, now);
    }
    const [row] = await conn.execute<
      { revoked_at: Date | null; locked_at: Date | null; expires_at: Date; last_seen_at: Date; active: boolean; user_expires_at: Date | null }[]
    >(
      `select s.revoked_at, s.locked_at, s.expires_at, s.last_seen_at, u.active, u.expires_at as user_expires_at
       from user_session s join app_user u on u.id = s.user_id where s.id = ?`,
      [user.via.sessionId],
    );
    if (!row || row.revoked_at || row.locked_at || new Date(row.expires_at) <= now) return false;
    if (now.getTime() - new Date(row.last_seen_at).getTime() > sessionPolicy.idleMinutes * 60_000) return false;
    return !accountProblem({ active: row.active, expiresAt: row.user_expires_at && new Date(row.user_expires_at) }, now);
  };

  const recheck = async (which: (connection: Connection) => boolean): Promise<void> => {
    await Promise.all(
      [...connections].filter(([, connection]) => which(connection)).map(async ([socket, connection]) => {
        // The database unreachable says nothing about the session: the next check decides.
        const valid = await stillValid(connection).catch(() => true);
        if (!valid) {
          connections.delete(socket);
          socket.close(CloseCode.Forbidden, 'Forbidden');
        }
      }),
    );
  };

  const timer = setInterval(() => void recheck(() => true), RECHECK_MS);
  timer.unref();
  const off = livePubSub.on(LiveTopic.credentials, (payload) => {
    const message = payload as LiveMessage;
    if (message.t === 's') void recheck(({ user }) => user.via.kind === 'session' && user.via.sessionId === message.id);
    else if (message.t === 'k') void recheck(({ user }) => user.via.kind === 'token' && user.via.tokenId === message.id);
    else if (message.t === 'u') void recheck(({ user }) => user.id === message.id);
  });

  const stop = async (): Promise<void> => {
    clearInterval(timer);
    off();
    await disposable.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    await listener.stop();
  };

  return {
    plugin: {
      serverWillStart() {
        return Promise.resolve({ drainServer: stop });
      },
    },
    get openSockets() {
      return connections.size;
    },
  };
}
