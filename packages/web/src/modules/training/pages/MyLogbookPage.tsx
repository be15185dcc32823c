import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconBook, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interfaceLanguage } from '../../../app/i18n/languages';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import type { LogbookEntryFieldsFragment, LogbookEntryStatus, LogbookLevel } from '../../../generated/graphql';
import { saveFile } from '../../reports/download';
import { ConfirmLogbookEntryMutation, CorrectLogbookEntryMutation, LogbookCsvQuery, MyLogbookQuery } from '../graphql/logbook.query';
import { SUPERVISED_LEVELS, SupervisorSelect, supervisorProblem } from '../components/SupervisorSelect';
import { EntryTable, LOGBOOK_LEVELS } from './logbook-parts';
import { TrainingTabs } from '../components/TrainingTabs';

const PAGE = 50;
const STATUSES: LogbookEntryStatus[] = ['AWAITING_CONFIRMATION', 'AWAITING_COUNTERSIGNATURE', 'COUNTERSIGNED', 'CORRECTED'];

/**
 * Confirm an entry (adjusting the level and supervisor the record gave it, adding a note), or
 * correct a final one (a new entry with a reason, countersigned again). The two dialogs differ
 * only in their text field and mutation; test IDs are `logbook-confirm-…` and `logbook-correct-…`.
 */
function EntryDialog({ entry, mode, onClose }: { entry: LogbookEntryFieldsFragment; mode: 'confirm' | 'correct'; onClose: () => void }) {
  const { t } = useTranslation();
  const [confirm, confirming] = useMutation(ConfirmLogbookEntryMutation);
  const [correct, correcting] = useMutation(CorrectLogbookEntryMutation, { refetchQueries: ['MyLogbook'] });
  const [level, setLevel] = useState<LogbookLevel>(entry.level);
  const [supervisorId, setSupervisorId] = useState(entry.supervisor?.id ?? '');
  const [text, setText] = useState(mode === 'confirm' ? (entry.note ?? '') : '');
  const { errors, problem, submit } = useFormDialog(onClose);
  const textField = mode === 'confirm' ? 'note' : 'reason';
  const send = () =>
    mode === 'confirm'
      ? confirm({ variables: { input: { entryId: entry.id, expectedVersion: entry.version, level, supervisorId: supervisorId || null, note: text.trim() || null } } })
      : correct({ variables: { input: { entryId: entry.id, reason: text.trim(), level, supervisorId: supervisorId || null } } });
  return (
    <FormDialog
      title={t(`logbook.${mode}Title`, { procedure: entry.procedureText })}
      problem={problem}
      onClose={onClose}
      submitLabel={t(`logbook.${mode}`)}
      submitting={confirming.loading || correcting.loading}
      testId={`logbook-${mode}`}
      onSubmit={() =>
        submit(
          { ...supervisorProblem(level, supervisorId, t('logbook.supervisorRequired')), ...(mode === 'correct' && !text.trim() ? { reason: t('logbook.reasonRequired') } : {}) },
          send,
          (path) => ['level', 'supervisorId', textField].includes(path),
        )
      }
    >
      <Text size="sm">{t(`logbook.${mode}Hint`)}</Text>
      <NativeSelect
        label={t('logbook.level')}
        value={level}
        onChange={(e) => setLevel(e.currentTarget.value as LogbookLevel)}
        data={LOGBOOK_LEVELS.map((l) => ({ value: l, label: t(`enums.LogbookLevel.${l}`) }))}
        error={errors['level']}
        data-testid={`logbook-${mode}-level`}
      />
      <SupervisorSelect
        ownerId={entry.staffMember.id}
        current={entry.supervisor ?? null}
        value={supervisorId}
        onChange={setSupervisorId}
        required={SUPERVISED_LEVELS.includes(level)}
        error={errors['supervisorId']}
        testId={`logbook-${mode}-supervisor`}
      />
      <Textarea
        label={t(`logbook.${textField}`)}
        description={mode === 'confirm' ? t('logbook.noteHint') : undefined}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={errors[textField]}
        required={mode === 'correct'}
        maxLength={mode === 'confirm' ? 1000 : 500}
        data-testid={`logbook-${mode}-${textField}`}
      />
    </FormDialog>
  );
}

