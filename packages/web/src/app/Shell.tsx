import { Alert, Button, Container, Text, VisuallyHidden } from '@mantine/core';
import { Permission } from '@pj/shared';
import {
  IconAlertTriangle,
  IconArrowsTransferDown,
  IconBed,
  IconCalendarCheck,
  IconRibbonHealth,
  IconCalendarEvent,
  IconHeartbeat,
  IconLogout,
  IconRefresh,
  IconShieldSearch,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Brand } from './Brand';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { loadSession, retryLoadSession, signOut } from './session/load-session';
import { loginPath } from './session/paths';
import { useSession, type SignedInSession } from './session/session-store';
import { PageSkeleton } from './ui/PageSkeleton';

function MainNav({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canPatients = session.permissions.has(Permission.READ_PATIENTS);
  const canAudit = session.permissions.has(Permission.READ_AUDIT_LOG);
  const canReferrals = session.permissions.has(Permission.READ_WORKLISTS);
  const canMissions = session.permissions.has(Permission.MANAGE_MISSIONS);
  const canTheatre =
    session.permissions.has(Permission.BOOK_SURGERY) ||
    session.permissions.has(Permission.RECORD_CHECKLIST) ||
    session.permissions.has(Permission.RECORD_SURGERY);
  if (!canPatients && !canAudit && !canReferrals && !canMissions && !canTheatre) return null;

  const onPatients = pathname === '/' || pathname.startsWith('/patients');
  const onReferrals = pathname.startsWith('/referrals');
  const onAudit = pathname.startsWith('/audit');
  const onWards = pathname.startsWith('/wards');
  const onOncology = pathname.startsWith('/oncology');
  const onFollowUps = pathname.startsWith('/follow-ups');
  const onMissions = pathname.startsWith('/missions');
  const onTheatre = pathname.startsWith('/theatre') || pathname.startsWith('/surgeries');
  return (
    <nav className="main-nav" aria-label={t('app.nav.label')}>
      <ul>
        {canPatients ? (
          <li>
            <Link
              to="/patients"
              data-testid="nav-patients"
              data-active={onPatients}
              aria-current={pathname === '/patients' || pathname === '/' ? 'page' : undefined}
            >
              <IconUsers size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.patients')}
            </Link>
          </li>
        ) : null}
        {canReferrals ? (
          <li>
            <Link
              to="/referrals"
              data-testid="nav-referrals"
              data-active={onReferrals}
              aria-current={pathname === '/referrals' ? 'page' : undefined}
            >
              <IconArrowsTransferDown size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.referrals')}
            </Link>
          </li>
        ) : null}
        {canReferrals ? (
          <li>
            <Link
              to="/wards"
              data-testid="nav-wards"
              data-active={onWards}
              aria-current={pathname === '/wards' ? 'page' : undefined}
            >
              <IconBed size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.wards')}
            </Link>
          </li>
        ) : null}
        {canPatients ? (
          <li>
            <Link
              to="/oncology/alerts"
              data-testid="nav-oncology-alerts"
              data-active={onOncology}
              aria-current={pathname === '/oncology/alerts' ? 'page' : undefined}
            >
              <IconRibbonHealth size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.oncologyAlerts')}
            </Link>
          </li>
        ) : null}
        {canPatients ? (
          <li>
            <Link
              to="/follow-ups"
              data-testid="nav-follow-ups"
              data-active={onFollowUps}
              aria-current={pathname === '/follow-ups' ? 'page' : undefined}
            >
              <IconCalendarCheck size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.followUps')}
            </Link>
          </li>
        ) : null}
        {canMissions ? (
          <li>
            <Link to="/missions" data-testid="nav-missions" data-active={onMissions} aria-current={pathname === '/missions' ? 'page' : undefined}>
              <IconCalendarEvent size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.missions')}
            </Link>
          </li>
        ) : null}
        {canTheatre ? (
          <li>
            <Link to="/theatre" data-testid="nav-theatre" data-active={onTheatre} aria-current={pathname === '/theatre' ? 'page' : undefined}>
              <IconHeartbeat size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.theatre')}
            </Link>
          </li>
        ) : null}
        {canAudit ? (
          <li>
            <Link
              to="/audit"
              data-testid="nav-audit"
              data-active={onAudit}
              aria-current={pathname === '/audit' ? 'page' : undefined}
            >
              <IconShieldSearch size={18} stroke={1.8} aria-hidden="true" />
              {t('app.nav.audit')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function CurrentUser({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);
  const roles = session.roles.map((role) => t(`enums.Role.${role}`)).join(', ');

  return (
    <>
      <div className="current-user" data-testid="current-user" title={`${session.user.displayName} (${session.user.username})`}>
        <IconUserCircle size={26} stroke={1.5} aria-hidden="true" className="current-user__icon" />
        <span className="current-user__text">
          <span className="current-user__name">{session.user.displayName}</span>
          <span className="current-user__roles" data-testid="current-user-roles">
            <VisuallyHidden component="span">{t('auth.rolesLabel')}: </VisuallyHidden>
            {roles || t('auth.noRole')}
          </span>
        </span>
      </div>
      <Button
        data-testid="sign-out"
        variant="outline"
        color="white"
        size="sm"
        className="sign-out"
        leftSection={<IconLogout size={18} stroke={1.8} aria-hidden="true" />}
        loading={signingOut}
        onClick={() => {
          setSigningOut(true);
          void signOut();
        }}
      >
        <span className="sign-out__label">{t('auth.signOut')}</span>
      </Button>
    </>
  );
}

function SessionUnreachable() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')} icon={<IconAlertTriangle aria-hidden="true" />}>
      <Text size="sm">{t('errors.network')}</Text>
      <Button
        mt="sm"
        size="xs"
        color="red"
        leftSection={<IconRefresh size={16} aria-hidden="true" />}
        onClick={retryLoadSession}
      >
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { pathname } = location;
  const session = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // On start (and after a failed start), ask the server who is signed in.
  useEffect(() => {
    if (session.status === 'loading') void loadSession();
  }, [session.status]);

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

  if (session.status === 'signed-out') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const to =
      session.reason === 'SIGNED_OUT'
        ? loginPath(null, 'signed-out')
        : loginPath(here, session.reason === 'SESSION_EXPIRED' ? 'expired' : undefined);
    return <Navigate to={to} replace />;
  }

  const signedIn = session.status === 'signed-in' ? session : null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Container size="xl" className="app-header__inner">
          <Brand />
          {signedIn ? <MainNav session={signedIn} /> : null}
          <div className="app-header__end">
            {signedIn?.permissions.has(Permission.READ_PATIENTS) ? <HeaderSearch /> : null}
            <LanguageSwitch />
            {signedIn ? <CurrentUser session={signedIn} /> : null}
          </div>
        </Container>
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <Container size="xl">
          {signedIn ? (
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          ) : session.status === 'unreachable' ? (
            <SessionUnreachable />
          ) : (
            <PageSkeleton />
          )}
        </Container>
      </main>
    </>
  );
}
