import { IndicatorDimension, IndicatorKey, MAX_INDICATOR_DIMENSIONS } from '@pj/shared';
import { addressPeriod, presetPeriod, type Period } from './periods';

/**
 * What the reports page shows, all of it in the address so that a link reproduces the view and
 * back/forward move between views: `?from=…&to=…` (Phnom Penh days, both included), `by=` the
 * groupings (0 to 2 dimensions, comma-separated), `indicator=` one indicator (all when absent),
 * and, for the drill-down, `cases=` an indicator with `group=DIMENSION:value` (repeated) and
 * `numerator=1` for the cases of a numerator only.
 */
export interface ReportView {
  period: Period;
  groupBy: IndicatorDimension[];
  /** One indicator, or null for all. */
  indicator: IndicatorKey | null;
  /** The drill-down shown, if any. */
  cases: CasesView | null;
}

export interface CasesView {
  key: IndicatorKey;
  groups: { dimension: IndicatorDimension; value: string }[];
  numeratorOnly: boolean;
}

/** Grouped by month unless the address says otherwise (`by=` empty: not grouped). */
export const DEFAULT_GROUP_BY: readonly IndicatorDimension[] = [IndicatorDimension.MONTH];

const DIMENSIONS = new Set<string>(Object.values(IndicatorDimension));
const KEYS = new Set<string>(Object.values(IndicatorKey));
const isDimension = (value: string): value is IndicatorDimension => DIMENSIONS.has(value);
const isKey = (value: string | null): value is IndicatorKey => value !== null && KEYS.has(value);

/**
 * The period in the address; last month when absent or not a period (a malformed day, the end
 * before the start): a link that went wrong still shows figures, and the page says which.
 */
export function reportPeriod(params: URLSearchParams, today: string): Period {
  return addressPeriod(params) ?? presetPeriod('lastMonth', today);
}

/** The groupings in the address: known dimensions, each once, at most two; by month when absent. */
export function groupByFromParams(params: URLSearchParams): IndicatorDimension[] {
  const by = params.get('by');
  if (by === null) return [...DEFAULT_GROUP_BY];
  const dimensions: IndicatorDimension[] = [];
  for (const part of by.split(',')) {
    const value = part.trim().toUpperCase();
    if (isDimension(value) && !dimensions.includes(value)) dimensions.push(value);
  }
  return dimensions.slice(0, MAX_INDICATOR_DIMENSIONS);
}

/** The drill-down in the address, or null (none, or an unknown indicator or a malformed group). */
export function casesFromParams(params: URLSearchParams): CasesView | null {
  const key = params.get('cases');
  if (!isKey(key)) return null;
  const groups: CasesView['groups'] = [];
  for (const group of params.getAll('group')) {
    const at = group.indexOf(':');
    const dimension = group.slice(0, at);
    const value = group.slice(at + 1);
    if (at < 1 || !isDimension(dimension) || value === '' || groups.some((g) => g.dimension === dimension)) return null;
    groups.push({ dimension, value });
  }
  if (groups.length > MAX_INDICATOR_DIMENSIONS) return null;
  return { key, groups, numeratorOnly: params.get('numerator') === '1' };
}

/** The whole view in the address (`today`: the Phnom Penh day, for the default period). */
export function reportViewFromParams(params: URLSearchParams, today: string): ReportView {
  const indicator = params.get('indicator');
  return {
    period: reportPeriod(params, today),
    groupBy: groupByFromParams(params),
    indicator: isKey(indicator) ? indicator : null,
    cases: casesFromParams(params),
  };
}

/** Whether the address holds a period that could not be read (the page says it shows another). */
export function hasBadPeriod(params: URLSearchParams): boolean {
  return addressPeriod(params) === null;
}

/** The address of a view: the inverse of `reportViewFromParams` (defaults written out, so links are stable). */
export function reportViewParams(view: ReportView): URLSearchParams {
  const params = new URLSearchParams({ from: view.period.from, to: view.period.to, by: view.groupBy.join(',') });
  if (view.indicator) params.set('indicator', view.indicator);
  if (view.cases) {
    params.set('cases', view.cases.key);
    for (const g of view.cases.groups) params.append('group', `${g.dimension}:${g.value}`);
    if (view.cases.numeratorOnly) params.set('numerator', '1');
  }
  return params;
}

/** The address of the reports page for a view. */
export function reportViewHref(view: ReportView): string {
  return `/reports?${reportViewParams(view).toString()}`;
}
