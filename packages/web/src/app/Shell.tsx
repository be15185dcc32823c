import { Alert, Button, Container, Text, VisuallyHidden } from '@mantine/core';
import { Permission } from '@pj/shared';
import {
  IconAlertTriangle,
  IconArrowsTransferDown,
  IconChartBar,
  IconChartLine,
  IconUserCog,
  IconBed,
  IconCalendarCheck,
  IconRibbonHealth,
  IconCalendarEvent,
  IconClockCog,
  IconHeartbeat,
  IconLogout,
  IconMenu2,
  IconRefresh,
  IconShieldSearch,
  IconUserCircle,
  IconUsers,
  IconSchool,
} from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Brand } from './Brand';
import { HeaderSearch } from './HeaderSearch';
import { loadPageText } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useIdleTimer } from './session/idle';
import { loadSession, lockScreen, retryLoadSession, signOut } from './session/load-session';
import { loginPath } from './session/paths';
import { useLockAfterMinutes, useSession, type SignedInSession } from './session/session-store';
import { PageSkeleton } from './ui/PageSkeleton';
import type en from './i18n/en.json';

// Neither is needed to show a page: both load on their own, after it (the first download stays small).
// Each with its text (`build/page-text.ts`), downloaded in parallel with its code.
const UserMenu = lazy(async () => (await Promise.all([import('./UserMenu'), loadPageText('userMenu')]))[0]);
const LockScreen = lazy(async () => {
  const [{ LockScreen: Screen }] = await Promise.all([import('./session/LockScreen'), loadPageText('lock', 'data')]);
  return { default: Screen };
});

interface NavEntry {
  to: string;
  testId: string;
  /** Key under `app.nav` in the translations. */
  label: keyof (typeof en)['app']['nav'];
  icon: typeof IconUsers;
  /** Whether the user may use the page (`user`: the signed-in user, for pages of one's own records). */
  allowed: (has: (permission: Permission) => boolean, user: SignedInSession['user']) => boolean;
  /** Whether the current address belongs to this entry (highlighted). */
  active: (pathname: string) => boolean;
  /** The addresses where this entry is the current page (`aria-current`). */
  current?: (pathname: string) => boolean;
}

/** The main navigation, in order; each entry shows only to roles that may use its page. */
const NAV: NavEntry[] = [
  {
    to: '/patients',
    testId: 'nav-patients',
    label: 'patients',
    icon: IconUsers,
    allowed: (has) => has(Permission.READ_PATIENTS),
    active: (p) => p === '/' || p.startsWith('/patients'),
    current: (p) => p === '/patients' || p === '/',
  },
  { to: '/referrals', testId: 'nav-referrals', label: 'referrals', icon: IconArrowsTransferDown, allowed: (has) => has(Permission.READ_WORKLISTS), active: (p) => p.startsWith('/referrals') },
  { to: '/wards', testId: 'nav-wards', label: 'wards', icon: IconBed, allowed: (has) => has(Permission.READ_WORKLISTS), active: (p) => p.startsWith('/wards') },
  { to: '/oncology/alerts', testId: 'nav-oncology-alerts', label: 'oncologyAlerts', icon: IconRibbonHealth, allowed: (has) => has(Permission.READ_PATIENTS), active: (p) => p.startsWith('/oncology') },
  { to: '/follow-ups', testId: 'nav-follow-ups', label: 'followUps', icon: IconCalendarCheck, allowed: (has) => has(Permission.READ_PATIENTS), active: (p) => p.startsWith('/follow-ups') },
  { to: '/missions', testId: 'nav-missions', label: 'missions', icon: IconCalendarEvent, allowed: (has) => has(Permission.MANAGE_MISSIONS), active: (p) => p.startsWith('/missions') },
  {
    to: '/theatre',
    testId: 'nav-theatre',
    label: 'theatre',
    icon: IconHeartbeat,
    allowed: (has) => has(Permission.BOOK_SURGERY) || has(Permission.RECORD_CHECKLIST) || has(Permission.RECORD_SURGERY),
    active: (p) => p.startsWith('/theatre') || p.startsWith('/surgeries'),
  },
  {
    to: '/training/logbook',
    testId: 'nav-training',
    label: 'training',
    icon: IconSchool,
    // One entry for one's own logbook and progress (an account naming a staff record) and the
    // supervisors' lists; the training pages link to each other (TrainingTabs).
    allowed: (has, user) => Boolean(user.staffMember) || has(Permission.SUPERVISE_TRAINING),
    active: (p) => p.startsWith('/training') && !p.startsWith('/training/handover'),
  },
  { to: '/audit', testId: 'nav-audit', label: 'audit', icon: IconShieldSearch, allowed: (has) => has(Permission.READ_AUDIT_LOG), active: (p) => p.startsWith('/audit') },
  { to: '/admin/jobs', testId: 'nav-jobs', label: 'jobs', icon: IconClockCog, allowed: (has) => has(Permission.READ_SCHEDULED_JOBS), active: (p) => p.startsWith('/admin/jobs') },
  { to: '/admin/users', testId: 'nav-accounts', label: 'accounts', icon: IconUserCog, allowed: (has) => has(Permission.MANAGE_USERS), active: (p) => p.startsWith('/admin/users') },
  {
    to: '/reports',
    testId: 'nav-reports',
    label: 'reports',
    icon: IconChartBar,
    // The indicators (with a link to the referral report): the director and analysts.
    allowed: (has) => has(Permission.READ_REPORTS),
    active: (p) => p.startsWith('/reports'),
  },
  {
    to: '/reports/referrals',
    testId: 'nav-reports',
    label: 'reports',
    icon: IconChartBar,
    // The referral report alone, for administrators (who read no indicators).
    allowed: (has) => !has(Permission.READ_REPORTS) && has(Permission.READ_WORKLISTS) && has(Permission.MANAGE_USERS),
    active: (p) => p.startsWith('/reports'),
  },
  {
    to: '/training/handover',
    testId: 'nav-handover',
    label: 'handover',
    icon: IconChartLine,
    // Toward 2030: the director and the analysts (who read the reports and training records).
    allowed: (has) => has(Permission.READ_TRAINING) && has(Permission.READ_REPORTS),
    active: (p) => p.startsWith('/training/handover'),
  },
];

