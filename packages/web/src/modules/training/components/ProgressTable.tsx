import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatNumber } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { ProgressRowFieldsFragment } from '../../../generated/graphql';
import { groupTitle } from '../progress';

/** A person's progress per procedure group: cases at each level, supervised against the rule, complication rate, entrusted level. */
export function ProgressTable({ rows }: { rows: readonly ProgressRowFieldsFragment[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = (value: number) => formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Table striped data-testid="progress-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('entrustment.group')}</Table.Th>
          <Table.Th>{t('entrustment.casesByLevel')}</Table.Th>
          <Table.Th w="22%">{t('entrustment.supervised')}</Table.Th>
          <Table.Th>{t('entrustment.complicationRate')}</Table.Th>
          <Table.Th>{t('entrustment.entrusted')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const share = Math.min(1, row.supervisedCases / row.requiredSupervisedCases);
          const decision = row.latestDecision;
          return (
            <Table.Tr key={row.procedureGroup.code} data-testid="progress-row" data-group={row.procedureGroup.code}>
              <Table.Td>
                <Text fw={600}>{groupTitle(row.procedureGroup, language)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`enums.Specialty.${row.procedureGroup.specialty}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {row.casesByLevel
                    .filter((level) => level.cases > 0)
                    .map((level) => (
                      <Text key={level.level} size="sm">
                        {t(`enums.LogbookLevel.${level.level}`)}: {level.cases}
                      </Text>
                    ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm" data-testid="progress-supervised">
                    {t('entrustment.supervisedOf', { cases: row.supervisedCases, required: row.requiredSupervisedCases })}
                  </Text>
                  <Progress
                    value={share * 100}
                    color={row.casesToRule === 0 ? 'teal' : 'blue'}
                    aria-label={t('entrustment.supervisedOf', { cases: row.supervisedCases, required: row.requiredSupervisedCases })}
                  />
                  {row.meetsRule ? (
                    <Badge color="teal" variant="light" data-testid="progress-meets-rule">
                      {t('entrustment.meetsRule')}
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {row.performedComplicationRate === null ? '—' : t('entrustment.rateOf', { rate: percent(row.performedComplicationRate), cases: row.performedCases })}
              </Table.Td>
              <Table.Td data-testid="progress-entrusted">
                {decision ? (
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Badge variant="light">{t(`enums.LogbookLevel.${decision.level}`)}</Badge>
                    </Group>
                    <Text size="xs">
                      {t('entrustment.decidedBy', { name: decision.decidedBy.name, date: formatLocalDate(decision.decidedOn, language) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {decision.reason}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('entrustment.notDecided')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
