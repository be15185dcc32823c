import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { addDays, hospitalDate, Permission } from '@pj/shared';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { hasCode } from '../../../app/graphql-errors';
import { useSignedInSession } from '../../../app/session/session-store';
import { formatNumber } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { TeamRole } from '../../../generated/graphql';
import { StaffTrainingLogQuery } from '../graphql/staff.query';
import { staffName } from '../staff-name';
import { monthByRole } from '../training';

const ROLES: TeamRole[] = ['PRIMARY_SURGEON', 'ASSISTANT', 'ANAESTHETIST', 'SCRUB_NURSE', 'OBSERVER'];

export function StaffLogPage() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { permissions } = useSignedInSession();
  const to = hospitalDate(new Date());
  const from = addDays(to, -364);
  const { data, loading, error, refetch } = useQuery(StaffTrainingLogQuery, { variables: { staffId: id, from, to }, fetchPolicy: 'cache-and-network' });
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={300} radius="md" aria-hidden="true" />;
  const member = data?.staffMember;
  if (!data || !member) return <NotFoundPage />;
  const log = data.staffTrainingLog;
  const table = monthByRole(log.byMonth, ROLES);
  const roles = ROLES.filter((r) => log.byRole.some((b) => b.role === r && b.operations > 0));
  const percent = { format: (value: number) => formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 }) };

  return (
    <Stack gap="lg">
      <title>{`${member.name} · ${t('staff.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1} data-testid="staff-name">
          {staffName(member, i18n.language)}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{t(`enums.StaffRole.${member.role}`)}</Badge>
          <Badge variant="outline" color={member.visiting ? 'grape' : 'teal'}>
            {member.visiting ? t('staff.visiting', { institution: member.institution ?? '' }) : t('staff.local')}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {t('staff.period', { from, to, count: log.totalOperations })}
        </Text>
        {permissions.has(Permission.READ_TRAINING) ? (
          <Anchor component={Link} to={`/training/progress?staff=${encodeURIComponent(member.id)}`} size="sm" data-testid="staff-progress-link">
            {t('entrustment.progressLink')}
          </Anchor>
        ) : null}
      </Stack>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('staff.log')}
          </Title>
          {table.length === 0 ? (
            <EmptyState icon={<IconChartBar aria-hidden="true" />} title={t('staff.noOperations')} />
          ) : (
            <Table striped data-testid="training-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.month')}</Table.Th>
                  {roles.map((r) => (
                    <Table.Th key={r}>{t(`enums.TeamRole.${r}`)}</Table.Th>
                  ))}
                  <Table.Th>{t('staff.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.map((row) => (
                  <Table.Tr key={row.month}>
                    <Table.Td>{row.month}</Table.Td>
                    {roles.map((r) => (
                      <Table.Td key={r}>{row.counts[r]}</Table.Td>
                    ))}
                    <Table.Td fw={600}>{row.total}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('staff.localShare')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('staff.localShareHint')}
          </Text>
          {data.localPrimarySurgeonShare.length === 0 ? (
            <Text c="dimmed">{t('staff.noOperations')}</Text>
          ) : (
            <Table data-testid="local-share">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.month')}</Table.Th>
                  <Table.Th>{t('staff.operations')}</Table.Th>
                  <Table.Th>{t('staff.withLocal')}</Table.Th>
                  <Table.Th w="40%">{t('staff.share')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.localPrimarySurgeonShare.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Td>{m.month}</Table.Td>
                    <Table.Td>{m.operations}</Table.Td>
                    <Table.Td>{m.withLocalPrimarySurgeon}</Table.Td>
                    <Table.Td>
                      {m.localShare === null ? (
                        '—'
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Progress value={m.localShare * 100} color="teal" w="100%" aria-label={`${m.month} ${percent.format(m.localShare)}`} />
                          <Text size="sm" w={48} ta="right">
                            {percent.format(m.localShare)}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
