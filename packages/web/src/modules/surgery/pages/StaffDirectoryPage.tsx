import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useCan } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import type { Specialty, StaffRole } from '../../../generated/graphql';
import { AddStaffDialog, SPECIALTIES, STAFF_ROLES } from '../components/AddStaffDialog';
import { StaffDirectoryQuery } from '../graphql/staff-directory.query';

const PAGE = 50;

/** The staff directory: local and visiting staff, searched and filtered (kept in the address), each linking to their log. */
export function StaffDirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canAdd = useCan(Permission.MANAGE_MISSIONS);
  const search = params.get('q') ?? '';
  const role = (STAFF_ROLES as string[]).includes(params.get('role') ?? '') ? (params.get('role') as StaffRole) : null;
  const specialty = (SPECIALTIES as string[]).includes(params.get('specialty') ?? '') ? (params.get('specialty') as Specialty) : null;
  const where = params.get('where');
  const visiting = where === 'visiting' ? true : where === 'local' ? false : null;
  const [typed, setTyped] = useState(search);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [moreFailed, setMoreFailed] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(StaffDirectoryQuery, {
    variables: { first: PAGE, search: search || null, role, specialty, visiting },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const staff = data?.staffMembersConnection.edges.map((e) => e.node) ?? [];
  const total = data?.staffMembersConnection.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <title>{`${t('staffDirectory.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1}>{t('staffDirectory.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('staffDirectory.intro')}
          </Text>
        </Stack>
        {canAdd ? (
          <Button leftSection={<IconUserPlus size={16} aria-hidden="true" />} onClick={() => setAdding(true)} data-testid="staff-add">
            {t('staffDirectory.add')}
          </Button>
        ) : null}
      </Group>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('q', typed.trim());
        }}
      >
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput label={t('staffDirectory.search')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} onBlur={() => setFilter('q', typed.trim())} data-testid="staff-search" />
          <NativeSelect
            label={t('staffDirectory.role')}
            value={role ?? ''}
            onChange={(e) => setFilter('role', e.currentTarget.value)}
            data={[{ value: '', label: t('common.all') }, ...STAFF_ROLES.map((r) => ({ value: r, label: t(`enums.StaffRole.${r}`) }))]}
            data-testid="staff-filter-role"
          />
          <NativeSelect
            label={t('staffDirectory.specialty')}
            value={specialty ?? ''}
            onChange={(e) => setFilter('specialty', e.currentTarget.value)}
            data={[{ value: '', label: t('common.all') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
            data-testid="staff-filter-specialty"
          />
          <NativeSelect
            label={t('staffDirectory.localOrVisiting')}
            value={where === 'visiting' || where === 'local' ? where : ''}
            onChange={(e) => setFilter('where', e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              { value: 'local', label: t('staffDirectory.localOnly') },
              { value: 'visiting', label: t('staffDirectory.visitingOnly') },
            ]}
            data-testid="staff-filter-where"
          />
          <Button type="submit" variant="default">
            {t('staffDirectory.searchSubmit')}
          </Button>
        </Group>
      </form>
      {added ? (
        <Alert color="teal" variant="light" role="status" data-testid="staff-added">
          {t('staffDirectory.added', { name: added })}
        </Alert>
      ) : null}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={240} radius="md" aria-hidden="true" />
      ) : staff.length === 0 ? (
        <EmptyState icon={<IconUsers aria-hidden="true" />} title={t('staffDirectory.empty')} hint={t('staffDirectory.emptyHint')} />
      ) : (
        <Paper withBorder radius="md">
          <Table striped data-testid="staff-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staffDirectory.name')}</Table.Th>
                <Table.Th>{t('staffDirectory.role')}</Table.Th>
                <Table.Th>{t('staffDirectory.specialty')}</Table.Th>
                <Table.Th>{t('staffDirectory.localOrVisiting')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((s) => (
                <Table.Tr key={s.id} data-testid="staff-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/${encodeURIComponent(s.id)}`} fw={600}>
                      {s.name}
                    </Anchor>
                    {s.nameKhmer || s.nameJapanese ? (
                      <Text size="xs">
                        {s.nameKhmer ? <span lang="km">{s.nameKhmer}</span> : null}
                        {s.nameKhmer && s.nameJapanese ? ' · ' : null}
                        {s.nameJapanese ? <span lang="ja">{s.nameJapanese}</span> : null}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`enums.StaffRole.${s.role}`)}</Table.Td>
                  <Table.Td>{s.specialty ? t(`enums.Specialty.${s.specialty}`) : '—'}</Table.Td>
                  <Table.Td>
                    {s.visiting ? (
                      <Stack gap={0}>
                        <Badge size="sm" variant="outline" color="indigo.9">
                          {t('staffDirectory.visitingBadge')}
                        </Badge>
                        {s.institution ? <Text size="xs">{s.institution}</Text> : null}
                      </Stack>
                    ) : (
                      <Text size="sm">{t('staffDirectory.localBadge')}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {staff.length > 0 ? (
        <LoadMoreFooter
          shownText={t('staffDirectory.shown', { shown: staff.length, total })}
          loadMoreText={t('staffDirectory.loadMore')}
          hasMore={data?.staffMembersConnection.pageInfo.hasNextPage ?? false}
          loading={loading}
          failed={moreFailed}
          onLoadMore={async () => {
            setMoreFailed(false);
            try {
              await fetchMore({ variables: { after: data?.staffMembersConnection.pageInfo.endCursor } });
            } catch {
              setMoreFailed(true);
            }
          }}
          testId="staff-load-more"
        />
      ) : null}
      {adding ? (
        <AddStaffDialog
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAdded(created.name);
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
