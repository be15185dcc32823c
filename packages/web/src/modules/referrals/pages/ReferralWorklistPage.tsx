import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Permission, hospitalDate } from '@pj/shared';
import { IconFilterOff, IconInbox, IconListSearch, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useRefetchOnReconnect } from '../../../app/live-status';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import { BulkAssign } from '../components/BulkAssign';
import { ReferralDrawer } from '../components/ReferralDrawer';
import { ReferralTable, focusFirstReferral } from '../components/ReferralTable';
import {
  PRIORITIES,
  SOURCE_TYPES,
  SPECIALTIES,
  TABS,
  hasFilters,
  nextSort,
  tabCount,
  toApiFilter,
  type ReferralFilters,
  type ReferralOrderField,
  type ReferralTab,
} from '../filters';
import { CaseManagersQuery } from '../graphql/case-managers.query';
import { ReferralChangedSubscription, ReferralWorklistQuery } from '../graphql/referrals.query';
import { needsRefresh, type LiveReferral } from '../live';
import { useReferralFilters } from '../hooks/useReferralFilters';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import { readAgain } from '../../../app/read-again';

const PAGE_SIZE = 25;
const DRAWER_PARAM = 'referral';
/** The tabs filter this list (there are no separate tab panels), so each tab controls it. */
const RESULTS_ID = 'referral-results';

function TableSkeleton() {
  return (
    <Paper withBorder radius="md" p="md" aria-hidden="true">
      <Stack gap="sm">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={32} radius="sm" />
        ))}
      </Stack>
    </Paper>
  );
}

const CLEARED: Partial<ReferralFilters> = {
  priority: null,
  specialty: null,
  assignee: null,
  sourceType: null,
  from: null,
  to: null,
  overdue: false,
  text: '',
};

