import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

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

/** The app's name and mark, linking to the start page. */
export function Brand() {
  const { t } = useTranslation();
  return (
    // Named by its visible text (the app's name), so speech input users can say what they see; the title tells where it goes.
    <Link to="/" className="brand" title={t('app.homeLink')}>
      <BrandMark />
      <span className="brand__name">
        {t('app.name')}
        <span className="brand__tagline">{t('app.tagline')}</span>
      </span>
    </Link>
  );
}
