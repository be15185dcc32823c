import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getSession } from '../session/session-store';
import { switchLanguage } from './index';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The current UI language and a way to change it (persisted on this computer and, signed in, with the account; applied to `<html lang>`). */
export function useLanguage(): {
  language: Language;
  setLanguage: (language: Language) => void;
} {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    (next: Language) => {
      void switchLanguage(next);
      // Signed in: keep the choice with the account too (the data layer loads with the first page).
      if (getSession().status === 'signed-in') void import('../data').then((data) => data.saveMyLanguage(next));
    },
    [],
  );
  return { language, setLanguage };
}
