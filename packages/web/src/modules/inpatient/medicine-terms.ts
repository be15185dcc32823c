import { i18n } from '../../app/i18n';
import type { Language } from '../../app/i18n/languages';
import { formatNumber } from '../../app/i18n/format';

/** The usual ways a medicine's frequency is written (abbreviations and English), by code. */
const FREQUENCIES: readonly [code: MedicineFrequency, pattern: RegExp][] = [
  ['ONCE_DAILY', /^(od|qd|once (a|per) day|once daily|daily|every day)$/i],
  ['TWICE_DAILY', /^(bd|bid|twice (a|per) day|twice daily|two times (a|per) day)$/i],
  ['THREE_TIMES_DAILY', /^(tds|tid|three times (a|per) day|three times daily)$/i],
  ['FOUR_TIMES_DAILY', /^(qds|qid|four times (a|per) day|four times daily)$/i],
  ['AT_NIGHT', /^(nocte|on|at night|at bedtime)$/i],
  ['WHEN_NEEDED', /^(prn|as needed|when needed|if needed)$/i],
  ['EVERY_4_HOURS', /^(q4h|every 4 hours)$/i],
  ['EVERY_6_HOURS', /^(q6h|every 6 hours)$/i],
  ['EVERY_8_HOURS', /^(q8h|every 8 hours)$/i],
  ['EVERY_12_HOURS', /^(q12h|every 12 hours)$/i],
  ['ONCE_WEEKLY', /^(once (a|per) week|weekly)$/i],
];

export type MedicineFrequency =
  | 'ONCE_DAILY'
  | 'TWICE_DAILY'
  | 'THREE_TIMES_DAILY'
  | 'FOUR_TIMES_DAILY'
  | 'AT_NIGHT'
  | 'WHEN_NEEDED'
  | 'EVERY_4_HOURS'
  | 'EVERY_6_HOURS'
  | 'EVERY_8_HOURS'
  | 'EVERY_12_HOURS'
  | 'ONCE_WEEKLY';

/** The code of a frequency written in a usual way, or null for other free text. */
export function frequencyCode(text: string): MedicineFrequency | null {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  return FREQUENCIES.find(([, pattern]) => pattern.test(clean))?.[0] ?? null;
}

/** A frequency in the copy's language when it is one of the usual ones; else as it was written. */
export function frequencyText(text: string, language: Language): string {
  const code = frequencyCode(text);
  return code ? i18n.getFixedT(language)(`medicine.frequency.${code}`) : text;
}

/** "5 days", "2 weeks", "1 month" in the copy's language; else as it was written. */
export function durationText(text: string, language: Language): string {
  const m = /^\s*(\d+)\s*(day|week|month)s?\s*$/i.exec(text);
  if (!m) return text;
  const count = Number(m[1]);
  const unit = m[2].toLowerCase() as 'day' | 'week' | 'month';
  return i18n.getFixedT(language)(`medicine.duration.${unit}`, { count, n: formatNumber(count, language) });
}
