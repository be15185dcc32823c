import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { ErrorCode } from '@pj/shared';
import { GraphQLError } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import { isDatabaseUnreachable } from '../graphql/errors.js';

/** A failed FHIR request: its HTTP status, the OperationOutcome to send, and any headers. */
export interface FhirFailure {
  status: number;
  outcome: OperationOutcome;
  headers: Record<string, string>;
  /** The domain's code, as the audit trail writes a refusal (`FORBIDDEN`, `NOT_FOUND`, …). */
  code: string;
}

type IssueType = OperationOutcomeIssue['code'];

/** The HTTP status and FHIR issue type of each domain error code (FHIR R4 http.html#Status-Codes). */
const BY_CODE: Partial<Record<ErrorCode, { status: number; issue: IssueType }>> = {
  [ErrorCode.BAD_USER_INPUT]: { status: 400, issue: 'invalid' },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, issue: 'login' },
  [ErrorCode.FORBIDDEN]: { status: 403, issue: 'forbidden' },
  [ErrorCode.NOT_FOUND]: { status: 404, issue: 'not-found' },
  [ErrorCode.CONFLICT]: { status: 409, issue: 'conflict' },
  [ErrorCode.RATE_LIMITED]: { status: 429, issue: 'throttled' },
  [ErrorCode.SERVICE_UNAVAILABLE]: { status: 503, issue: 'transient' },
};

export function operationOutcome(issue: IssueType, text: string, extra: Partial<OperationOutcomeIssue> = {}): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: issue, details: { text }, ...extra }] };
}

/** A failure of the FHIR API itself (an unknown path, a format it does not speak). */
export function fhirFailure(status: number, issue: IssueType, text: string, code: string, extra: Partial<OperationOutcomeIssue> = {}): FhirFailure {
  return { status, outcome: operationOutcome(issue, text, extra), headers: {}, code };
}

/**
 * What a client sees of an error: a domain error (or the GraphQL error the HTTP authentication
 * raises when the database is down) as its status and issue, with its message; anything else
 * as 500 with no detail, as GraphQL answers INTERNAL_SERVER_ERROR (no stack traces to clients).
 */
export function failureOf(error: unknown): FhirFailure {
  const domain = error instanceof DomainError ? error : error instanceof GraphQLError && error.originalError instanceof DomainError ? error.originalError : null;
  const code = domain?.code ?? (error instanceof GraphQLError ? (error.extensions.code as ErrorCode | undefined) : undefined);
  const known = code ? BY_CODE[code] : undefined;
  if (known && code) {
    const reason = domain?.details.reason;
    const failure = fhirFailure(known.status, known.issue, (error as Error).message, code, reason ? { diagnostics: reason } : {});
    if (code === ErrorCode.UNAUTHENTICATED) failure.headers['www-authenticate'] = 'Bearer realm="fhir"';
    const retry = domain?.details.retryAfterSeconds;
    if (retry) failure.headers['retry-after'] = String(retry);
    return failure;
  }
  if (isDatabaseUnreachable(error)) return fhirFailure(503, 'transient', 'The database is unavailable; try again shortly', ErrorCode.SERVICE_UNAVAILABLE);
  console.error('FHIR request failed', error);
  return fhirFailure(500, 'exception', 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
}
