import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The oncology pages: abandonment alerts and the protocol library. */
export function OncologyNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = [
    { to: '/oncology/alerts', label: t('protocolLibrary.nav.alerts'), testId: 'oncology-nav-alerts' },
    { to: '/oncology/protocols', label: t('protocolLibrary.nav.protocols'), testId: 'oncology-nav-protocols' },
  ];
  return (
    <nav aria-label={t('protocolLibrary.nav.label')} className="oncology-nav">
      <Group gap="md" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {entries.map((e) => {
          const current = pathname === e.to || (e.to === '/oncology/protocols' && pathname.startsWith(e.to));
          return (
            <li key={e.to}>
              <Link
                to={e.to}
                data-testid={e.testId}
                aria-current={current ? 'page' : undefined}
                style={{ fontWeight: current ? 700 : 500, textDecoration: current ? 'underline' : 'none', color: 'var(--mantine-color-clinical-8, #1c4f7a)' }}
              >
                {e.label}
              </Link>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
