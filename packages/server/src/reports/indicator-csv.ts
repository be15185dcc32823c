import { type IndicatorDimension, SMALL_NUMBER_THRESHOLD } from '@pj/shared';
import { csvText } from '../common/csv.js';
import type { IndicatorCsv, IndicatorResult, IndicatorRow } from './indicator.types.js';

const SUPPRESSED = `<${SMALL_NUMBER_THRESHOLD}`;

/** A count as written in the file: 1 to 4 as `<5` when small numbers are suppressed. */
const small = (value: number | null): boolean => value !== null && value > 0 && value < SMALL_NUMBER_THRESHOLD;

function cells(row: IndicatorRow, suppress: boolean): string[] {
  const count = (value: number | null) => (value === null ? '' : suppress && small(value) ? SUPPRESSED : String(value));
  const hidden = suppress && (small(row.count) || small(row.numerator) || small(row.denominator));
  const number = (value: number | null) => (value === null || hidden ? '' : String(value));
  return [count(row.count), count(row.numerator), count(row.denominator), number(row.rate), number(row.median), number(row.p90)];
}

/**
 * The indicators as one CSV table. With `suppress` (a role that may not open records: the
 * file may leave the building), counts from 1 to 4 are written `<5`, and a rate, median or
 * 90th percentile computed from such a count is left empty (it would give the count away).
 */
export function indicatorCsv(
  results: readonly IndicatorResult[],
  input: { from: string; to: string; groupBy: readonly IndicatorDimension[] },
  suppress: boolean,
): IndicatorCsv {
  const header = ['indicator', 'title', 'from', 'to', ...input.groupBy.map((d) => d.toLowerCase()), 'count', 'numerator', 'denominator', 'rate', 'median_days', 'p90_days'];
  const lines = [header];
  for (const result of results) {
    for (const row of result.rows) {
      lines.push([result.definition.key, result.definition.title, input.from, input.to, ...row.groups.map((g) => g.value), ...cells(row, suppress)]);
    }
  }
  return {
    filename: `indicators-${input.from}-${input.to}.csv`,
    contentType: 'text/csv; charset=utf-8',
    csv: csvText(lines),
  };
}
