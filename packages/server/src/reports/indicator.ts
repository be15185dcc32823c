import { HOSPITAL_TIME_ZONE, IndicatorDimension, type IndicatorKey, type IndicatorKind, type InterfaceLanguage } from '@pj/shared';

/** An indicator's written definition, in one language. */
export interface IndicatorTexts {
  title: string;
  numerator: string;
  /** Null for COUNT and DURATION. */
  denominator: string | null;
  inclusions: string;
  period: string;
}

/**
 * One indicator: its key, kind, written definition (en/km/ja), the groupings it supports and
 * the SQL that lists its cases. Declared in one file per family (reports/indicators/*.ts) and
 * collected in reports/registry.ts; everything else (figures, CSV, drill-down, DHIS2) is
 * generic over these declarations.
 *
 * `cases` is one SELECT returning one row per case that belongs to the period, with the columns:
 * - `patient_id` uuid (null only for cases that are not a patient's: a theatre-day),
 *   `surgery_id`, `referral_id`, `treatment_plan_id` uuid or null (what drill-down links to);
 * - `on_day` date: the Phnom Penh day that places the case in the period (MONTH, AGE_GROUP);
 * - `num`, `den`: what the case adds to the numerator and denominator (PROPORTION; usually
 *   0/1 and 1; minutes for theatre utilisation);
 * - `value`: days (DURATION), null when the case cannot be measured;
 * - a column per dimension it supports besides MONTH and AGE_GROUP (`DIMENSION_COLUMNS`).
 * Parameters are written `:start`, `:end` (the period's instants, [start, end)), `:from`,
 * `:to` (its first and last Phnom Penh days) and `:today` (today in Phnom Penh, for what is
 * known only after some time: a day-30 outcome, a patient lost to follow-up); see `bindPeriod`.
 */
export interface IndicatorSpec {
  key: IndicatorKey;
  kind: IndicatorKind;
  texts: Readonly<Record<InterfaceLanguage, IndicatorTexts>>;
  /** The published definition it follows, when there is one (a citation, not translated). */
  source: string | null;
  /** Besides MONTH (always); AGE_GROUP only for cases that are patients'. */
  dimensions: readonly IndicatorDimension[];
  cases: string;
  /**
   * The cases behind a figure for drill-down, when they are not `cases` themselves (theatre
   * utilisation counts theatre-days; its drill-down lists the operations of those days).
   * Same columns as `cases`.
   */
  drillDownCases?: string;
}

/** The Phnom Penh calendar day of an instant column, as SQL. */
export const hospitalDay = (column: string): string => `(${column} at time zone '${HOSPITAL_TIME_ZONE}')::date`;

/** The column of `cases` each dimension reads (MONTH and AGE_GROUP are computed from `on_day`). */
export const DIMENSION_COLUMNS: Readonly<Record<IndicatorDimension, string | null>> = {
  [IndicatorDimension.MONTH]: null,
  [IndicatorDimension.AGE_GROUP]: null,
  [IndicatorDimension.SPECIALTY]: 'specialty',
  [IndicatorDimension.MISSION]: 'mission_id',
  [IndicatorDimension.URGENCY_BAND]: 'urgency_band',
  [IndicatorDimension.WOUND_CLASS]: 'wound_class',
  [IndicatorDimension.CANCELLATION_CATEGORY]: 'cancellation_category',
  [IndicatorDimension.THEATRE]: 'theatre_id',
  [IndicatorDimension.CANCER_TYPE]: 'cancer_type',
};

/** Global-ID types of the dimensions whose values are records. */
export const DIMENSION_NODE_TYPES: Partial<Record<IndicatorDimension, string>> = {
  [IndicatorDimension.MISSION]: 'Mission',
  [IndicatorDimension.THEATRE]: 'Theatre',
};

export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
  /** Today (Phnom Penh), the day the figures are computed on. */
  today: string;
}

/**
 * Replaces `:start`, `:end`, `:from`, `:to`, `:today` in an indicator's SQL with positional parameters,
 * returning the bindings in order. (Knex's own named bindings would also take `::date` casts
 * apart, so the names are replaced here.)
 */
export function bindPeriod(sql: string, period: Period): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bound = sql.replace(/(?<![:\w]):(start|end|from|to|today)\b/g, (_m, name: keyof Period) => {
    params.push(period[name]);
    return name === 'start' || name === 'end' ? '?::timestamptz' : '?::date';
  });
  return { sql: bound, params };
}
