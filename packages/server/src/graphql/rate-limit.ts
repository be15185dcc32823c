import { ErrorCode } from '@pj/shared';
import { GraphQLError } from 'graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';

export interface RateLimitOptions {
  /** Requests per minute, refilled continuously; 0 turns the limit off. */
  perMinute: number;
  /** The bucket's size: how many requests may arrive at once. */
  burst: number;
  /** Milliseconds since the epoch (tests pass their own). */
  now?: () => number;
  /** How many buckets are kept before full ones are forgotten (a full bucket is the same as none). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (a signed-in user, an API token, or the address of a signed-out
 * request): each request takes one token, tokens come back at `perMinute` per minute up to
 * `burst`. One map lookup per request. Kept in this process's memory: with several server
 * processes each one counts on its own, so a client may reach the limit once per process.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Takes one request from `key`'s bucket: 0 when it may go ahead, else seconds to wait. */
  take(key: string): number {
    if (this.options.perMinute <= 0) return 0;
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.forgetFull(now);
      bucket = { tokens: this.options.burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Drops the buckets that have filled up again (or, if none has, the oldest half). */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.options.burst) this.buckets.delete(key);
    }
    if (this.buckets.size < this.maxKeys) return;
    let drop = Math.floor(this.buckets.size / 2);
    for (const key of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(key);
    }
  }
}

/** The refusal of a request over the limit: HTTP 429 with `Retry-After`, code RATE_LIMITED. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const message = `Too many requests; try again in ${retryAfterSeconds} s`;
  return new GraphQLError(message, {
    originalError: new DomainError(ErrorCode.RATE_LIMITED, message, { reason: 'RATE_LIMITED', params: { seconds: retryAfterSeconds }, retryAfterSeconds }),
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      reason: 'RATE_LIMITED',
      params: { seconds: retryAfterSeconds },
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Whose bucket a request takes from: a signed-in user's, an API token's, or the address's when signed out. */
export function rateLimitKey(user: AuthUser | null, ip: string | undefined): string {
  return user ? (user.via.kind === 'token' ? `token:${user.via.tokenId}` : `user:${user.id}`) : `ip:${ip ?? ''}`;
}
