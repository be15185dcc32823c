import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ADULT_AGE_YEARS,
  IndicatorDimension,
  IndicatorKey,
  IndicatorKind,
  InterfaceLanguage,
  MAX_INDICATOR_DIMENSIONS,
  NO_GROUP_VALUE,
} from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { fromGlobalId, toGlobalId } from '../graphql/relay.js';
import { dayRange } from '../surgery/surgery-reports.service.js';
import { bindPeriod, DIMENSION_COLUMNS, DIMENSION_NODE_TYPES, type IndicatorSpec, type Period } from './indicator.js';
import type { IndicatorDefinition, IndicatorGroup, IndicatorResult, IndicatorRow } from './indicator.types.js';
import { INDICATORS, indicatorSpec } from './registry.js';

/** The period [from, to] checked (dates, order, at most ten years) with its instants. */
export function periodOf(from: string, to: string, today: string): Period {
  return { from, to, today, ...dayRange(from, to) };
}

export function definitionOf(spec: IndicatorSpec, language: InterfaceLanguage): IndicatorDefinition {
  const texts = spec.texts[language] ?? spec.texts[InterfaceLanguage.EN];
  return {
    key: spec.key,
    kind: spec.kind,
    ...texts,
    source: spec.source,
    dimensions: supportedDimensions(spec),
  };
}

export function supportedDimensions(spec: IndicatorSpec): IndicatorDimension[] {
  return Object.values(IndicatorDimension).filter((d) => d === IndicatorDimension.MONTH || spec.dimensions.includes(d));
}

/** The indicators asked for (all when null), in IndicatorKey order. */
export function specsFor(keys: readonly IndicatorKey[] | null | undefined): IndicatorSpec[] {
  if (!keys) return [...INDICATORS];
  return Object.values(IndicatorKey)
    .filter((key) => keys.includes(key))
    .map((key) => {
      const spec = indicatorSpec(key);
      if (!spec) throw badInput('keys', `${key} is not computed yet`, 'INVALID');
      return spec;
    });
}

/** 0 to 2 distinct dimensions, each supported by every indicator asked for. */
export function checkGroupBy(specs: readonly IndicatorSpec[], groupBy: readonly IndicatorDimension[] | null | undefined): IndicatorDimension[] {
  const dims = [...(groupBy ?? [])];
  if (dims.length > MAX_INDICATOR_DIMENSIONS) throw badInput('groupBy', `At most ${MAX_INDICATOR_DIMENSIONS} groupings at once`, 'TOO_MANY');
  if (new Set(dims).size !== dims.length) throw badInput('groupBy', 'A grouping is given twice', 'DUPLICATE_ITEM');
  for (const spec of specs) {
    const supported = supportedDimensions(spec);
    const missing = dims.find((d) => !supported.includes(d));
    if (missing) throw badInput('groupBy', `${spec.key} cannot be grouped by ${missing}`, 'UNSUPPORTED_DIMENSION');
  }
  return dims;
}

/** A dimension's value for a case, as SQL over `c` (the case) and `p` (its patient). */
export function dimensionSql(dimension: IndicatorDimension): string {
  if (dimension === IndicatorDimension.MONTH) return `to_char(c.on_day, 'YYYY-MM')`;
  // Whole years on the day that places the case: 18 on the birthday itself is ADULT.
  if (dimension === IndicatorDimension.AGE_GROUP) return `case when p.birth_date > (c.on_day - interval '${ADULT_AGE_YEARS} years')::date then 'CHILD' else 'ADULT' end`;
  return `coalesce(c.${DIMENSION_COLUMNS[dimension]}::text, '${NO_GROUP_VALUE}')`;
}

/** A value read from the database as it is served: record keys as global IDs. */
function servedValue(dimension: IndicatorDimension, value: string): string {
  const type = DIMENSION_NODE_TYPES[dimension];
  return type && value !== NO_GROUP_VALUE ? toGlobalId(type, value) : value;
}

