import { ErrorCode } from '@pj/shared';

/**
 * An expected failure of a domain rule. The GraphQL layer turns it into an error whose
 * `extensions.code` is `code`; `reason` is a finer, stable machine-readable cause
 * (e.g. ILLEGAL_TRANSITION) and `field` names the offending input, when there is one.
 * `params` carries the values the message speaks of (a date, a name, a limit), so that a client
 * can say the same thing in the user's language from `reason` and `params` alone.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      reason?: string;
      field?: string;
      retryAfterSeconds?: number;
      params?: Record<string, string | number>;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, reason = 'INVALID'): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { reason: 'NOT_FOUND' });

export const conflict = (reason: string, message: string): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, { reason });
