import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LogbookLevel } from '../../../generated/graphql';
import { StaffDirectoryQuery } from '../../surgery/graphql/staff-directory.query';

/** The levels at which the trainee operated under a trainer, who must be named (the API refuses them without). */
export const SUPERVISED_LEVELS: readonly LogbookLevel[] = ['PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED'];

/** The client-side check before sending: the message for `supervisorId`, if any. */
export function supervisorProblem(level: LogbookLevel, supervisorId: string, message: string): Record<string, string> {
  return SUPERVISED_LEVELS.includes(level) && !supervisorId ? { supervisorId: message } : {};
}

/**
 * The supervisor of a logbook entry: the hospital's surgeons (the staff directory's first page of
 * them, which is the whole list in a hospital of this size), without the trainee; the entry's current
 * supervisor stays on the list even when it falls outside that page.
 */
export function SupervisorSelect({ ownerId, current, value, onChange, required, error, testId }: {
  ownerId: string;
  current: { id: string; name: string } | null;
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(StaffDirectoryQuery, { variables: { first: 100, role: 'SURGEON' } });
  const surgeons = (data?.staffMembersConnection.edges.map((e) => e.node) ?? []).filter((s) => s.id !== ownerId);
  const options = current && current.id !== ownerId && !surgeons.some((s) => s.id === current.id) ? [current, ...surgeons] : surgeons;
  return (
    <NativeSelect
      label={t('logbook.supervisor')}
      description={t('logbook.supervisorHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t('logbook.supervisorNone') }, ...options.map((s) => ({ value: s.id, label: s.name }))]}
      required={required}
      error={error ?? (loadError ? t('logbook.supervisorsFailed') : undefined)}
      data-testid={testId}
    />
  );
}
