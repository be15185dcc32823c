import type { Language } from '../../app/i18n/languages';

/** A procedure group's name in the language shown. */
export function groupTitle(group: { title: string; titleKhmer: string; titleJapanese: string }, language: Language): string {
  return language === 'km' ? group.titleKhmer : language === 'ja' ? group.titleJapanese : group.title;
}

/** The levels a supervisor may entrust, most responsibility last. */
export const ENTRUSTABLE_LEVELS = ['PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED', 'PERFORMED_INDEPENDENTLY', 'TAUGHT'] as const;

/** The kinds of development, in the order the form offers them. */
export const DEVELOPMENT_KINDS = ['COURSE', 'OVERSEAS_MISSION', 'STUDY_ABROAD', 'TEACHING', 'LEADERSHIP'] as const;