/** The signed-in user's own logbook: confirm entries, correct final ones, download it as CSV. */
export function MyLogbookPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useApolloClient();
  const [status, setStatus] = useState<LogbookEntryStatus | ''>('');
  const [confirming, setConfirming] = useState<LogbookEntryFieldsFragment | null>(null);
  const [correcting, setCorrecting] = useState<LogbookEntryFieldsFragment | null>(null);
  const [moreFailed, setMoreFailed] = useState(false);
  const [download, setDownload] = useState<'idle' | 'loading' | 'failed'>('idle');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyLogbookQuery, {
    variables: { first: PAGE, status: status || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const staff = data?.me?.staffMember ?? null;
  const entries = data?.myLogbook.edges.map((e) => e.node) ?? [];

  const downloadCsv = async () => {
    if (!staff) return;
    setDownload('loading');
    try {
      const result = await client.query({ query: LogbookCsvQuery, variables: { staffId: staff.id, language: interfaceLanguage(language) }, fetchPolicy: 'network-only' });
      if (!result.data) throw new Error('no data');
      saveFile('logbook.csv', 'text/csv; charset=utf-8', result.data.logbookCsv);
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };

  return (
    <Stack gap="lg">
      <title>{`${t('logbook.title')} · ${t('app.name')}`}</title>
      <TrainingTabs />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1}>{t('logbook.title')}</Title>
          <Text c="dimmed" size="sm">
            {staff ? t('logbook.intro', { name: staff.name }) : t('logbook.introNoStaff')}
          </Text>
        </Stack>
        {staff ? (
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} loading={download === 'loading'} onClick={() => void downloadCsv()} data-testid="logbook-csv">
            {t('logbook.downloadCsv')}
          </Button>
        ) : null}
      </Group>
      {download === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          {t('logbook.downloadFailed')}
        </Alert>
      ) : null}
      <NativeSelect
        label={t('logbook.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as LogbookEntryStatus | '')}
        data={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`enums.LogbookEntryStatus.${s}`) }))]}
        w={280}
        data-testid="logbook-filter-status"
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={240} radius="md" aria-hidden="true" />
      ) : entries.length === 0 ? (
        <div data-testid="logbook-empty">
          <EmptyState icon={<IconBook aria-hidden="true" />} title={t('logbook.empty')} hint={staff ? t('logbook.emptyHint') : t('logbook.introNoStaff')} />
        </div>
      ) : (
        <Paper withBorder radius="md">
          <EntryTable
            entries={entries}
            language={language}
            testId="logbook-list"
            action={(entry) =>
              entry.status === 'AWAITING_CONFIRMATION' || entry.status === 'AWAITING_COUNTERSIGNATURE' ? (
                <Button size="xs" onClick={() => setConfirming(entry)} data-testid="logbook-confirm-open">
                  {entry.status === 'AWAITING_CONFIRMATION' ? t('logbook.confirm') : t('logbook.change')}
                </Button>
              ) : entry.status === 'COUNTERSIGNED' ? (
                <Button size="xs" variant="default" onClick={() => setCorrecting(entry)} data-testid="logbook-correct-open">
                  {t('logbook.correct')}
                </Button>
              ) : null
            }
          />
        </Paper>
      )}
      {data && data.myLogbook.edges.length > 0 ? (
        <LoadMoreFooter
          shownText={t('logbook.shown', { shown: entries.length, total: data.myLogbook.totalCount })}
          loadMoreText={t('logbook.loadMore')}
          hasMore={data.myLogbook.pageInfo.hasNextPage}
          loading={loading}
          failed={moreFailed}
          onLoadMore={async () => {
            setMoreFailed(false);
            try {
              await fetchMore({ variables: { after: data.myLogbook.pageInfo.endCursor } });
            } catch {
              setMoreFailed(true);
            }
          }}
          testId="logbook-more"
        />
      ) : null}
      {confirming ? <EntryDialog entry={confirming} mode="confirm" onClose={() => setConfirming(null)} /> : null}
      {correcting ? <EntryDialog entry={correcting} mode="correct" onClose={() => setCorrecting(null)} /> : null}
    </Stack>
  );
}
