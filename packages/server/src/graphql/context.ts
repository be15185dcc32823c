import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '../audit/audit-trail.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DEFAULT_SESSION_POLICY, type AuthenticationProblem, type SessionPolicy } from '../auth/auth.service.js';
import type { Clock } from '../common/clock.js';
import type { ScheduledJob } from '../jobs/scheduled-jobs.js';
import type { IdempotencyClaim } from '../audit/audit-trail.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Why a request has no user, when it tried to have one. */
export type AuthProblem = AuthenticationProblem | null;

/** The parts of the HTTP exchange that resolvers may touch (cookies for login and logout). */
export interface HttpExchange {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  ip: string | null;
  userAgent: string | null;
}

/** What every resolver gets: this request's own EntityManager, DataLoaders and user. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  clock: Clock;
  /** The signed-in user, or null for an anonymous request. */
  user: AuthUser | null;
  authProblem: AuthProblem;
  /** The owner of the locked session this request came with: it may unlock it, nothing else. */
  lockedUser: AuthUser | null;
  /** Idle timeout and screen lock, as configured. */
  sessionPolicy: SessionPolicy;
  /** Who is acting, as written into history rows and timeline events. */
  actor: string | null;
  audit: AuditTrail;
  http: HttpExchange | null;
  /** The jobs this server runs by itself (the nightly backup only with BACKUP_DIR); absent: the built-in ones. */
  scheduledJobs?: readonly ScheduledJob[];
  /** The Idempotency-Key this mutation request claimed, if any (graphql/idempotency.ts). */
  idempotencyClaim?: IdempotencyClaim;
}

/** What a service needs to do its work. */
export type ServiceContext = Pick<GraphQLContext, 'em' | 'clock' | 'actor'>;

export function createContext(
  rootEm: EntityManager,
  clock: Clock,
  auth: { user: AuthUser | null; problem?: AuthProblem; lockedUser?: AuthUser } = { user: null },
  http: HttpExchange | null = null,
  sessionPolicy: SessionPolicy = DEFAULT_SESSION_POLICY,
): GraphQLContext {
  // A fork per request: its identity map and unit of work are this request's alone.
  const em = rootEm.fork();
  return {
    em,
    loaders: createLoaders(em),
    clock,
    user: auth.user,
    authProblem: auth.problem ?? null,
    lockedUser: auth.lockedUser ?? null,
    sessionPolicy,
    actor: auth.user?.displayName ?? null,
    audit: new AuditTrail(),
    http,
  };
}
