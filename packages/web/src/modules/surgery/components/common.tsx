import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { codeOf, graphQLErrorsOf, reasonOf } from '../../../app/graphql-errors';
import { currentLanguage } from '../../../app/i18n';
import { formatDateTime, formatTime } from '../../../app/i18n/format';
import { refusalText } from '../../../app/refusals';
import { khmerName, latinName, type PatientNames } from '../../patients/names';

/** The patient's name in the current language's script (Latin when no Khmer name is recorded). */
export function usePatientName() {
  const { i18n } = useTranslation();
  return (p: PatientNames) => (i18n.language === 'km' ? (khmerName(p) ?? latinName(p)) : latinName(p));
}

/** "08:30" in Phnom Penh time. */
export const timeOf = (iso: string) => formatTime(iso, currentLanguage());
/** "24 Nov 2026, 08:30" / "24 វិច្ឆិកា 2026 ម៉ោង 08:30" / "2026年11月24日 08:30" in Phnom Penh time, in the user's language. */
export const dateTimeOf = (iso: string) => formatDateTime(iso, currentLanguage());

/** A refused mutation: what went wrong (by error reason), and the refusal in the user's language naming the clash. */
export function MutationErrorAlert({ error, testId = 'mutation-error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const first = graphQLErrorsOf(error)[0];
  const code = first ? codeOf(first) : undefined;
  const reason = first ? reasonOf(first) : undefined;
  const title = reason
    ? t(`surgery.errors.${reason}`, { defaultValue: t(`surgery.errors.${code ?? 'UNKNOWN'}`, { defaultValue: t('errors.title') }) })
    : code
      ? t(`surgery.errors.${code}`, { defaultValue: t('errors.title') })
      : t('errors.title');
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertTriangle aria-hidden="true" />} data-testid={testId} data-reason={reason ?? code ?? ''}>
      <Text size="sm">{first ? refusalText(first) : t('errors.network')}</Text>
    </Alert>
  );
}
