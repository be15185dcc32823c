import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type BaseContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode } from '@pj/shared';
import { GraphQLError, Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { IdempotencyClaim } from '../audit/audit-trail.js';
import { systemClock, type Clock } from '../common/clock.js';
import { badInput, DomainError } from '../common/domain-error.js';

/**
 * Idempotent mutations. A client that may retry a mutation (a flaky connection in the ward,
 * a timeout) sends an `Idempotency-Key` header with it. The first response to a key is kept in
 * `idempotency_record` for 24 hours, and a retry with the same key and the same request gets
 * that response again (with `Idempotent-Replayed: true`) instead of running the mutation twice
 * — across restarts too, since it is in the database.
 *
 * - The same key with a different request (operation text, operation name or variables) is
 *   refused: 409, CONFLICT, reason IDEMPOTENCY_KEY_REUSED.
 * - While the first request with a key is still running, another one with the same key is
 *   refused at once rather than made to wait: 409, CONFLICT, reason
 *   IDEMPOTENCY_KEY_IN_PROGRESS, with `Retry-After: 1`. Its retry then gets the stored response.
 * - Only responses of mutations that may have changed something are kept. When every root
 *   field of the operation failed, each rolled back its own transaction (a failed mutation
 *   changes nothing), so the key is released and a retry runs the mutation again: a retry after
 *   an outage (SERVICE_UNAVAILABLE) or a fixed input does what the client meant.
 * - Keys are scoped by who is signed in (two users never share a key); anonymous requests
 *   share the '' scope.
 * - When the database goes away mid-request (a crash, a restart) and the claim cannot be
 *   released or its response cannot be stored, this process keeps that in memory and settles it
 *   as soon as the database is back (every second, and before any retry with the key): a retry
 *   then runs the mutation (nothing was committed) or gets the response the client was given.
 * - The mutation's transaction marks the claim committed (`committed_at`, common/transaction.ts):
 *   its writes and that mark commit together or not at all.
 * - A claim whose request never finished (the process died mid-request) and whose mutation did
 *   not commit is taken over after `abandonAfterMs`: nothing of it was written, so the retry
 *   runs it. If the process died after the commit but before the response was stored, the
 *   mutation is never run again: a retry gets 409, CONFLICT, reason IDEMPOTENCY_KEY_APPLIED
 *   (applied once; its response was lost with the process: read the record to see the result).
 * - Queries ignore the header (they change nothing), as do the mutations in `unrecordedFields`
 *   (sign-in, unlocking and API tokens: their responses carry secrets or set cookies, which must not be stored).
 */

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

/** 1–200 printable ASCII characters (a UUID, a ULID, or the client's own scheme). */
const KEY_FORMAT = /^[\x20-\x7E]{1,200}$/;

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
const DEFAULT_ABANDON_AFTER_MS = 5 * 60_000;
const CLEANUP_EVERY_MS = 60 * 60_000;

export interface IdempotencyOptions {
  orm: MikroORM;
  clock?: Clock;
  /** How long a stored response is kept and replayed (24 h). */
  ttlMs?: number;
  /** When a claim with no response is considered abandoned (5 min, far above any mutation). */
  abandonAfterMs?: number;
  /** Root mutation fields whose responses are never stored. */
  unrecordedFields?: ReadonlySet<string>;
}

type ClaimOutcome =
  | { kind: 'claimed'; at: Date }
  | { kind: 'replay'; status: number; body: FormattedExecutionResult }
  | { kind: 'reused' }
  | { kind: 'in-progress' }
  | { kind: 'applied' };

/**
 * A committed claim with no response, claimed this long ago, was left by a process that died
 * between its commit and storing the response (which follows the commit at once); sooner, its
 * request may still be finishing.
 */
const COMMITTED_GRACE_MS = 30_000;

/** Test fault injection: the process dies after a mutation committed, before its response is stored or sent. */
const DIE_BEFORE_STORING_RESPONSE = process.env.JOURNEY_TEST_FAULT === 'die-before-storing-idempotent-response';

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 of what makes two requests "the same": operation text, operation name, variables. */
export function requestFingerprint(source: string, operationName: string | null | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(canonicalJson([source, operationName ?? null, variables ?? {}]))
    .digest('hex');
}

/**
 * What the plugin reads and writes of a request's context (GraphQLContext has it): who is signed
 * in, the key's scope, and the claim it hands to the mutation's transaction.
 */
export interface IdempotencyContext extends BaseContext {
  user?: { id: string } | null;
  actor?: string | null;
  /** Set when this request claimed its key; the mutation's transaction marks the claim committed (common/transaction.ts). */
  idempotencyClaim?: IdempotencyClaim;
}

/** Whose key this is: the signed-in user's id when the context has one, else its actor. */
function scopeOf(context: IdempotencyContext): string {
  const userId = context.user?.id;
  if (userId) return `user:${userId}`;
  const actor = context.actor ?? null;
  return actor ? `actor:${actor}` : '';
}

function conflictError(reason: 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_PROGRESS' | 'IDEMPOTENCY_KEY_APPLIED', message: string): GraphQLError {
  const headers = new HeaderMap();
  if (reason === 'IDEMPOTENCY_KEY_IN_PROGRESS') headers.set('retry-after', '1');
  return new GraphQLError(message, {
    originalError: new DomainError(ErrorCode.CONFLICT, message, { reason }),
    extensions: { http: { status: 409, headers } },
  });
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

/**
 * True when the response shows that nothing can have been written: every root field failed
 * in its own resolver (an error at a deeper path means the mutation returned, so committed).
 */
function nothingCommitted(body: FormattedExecutionResult): boolean {
  const errors = body.errors ?? [];
  if (errors.length === 0) return false;
  if (errors.some((e) => (e.path?.length ?? 0) > 1)) return false;
  const data = body.data;
  return !data || Object.values(data).every((v) => v === null);
}

/** What a request left unwritten when the database went away: its claim to release, or its response to store. */
interface Unsettled {
  fingerprint: string;
  claimedAt: Date;
  outcome: { kind: 'release' } | { kind: 'complete'; status: number; body: FormattedExecutionResult };
}

/** How often unsettled claims are tried again while the database is away. */
const SETTLE_EVERY_MS = 1_000;

class IdempotencyStore {
  private lastCleanup = 0;
  private readonly unsettled = new Map<string, Unsettled>();
  private settleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly abandonAfterMs: number,
  ) {}

  private execute<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.orm.em.getConnection().execute<T[]>(sql, params, 'all');
  }

  /**
   * Claims the key for this request, or says what to answer instead. A claim whose outcome
   * is unknown (the connection broke) is kept to be released: nothing ran under it.
   */
  async claim(scope: string, key: string, fingerprint: string): Promise<ClaimOutcome> {
    const left = this.unsettled.get(`${scope}\n${key}`);
    if (left) {
      if (left.outcome.kind === 'complete' && left.fingerprint === fingerprint) {
        // Answer as the first time, whether or not the database has it yet.
        void this.settle(scope, key).catch(() => undefined);
        return { kind: 'replay', status: left.outcome.status, body: left.outcome.body };
      }
      await this.settle(scope, key);
    }
    const now = this.clock();
    try {
      return await this.tryClaim(scope, key, fingerprint, now);
    } catch (error) {
      this.keepUnsettled(scope, key, { fingerprint, claimedAt: now, outcome: { kind: 'release' } });
      throw error;
    }
  }

  private async tryClaim(scope: string, key: string, fingerprint: string, now: Date): Promise<ClaimOutcome> {
    const expired = new Date(now.getTime() - this.ttlMs);
    const abandoned = new Date(now.getTime() - this.abandonAfterMs);
    // A few rounds at most: the row we lost to can be released between our two statements.
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimed = await this.execute<{ scope: string }>(
        `insert into "idempotency_record" ("scope", "key", "fingerprint", "created_at") values (?, ?, ?, ?)
         on conflict ("scope", "key") do update
           set "fingerprint" = excluded."fingerprint", "created_at" = excluded."created_at",
               "response_status" = null, "response_body" = null, "completed_at" = null
           where "idempotency_record"."created_at" < ?
              or ("idempotency_record"."response_status" is null and "idempotency_record"."committed_at" is null
                  and "idempotency_record"."created_at" < ?)
         returning "scope"`,
        [scope, key, fingerprint, now, expired, abandoned],
      );
      if (claimed.length > 0) {
        this.cleanUpNowAndThen(now);
        return { kind: 'claimed', at: now };
      }
      const [existing] = await this.execute<{ fingerprint: string; response_status: number | null; response_body: unknown; committed_at: Date | null; created_at: Date }>(
        `select "fingerprint", "response_status", "response_body", "committed_at", "created_at" from "idempotency_record" where "scope" = ? and "key" = ?`,
        [scope, key],
      );
      if (!existing) continue;
      if (existing.fingerprint !== fingerprint) return { kind: 'reused' };
      if (existing.response_status === null) {
        // Claimed (by this server's clock) long enough ago that the response would be stored by now.
        const claimedAt = new Date(existing.created_at).getTime();
        return existing.committed_at !== null && claimedAt < now.getTime() - COMMITTED_GRACE_MS ? { kind: 'applied' } : { kind: 'in-progress' };
      }
      return { kind: 'replay', status: existing.response_status, body: existing.response_body as FormattedExecutionResult };
    }
    return { kind: 'in-progress' };
  }

  async complete(scope: string, key: string, claimedAt: Date, status: number, body: FormattedExecutionResult): Promise<void> {
    await this.execute(
      `update "idempotency_record" set "response_status" = ?, "response_body" = ?, "completed_at" = ?
       where "scope" = ? and "key" = ? and "created_at" = ? and "response_status" is null`,
      [status, JSON.stringify(body), this.clock(), scope, key, claimedAt],
    );
  }

  /** Releases an uncommitted claim; a committed one is never released (its writes are in). */
  async release(scope: string, key: string, claimedAt: Date): Promise<void> {
    await this.execute(
      `delete from "idempotency_record" where "scope" = ? and "key" = ? and "created_at" = ? and "response_status" is null and "committed_at" is null`,
      [scope, key, claimedAt],
    );
  }

  /** Remembers what could not be written, and tries again every second until it is. */
  keepUnsettled(scope: string, key: string, unsettled: Unsettled): void {
    this.unsettled.set(`${scope}\n${key}`, unsettled);
    if (this.settleTimer) return;
    const loop = async (): Promise<void> => {
      for (const id of [...this.unsettled.keys()]) {
        const [s, k] = id.split('\n');
        try {
          await this.settle(s, k);
        } catch {
          break; // still away: all of them wait for the next round
        }
      }
      this.settleTimer = this.unsettled.size > 0 ? setTimeout(() => void loop(), SETTLE_EVERY_MS).unref() : null;
    };
    this.settleTimer = setTimeout(() => void loop(), SETTLE_EVERY_MS).unref();
  }

  /** Writes what a request left unwritten; throws (and keeps it) while the database is away. */
  private async settle(scope: string, key: string): Promise<void> {
    const id = `${scope}\n${key}`;
    const left = this.unsettled.get(id);
    if (!left) return;
    if (left.outcome.kind === 'release') await this.release(scope, key, left.claimedAt);
    else await this.complete(scope, key, left.claimedAt, left.outcome.status, left.outcome.body);
    if (this.unsettled.get(id) === left) this.unsettled.delete(id);
  }

  /** Deletes expired records, at most once an hour, without holding up the request. */
  private cleanUpNowAndThen(now: Date): void {
    if (now.getTime() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now.getTime();
    this.execute(`delete from "idempotency_record" where "created_at" < ?`, [new Date(now.getTime() - this.ttlMs)]).catch(
      (error: unknown) => console.error('Could not delete expired idempotency records', error),
    );
  }
}

