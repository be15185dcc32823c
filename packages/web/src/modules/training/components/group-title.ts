import type { Language } from '../../../app/i18n/languages';

/** A procedure group's name in the language on screen. */
export function groupTitle(group: { title: string; titleKhmer: string; titleJapanese: string }, language: Language): string {
  return language === 'km' ? group.titleKhmer : language === 'ja' ? group.titleJapanese : group.title;
}
