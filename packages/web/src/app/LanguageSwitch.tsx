import { Group, VisuallyHidden } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from './i18n/languages';
import { useLanguage } from './i18n/useLanguage';

/**
 * The choice of the three languages, each named in its own script (English, ខ្មែរ, 日本語). A
 * native select: arrow keys, type-ahead and the screen reader's own list work as everywhere.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const id = useId();

  return (
    <Group gap={4} wrap="nowrap" className="pj-language-switch">
      <IconLanguage size={18} stroke={1.8} aria-hidden="true" />
      <VisuallyHidden>
        <label htmlFor={id}>{t('app.language.switchLabel')}</label>
      </VisuallyHidden>
      <select
        id={id}
        data-testid="language-switch"
        data-language={language}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.currentTarget.value)) setLanguage(e.currentTarget.value);
        }}
        className="pj-language-select"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </Group>
  );
}
