import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  CloseButton,
  Group,
  Loader,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconSearch, IconUserPlus, IconUserSearch } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { focusFirstPatient, PatientTable } from '../components/PatientTable';
import { PatientsSearchQuery } from '../graphql/patients-search.query';
import { useSearchTerm } from '../hooks/useSearchTerm';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';

const PAGE_SIZE = 20;

function TableSkeleton() {
  return (
    <Paper withBorder radius="md" p="md" aria-hidden="true">
      <Stack gap="sm">
        <Skeleton height={18} width="30%" radius="sm" />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={28} radius="sm" />
        ))}
      </Stack>
    </Paper>
  );
}

export function PatientListPage() {
  const { t } = useTranslation();
  const { input, setInput, term, pending, commit } = useSearchTerm();
  const resultsRef = useRef<HTMLDivElement>(null);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const canRegister = useSignedInSession().permissions.has(Permission.REGISTER_PATIENTS);

  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    PatientsSearchQuery,
    {
      variables: { search: term || null, first: PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
    },
  );

  // The role may not search patients (changed since sign-in): explain rather than fail.
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  // While a new search runs, keep showing the last results (dimmed) instead of a blank table.
  const connection = data?.patients ?? (loading ? previousData?.patients : undefined);
  const stale = !data && Boolean(connection);
  const patients = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const searching = pending || (loading && !loadingMore);

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

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstPatient(resultsRef.current)) event.preventDefault();
    } else if (event.key === 'Enter') {
      commit(input);
    } else if (event.key === 'Escape' && input) {
      setInput('');
      commit('');
    }
  };

  // Counts only ever describe the results for the current term, never the dimmed old ones.
  let status: string;
  if (error && !data && !loading) status = t('errors.title');
  else if (!data) status = t('patients.searching');
  else if (term) status = t('patients.matching', { count: total, search: term });
  else status = t('patients.total', { count: total });

  return (
    <Stack gap="lg">
      <title>{`${t('patients.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Title order={1}>{t('patients.title')}</Title>
        <Group gap="md" align="center">
          <Text role="status" aria-live="polite" c="dimmed" size="sm" data-testid="patient-count">
            {status}
          </Text>
          {canRegister ? (
            <Button component={Link} to="/patients/new" leftSection={<IconUserPlus size={18} aria-hidden="true" />} data-testid="register-patient">
              {t('patients.register')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <TextInput
        data-testid="patient-search"
        type="search"
        size="md"
        label={t('patients.searchLabel')}
        description={t('patients.searchHint')}
        placeholder={t('patients.searchPlaceholder')}
        value={input}
        onChange={(e) => setInput(e.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        autoFocus
        leftSection={<IconSearch size={18} stroke={1.8} aria-hidden="true" />}
        rightSection={
          searching ? (
            <Loader size={18} role="status" aria-label={t('patients.searching')} />
          ) : input ? (
            <CloseButton
              aria-label={t('patients.clearSearch')}
              onClick={() => {
                setInput('');
                commit('');
              }}
            />
          ) : null
        }
        maw={640}
      />

      <div ref={resultsRef} aria-busy={searching}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <TableSkeleton />
        ) : patients.length === 0 ? (
          <EmptyState
            icon={<IconUserSearch size={26} stroke={1.6} />}
            title={term ? t('patients.empty', { search: term }) : t('patients.emptyNoSearch')}
            hint={term ? t('patients.emptyHint') : undefined}
          />
        ) : (
          <Stack gap="md" className={stale ? 'results-stale' : undefined}>
            <PatientTable patients={patients} />
            <LoadMoreFooter
              shownText={t('patients.showing', { shown: patients.length, total })}
              loadMoreText={t('patients.loadMore')}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              failed={loadMoreFailed}
              onLoadMore={loadMore}
              testId="patient-load-more"
            />
          </Stack>
        )}
      </div>
    </Stack>
  );
}
