import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { CountersignLogbookEntryMutation, CountersignQueueQuery } from '../graphql/logbook.query';
import { EntryTable } from './logbook-parts';
import { TrainingTabs } from '../components/TrainingTabs';

const PAGE = 50;

/** The supervisor's queue: entries their trainees confirmed, countersigned one by one. */
export function CountersignPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [moreFailed, setMoreFailed] = useState(false);
  const [signed, setSigned] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormProblem | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(CountersignQueueQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [countersign, { loading: signing }] = useMutation(CountersignLogbookEntryMutation, { refetchQueries: ['CountersignQueue'] });
  const entries = data?.countersignQueue.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="lg">
      <title>{`${t('logbook.countersignTitle')} · ${t('app.name')}`}</title>
      <TrainingTabs />
      <Stack gap={2}>
        <Title order={1}>{t('logbook.countersignTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('logbook.countersignIntro')}
        </Text>
      </Stack>
      {signed ? (
        <Alert color="teal" variant="light" role="status" data-testid="countersign-done">
          {t('logbook.countersigned', { name: signed })}
        </Alert>
      ) : null}
      <FormProblemAlert problem={failure} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={240} radius="md" aria-hidden="true" />
      ) : entries.length === 0 ? (
        <div data-testid="countersign-empty">
          <EmptyState icon={<IconSignature aria-hidden="true" />} title={t('logbook.queueEmpty')} hint={t('logbook.queueEmptyHint')} />
        </div>
      ) : (
        <Paper withBorder radius="md">
          <EntryTable
            entries={entries}
            language={language}
            showOwner
            testId="countersign-list"
            action={(entry) => (
              <Button
                size="xs"
                loading={signing}
                data-testid="countersign-entry"
                aria-label={t('logbook.countersignEntry', { name: entry.staffMember.name, procedure: entry.procedureText })}
                onClick={() => {
                  setFailure(null);
                  setSigned(null);
                  countersign({ variables: { input: { entryId: entry.id, expectedVersion: entry.version } } }).then(
                    () => setSigned(entry.staffMember.name),
                    (e: unknown) => setFailure(formProblemOf(e, () => false)),
                  );
                }}
              >
                {t('logbook.countersign')}
              </Button>
            )}
          />
        </Paper>
      )}
      {data && entries.length > 0 ? (
        <LoadMoreFooter
          shownText={t('logbook.shown', { shown: entries.length, total: data.countersignQueue.totalCount })}
          loadMoreText={t('logbook.loadMore')}
          hasMore={data.countersignQueue.pageInfo.hasNextPage}
          loading={loading}
          failed={moreFailed}
          onLoadMore={async () => {
            setMoreFailed(false);
            try {
              await fetchMore({ variables: { after: data.countersignQueue.pageInfo.endCursor } });
            } catch {
              setMoreFailed(true);
            }
          }}
          testId="countersign-more"
        />
      ) : null}
    </Stack>
  );
}
