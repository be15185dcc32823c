import type { TFunction } from 'i18next';
import { formatDateTime, formatLocalDate } from '../../app/i18n/format';
import type { Language } from '../../app/i18n/languages';
import type { SummaryParamType } from '../../generated/graphql';

/** What the row needs to write an event's summary. */
export interface SummarisedEvent {
  kind: string;
  summary: string;
  summaryVariant?: string | null;
  summaryParams?: readonly { name: string; value: string; type: SummaryParamType; enumName?: string | null }[] | null;
}

/** The translation key of an event's summary sentence (`timeline.<KIND>.<variant>`). */
export function summaryKey(kind: string, variant: string): string {
  return `timeline.${kind}.${variant}`;
}

/**
 * An event's one-line summary in the reader's language, from its kind, its sentence and its
 * values (`timeline.<KIND>.<variant>`): instants in Phnom Penh time, days and enum labels in
 * the language. `translated` is false when the event carries no sentence (recorded before
 * they were kept) or the sentence is one this build does not know: then `text` is the
 * server's English summary.
 */
export function summaryText(event: SummarisedEvent, t: TFunction, language: Language, exists: (key: string) => boolean): { text: string; translated: boolean } {
  const { summaryVariant: variant, summaryParams: params } = event;
  if (!variant || !params) return { text: event.summary, translated: false };
  const key = summaryKey(event.kind, variant);
  const values: Record<string, string | number> = {};
  for (const param of params) {
    switch (param.type) {
      case 'DATE_TIME':
        values[param.name] = formatDateTime(param.value, language);
        break;
      case 'LOCAL_DATE':
        values[param.name] = formatLocalDate(param.value, language);
        break;
      case 'ENUM': {
        const label = `enums.${param.enumName ?? ''}.${param.value}`;
        values[param.name] = exists(label) ? (t as (k: string) => string)(label) : param.value;
        break;
      }
      case 'NUMBER':
        values[param.name] = param.name === 'count' ? Number(param.value) : param.value;
        break;
      case 'TEXT':
        values[param.name] = param.value;
        break;
    }
  }
  const plural = typeof values['count'] === 'number';
  if (!exists(key) && !(plural && exists(`${key}_other`))) return { text: event.summary, translated: false };
  return { text: (t as (k: string, o: object) => string)(key, values), translated: true };
}
