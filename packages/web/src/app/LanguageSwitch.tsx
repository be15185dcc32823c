import { Button, VisuallyHidden } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './i18n/useLanguage';

/** One button that toggles between English and Khmer; its label is the other language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const next = language === 'en' ? 'km' : 'en';

  return (
    <Button
      data-testid="language-switch"
      data-language={language}
      variant="white"
      color="clinical"
      size="sm"
      leftSection={<IconLanguage size={18} stroke={1.8} aria-hidden="true" />}
      onClick={() => setLanguage(next)}
      title={t('app.language.switchLabel')}
    >
      <VisuallyHidden>{t('app.language.switchLabel')}: </VisuallyHidden>
      <span lang={next}>{t('app.language.switchTo')}</span>
    </Button>
  );
}
