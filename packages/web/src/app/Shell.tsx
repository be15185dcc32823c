import { Container } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { PageSkeleton } from './ui/PageSkeleton';

function BrandMark() {
  return (
    <svg className="brand__mark" width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#fff" fillOpacity="0.16" />
      <path
        d="M6 17h5l2.5-6 4 12 2.5-6H26"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    // Leave focus alone when the new page already put it somewhere useful (e.g. its search box).
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);

  const onPatients = pathname === '/' || pathname.startsWith('/patients');

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Container size="xl" className="app-header__inner">
          <Link to="/" className="brand" aria-label={t('app.homeLink')}>
            <BrandMark />
            <span className="brand__name">
              {t('app.name')}
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav className="main-nav" aria-label={t('app.nav.label')}>
            <ul>
              <li>
                <Link
                  to="/patients"
                  data-active={onPatients}
                  aria-current={pathname === '/patients' || pathname === '/' ? 'page' : undefined}
                >
                  <IconUsers size={18} stroke={1.8} aria-hidden="true" />
                  {t('app.nav.patients')}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="app-header__end">
            <LanguageSwitch />
          </div>
        </Container>
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <Container size="xl">
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
    </>
  );
}
