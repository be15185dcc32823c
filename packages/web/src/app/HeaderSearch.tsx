import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** "Search everywhere": a box in the header that opens the patient list for what was typed. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [value, setValue] = useState('');

  return (
    <form
      role="search"
      className="header-search"
      aria-label={t('app.search.label')}
      onSubmit={(e) => {
        e.preventDefault();
        const q = value.trim();
        void navigate(q ? `/patients?q=${encodeURIComponent(q)}` : '/patients', { replace: pathname === '/patients' });
        setValue('');
      }}
    >
      <TextInput
        type="search"
        size="sm"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setValue('');
        }}
        aria-label={t('app.search.label')}
        title={t('app.search.submit')}
        placeholder={t('app.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        leftSection={<IconSearch size={16} stroke={1.8} aria-hidden="true" />}
        data-testid="header-search"
      />
    </form>
  );
}
