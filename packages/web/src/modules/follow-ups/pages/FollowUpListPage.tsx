import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { Permission, addDays, hospitalDate } from '@pj/shared';
import { IconCalendarCheck, IconPhone, IconRefresh } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useRefetchOnReconnect } from '../../../app/live-status';
import { useUrlFilters } from '../../../app/hooks/useUrlFilters';
import { formatDayWithWeekday, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import { readAgain } from '../../../app/read-again';
import type { FollowUpKind, FollowUpRowFragment } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import { formatPhone } from '../../patients/phone';
import { FollowUpOutcome } from '../components/FollowUpOutcome';
import { FOLLOW_UP_KINDS, followUpFiltersFromParams, listChanges, paramsWithFollowUpFilters, splitOverdue, type ListedFollowUp } from '../follow-ups';
import { FollowUpChangedSubscription, FollowUpsQuery } from '../graphql/follow-ups.query';
import { FollowUpChange } from '../../cases/components/FollowUpChange';

const PAGE_SIZE = 50;

function FollowUpItem({
  followUp,
  canRecord,
  onRecorded,
  onChanged,
}: {
  followUp: FollowUpRowFragment;
  canRecord: boolean;
  onRecorded: (text: string) => void;
  /** A follow-up moved or cancelled: say so and reload the list. */
  onChanged: (text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { patient } = followUp;
  // Null only for a role that may not open patient records, who is not shown this list.
  if (!patient) return null;
  const khmer = khmerName(patient);
  const phones = [...(patient.phones ?? []), ...(patient.guardian?.phones ?? [])];
  const overdue = (followUp.daysOverdue ?? 0) > 0;

  return (
    // One row per follow-up on a wide screen (who · what and when · whom to call · the outcome),
    // stacked on a narrow one.
    <li className="follow-up-item" data-testid="follow-up-row" data-kind={followUp.kind} data-overdue={overdue}>
      <div className="follow-up-item__who">
        <Anchor component={Link} to={patientPath(patient.id)} fw={600} c="clinical.8" data-testid="follow-up-patient">
          {khmer ? (
            <span lang="km" className="follow-up-item__khmer">
              {khmer}
            </span>
          ) : null}
          <span>{latinName(patient)}</span>
        </Anchor>
        <Text size="xs" c="dimmed" className="mrn">
          {patient.mrn}
        </Text>
      </div>
      <div className="follow-up-item__what">
        <Group gap={4} wrap="wrap">
          <Badge variant="light" color="clinical">
            {t(`enums.FollowUpKind.${followUp.kind}`)}
          </Badge>
          {overdue ? (
            <Badge color="red" variant="light" data-testid="follow-up-overdue">
              {t('followUps.daysOverdue', { count: followUp.daysOverdue ?? 0 })}
            </Badge>
          ) : (
            <Badge color="blue" variant="light">
              {t('followUps.dueToday')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('followUps.dueOn', { date: formatLocalDate(followUp.dueDate, language) })}
        </Text>
      </div>
      <div className="follow-up-item__call">
        {phones.map((phone) => (
          <Anchor key={phone} href={`tel:${phone}`} size="sm" className="mrn" display="block">
            <IconPhone size={14} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
            {formatPhone(phone)}
          </Anchor>
        ))}
        {followUp.notes ? (
          <Text size="xs" c="dimmed">
            {followUp.notes}
          </Text>
        ) : null}
      </div>
      {canRecord ? <FollowUpOutcome followUp={followUp} onRecorded={onRecorded} /> : null}
      {canRecord ? <FollowUpChange followUp={followUp} onChanged={onChanged} /> : null}
    </li>
  );
}

export function FollowUpListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  const withContact = permissions.has(Permission.READ_CONTACT_DETAILS);
  const canRecord = permissions.has(Permission.MANAGE_FOLLOW_UP);
  const [announcement, setAnnouncement] = useState('');
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const { filters, setFilters, textInput, setTextInput } = useUrlFilters({
    fromParams: followUpFiltersFromParams,
    toParams: paramsWithFollowUpFilters,
    textKey: 'date',
  });
  const today = hospitalDate(new Date());
  const day = filters.date || today;
  const kinds = useMemo(() => (filters.kind ? [filters.kind] : null), [filters.kind]);

  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(FollowUpsQuery, {
    variables: { date: filters.date || null, kinds, first: PAGE_SIZE, withContact },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });

  // Follow-ups booked, recorded, moved or cancelled on any computer. The rows shown update in
  // place (the cache holds each follow-up once, by id); one that has left the filter, or one that
  // now belongs in it, is not inserted or removed blindly in a list read a page at a time: a
  // notice counts them and offers to read the list again. Changes are kept per filter, so
  // another day or kind starts with none. After each (re)connection the list is read again,
  // since changes made while the socket was down were not sent.
  const filterKey = `${day}|${filters.kind}`;
  const [changes, setChanges] = useState<{ key: string; byId: ReadonlyMap<string, ListedFollowUp> }>({ key: filterKey, byId: new Map() });
  const changed = changes.key === filterKey ? changes.byId : null;
  useSubscription(FollowUpChangedSubscription, {
    variables: { withContact },
    onData: ({ data: change }) => {
      const f = change.data?.followUpChanged;
      if (!f) return;
      setChanges((prev) => {
        const byId = new Map(prev.key === filterKey ? prev.byId : []);
        byId.set(f.id, { id: f.id, dueDate: f.dueDate, status: f.status, kind: f.kind });
        return { key: filterKey, byId };
      });
    },
  });
  const refresh = useCallback(async () => {
    // The changes stay announced until the list that shows them has been read.
    if (await readAgain(refetch)) setChanges({ key: filterKey, byId: new Map() });
  }, [refetch, filterKey]);
  useRefetchOnReconnect(refresh, true);

  const connection = data?.followUps ?? (loading ? previousData?.followUps : undefined);
  const list = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const { overdue, due } = useMemo(() => splitOverdue(list, day), [list, day]);
  const changedCount = changed ? listChanges(changed, list, day, kinds, connection?.pageInfo.hasNextPage ?? false) : 0;

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

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

  const section = (title: string, items: FollowUpRowFragment[], testId: string) =>
    items.length > 0 ? (
      <Paper component="section" withBorder radius="md" p="md" aria-label={title} data-testid={testId}>
        <Title order={2} size="h4" mb="sm">
          {title} <Badge variant="light" color="gray">{items.length}</Badge>
        </Title>
        <ul className="plain-list follow-up-list">
          {items.map((f) => (
            <FollowUpItem
              key={f.id}
              followUp={f}
              canRecord={canRecord}
              onRecorded={setAnnouncement}
              onChanged={async (text) => {
                setAnnouncement(text);
                await readAgain(refetch);
              }}
            />
          ))}
        </ul>
      </Paper>
    ) : null;

  let body;
  if (connection) {
    body =
      list.length === 0 ? (
        <EmptyState
          icon={<IconCalendarCheck size={24} aria-hidden="true" />}
          title={t('followUps.empty')}
          hint={t('followUps.emptyHint')}
        />
      ) : (
        <Stack gap="md">
          {section(t('followUps.overdue'), overdue, 'follow-ups-overdue')}
          {section(filters.date && filters.date !== today ? t('followUps.dueThatDay') : t('followUps.dueTodayTitle'), due, 'follow-ups-due')}
          <LoadMoreFooter
            shownText={t('followUps.shown', { shown: list.length, count: connection.totalCount })}
            loadMoreText={t('followUps.loadMore')}
            hasMore={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            failed={loadMoreFailed}
            onLoadMore={loadMore}
            testId="follow-ups-load-more"
          />
        </Stack>
      );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = (
      <Stack gap="sm" aria-busy="true">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height={84} radius="md" aria-hidden="true" />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <title>{`${t('followUps.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Group gap="sm" align="center">
          <Title order={1}>{t('followUps.title')}</Title>
          <LiveIndicator hint={t('followUps.liveHint')} testId="follow-ups-live" />
        </Group>
        <Text c="dimmed" size="sm">
          {t('followUps.intro', { date: formatDayWithWeekday(day, language) })}
        </Text>
      </Stack>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {/* Announced from a region always in the page (as the outcome recorded above), shown with
          the button to read the list again. */}
      <VisuallyHidden role="status" aria-live="polite" data-testid="follow-ups-changed-announcement">
        {changedCount > 0 ? t('followUpList.changed', { count: changedCount }) : ''}
      </VisuallyHidden>
      {changedCount > 0 ? (
        <Alert color="blue" variant="light" data-testid="follow-ups-changed">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" aria-hidden="true">
              {t('followUpList.changed', { count: changedCount })}
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} aria-hidden="true" />}
              onClick={() => void refresh()}
              data-testid="follow-ups-refresh"
            >
              {t('followUpList.refresh')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {announcement ? (
        <Text size="sm" c="teal.8" aria-hidden="true" data-testid="follow-up-recorded">
          {announcement}
        </Text>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            type="date"
            label={t('followUps.date')}
            value={textInput}
            max={addDays(today, 365)}
            onChange={(e) => setTextInput(e.currentTarget.value)}
            data-testid="follow-ups-date"
          />
          <NativeSelect
            label={t('followUps.kind')}
            value={filters.kind}
            onChange={(e) => setFilters({ kind: e.currentTarget.value as FollowUpKind | '' })}
            data={[{ value: '', label: t('followUps.allKinds') }, ...FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`enums.FollowUpKind.${k}`) }))]}
            data-testid="follow-ups-kind"
          />
        </Group>
      </Paper>
      {body}
    </Stack>
  );
}
