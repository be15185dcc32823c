import { IndicatorKey } from '@pj/shared';
import type { IndicatorSpec } from './indicator.js';
import { FOLLOW_UP_INDICATORS } from './indicators/follow-up.js';
import { ONCOLOGY_INDICATORS } from './indicators/oncology.js';
import { SURGERY_INDICATORS } from './indicators/surgery.js';
import { WAITING_INDICATORS } from './indicators/waiting.js';

/** Every indicator, in the order of IndicatorKey. */
const ALL: readonly IndicatorSpec[] = [...SURGERY_INDICATORS, ...WAITING_INDICATORS, ...ONCOLOGY_INDICATORS, ...FOLLOW_UP_INDICATORS];

const BY_KEY = new Map(ALL.map((spec) => [spec.key, spec]));

/** The declared indicators, in IndicatorKey order. */
export const INDICATORS: readonly IndicatorSpec[] = Object.values(IndicatorKey)
  .map((key) => BY_KEY.get(key))
  .filter((spec): spec is IndicatorSpec => spec !== undefined);

export function indicatorSpec(key: IndicatorKey): IndicatorSpec | undefined {
  return BY_KEY.get(key);
}