function MainNav({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // On a narrow screen the entries fold into a menu button (a disclosure), opened by click,
  // Enter or Space, closed by Escape (focus back on the button) or by following a link.
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  const has = (permission: Permission) => session.permissions.has(permission);
  const entries = NAV.filter((entry) => entry.allowed(has, session.user));
  if (entries.length === 0) return null;

  return (
    <nav
      className="main-nav"
      data-open={open}
      aria-label={t('app.nav.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="main-nav__toggle"
        data-testid="nav-menu"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((value) => !value)}
      >
        <IconMenu2 size={20} stroke={1.8} aria-hidden="true" />
        {t('fit.nav.menu')}
      </button>
      <ul id="main-nav-list">
        {entries.map(({ to, testId, label, icon: Icon, active, current }) => (
          <li key={to}>
            <Link
              to={to}
              data-testid={testId}
              data-active={active(pathname)}
              aria-current={(current ? current(pathname) : pathname === to) ? 'page' : undefined}
              onClick={() => setOpen(false)}
            >
              <Icon size={18} stroke={1.8} aria-hidden="true" />
              {t(`app.nav.${label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The signed-in user's name and roles, shown while the user menu loads. */
function UserName({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const roles = session.roles.map((role) => t(`enums.Role.${role}`)).join(', ');
  return (
    // No test ids: tests wait for the menu itself, which replaces this once loaded.
    <div className="current-user" title={`${session.user.displayName} (${session.user.username})`}>
      <IconUserCircle size={26} stroke={1.5} aria-hidden="true" className="current-user__icon" />
      <span className="current-user__text">
        <span className="current-user__name">{session.user.displayName}</span>
        <span className="current-user__roles">
          <VisuallyHidden component="span">{t('auth.rolesLabel')}: </VisuallyHidden>
          {roles || t('auth.noRole')}
        </span>
      </span>
    </div>
  );
}

function CurrentUser({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);

  return (
    <>
      {/* The menu (and the positioning library it needs) loads after the page; until then, the name alone. */}
      <Suspense fallback={<UserName session={session} />}>
        <UserMenu session={session} />
      </Suspense>
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

  // A shared computer left alone locks itself (the time comes from the server).
  const lockAfterMinutes = useLockAfterMinutes();
  const onIdle = useCallback(() => void lockScreen(), []);
  useIdleTimer(session.status === 'signed-in', lockAfterMinutes * 60_000, onIdle);

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
  const locked = session.status === 'locked' ? session : null;

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
          ) : locked ? (
            // The page is unmounted, not covered: nothing of it stays in the document.
            <Suspense fallback={<PageSkeleton />}>
              <LockScreen user={locked.user} />
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
