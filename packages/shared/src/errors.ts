/** The `extensions.code` values a client can receive. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many requests from one user, API token or address: wait `retryAfterSeconds` (HTTP 429, `Retry-After`). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A persisted document's hash the server does not know; send the full query instead, or a hash from the web app's manifest. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Every `reason` a refusal can carry, with the `params` every refusal of that reason carries
 * (the values its message speaks of). The server may only refuse with a reason listed here
 * (TypeScript checks `DomainError`, `badInput` and `conflict`), and the web shows a refusal from
 * its translation `serverErrors.<REASON>`, which may use these params and no others; a test
 * fails when a reason has no translation in a language.
 */
export const REFUSALS = {
  // Input
  INVALID: [],
  REQUIRED: [],
  TOO_LONG: ['max'],
  TOO_MANY: [],
  TOO_FAR: [],
  OUT_OF_RANGE: [],
  CONTROL_CHARACTERS: [],
  INVALID_CHARACTERS: [],
  INVALID_DATE: [],
  IN_FUTURE: [],
  IN_PAST: [],
  NOT_IN_PAST: [],
  END_BEFORE_START: [],
  INVALID_ID: [],
  INVALID_CURSOR: [],
  PAGE_SIZE: ['max'],
  FIRST_AND_LAST: [],
  BOTH_NAMES: [],
  NOT_ALLOWED: [],
  REASON_REQUIRED: [],
  INVALID_PHONE: [],
  NOT_KHMER: [],
  GUARDIAN_REQUIRED: [],
  INVALID_STAGE: [],
  UNKNOWN_CODE: ['code'],
  NOT_A_HOSPITAL: [],
  NOT_A_CASE_MANAGER: [],
  BEFORE_BIRTH: [],
  BEFORE_ADMISSION: [],
  BEFORE_TRANSFER: [],
  BEFORE_CURRENT_STAY: [],
  BEFORE_BOOKING: [],
  BEFORE_DUE: [],
  BEFORE_PLAN: [],
  BEFORE_OPERATION: [],
  BEFORE_TIME_OUT: [],
  BEFORE_CLOSURE: [],
  AFTER_INCISION: [],
  OUTSIDE_SSI_WINDOW: [],
  NOT_WITH_GRADE_V: [],
  NOT_IN_PLAN: [],
  NOT_ON_MISSION: [],
  NOT_THE_PATIENTS: [],
  REFERRAL_OF_OTHER_PATIENT: [],
  EPISODE_OF_OTHER_PATIENT: [],
  SAME_BED: [],
  SAME_PATIENT: [],
  DUPLICATE_MEMBER: [],
  SEVERAL_PRIMARY_SURGEONS: [],
  MISSING_ITEM: [],
  ITEM_OF_OTHER_PHASE: [],
  ANSWER_NOT_ALLOWED: [],
  DUPLICATE_ITEM: [],
  DUPLICATE_REFERRAL: [],
  RANGE: [],
  UNSUPPORTED_DIMENSION: [],
  // Accounts and passwords
  INVALID_USERNAME: [],
  USERNAME_TAKEN: ['username'],
  ROLE_NOT_HELD: [],
  PASSWORD_TOO_SHORT: ['min'],
  PASSWORD_TOO_LONG: ['max'],
  COMMON_PASSWORD: [],
  NOT_A_SESSION: [],
  // Records and workflow
  NOT_FOUND: [],
  STALE_VERSION: [],
  CONCURRENT_CHANGE: [],
  DUPLICATE: [],
  POSSIBLE_DUPLICATE: [],
  ILLEGAL_TRANSITION: ['from', 'to'],
  ALREADY_IN_STATUS: [],
  ALREADY_RECORDED: [],
  ALREADY_COMPLETED: [],
  ALREADY_CANCELLED: [],
  ALREADY_MERGED: [],
  PATIENT_MERGED: [],
  PATIENT_DECEASED: [],
  PATIENT_NOT_DECEASED: [],
  REFERRAL_CLOSED: [],
  REFERRAL_NOT_WAITLISTED: [],
  REFERRAL_ALREADY_SCHEDULED: [],
  REFERRAL_ALREADY_ON_MISSION: [],
  EPISODE_CLOSED: [],
  ALREADY_ADMITTED: [],
  NOT_ADMITTED: [],
  BOTH_ADMITTED: [],
  BED_OCCUPIED: [],
  THEATRE_DOUBLE_BOOKED: [],
  PATIENT_DOUBLE_BOOKED: [],
  STAFF_DOUBLE_BOOKED: [],
  SURGERY_NOT_SCHEDULED: [],
  SURGERY_NOT_PERFORMED: [],
  CHECKLIST_PHASE_ALREADY_RECORDED: [],
  CHECKLIST_OUT_OF_ORDER: [],
  CHECKLIST_INCOMPLETE: [],
  ALREADY_ON_TREATMENT: [],
  NO_ONCOLOGY_DIAGNOSIS: [],
  PLAN_NOT_ACTIVE: [],
  // Requests, sessions and permissions
  NOT_SIGNED_IN: [],
  INVALID_CREDENTIALS: [],
  INVALID_TOKEN: [],
  TOO_MANY_ATTEMPTS: ['seconds'],
  SESSION_EXPIRED: [],
  SESSION_IDLE: [],
  SESSION_LOCKED: [],
  MISSING_PERMISSION: [],
  UNKNOWN_DOCUMENT: [],
  QUERY_TOO_DEEP: ['depth', 'max'],
  QUERY_TOO_COSTLY: ['cost', 'max'],
  RATE_LIMITED: ['seconds'],
  INVALID_IDEMPOTENCY_KEY: [],
  IDEMPOTENCY_KEY_REUSED: [],
  IDEMPOTENCY_KEY_IN_PROGRESS: [],
  IDEMPOTENCY_KEY_APPLIED: [],
  // The database's disk is full (SERVICE_UNAVAILABLE): nothing saved, reads go on
  STORAGE_FULL: [],
  // Accounts kept by administrators
  ACCOUNT_DEACTIVATED: [],
  ACCOUNT_EXPIRED: [],
  PASSWORD_CHANGE_REQUIRED: [],
  SAME_PASSWORD: [],
  EXPIRY_IN_PAST: [],
  OWN_ACCOUNT_LOCKOUT: [],
  // Follow-ups moved and cancelled
  FOLLOW_UP_CLOSED: ['status'],
  FOLLOW_UP_ALREADY_BOOKED: ['kind'],
  SAME_DAY: [],
  // The protocol library
  NO_PHASES: [],
  NO_DRUGS: [],
  TOO_MANY_PHASES: ['max'],
  TOO_MANY_DOSES: ['max'],
  PHASE_ENDS_BEFORE_START: ['phase', 'endDay', 'startDay'],
  PHASES_OVERLAP: ['phase', 'startDay', 'previousEnd'],
  DAY_OUTSIDE_PHASE: ['drug', 'day', 'phase', 'startDay', 'endDay'],
  DUPLICATE_DOSE: ['drug', 'day'],
  DOSE_NOT_POSITIVE: [],
  SMALL_CHILD_DOSE_INCOMPLETE: [],
  UNKNOWN_UNIT: ['unit', 'units'],
  UNKNOWN_ROUTE: ['route', 'routes'],
  INVALID_CODE: [],
  PROTOCOL_CODE_TAKEN: ['code'],
  PROTOCOL_LIBRARY_FULL: ['max'],
  PROTOCOL_REVISED: ['code', 'revision'],
  PROTOCOL_RETIRED: ['code'],
  PROTOCOL_SUPERSEDED: ['code', 'revision', 'current'],
  TOO_MANY_REVISIONS: ['max'],
  // Allergies and weight
  WEIGHT_OUT_OF_RANGE: ['min', 'max'],
  ALLERGIES_AND_NONE_KNOWN: [],
  NO_ALLERGY_GIVEN: [],
  DUPLICATE_ALLERGY: ['substance'],
  // Theatre sessions
  OUTSIDE_SESSION: ['from', 'to'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Refusals that name what they clash with when it is known (a booking found before saving),
 * and not when the database refused a write racing with another: with every param listed
 * here, the web shows `serverErrors.<REASON>_detail` instead of `serverErrors.<REASON>`.
 */
export const REFUSAL_DETAILS = {
  BED_OCCUPIED: ['bed', 'ward', 'from'],
  ACCOUNT_EXPIRED: ['expiresAt'],
  THEATRE_DOUBLE_BOOKED: ['theatre', 'from', 'to', 'patient'],
  PATIENT_DOUBLE_BOOKED: ['theatre', 'from', 'to'],
  STAFF_DOUBLE_BOOKED: ['name', 'theatre', 'from', 'to', 'patient'],
} as const satisfies Partial<Record<keyof typeof REFUSALS, readonly string[]>>;

/** A stable, machine-readable cause of a refusal (`extensions.reason`). */
export type RefusalReason = keyof typeof REFUSALS;

/** The reasons whose refusals carry no params. */
export type PlainRefusalReason = { [R in RefusalReason]: (typeof REFUSALS)[R] extends readonly [] ? R : never }[RefusalReason];
/** The reasons whose refusals always carry params. */
export type ParamRefusalReason = Exclude<RefusalReason, PlainRefusalReason>;

export type RefusalParamValues = Record<string, string | number>;

/** The params a refusal of reason `R` must carry (more may be given). */
export type RefusalParams<R extends RefusalReason> = RefusalParamValues &
  { [K in (typeof REFUSALS)[R][number]]: string | number };

/** The trailing `params` argument of a refusal: required when its reason has params. */
export type RefusalParamArgs<R extends RefusalReason> = (typeof REFUSALS)[R] extends readonly []
  ? [params?: RefusalParamValues]
  : [params: RefusalParams<R>];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, value);
}
