import { IndicatorDimension, NO_GROUP_VALUE } from '@pj/shared';
import type { TFunction } from 'i18next';
import { formatMonth } from '../../app/i18n/format';
import type { Language } from '../../app/i18n/languages';

/** Names of theatres and missions by global ID (a grouping by them gives IDs). */
export type GroupNames = ReadonlyMap<string, string>;

/** A group's value as the reader should see it: a month, an enum's label, a theatre's name… */
export function groupLabel(dimension: IndicatorDimension, value: string, t: TFunction, language: Language, names: GroupNames): string {
  if (value === NO_GROUP_VALUE) return t('indicators.none');
  switch (dimension) {
    case IndicatorDimension.MONTH:
      return formatMonth(value, language);
    case IndicatorDimension.AGE_GROUP:
      return t(`indicators.ageGroup.${value as 'CHILD'}`, { defaultValue: value });
    case IndicatorDimension.SPECIALTY:
      return t(`enums.Specialty.${value as 'GENERAL_SURGERY'}`, { defaultValue: value });
    case IndicatorDimension.URGENCY_BAND:
      return t(`enums.UrgencyBand.${value as 'DAYS_30'}`, { defaultValue: value });
    case IndicatorDimension.WOUND_CLASS:
      return t(`enums.WoundClass.${value as 'CLEAN'}`, { defaultValue: value });
    case IndicatorDimension.CANCELLATION_CATEGORY:
      return t(`enums.CancellationCategory.${value as 'PATIENT'}`, { defaultValue: value });
    case IndicatorDimension.CANCER_TYPE:
      return t(`enums.CancerType.${value as 'OTHER'}`, { defaultValue: value });
    case IndicatorDimension.THEATRE:
    case IndicatorDimension.MISSION:
      return names.get(value) ?? value;
  }
}
