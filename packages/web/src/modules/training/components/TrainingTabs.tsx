import { Permission } from '@pj/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSignedInSession } from '../../../app/session/session-store';

/**
 * The training pages one may open, as links above each of them: the main navigation holds one
 * "Training" entry for all of them (four entries of their own made a surgeon's navigation wider
 * than the header).
 */
export function TrainingTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useSignedInSession();
  const ownRecord = Boolean(session.user.staffMember);
  const supervises = session.permissions.has(Permission.SUPERVISE_TRAINING);
  const pages = [
    { to: '/training/logbook', label: t('app.nav.logbook'), shown: ownRecord || supervises },
    { to: '/training/progress', label: t('app.nav.trainingProgress'), shown: ownRecord || supervises },
    { to: '/training/countersign', label: t('app.nav.countersign'), shown: supervises },
    { to: '/training/entrustment', label: t('app.nav.entrustment'), shown: supervises },
  ].filter((page) => page.shown);
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t('app.nav.trainingPages')} className="training-tabs" data-testid="training-tabs">
      <ul>
        {pages.map((page) => (
          <li key={page.to}>
            <Link to={page.to} aria-current={pathname === page.to ? 'page' : undefined}>
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
