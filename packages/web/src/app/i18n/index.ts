import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  pickInitialLanguage,
  type Language,
} from './languages';
import { englishCore, textLoaders } from 'virtual:pj-page-text';
import type { TextGroup } from '../../../build/page-text';

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled (private mode, policy); fall back quietly
  }
}

function applyLanguage(language: string): void {
  const lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  if (typeof document === 'undefined') return; // unit tests run without a page
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still holds for this tab
  }
}

const initial = pickInitialLanguage(readStoredLanguage(), typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));

i18n.on('languageChanged', applyLanguage);

// English `core` (the shell's text) is bundled, so initialisation is synchronous; another
// language's core is loaded (below) before the app first renders, see `i18nReady`. Each page's
// text is loaded with the page (`loadPageText`), in the language shown.
void i18n.use(initReactI18next).init({
  resources: { en: { translation: englishCore } },
  partialBundledLanguages: true,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The groups of text in use: loaded in every language the app switches to. */
const inUse = new Set<TextGroup>(['core']);
/** Each group's download per language (`en/patient`), once; forgotten if it failed, to try again. */
const loads = new Map<string, Promise<void>>([['en/core', Promise.resolve()]]);
const loaded = new Set<string>(['en/core']);
/** The language being switched to (or shown): pages load their text in it. */
let target: Language = DEFAULT_LANGUAGE;

function loadGroup(language: Language, group: TextGroup): Promise<void> {
  const key = `${language}/${group}`;
  let load = loads.get(key);
  if (!load) {
    load = textLoaders[group][language]().then(
      ({ default: text }) => {
        i18n.addResourceBundle(language, 'translation', text, true, true);
        loaded.add(key);
      },
      (error: unknown) => {
        loads.delete(key);
        throw error;
      },
    );
    loads.set(key, load);
  }
  return load;
}

/**
 * Loads text groups (a page's own, `data`…) in the language shown, and in the one being switched
 * to; they are loaded in any language chosen later too. A page awaits this before it renders.
 */
export async function loadPageText(...groups: TextGroup[]): Promise<void> {
  for (const group of groups) inUse.add(group);
  const languages = new Set<Language>([target, currentLanguage()]);
  await Promise.all([...languages].flatMap((language) => groups.map((group) => loadGroup(language, group))));
}

/** Whether the text in use is loaded in this language (see `ensureTranslation`). */
export function hasTranslation(language: Language): boolean {
  return [...inUse].every((group) => loaded.has(`${language}/${group}`));
}

/** Downloads a language's text for what is in use, once (without switching to it), e.g. for a printed copy. */
export async function ensureTranslation(language: Language): Promise<void> {
  await Promise.all([...inUse].map((group) => loadGroup(language, group)));
}

/** Downloads a language's text for what is in use, then switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  target = language;
  await ensureTranslation(language);
  // A later choice wins; text loaded meanwhile for pages is in both.
  if (target === language) await i18n.changeLanguage(language);
}

/** Resolves when the initial language (stored or preferred) is loaded and active. */
export const i18nReady: Promise<void> = switchLanguage(initial).catch(() => {
  // Khmer could not be downloaded (offline?): the app still works, in English.
  applyLanguage(DEFAULT_LANGUAGE);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export { i18n };
