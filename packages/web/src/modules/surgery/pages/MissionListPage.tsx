import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import { IconPlaneArrival, IconPlus, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { MissionsQuery } from '../graphql/missions.query';

// The form (and its controls) loads when it is first opened.
const CreateMissionDialog = lazy(() => import('../components/CreateMissionDialog').then((m) => ({ default: m.CreateMissionDialog })));

interface Dated {
  startDate: string;
  endDate: string;
}

/** Upcoming and current missions first (soonest first), then past ones (latest first). */
export function upcomingFirst<T extends Dated>(missions: readonly T[], today: string): T[] {
  const coming = missions.filter((m) => m.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const past = missions.filter((m) => m.endDate < today).sort((a, b) => b.startDate.localeCompare(a.startDate));
  return [...coming, ...past];
}

export function MissionListPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MissionsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  const today = hospitalDate(new Date());
  const missions = upcomingFirst(data?.missions.edges.map((e) => e.node) ?? [], today);

  return (
    <Stack gap="lg">
      <title>{`${t('missions.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1}>{t('missions.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('missions.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to="/staff" variant="default" leftSection={<IconUsers size={16} aria-hidden="true" />} data-testid="open-staff-directory">
            {t('staffDirectory.title')}
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)} data-testid="mission-create">
            {t('missionCreate.open')}
          </Button>
        </Group>
      </Group>
      {creating ? (
        <Suspense fallback={null}>
          <CreateMissionDialog
            missions={data?.missions.edges.map((e) => e.node) ?? []}
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              void refetch();
              void navigate(`/missions/${encodeURIComponent(id)}`);
            }}
          />
        </Suspense>
      ) : null}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={200} radius="md" aria-hidden="true" />
      ) : missions.length === 0 ? (
        <EmptyState icon={<IconPlaneArrival aria-hidden="true" />} title={t('missions.empty')} hint={t('missions.emptyHint')} />
      ) : (
        <Paper withBorder radius="md">
          <Table striped highlightOnHover data-testid="mission-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('missions.name')}</Table.Th>
                <Table.Th>{t('missions.dates')}</Table.Th>
                <Table.Th>{t('missions.specialties')}</Table.Th>
                <Table.Th>{t('missions.theatres')}</Table.Th>
                <Table.Th>{t('missions.patients')}</Table.Th>
                <Table.Th>{t('missions.booked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {missions.map((m) => (
                <Table.Tr key={m.id} data-testid="mission-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/missions/${encodeURIComponent(m.id)}`} fw={600}>
                      {m.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {m.institution}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{`${m.startDate} – ${m.endDate}`}</Text>
                      {m.endDate < today ? null : m.startDate <= today ? (
                        <Badge size="sm" color="teal">
                          {t('missions.now')}
                        </Badge>
                      ) : (
                        <Badge size="sm" variant="light">
                          {t('missions.upcoming')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{m.specialties.map((s) => t(`enums.Specialty.${s}`)).join(', ')}</Table.Td>
                  <Table.Td>{m.theatres.map((th) => th.name).join(', ')}</Table.Td>
                  <Table.Td>{m.referrals.length}</Table.Td>
                  <Table.Td>{m.surgeries.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
