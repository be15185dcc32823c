import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { hospitalDate, Permission } from '@pj/shared';
import { IconFilterOff, IconListSearch, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { useCan } from '../../../app/session/session-store';
import { AuditTable, type AuditPatient } from '../components/AuditTable';
import { hasFilters, isActionType, toApiFilter, type ActionType } from '../filters';
import { AuditLogQuery } from '../graphql/audit-log.query';
import { useAuditFilters } from '../hooks/useAuditFilters';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';

const PAGE_SIZE = 50;
const ACTION_OPTIONS: readonly ('all' | ActionType)[] = ['all', 'read', 'mutation', 'search', 'login'];

function TableSkeleton() {
  return (
    <Paper withBorder radius="md" p="md" aria-hidden="true">
      <Stack gap="sm">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} height={26} radius="sm" />
        ))}
      </Stack>
    </Paper>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation();
  const { filters, setFilters, usernameInput, setUsernameInput, commitUsername } = useAuditFilters();
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const today = hospitalDate(new Date());

  const canOpenRecords = useCan(Permission.READ_PATIENTS);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(AuditLogQuery, {
    variables: { filter, first: PAGE_SIZE, withPatients: canOpenRecords },
    // The trail grows all the time: show what is cached, but always ask for the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const connection = data?.auditLog ?? (loading ? previousData?.auditLog : undefined);
  const stale = !data && Boolean(connection);
  const entries = connection?.edges.map((e) => e.node) ?? [];
  const patients = new Map<string, AuditPatient | null>(connection?.edges.map((e) => [e.node.id, e.node.patient ?? null]) ?? []);
  const total = connection?.totalCount ?? 0;
  const filtered = hasFilters(filters);

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadMoreFailed(false);
    try {
      await fetchMore({ variables: { after } });
    } catch {
      setLoadMoreFailed(true);
    }
  };

  let status: string;
  if (error && !data && !loading) status = t('errors.title');
  else if (!data) status = t('common.loading');
  else status = filtered ? t('audit.matching', { count: total }) : t('audit.total', { count: total });

  return (
    <Stack gap="lg">
      <title>{`${t('audit.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={1}>{t('audit.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('audit.intro')}
          </Text>
        </Stack>
        <Text role="status" aria-live="polite" c="dimmed" size="sm" data-testid="audit-count">
          {status}
        </Text>
      </Group>

      <Paper withBorder radius="md" p="md" component="form" role="search" aria-label={t('audit.filtersLabel')} onSubmit={(e) => {
        e.preventDefault();
        commitUsername(usernameInput);
      }}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            data-testid="audit-filter-user"
            label={t('audit.filters.username')}
            placeholder={t('audit.filters.usernamePlaceholder')}
            value={usernameInput}
            onChange={(e) => setUsernameInput(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && usernameInput) commitUsername('');
            }}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
            leftSection={<IconSearch size={16} stroke={1.8} aria-hidden="true" />}
            rightSection={
              usernameInput ? (
                <CloseButton size="sm" aria-label={t('audit.filters.clearUsername')} onClick={() => commitUsername('')} />
              ) : null
            }
            w={220}
          />
          <NativeSelect
            data-testid="audit-filter-action"
            label={t('audit.filters.action')}
            value={filters.action ?? 'all'}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFilters({ action: isActionType(value) ? value : null });
            }}
            data={ACTION_OPTIONS.map((value) => ({ value, label: t(`audit.actionTypes.${value}`) }))}
            w={220}
          />
          <TextInput
            data-testid="audit-filter-from"
            type="date"
            label={t('audit.filters.from')}
            value={filters.from ?? ''}
            max={filters.to ?? today}
            onChange={(e) => setFilters({ from: e.currentTarget.value || null })}
            w={170}
          />
          <TextInput
            data-testid="audit-filter-to"
            type="date"
            label={t('audit.filters.to')}
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            max={today}
            onChange={(e) => setFilters({ to: e.currentTarget.value || null })}
            w={170}
          />
          {filtered ? (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} stroke={1.8} aria-hidden="true" />}
              onClick={() => setFilters({ username: '', action: null, from: null, to: null, patientId: null })}
              data-testid="audit-clear-filters"
            >
              {t('audit.filters.clear')}
            </Button>
          ) : null}
        </Group>
        {filters.patientId ? (
          <Group gap="xs" mt="sm">
            <Badge
              variant="light"
              size="lg"
              radius="sm"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('audit.filters.clearPatient')}
                  onClick={() => setFilters({ patientId: null })}
                />
              }
            >
              {t('audit.filters.onePatient')}
            </Badge>
          </Group>
        ) : null}
        <Text size="xs" c="dimmed" mt="sm">
          {t('audit.timeZoneHint')}
        </Text>
      </Paper>

      <div aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <TableSkeleton />
        ) : entries.length === 0 ? (
          <EmptyState
            icon={<IconListSearch size={26} stroke={1.6} />}
            title={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
            hint={filtered ? t('audit.emptyFilteredHint') : undefined}
          />
        ) : (
          <Stack gap="md" className={stale ? 'results-stale' : undefined}>
            <AuditTable entries={entries} showPatient caption={t('audit.tableCaption')} patients={patients} canOpenRecords={canOpenRecords} />
            <LoadMoreFooter
              shownText={t('audit.showing', { shown: entries.length, total })}
              loadMoreText={t('audit.loadMore')}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              failed={loadMoreFailed}
              onLoadMore={loadMore}
              testId="audit-load-more"
            />
          </Stack>
        )}
      </div>
    </Stack>
  );
}
