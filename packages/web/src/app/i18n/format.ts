import { HOSPITAL_TIME_ZONE } from '@pj/shared';
import { i18n } from './index';
import type { Language } from './languages';

/** Khmer month names. Written out here because browsers' Khmer locale data varies (some
 *  Chromium builds have none and fall back to English), and a date must read the same on
 *  every ward computer. */
const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions) {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

interface Parts {
  year: string;
  month: number;
  day: string;
  hour: string;
  minute: string;
}

function parts(f: Intl.DateTimeFormat, date: Date): Parts {
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(date)) p[type] = value;
  return {
    year: p['year'] ?? '',
    month: Number(p['month']),
    day: String(Number(p['day'])),
    hour: p['hour'] ?? '',
    minute: p['minute'] ?? '',
  };
}

function numericParts(date: Date, timeZone: string): Parts {
  const f = formatter(`numeric|${timeZone}`, 'en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return parts(f, date);
}

function khmerDate(p: Parts): string {
  return `${p.day} ${KHMER_MONTHS[p.month - 1] ?? ''} ${p.year}`;
}

/** Weekday names from Sunday, written out for the same reason as the months. */
const KHMER_WEEKDAYS = ['អាទិត្យ', 'ចន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហស្បតិ៍', 'សុក្រ', 'សៅរ៍'] as const;
const JAPANESE_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function japaneseDate(p: Parts): string {
  return `${p.year}年${p.month}月${p.day}日`;
}

/**
 * Numbers in every language use Latin digits (0–9): MRNs, phone numbers, doses, beds and times
 * are written that way on the wards and in the records, including by Khmer staff, so a Khmer
 * page never mixes two kinds of digits in one row.
 */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const locale = language === 'ja' ? 'ja-JP' : 'en-GB';
  return new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options }).format(value);
}

/**
 * A calendar month `YYYY-MM` (a Phnom Penh month, as the server groups by): "Mar 2026" /
 * "មីនា 2026" / "2026年3月". Formatted from its numbers, not converted through an instant.
 */
export function formatMonth(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (!year || !m || m < 1 || m > 12) return month;
  if (language === 'km') return `${KHMER_MONTHS[m - 1]} ${year}`;
  if (language === 'ja') return `${year}年${m}月`;
  return formatter('month|en', 'en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** An instant as the hospital sees it (Phnom Penh time): "3 Jun 2026, 08:30" /
 *  "3 មិថុនា 2026 ម៉ោង 08:30" / "2026年6月3日 08:30". */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (language === 'km') {
    const p = numericParts(date, HOSPITAL_TIME_ZONE);
    return `${khmerDate(p)} ម៉ោង ${p.hour}:${p.minute}`;
  }
  if (language === 'ja') {
    const p = numericParts(date, HOSPITAL_TIME_ZONE);
    return `${japaneseDate(p)} ${p.hour}:${p.minute}`;
  }
  return formatter('en|datetime', 'en-GB', {
    timeZone: HOSPITAL_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** Only the time of day of an instant, in Phnom Penh time: "08:30". */
export function formatTime(iso: string, _language: Language): string {
  const p = numericParts(new Date(iso), HOSPITAL_TIME_ZONE);
  return `${p.hour}:${p.minute}`;
}

/** A calendar day (`YYYY-MM-DD`, no time zone): "14 Mar 2019" / "14 មីនា 2019". */
export function formatLocalDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d));
  if (language === 'km') return khmerDate(numericParts(instant, 'UTC'));
  if (language === 'ja') return japaneseDate(numericParts(instant, 'UTC'));
  return formatter('en|date', 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(instant);
}

/** A calendar day with its weekday, for pages about one day (the theatre board, the follow-up
 *  list): "Wed 3 Jun 2026" / "ថ្ងៃពុធ 3 មិថុនា 2026" / "2026年6月3日(水)". */
export function formatDayWithWeekday(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const day = formatLocalDate(date, language);
  if (language === 'km') return `ថ្ងៃ${KHMER_WEEKDAYS[weekday]} ${day}`;
  if (language === 'ja') return `${day}(${JAPANESE_WEEKDAYS[weekday]})`;
  return `${ENGLISH_WEEKDAYS[weekday]} ${day}`;
}

/** A birth date as the patient's papers should read it: the day when it is known; when it is
 *  an estimate, only its year, said to be an estimate ("about 2019 (estimated)"). */
export function formatBirthDate(date: string, estimated: boolean, language: Language): string {
  if (!estimated) return formatLocalDate(date, language);
  return i18n.getFixedT(language)('patients.birthDate.estimated', { year: date.slice(0, 4) });
}