export function ReferralWorklistPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const canManage = session.permissions.has(Permission.MANAGE_REFERRALS);
  // Analysts see the worklist but no patient: `Referral.patient` is asked for only when allowed.
  const canReadPatients = session.permissions.has(Permission.READ_PATIENTS);
  const { filters, setFilters, textInput, setTextInput } = useReferralFilters();
  const [params, setParams] = useSearchParams();
  const openId = params.get(DRAWER_PARAM);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const resultsRef = useRef<HTMLDivElement>(null);
  const today = hospitalDate(new Date());
  const me = session.user.id;

  const filter = useMemo(() => toApiFilter(filters, me), [filters, me]);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(ReferralWorklistQuery, {
    variables: { filter, orderBy: filters.sort, first: PAGE_SIZE, withPatients: canReadPatients, withContact: session.permissions.has(Permission.READ_CONTACT_DETAILS) },
    // A FORBIDDEN on a nullable field (clinical text) leaves the rest of the answer to show.
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const managers = useQuery(CaseManagersQuery, { errorPolicy: 'all' });
  const caseManagers = managers.data?.caseManagers ?? [];

  // Live: a referral changed on any computer arrives here. A row already shown is replaced in
  // place by the normalised cache (the subscription selects the row's own fragment); one that
  // is new, left or entered this view, or moved in its order is not slotted into the paged list
  // but counted in a notice that reads the page again when pressed. The count belongs to the
  // view it was made for (a new filter or sort reads a new page anyway).
  const view = JSON.stringify([filter, filters.sort]);
  const [changed, setChanged] = useState<{ view: string; ids: ReadonlySet<string> }>({ view, ids: new Set() });
  const changedIds = changed.view === view ? changed.ids : new Set<string>();
  /** The rows as last shown: what a change is compared with. */
  const shown = useRef(new Map<string, LiveReferral>());
  useSubscription(ReferralChangedSubscription, {
    variables: { withPatients: canReadPatients },
    onData: ({ data: change }) => {
      const referral = change.data?.referralChanged;
      if (!referral || !needsRefresh(referral, shown.current.get(referral.id), filters, me)) return;
      setChanged((current) => ({ view, ids: new Set([...(current.view === view ? current.ids : []), referral.id]) }));
    },
  });

  const refresh = useCallback(async () => {
    setChanged({ view, ids: new Set() });
    await readAgain(refetch);
  }, [refetch, view]);
  // Changes sent while the socket was down were lost: the page is read again after each reconnection.
  useRefetchOnReconnect(refresh, true);
  const shownRows = data?.referrals?.edges;
  useEffect(() => {
    shown.current = new Map((shownRows ?? []).map((e) => [e.node.id, e.node]));
  }, [shownRows]);

  const openReferral = useCallback(
    (id: string) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set(DRAWER_PARAM, id);
        return next;
      });
    },
    [setParams],
  );
  const closeReferral = useCallback(() => {
    const id = openId;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(DRAWER_PARAM);
        return next;
      },
      { replace: true },
    );
    // Back to the row the drawer was opened from.
    if (id) {
      requestAnimationFrame(() => {
        resultsRef.current?.querySelector<HTMLAnchorElement>(`a.referral-row__link[data-id="${CSS.escape(id)}"]`)?.focus();
      });
    }
  }, [openId, setParams]);

  if (hasCode(error, 'FORBIDDEN') && !data?.referrals) return <NotAvailablePage />;

  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const connection = data?.referrals ?? (loading ? previousData?.referrals : undefined);
  const stale = !data && Boolean(connection);
  const referrals = connection?.edges.map((e) => e.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const counts = connection?.statusCounts ?? [];
  const filtered = hasFilters(filters);
  const selectedRows = referrals.filter((r) => selected.has(r.id));

  const changeFilters = (patch: Partial<ReferralFilters>) => {
    setSelected(new Set());
    setFilters(patch);
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

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
  else status = t('referrals.total', { count: total });

  return (
    <Stack gap="lg">
      <title>{`${t('referrals.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Title order={1}>{t('referrals.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('referrals.intro')}
          </Text>
        </Stack>
        <Group gap="sm" align="center">
          <Text role="status" aria-live="polite" c="dimmed" size="sm" data-testid="referral-count">
            {status}
          </Text>
          <LiveIndicator hint={t('referrals.liveHint')} testId="referrals-live" />
          {canManage && canReadPatients ? (
            <Button component={Link} to="/referrals/receive" leftSection={<IconInbox size={16} aria-hidden="true" />} data-testid="receive-referral">
              {t('cases.receive.open')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <Tabs
        value={filters.tab}
        onChange={(value) => {
          if (value && (TABS as readonly string[]).includes(value)) changeFilters({ tab: value as ReferralTab });
        }}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label={t('referrals.tabsLabel')} className="referral-tabs">
          {TABS.map((tab) => {
            const count = tabCount(counts, tab);
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                aria-controls={RESULTS_ID}
                data-testid={`referral-tab-${tab}`}
                data-count={connection ? count : ''}
                rightSection={
                  connection ? (
                    <Badge size="sm" variant={filters.tab === tab ? 'filled' : 'light'} color={tab === 'OPEN' ? 'clinical' : 'gray'} radius="sm" data-testid="tab-count">
                      {count}
                    </Badge>
                  ) : null
                }
              >
                {tab === 'OPEN' ? t('referrals.tabs.OPEN') : t(`enums.ReferralStatus.${tab}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>

      <Paper
        withBorder
        radius="md"
        p="md"
        component="form"
        role="search"
        aria-label={t('referrals.filtersLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          changeFilters({ text: textInput });
        }}
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            data-testid="referral-filter-text"
            label={t('referrals.filters.text')}
            placeholder={t('referrals.filters.textPlaceholder')}
            value={textInput}
            onChange={(e) => setTextInput(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && textInput) changeFilters({ text: '' });
              else if (e.key === 'ArrowDown' && focusFirstReferral(resultsRef.current)) e.preventDefault();
            }}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            leftSection={<IconSearch size={16} stroke={1.8} aria-hidden="true" />}
            rightSection={
              textInput ? <CloseButton size="sm" aria-label={t('referrals.filters.clearText')} onClick={() => changeFilters({ text: '' })} /> : null
            }
            w={260}
          />
          <NativeSelect
            data-testid="referral-filter-priority"
            label={t('referrals.filters.priority')}
            value={filters.priority ?? ''}
            onChange={(e) => changeFilters({ priority: (e.currentTarget.value || null) as ReferralFilters['priority'] })}
            data={[{ value: '', label: t('common.all') }, ...PRIORITIES.map((p) => ({ value: p, label: t(`enums.ReferralPriority.${p}`) }))]}
            w={190}
          />
          <NativeSelect
            data-testid="referral-filter-specialty"
            label={t('referrals.filters.specialty')}
            value={filters.specialty ?? ''}
            onChange={(e) => changeFilters({ specialty: (e.currentTarget.value || null) as ReferralFilters['specialty'] })}
            data={[{ value: '', label: t('common.all') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
            w={220}
          />
          <NativeSelect
            data-testid="referral-filter-assignee"
            label={t('referrals.filters.assignee')}
            value={filters.assignee ?? ''}
            onChange={(e) => changeFilters({ assignee: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('referrals.filters.anyone') },
              { value: 'me', label: t('referrals.filters.me') },
              { value: 'unassigned', label: t('referrals.filters.unassigned') },
              ...caseManagers.filter((u) => u.id !== me).map((u) => ({ value: u.id, label: u.displayName })),
              ...(filters.assignee && !['me', 'unassigned'].includes(filters.assignee) && !caseManagers.some((u) => u.id === filters.assignee)
                ? [{ value: filters.assignee, label: filters.assignee }]
                : []),
            ]}
            w={200}
          />
          <NativeSelect
            data-testid="referral-filter-source"
            label={t('referrals.filters.sourceType')}
            value={filters.sourceType ?? ''}
            onChange={(e) => changeFilters({ sourceType: (e.currentTarget.value || null) as ReferralFilters['sourceType'] })}
            data={[{ value: '', label: t('common.all') }, ...SOURCE_TYPES.map((s) => ({ value: s, label: t(`enums.ReferralSourceType.${s}`) }))]}
            w={200}
          />
          <TextInput
            data-testid="referral-filter-from"
            type="date"
            label={t('referrals.filters.from')}
            value={filters.from ?? ''}
            max={filters.to ?? today}
            onChange={(e) => changeFilters({ from: e.currentTarget.value || null })}
            w={160}
          />
          <TextInput
            data-testid="referral-filter-to"
            type="date"
            label={t('referrals.filters.to')}
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            max={today}
            onChange={(e) => changeFilters({ to: e.currentTarget.value || null })}
            w={160}
          />
          <Checkbox
            data-testid="referral-filter-overdue"
            label={t('referrals.filters.overdue')}
            checked={filters.overdue}
            onChange={(e) => changeFilters({ overdue: e.currentTarget.checked })}
            color="red"
            mb={8}
          />
          {filtered ? (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} stroke={1.8} aria-hidden="true" />}
              onClick={() => changeFilters(CLEARED)}
              data-testid="referral-clear-filters"
            >
              {t('referrals.filters.clear')}
            </Button>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" mt="sm">
          {t('referrals.timeZoneHint')}
        </Text>
      </Paper>

      {canManage ? (
        <BulkAssign
          selected={selectedRows}
          caseManagers={caseManagers}
          onClear={() => setSelected(new Set())}
          onDone={async (failedIds) => {
            setSelected(new Set(failedIds));
            await refresh();
          }}
        />
      ) : null}

      {/* Always in the page, so that screen readers announce the notice when it appears. */}
      <div role="status" aria-live="polite" data-testid="referrals-changed-region">
        {changedIds.size > 0 ? (
          <Button
            variant="light"
            color="clinical"
            leftSection={<IconRefresh size={16} stroke={1.8} aria-hidden="true" />}
            onClick={() => void refresh()}
            data-testid="referrals-changed"
            data-count={changedIds.size}
          >
            {t('referrals.changed', { count: changedIds.size })}
          </Button>
        ) : null}
      </div>

      <div ref={resultsRef} id={RESULTS_ID} aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <TableSkeleton />
        ) : referrals.length === 0 ? (
          <EmptyState
            icon={<IconListSearch size={26} stroke={1.6} />}
            title={filtered ? t('referrals.emptyFiltered') : t('referrals.empty')}
            hint={filtered ? t('referrals.emptyFilteredHint') : undefined}
          />
        ) : (
          <Stack gap="md" className={stale ? 'results-stale' : undefined}>
            <ReferralTable
              referrals={referrals}
              sort={filters.sort}
              onSort={(field: ReferralOrderField) => changeFilters({ sort: nextSort(filters.sort, field) })}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(checked) => setSelected(checked ? new Set(referrals.map((r) => r.id)) : new Set())}
              onOpen={openReferral}
              openId={openId}
              hrefFor={(id) => {
                const next = new URLSearchParams(params);
                next.set(DRAWER_PARAM, id);
                return `?${next.toString()}`;
              }}
              today={today}
              selectable={canManage}
              withPatients={canReadPatients}
              phonesFor={(id) => {
                const patient = connection.edges.find((e) => e.node.id === id)?.node.contactPatient;
                return [...(patient?.phones ?? []), ...(patient?.guardian?.phones ?? [])];
              }}
            />
            <LoadMoreFooter
              shownText={t('referrals.showing', { shown: referrals.length, total })}
              loadMoreText={t('referrals.loadMore')}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadingMore}
              failed={loadMoreFailed}
              onLoadMore={loadMore}
              testId="referral-load-more"
            />
          </Stack>
        )}
      </div>

      <ReferralDrawer
        id={openId}
        onClose={closeReferral}
        canManage={canManage}
        canManageMissions={session.permissions.has(Permission.MANAGE_MISSIONS)}
        canReadPatients={canReadPatients}
        row={openId ? (referrals.find((r) => r.id === openId) ?? null) : null}
        caseManagers={caseManagers}
        today={today}
        onChanged={refresh}
      />
    </Stack>
  );
}
