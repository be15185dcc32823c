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
import { bundledResources, loadTranslation } from './resources';

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

// English is bundled, so initialisation is synchronous; another language is loaded (below)
// before the app first renders, see `i18nReady`.
void i18n.use(initReactI18next).init({
  resources: bundledResources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Downloads a language's resources once (without switching to it), e.g. for a printed copy. */
export async function ensureTranslation(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loadTranslation(language));
  }
}

/** Downloads a language's resources once, then switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await ensureTranslation(language);
  await i18n.changeLanguage(language);
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