/** A value as a client gives it, as the database holds it (a global ID to its key). */
export function storedValue(dimension: IndicatorDimension, value: string, field: string): string {
  const type = DIMENSION_NODE_TYPES[dimension];
  if (!type || value === NO_GROUP_VALUE) return value;
  const parsed = fromGlobalId(value);
  if (parsed?.type !== type) throw badInput(field, `"${value}" is not a ${type} ID`, 'INVALID_ID');
  return parsed.key.toLowerCase();
}

export const round1 = (value: unknown): number | null => (value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10);

export interface AggregateRow {
  g0?: string;
  g1?: string;
  cases: number;
  num: number | string | null;
  den: number | string | null;
  measured: number;
  median: number | string | null;
  p90: number | string | null;
}

/**
 * One indicator's cases counted in the database, one statement: per group, the cases, the sums
 * of their numerator and denominator parts, and the median and 90th percentile of their values.
 */
export async function aggregateIndicator(em: EntityManager, spec: IndicatorSpec, period: Period, groupBy: readonly IndicatorDimension[]): Promise<AggregateRow[]> {
  const groups = groupBy.map((d, i) => `${dimensionSql(d)} as g${i}`);
  const positions = groupBy.map((_d, i) => String(i + 1));
  const { sql, params } = bindPeriod(
    `select ${[...groups, ''].join(', ')}
            count(*)::int as cases, sum(c.num)::float8 as num, sum(c.den)::float8 as den,
            count(c.value)::int as measured,
            percentile_cont(0.5) within group (order by c.value) as median,
            percentile_cont(0.9) within group (order by c.value) as p90
       from (${spec.cases}) c left join patient p on p.id = c.patient_id
       ${positions.length ? `group by ${positions.join(', ')} order by ${positions.join(', ')}` : ''}`,
    period,
  );
  return em.getConnection().execute<AggregateRow[]>(sql, params);
}

/** The figures of one indicator: one statement, grouped in the database. */
export async function computeIndicator(em: EntityManager, spec: IndicatorSpec, period: Period, groupBy: readonly IndicatorDimension[]): Promise<IndicatorRow[]> {
  return (await aggregateIndicator(em, spec, period, groupBy)).map((row) => toRow(spec, groupBy, row));
}

function toRow(spec: IndicatorSpec, groupBy: readonly IndicatorDimension[], row: AggregateRow): IndicatorRow {
  const groups: IndicatorGroup[] = groupBy.map((dimension, i) => ({ dimension, value: servedValue(dimension, String(row[`g${i}` as 'g0'])) }));
  const empty = { groups, count: null, numerator: null, denominator: null, rate: null, median: null, p90: null };
  switch (spec.kind) {
    case IndicatorKind.COUNT:
      return { ...empty, count: row.cases };
    case IndicatorKind.DURATION:
      return { ...empty, count: row.measured, median: round1(row.median), p90: round1(row.p90) };
    case IndicatorKind.PROPORTION: {
      const numerator = Math.round(Number(row.num ?? 0));
      const denominator = Math.round(Number(row.den ?? 0));
      return { ...empty, numerator, denominator, rate: denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null };
    }
  }
}

/** The indicators asked for: one statement each. */
export async function computeIndicators(
  em: EntityManager,
  input: { from: string; to: string; keys?: IndicatorKey[] | null; groupBy?: IndicatorDimension[] | null },
  language: InterfaceLanguage,
  today: string,
  options: { maxRows?: number } = {},
): Promise<IndicatorResult[]> {
  const period = periodOf(input.from, input.to, today);
  const specs = specsFor(input.keys);
  const groupBy = checkGroupBy(specs, input.groupBy);
  const results: IndicatorResult[] = [];
  // One after the other: a request holds one connection, and the statements are short.
  for (const spec of specs) {
    const rows = await computeIndicator(em, spec, period, groupBy);
    if (options.maxRows !== undefined && rows.length > options.maxRows) {
      throw badInput('groupBy', `${spec.key} has ${rows.length} groups; at most ${options.maxRows} at once: ask for a shorter period or fewer groupings (the CSV export has no limit)`, 'TOO_MANY');
    }
    results.push({ definition: definitionOf(spec, language), rows });
  }
  return results;
}
