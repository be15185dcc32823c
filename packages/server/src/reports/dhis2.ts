import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, IndicatorDimension, IndicatorKey } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { computeIndicator, periodOf, specsFor } from './indicator.service.js';
import type { IndicatorRow } from './indicator.types.js';

/** Which figure of an indicator's row a data element receives. */
type Figure = 'count' | 'numerator' | 'denominator' | 'rate' | 'median' | 'p90';
const FIGURES: readonly Figure[] = ['count', 'numerator', 'denominator', 'rate', 'median', 'p90'];

export interface Dhis2Mapping {
  dataSet: string;
  orgUnit: string;
  dataElements: {
    indicator: IndicatorKey;
    figure: Figure;
    /** A disaggregation: the row of this grouping's value (its category option combo below). */
    group?: { dimension: IndicatorDimension; value: string };
    dataElement: string;
    categoryOptionCombo?: string;
  }[];
}

/** A DHIS2 identifier: a letter, then ten letters or digits. */
const UID = /^[A-Za-z][A-Za-z0-9]{10}$/;

/** The mapping file: DHIS2_MAPPING_FILE, else the one in packages/server/config. */
export function dhis2MappingFile(env: NodeJS.ProcessEnv = process.env): string {
  // From src/reports or dist/reports alike: packages/server/config.
  return env.DHIS2_MAPPING_FILE?.trim() || fileURLToPath(new URL('../../config/dhis2-mapping.json', import.meta.url));
}

const loaded = new Map<string, Dhis2Mapping>();

/**
 * The mapping, read and checked once per file, on the first export (as the configuration, a
 * change takes a restart). A mistake in it is the server's, not the caller's: a plain error,
 * on every export until the file is mended (a mapping that fails is not kept).
 */
export function loadDhis2Mapping(file = dhis2MappingFile()): Dhis2Mapping {
  let mapping = loaded.get(file);
  if (!mapping) {
    mapping = readDhis2Mapping(file);
    loaded.set(file, mapping);
  }
  return mapping;
}

function readDhis2Mapping(file: string): Dhis2Mapping {
  const mapping = JSON.parse(readFileSync(file, 'utf8')) as Dhis2Mapping;
  const problems: string[] = [];
  if (!UID.test(mapping.dataSet ?? '')) problems.push('dataSet is not a DHIS2 UID');
  if (!UID.test(mapping.orgUnit ?? '')) problems.push('orgUnit is not a DHIS2 UID');
  for (const [i, e] of (mapping.dataElements ?? []).entries()) {
    if (!Object.values(IndicatorKey).includes(e.indicator)) problems.push(`dataElements[${i}].indicator is not an IndicatorKey`);
    if (!FIGURES.includes(e.figure)) problems.push(`dataElements[${i}].figure is not one of ${FIGURES.join(', ')}`);
    if (!UID.test(e.dataElement ?? '')) problems.push(`dataElements[${i}].dataElement is not a DHIS2 UID`);
    if (e.categoryOptionCombo !== undefined && !UID.test(e.categoryOptionCombo)) problems.push(`dataElements[${i}].categoryOptionCombo is not a DHIS2 UID`);
    if (e.group && !Object.values(IndicatorDimension).includes(e.group.dimension)) problems.push(`dataElements[${i}].group.dimension is not an IndicatorDimension`);
  }
  if (problems.length) throw new Error(`The DHIS2 mapping ${file} is not valid: ${problems.join('; ')}`);
  return mapping;
}

export interface DataValueSet {
  dataSet: string;
  /** `YYYYMM`. */
  period: string;
  orgUnit: string;
  /** The day the set was made (Phnom Penh), `YYYY-MM-DD`. */
  completeDate: string;
  dataValues: { dataElement: string; categoryOptionCombo?: string; value: string }[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The last day of a month `YYYY-MM`. */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** A figure as DHIS2 takes it (a string); null when the row has none (a rate over 0, a median of no case). */
function valueOf(row: IndicatorRow | undefined, figure: Figure): string | null {
  // A group without cases is not among the rows: its counts are 0, its rate and median unknown.
  if (!row) return figure === 'count' || figure === 'numerator' || figure === 'denominator' ? '0' : null;
  const value = row[figure];
  return value === null ? null : String(value);
}

/**
 * The monthly DHIS2 aggregate export: the mapped figures of the indicators for a month, as a
 * `dataValueSet` (JSON). One statement per indicator and grouping mapped.
 */
export async function dhis2DataValueSet(em: EntityManager, month: string, today: string, mapping = loadDhis2Mapping()): Promise<DataValueSet> {
  if (!MONTH.test(month)) throw badInput('month', 'month must be YYYY-MM', 'INVALID_DATE');
  const period = periodOf(`${month}-01`, lastDayOf(month), today);
  const rowsOf = new Map<string, IndicatorRow[]>();
  const keyOf = (indicator: IndicatorKey, dimension: IndicatorDimension | null) => `${indicator}/${dimension ?? ''}`;
  for (const e of mapping.dataElements) {
    const dimension = e.group?.dimension ?? null;
    const key = keyOf(e.indicator, dimension);
    if (rowsOf.has(key)) continue;
    const [spec] = specsFor([e.indicator]);
    rowsOf.set(key, await computeIndicator(em, spec, period, dimension ? [dimension] : []));
  }
  const dataValues: DataValueSet['dataValues'] = [];
  for (const e of mapping.dataElements) {
    const rows = rowsOf.get(keyOf(e.indicator, e.group?.dimension ?? null))!;
    const row = e.group ? rows.find((r) => r.groups[0]?.value === e.group!.value) : rows[0];
    const value = valueOf(row, e.figure);
    if (value === null) continue;
    dataValues.push({ dataElement: e.dataElement, ...(e.categoryOptionCombo ? { categoryOptionCombo: e.categoryOptionCombo } : {}), value });
  }
  return { dataSet: mapping.dataSet, period: month.replace('-', ''), orgUnit: mapping.orgUnit, completeDate: today, dataValues };
}
