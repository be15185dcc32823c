import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/i18n/languages';
import type { LogbookEntryFieldsFragment, LogbookEntryStatus, LogbookLevel } from '../../../generated/graphql';
import { groupTitle } from '../progress';

export const LOGBOOK_LEVELS: LogbookLevel[] = ['OBSERVED', 'ASSISTED', 'PERFORMED_TRAINER_SCRUBBED', 'PERFORMED_TRAINER_UNSCRUBBED', 'PERFORMED_INDEPENDENTLY', 'TAUGHT'];

const STATUS_COLOUR: Record<LogbookEntryStatus, string> = {
  AWAITING_CONFIRMATION: 'red.9',
  AWAITING_COUNTERSIGNATURE: 'blue.9',
  COUNTERSIGNED: 'teal.9',
  CORRECTED: 'gray.8',
};

export function StatusBadge({ status }: { status: LogbookEntryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={STATUS_COLOUR[status]} data-testid="logbook-status">
      {t(`enums.LogbookEntryStatus.${status}`)}
    </Badge>
  );
}

/** The outcome in a few words: complications and the highest grade, return to theatre, day 30. */
export function OutcomeText({ outcome }: { outcome: LogbookEntryFieldsFragment['outcome'] }) {
  const { t } = useTranslation();
  if (!outcome) return <Text size="sm">—</Text>;
  const parts = [
    outcome.complications === 0
      ? t('logbook.outcome.noComplications')
      : t('logbook.outcome.complications', { count: outcome.complications, grade: outcome.highestClavienDindoGrade ?? '' }),
    outcome.returnedToTheatre ? t('logbook.outcome.returnedToTheatre') : null,
    outcome.day30Status ? t(`enums.Day30Status.${outcome.day30Status}`) : null,
  ].filter(Boolean);
  return <Text size="sm">{parts.join(' · ')}</Text>;
}

/** One table of entries; `action` renders the last cell of a row. */
export function EntryTable({ entries, language, showOwner, action, testId }: {
  entries: LogbookEntryFieldsFragment[];
  language: Language;
  showOwner?: boolean;
  action: (entry: LogbookEntryFieldsFragment) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('logbook.date')}</Table.Th>
            {showOwner ? <Table.Th>{t('logbook.trainee')}</Table.Th> : null}
            <Table.Th>{t('logbook.procedure')}</Table.Th>
            <Table.Th>{t('logbook.level')}</Table.Th>
            <Table.Th>{t('logbook.supervisor')}</Table.Th>
            <Table.Th>{t('logbook.outcome.title')}</Table.Th>
            <Table.Th>{t('logbook.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('logbook.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="logbook-row" data-entry-id={entry.id}>
              <Table.Td>{entry.performedOn}</Table.Td>
              {showOwner ? <Table.Td>{entry.staffMember.name}</Table.Td> : null}
              <Table.Td>
                <Text size="sm" fw={600}>
                  {entry.procedureText}
                </Text>
                {entry.procedureGroup ? <Text size="xs">{groupTitle(entry.procedureGroup, language)}</Text> : null}
                {entry.correctionReason ? <Text size="xs">{t('logbook.correctedBecause', { reason: entry.correctionReason })}</Text> : null}
              </Table.Td>
              <Table.Td>
                {t(`enums.LogbookLevel.${entry.level}`)}
                {entry.teamRole ? <Text size="xs">{t(`enums.TeamRole.${entry.teamRole}`)}</Text> : null}
              </Table.Td>
              <Table.Td>{entry.supervisor?.name ?? '—'}</Table.Td>
              <Table.Td>
                <OutcomeText outcome={entry.outcome} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={entry.status} />
              </Table.Td>
              <Table.Td>{action(entry)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
