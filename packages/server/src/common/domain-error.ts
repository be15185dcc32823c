import {
  ErrorCode,
  type ParamRefusalReason,
  type PlainRefusalReason,
  type RefusalParamArgs,
  type RefusalParamValues,
  type RefusalParams,
  type RefusalReason,
  type REFUSALS,
} from '@pj/shared';

/** What a domain error carries besides its code and message. */
export interface DomainErrorDetails {
  /** One of `REFUSALS` (`@pj/shared`): the web translates the refusal from it. */
  reason?: RefusalReason;
  field?: string;
  retryAfterSeconds?: number;
  params?: RefusalParamValues;
}

/** Details of reason `R`, with the params that reason always carries. */
export type DetailsOf<R extends RefusalReason> = Omit<DomainErrorDetails, 'reason' | 'params'> & { reason: R } & (
  (typeof REFUSALS)[R] extends readonly [] ? { params?: RefusalParamValues } : { params: RefusalParams<R> }
);

/**
 * An expected failure of a domain rule. The GraphQL layer turns it into an error whose
 * `extensions.code` is `code`; `reason` is a finer, stable machine-readable cause
 * (e.g. ILLEGAL_TRANSITION) and `field` names the offending input, when there is one.
 * `params` carries the values the message speaks of (a date, a name, a limit), so that a client
 * can say the same thing in the user's language from `reason` and `params` alone.
 */
export class DomainError extends Error {
  readonly details: DomainErrorDetails;
  constructor(code: ErrorCode, message: string, details?: Omit<DomainErrorDetails, 'reason' | 'params'>);
  constructor(code: ErrorCode, message: string, details: Omit<DomainErrorDetails, 'reason'> & { reason: PlainRefusalReason });
  constructor(code: ErrorCode, message: string, details: { [R in ParamRefusalReason]: DetailsOf<R> }[ParamRefusalReason]);
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.details = details;
  }
}

/** A refusal's details: its reason and, when it has any, its params. */
export function refusal<R extends RefusalReason>(
  reason: R,
  ...[params]: RefusalParamArgs<R>
): { reason: R; params?: RefusalParamValues } {
  return params ? { reason, params } : { reason };
}

export function badInput<R extends RefusalReason = 'INVALID'>(
  field: string,
  message: string,
  reason?: R,
  ...params: RefusalParamArgs<R>
): DomainError {
  const r = (reason ?? 'INVALID') as R;
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, ...refusal(r, ...params) });
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { reason: 'NOT_FOUND' });

export function conflict<R extends RefusalReason>(reason: R, message: string, ...params: RefusalParamArgs<R>): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, refusal(reason, ...params) as DomainErrorDetails);
}