/** The Apollo Server plugin; see the comment at the top of this file. */
export function idempotencyPlugin<TContext extends IdempotencyContext>({
  orm,
  clock = systemClock,
  ttlMs = DEFAULT_IDEMPOTENCY_TTL_MS,
  abandonAfterMs = DEFAULT_ABANDON_AFTER_MS,
  unrecordedFields = new Set(['login', 'logout', 'createApiToken', 'unlockSession', 'signOutEverywhere']),
}: IdempotencyOptions): ApolloServerPlugin<TContext> {
  const store = new IdempotencyStore(orm, clock, ttlMs, abandonAfterMs);

  return {
    requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (key === undefined) return Promise.resolve();

      let claim: { scope: string; key: string; at: Date; fingerprint: string } | null = null;
      let replay: GraphQLResponse | null = null;
      let executed = false;

      return Promise.resolve({
        async didResolveOperation({ operation, source, request: { operationName, variables }, contextValue }) {
          if (!KEY_FORMAT.test(key)) {
            const problem = badInput('Idempotency-Key', 'The Idempotency-Key header must be 1 to 200 printable ASCII characters', 'INVALID_IDEMPOTENCY_KEY');
            throw new GraphQLError(problem.message, { originalError: problem, extensions: { http: { status: 400, headers: new HeaderMap() } } });
          }
          if (operation?.operation !== 'mutation') return;
          if (rootFieldNames(operation).some((name) => unrecordedFields.has(name))) return;

          const scope = scopeOf(contextValue);
          const fingerprint = requestFingerprint(source, operationName, variables);
          const outcome = await store.claim(scope, key, fingerprint);
          switch (outcome.kind) {
            case 'claimed':
              claim = { scope, key, at: outcome.at, fingerprint };
              // The mutation's transaction marks it committed (common/transaction.ts).
              contextValue.idempotencyClaim = { scope, key, at: outcome.at };
              return;
            case 'replay':
              replay = {
                http: { status: outcome.status, headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) },
                body: { kind: 'single', singleResult: outcome.body },
              };
              return;
            case 'reused':
              throw conflictError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request; use a new key for a new request');
            case 'in-progress':
              throw conflictError('IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this Idempotency-Key is still running; retry shortly to get its response');
            case 'applied':
              throw conflictError(
                'IDEMPOTENCY_KEY_APPLIED',
                'This request was already applied, once; its response was lost when the server stopped. Reload the record to see the result',
              );
          }
        },

        responseForOperation() {
          return Promise.resolve(replay);
        },

        executionDidStart() {
          executed = true;
          return Promise.resolve();
        },

        async willSendResponse({ response }) {
          if (!claim) return;
          const mine = claim;
          claim = null;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const outcome: Unsettled['outcome'] =
            !executed || !body || nothingCommitted(body) ? { kind: 'release' } : { kind: 'complete', status: response.http.status ?? 200, body };
          if (DIE_BEFORE_STORING_RESPONSE && outcome.kind === 'complete') process.kill(process.pid, 'SIGKILL');
          try {
            if (outcome.kind === 'release') await store.release(mine.scope, mine.key, mine.at);
            else await store.complete(mine.scope, mine.key, mine.at, outcome.status, outcome.body);
          } catch (error) {
            // The client still gets its response; this process writes it once the database is back.
            console.error(`Could not ${outcome.kind === 'release' ? 'release' : 'store the response of'} an idempotent request; trying again shortly`, error);
            store.keepUnsettled(mine.scope, mine.key, { fingerprint: mine.fingerprint, claimedAt: mine.at, outcome });
          }
        },
      });
    },
  };
}
