import { HOSPITAL_TIME_ZONE } from '@pj/shared';
import { localeFor, type Language } from './languages';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeFor(language), options);
    formatters.set(key, f);
  }
  return f;
}

/** An instant as the hospital sees it (Phnom Penh time), e.g. "3 Jun 2026, 08:30". */
export function formatDateTime(iso: string, language: Language): string {
  return formatter(language, {
    timeZone: HOSPITAL_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Only the time of day of an instant, in Phnom Penh time. */
export function formatTime(iso: string, language: Language): string {
  return formatter(language, {
    timeZone: HOSPITAL_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, no time zone), e.g. "14 Mar 2019". */
export function formatLocalDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatter(language, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
