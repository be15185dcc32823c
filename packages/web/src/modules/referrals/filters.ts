/*
 * The worklist's view (tab, filters, sort) and how it maps to the address and to the API.
 * Enumerations are spelled as the API's string values, so these helpers work with the
 * generated types and with values read from the address alike.
 */

export const REFERRAL_STATUSES = [
  'RECEIVED',
  'TRIAGED',
  'ACCEPTED',
  'WAITLISTED',
  'SCHEDULED',
  'COMPLETED',
  'DECLINED',
  'CANCELLED',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const PRIORITIES = ['STAT', 'ASAP', 'URGENT', 'ROUTINE'] as const;
export type ReferralPriority = (typeof PRIORITIES)[number];

export const SPECIALTIES = [
  'BREAST_SURGERY',
  'ENT',
  'GENERAL_SURGERY',
  'OBSTETRICS_GYNAECOLOGY',
  'PAEDIATRIC_ONCOLOGY',
  'PAEDIATRIC_SURGERY',
  'PLASTIC_SURGERY',
  'UROLOGY',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const SOURCE_TYPES = [
  'HEALTH_CENTRE',
  'REFERRAL_HOSPITAL',
  'OTHER_HOSPITAL',
  'NGO',
  'OUTREACH_SCREENING',
  'SELF',
] as const;
export type ReferralSourceType = (typeof SOURCE_TYPES)[number];

export const URGENCY_BANDS = ['DAYS_30', 'DAYS_90', 'DAYS_365'] as const;
export type UrgencyBand = (typeof URGENCY_BANDS)[number];

export const ORDER_FIELDS = ['RECEIVED_AT', 'DUE_DATE', 'PRIORITY'] as const;
export type ReferralOrderField = (typeof ORDER_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

/** The statuses the "Open" tab gathers: everything still waiting for something to happen. */
export const OPEN_STATUSES: readonly ReferralStatus[] = [
  'RECEIVED',
  'TRIAGED',
  'ACCEPTED',
  'WAITLISTED',
  'SCHEDULED',
];

/** The worklist's tabs, in order: "Open" first (the default), then one per status. */
export const TABS = [
  'OPEN',
  'RECEIVED',
  'TRIAGED',
  'ACCEPTED',
  'WAITLISTED',
  'SCHEDULED',
  'COMPLETED',
  'DECLINED',
  'CANCELLED',
] as const;
export type ReferralTab = (typeof TABS)[number];

/** `me` and `unassigned` stand for the signed-in user and for "nobody"; anything else is a user ID. */
export type AssigneeFilter = 'me' | 'unassigned' | (string & {});

export interface ReferralSort {
  field: ReferralOrderField;
  direction: SortDirection;
}

export const DEFAULT_SORT: ReferralSort = { field: 'RECEIVED_AT', direction: 'DESC' };

/** The worklist's view as it stands in the page's address. */
export interface ReferralFilters {
  tab: ReferralTab;
  priority: ReferralPriority | null;
  specialty: Specialty | null;
  assignee: AssigneeFilter | null;
  sourceType: ReferralSourceType | null;
  /** Calendar days in Phnom Penh, both included (`YYYY-MM-DD`). */
  from: string | null;
  to: string | null;
  overdue: boolean;
  text: string;
  sort: ReferralSort;
}

export const EMPTY_FILTERS: ReferralFilters = {
  tab: 'OPEN',
  priority: null,
  specialty: null,
  assignee: null,
  sourceType: null,
  from: null,
  to: null,
  overdue: false,
  text: '',
  sort: DEFAULT_SORT,
};

export const PARAMS = {
  tab: 'status',
  priority: 'priority',
  specialty: 'specialty',
  assignee: 'assignee',
  sourceType: 'source',
  from: 'from',
  to: 'to',
  overdue: 'overdue',
  text: 'q',
  sort: 'sort',
  direction: 'dir',
} as const;

const SORT_PARAM: Record<ReferralOrderField, string> = {
  ['RECEIVED_AT']: 'received',
  ['DUE_DATE']: 'due',
  ['PRIORITY']: 'priority',
};

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function day(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | null {
  return value != null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function isTab(value: string | null): value is ReferralTab {
  return value !== null && (TABS as readonly string[]).includes(value);
}

export function filtersFromParams(params: URLSearchParams): ReferralFilters {
  const tab = params.get(PARAMS.tab);
  const sortName = params.get(PARAMS.sort);
  const field = ORDER_FIELDS.find((f) => SORT_PARAM[f] === sortName);
  const direction = oneOf<SortDirection>(['ASC', 'DESC'], params.get(PARAMS.direction)?.toUpperCase());
  return {
    tab: isTab(tab) ? tab : 'OPEN',
    priority: oneOf(PRIORITIES, params.get(PARAMS.priority)),
    specialty: oneOf(SPECIALTIES, params.get(PARAMS.specialty)),
    assignee: params.get(PARAMS.assignee)?.trim() || null,
    sourceType: oneOf(SOURCE_TYPES, params.get(PARAMS.sourceType)),
    from: day(params.get(PARAMS.from)),
    to: day(params.get(PARAMS.to)),
    overdue: params.get(PARAMS.overdue) === '1',
    text: (params.get(PARAMS.text) ?? '').trim(),
    sort: field ? { field, direction: direction ?? defaultDirection(field) } : DEFAULT_SORT,
  };
}

/** The direction a column sorts in when first chosen: newest received, soonest due, most urgent. */
export function defaultDirection(field: ReferralOrderField): SortDirection {
  return field === 'DUE_DATE' ? 'ASC' : 'DESC';
}

/** The filters written into `params` (other parameters, such as `referral`, are kept); defaults are left out. */
export function paramsWithFilters(params: URLSearchParams, filters: ReferralFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => {
    if (value) next.set(name, value);
    else next.delete(name);
  };
  set(PARAMS.tab, filters.tab === 'OPEN' ? null : filters.tab);
  set(PARAMS.priority, filters.priority);
  set(PARAMS.specialty, filters.specialty);
  set(PARAMS.assignee, filters.assignee);
  set(PARAMS.sourceType, filters.sourceType);
  set(PARAMS.from, filters.from);
  set(PARAMS.to, filters.to);
  set(PARAMS.overdue, filters.overdue ? '1' : null);
  set(PARAMS.text, filters.text.trim() || null);
  const isDefault = filters.sort.field === DEFAULT_SORT.field && filters.sort.direction === DEFAULT_SORT.direction;
  set(PARAMS.sort, isDefault ? null : SORT_PARAM[filters.sort.field]);
  set(PARAMS.direction, isDefault ? null : filters.sort.direction.toLowerCase());
  return next;
}

/** True when anything narrows the list besides the tab and the sort order. */
export function hasFilters(filters: ReferralFilters): boolean {
  return Boolean(
    filters.priority ||
      filters.specialty ||
      filters.assignee ||
      filters.sourceType ||
      filters.from ||
      filters.to ||
      filters.overdue ||
      filters.text,
  );
}

/** The statuses a tab lists. */
export function statusesOf(tab: ReferralTab): ReferralStatus[] {
  return tab === 'OPEN' ? [...OPEN_STATUSES] : [tab];
}

/** The API's filter shape (see `ReferralFilter` in the schema). */
export interface ApiReferralFilter {
  statuses?: ReferralStatus[];
  priorities?: ReferralPriority[];
  specialties?: Specialty[];
  assigneeIds?: string[];
  unassigned?: boolean;
  sourceTypes?: ReferralSourceType[];
  receivedFrom?: string;
  receivedTo?: string;
  overdue?: boolean;
  text?: string;
}

/** The API's filter for the view; `me` is the signed-in user's ID. */
export function toApiFilter(filters: ReferralFilters, me: string): ApiReferralFilter {
  const filter: ApiReferralFilter = { statuses: statusesOf(filters.tab) };
  if (filters.priority) filter.priorities = [filters.priority];
  if (filters.specialty) filter.specialties = [filters.specialty];
  if (filters.assignee === 'unassigned') filter.unassigned = true;
  else if (filters.assignee === 'me') filter.assigneeIds = [me];
  else if (filters.assignee) filter.assigneeIds = [filters.assignee];
  if (filters.sourceType) filter.sourceTypes = [filters.sourceType];
  if (filters.from) filter.receivedFrom = filters.from;
  if (filters.to) filter.receivedTo = filters.to;
  if (filters.overdue) filter.overdue = true;
  if (filters.text.trim()) filter.text = filters.text.trim();
  return filter;
}

/** How many referrals a tab holds, from the per-status counts of one answer. */
export function tabCount(counts: readonly { status: ReferralStatus; count: number }[], tab: ReferralTab): number {
  const statuses = statusesOf(tab);
  return counts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + c.count, 0);
}

/** Clicking a column header: the same column flips its direction, another starts at its default. */
export function nextSort(current: ReferralSort, field: ReferralOrderField): ReferralSort {
  if (current.field !== field) return { field, direction: defaultDirection(field) };
  return { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
}

/** Whole days a due date is behind `today` (both `YYYY-MM-DD`); 0 when not past. */
export function daysOverdue(dueDate: string | null | undefined, today: string): number {
  if (!dueDate) return 0;
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(due) || Number.isNaN(now)) return 0;
  return Math.max(0, Math.round((now - due) / 86_400_000));
}

/** The statuses whose move needs a written reason. */
export function needsReason(to: ReferralStatus): boolean {
  return to === 'DECLINED' || to === 'CANCELLED';
}

/** Outcome of a bulk action: which rows failed (by ID) and how many succeeded. */
export interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; error: unknown }[];
}

/** Runs `action` for each ID one after another and collects successes and failures. */
export async function runBulk(ids: readonly string[], action: (id: string) => Promise<unknown>): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  for (const id of ids) {
    try {
      await action(id);
      outcome.succeeded.push(id);
    } catch (error) {
      outcome.failed.push({ id, error });
    }
  }
  return outcome;
}
