import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './index';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The current UI language and a way to change it (persisted and applied to `<html lang>`). */
export function useLanguage(): {
  language: Language;
  setLanguage: (language: Language) => void;
} {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (next: Language) => {
      void switchLanguage(next);
    },
    [],
  );
  return { language, setLanguage };
}
