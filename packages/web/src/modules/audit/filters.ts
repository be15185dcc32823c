import { HOSPITAL_UTC_OFFSET, addDays } from '@pj/shared';
import type { AuditLogFilter } from '../../generated/graphql';

/** The kinds of action the audit log can be narrowed to, and the `action` filter of each. */
export const ACTION_TYPES = {
  read: 'read:',
  mutation: 'mutation:',
  search: 'search:',
  login: 'mutation:login',
} as const;
export type ActionType = keyof typeof ACTION_TYPES;

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && Object.hasOwn(ACTION_TYPES, value);
}

/** The audit log's filters as they stand in the page's address. */
export interface AuditFilters {
  username: string;
  action: ActionType | null;
  /** Calendar days in Phnom Penh, both included (`YYYY-MM-DD`). */
  from: string | null;
  to: string | null;
  patientId: string | null;
}

export const FILTER_PARAMS = {
  username: 'user',
  action: 'action',
  from: 'from',
  to: 'to',
  patientId: 'patient',
} as const satisfies Record<keyof AuditFilters, string>;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const action = params.get(FILTER_PARAMS.action);
  return {
    username: (params.get(FILTER_PARAMS.username) ?? '').trim(),
    action: isActionType(action) ? action : null,
    from: day(params.get(FILTER_PARAMS.from)),
    to: day(params.get(FILTER_PARAMS.to)),
    patientId: params.get(FILTER_PARAMS.patientId)?.trim() || null,
  };
}

/** Writes `patch` into the address's parameters, dropping empty filters. */
export function paramsWithFilters(params: URLSearchParams, patch: Partial<AuditFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch) as [keyof AuditFilters, string | null | undefined][]) {
    const name = FILTER_PARAMS[key];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

export function hasFilters(filters: AuditFilters): boolean {
  return Boolean(filters.username || filters.action || filters.from || filters.to || filters.patientId);
}

/** Midnight at the start of a Phnom Penh day, as an instant. */
function startOfHospitalDay(date: string): string {
  return `${date}T00:00:00${HOSPITAL_UTC_OFFSET}`;
}

/**
 * The API's filter: whole Phnom Penh days from `from` through `to` (the API's `to` is
 * exclusive, so it is the start of the next day). Null when nothing is filtered.
 */
export function toApiFilter(filters: AuditFilters): AuditLogFilter | null {
  const filter: AuditLogFilter = {};
  if (filters.username) filter.username = filters.username.toLowerCase();
  if (filters.action) filter.action = ACTION_TYPES[filters.action];
  if (filters.from) filter.from = startOfHospitalDay(filters.from);
  if (filters.to) filter.to = startOfHospitalDay(addDays(filters.to, 1));
  if (filters.patientId) filter.patientId = filters.patientId;
  return Object.keys(filter).length > 0 ? filter : null;
}
