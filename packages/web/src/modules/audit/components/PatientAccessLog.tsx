import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../app/ui/EmptyState';
import type { AuditEntryPageFragment } from '../../../generated/graphql';
import { FILTER_PARAMS } from '../filters';
import { AuditTable } from './AuditTable';

/** "Who looked at this record": the patient's access log, for administrators. */
export function PatientAccessLog({
  patientId,
  accessLog,
  onLoadMore,
  loadingMore,
  loadMoreFailed,
}: {
  patientId: string;
  accessLog: AuditEntryPageFragment;
  onLoadMore: () => void;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}) {
  const { t } = useTranslation();
  const entries = accessLog.edges.map((e) => e.node);
  const auditLink = `/audit?${new URLSearchParams({ [FILTER_PARAMS.patientId]: patientId }).toString()}`;

  return (
    <Stack component="section" gap="md" aria-labelledby="access-log-title" data-testid="patient-access-log">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={2} id="access-log-title" size="h3">
          {t('accessLog.title')}
        </Title>
        <Group gap="md">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('accessLog.showing', { shown: entries.length, count: accessLog.totalCount })}
          </Text>
          <Anchor component={Link} to={auditLink} size="sm" fw={500} c="clinical.8">
            {t('accessLog.openInAuditLog')}
          </Anchor>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mt={-8}>
        {t('accessLog.intro')}
      </Text>
      {entries.length === 0 ? (
        <EmptyState icon={<IconEye size={26} stroke={1.6} />} title={t('accessLog.empty')} />
      ) : (
        <Paper radius="md">
          <AuditTable entries={entries} showPatient={false} caption={t('accessLog.title')} />
        </Paper>
      )}
      {accessLog.pageInfo.hasNextPage ? (
        <Stack align="center" gap={6}>
          <Button variant="default" onClick={onLoadMore} loading={loadingMore} data-testid="access-log-load-more">
            {t('accessLog.loadMore')}
          </Button>
          {loadMoreFailed ? (
            <Text size="sm" c="red.8" role="alert">
              {t('errors.loadMoreFailed')}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
