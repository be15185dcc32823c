/** The languages the app is written in. English is the fallback for anything missing. */
export const LANGUAGES = ['en', 'km', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'pj.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 locale used for dates and numbers in each language. */
export function localeFor(language: Language): string {
  return language === 'km' ? 'km-KH' : language === 'ja' ? 'ja-JP' : 'en-GB';
}

/** Stored choice first, then the browser's preferred languages, then English. */
export function pickInitialLanguage(
  stored: string | null,
  preferred: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** Each language named in its own script, as the language choice shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', km: 'ខ្មែរ', ja: '日本語' };

/** A language as the API's `InterfaceLanguage` names it (`EN`, `KM`, `JA`). */
export function interfaceLanguage(language: Language): Uppercase<Language> {
  return language.toUpperCase() as Uppercase<Language>;
}
