import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { codeOf, graphQLErrorsOf, reasonOf } from '../../../app/graphql-errors';
import { khmerName, latinName } from '../../patients/names';

interface PatientNames {
  mrn: string;
  familyName: string;
  givenName: string;
  familyNameKhmer: string | null;
  givenNameKhmer: string | null;
}

/** The patient's name in the current language's script (Latin when no Khmer name is recorded). */
export function usePatientName() {
  const { i18n } = useTranslation();
  return (p: PatientNames) => (i18n.language === 'km' ? (khmerName(p) ?? latinName(p)) : latinName(p));
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Phnom_Penh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Phnom_Penh',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "08:30" in Phnom Penh time. */
export const timeOf = (iso: string) => TIME.format(new Date(iso));
/** "24 Nov 2026, 08:30" in Phnom Penh time. */
export const dateTimeOf = (iso: string) => DATE_TIME.format(new Date(iso));

/**
 * A refusal in the user's language, from its reason and params (`serverErrors.<REASON>`), when
 * the translation exists and every value it speaks of came with the refusal; otherwise null.
 */
export function translatedRefusal(i18n: i18n, reason: string | undefined, params: unknown): string | null {
  if (!reason) return null;
  const key = `serverErrors.${reason}`;
  const template: unknown = i18n.getResource(i18n.language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
  if (typeof template !== 'string') return null;
  const values = params && typeof params === 'object' ? (params as Record<string, unknown>) : {};
  const needed = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
  if (needed.some((name) => values[name] === undefined)) return null;
  return i18n.t(key, values as never) as unknown as string;
}

/** A refused mutation: what went wrong (by error reason), with the server's words naming the clash. */
export function MutationErrorAlert({ error, testId = 'mutation-error' }: { error: unknown; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const first = graphQLErrorsOf(error)[0];
  const code = first ? codeOf(first) : undefined;
  const reason = first ? reasonOf(first) : undefined;
  const said = first ? translatedRefusal(i18n, reason, first.extensions?.['params']) : null;
  const title = reason
    ? t(`surgery.errors.${reason}`, { defaultValue: t(`surgery.errors.${code ?? 'UNKNOWN'}`, { defaultValue: t('errors.title') }) })
    : code
      ? t(`surgery.errors.${code}`, { defaultValue: t('errors.title') })
      : t('errors.title');
  return (
    <Alert color="red" variant="light" role="alert" title={title} icon={<IconAlertTriangle aria-hidden="true" />} data-testid={testId} data-reason={reason ?? code ?? ''}>
      <Text size="sm">{said ?? first?.message ?? t('errors.network')}</Text>
    </Alert>
  );
}
