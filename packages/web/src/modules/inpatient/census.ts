import { HOSPITAL_UTC_OFFSET, hospitalDate } from '@pj/shared';

/** The census board's filters as they stand in the address (`?at=&ward=`); '' when unset. */
export interface CensusFilters {
  /** A past moment, Phnom Penh wall-clock time `YYYY-MM-DDTHH:mm`; '' for now. */
  at: string;
  /** A ward's ID; '' for every ward. */
  ward: string;
}

const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

export function censusFiltersFromParams(params: URLSearchParams): CensusFilters {
  const at = params.get('at')?.trim() ?? '';
  return { at: LOCAL_DATE_TIME.test(at) ? at : '', ward: params.get('ward')?.trim() ?? '' };
}

export function paramsWithCensusFilters(base: URLSearchParams, filters: CensusFilters): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ['at', 'ward'] as const) {
    if (filters[key]) next.set(key, filters[key]);
    else next.delete(key);
  }
  return next;
}

/**
 * The instant a Phnom Penh wall-clock time (`YYYY-MM-DDTHH:mm`, as a date-time input gives it)
 * stands for, as an ISO string; null when empty or malformed. Ward computers may run on any
 * time zone: the hospital's clock is the one that counts.
 */
export function hospitalInstant(local: string): string | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const instant = new Date(`${local}:00${HOSPITAL_UTC_OFFSET}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

interface WardLike {
  id: string;
}
interface CensusRowLike {
  bed: { id: string; label: string; ward: WardLike };
}

export interface WardSection<W extends WardLike, R> {
  ward: W;
  beds: R[];
  occupied: number;
}

/**
 * The census rows as one section per ward, in the order the server gave them (by ward, then by
 * bed label), optionally only one ward. `isOccupied` tells taken beds from free ones.
 */
export function groupCensusByWard<R extends CensusRowLike>(
  rows: readonly R[],
  wardId: string,
  isOccupied: (row: R) => boolean,
): WardSection<R['bed']['ward'], R>[] {
  const sections = new Map<string, WardSection<R['bed']['ward'], R>>();
  for (const row of rows) {
    const ward = row.bed.ward;
    if (wardId && ward.id !== wardId) continue;
    let section = sections.get(ward.id);
    if (!section) {
      section = { ward, beds: [], occupied: 0 };
      sections.set(ward.id, section);
    }
    section.beds.push(row);
    if (isOccupied(row)) section.occupied += 1;
  }
  return [...sections.values()];
}

/** Every ward that appears in the census, once, in order. */
export function wardsOf<R extends CensusRowLike>(rows: readonly R[]): R['bed']['ward'][] {
  const seen = new Map<string, R['bed']['ward']>();
  for (const row of rows) if (!seen.has(row.bed.ward.id)) seen.set(row.bed.ward.id, row.bed.ward);
  return [...seen.values()];
}

interface OperationLike {
  procedure: string;
  status: string;
  scheduledStart: string;
  endedAt?: string | null;
}

/** What the bedside needs of an occupant's operations: the one this stay is about, and its post-operative day. */
export interface BedOperation {
  procedure: string;
  /** Days since the operation (Phnom Penh calendar days; 0 = the day of the operation); null when it is still booked. */
  postOperativeDay: number | null;
}

const dayOf = (iso: string): string => hospitalDate(new Date(iso));
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The operation of an occupied bed, from the patient's latest operations (latest booked start
 * first): the latest performed since the admission, with its post-operative day on `onDate`; else
 * the next one booked; null when there is none (a medical or oncology stay).
 */
export function bedOperation(operations: readonly OperationLike[], admittedAt: string | null, onDate: string): BedOperation | null {
  const admitted = admittedAt ? Date.parse(admittedAt) : -Infinity;
  const performed = operations.find((op) => op.status === 'COMPLETED' && Date.parse(op.endedAt ?? op.scheduledStart) >= admitted);
  if (performed) {
    const day = daysBetween(dayOf(performed.endedAt ?? performed.scheduledStart), onDate);
    return { procedure: performed.procedure, postOperativeDay: day >= 0 ? day : null };
  }
  const booked = [...operations].reverse().find((op) => op.status === 'SCHEDULED');
  return booked ? { procedure: booked.procedure, postOperativeDay: null } : null;
}
