import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, List, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { ScheduledJobsQuery as ScheduledJobsData } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import { ScheduledJobsQuery } from '../graphql/scheduled-jobs.query';

type Job = ScheduledJobsData['scheduledJobs'][number];
type Run = Job['runs'][number];

function OutcomeBadge({ outcome }: { outcome: Run['outcome'] }) {
  const { t } = useTranslation();
  const ok = outcome === 'SUCCEEDED';
  return (
    <Badge
      color={ok ? 'green' : 'red'}
      variant={ok ? 'light' : 'filled'}
      leftSection={ok ? <IconCircleCheck size={14} aria-hidden="true" /> : <IconAlertTriangle size={14} aria-hidden="true" />}
      data-testid="job-outcome"
    >
      {t(`jobs.outcome.${outcome}`)}
    </Badge>
  );
}

/** "Covers 13 Jul – 25 Jul 2026": said only when a run stood for days missed while the server was down. */
function Covers({ run }: { run: Pick<Run, 'coversFrom' | 'asOf'> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (run.coversFrom === run.asOf) return null;
  return (
    <Text size="sm" c="orange" data-testid="job-covers">
      {t('jobs.covers', { from: formatLocalDate(run.coversFrom, language), to: formatLocalDate(run.asOf, language) })}
    </Text>
  );
}

function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const last = job.lastRun;
  const headingId = `job-${job.name}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId} data-testid="scheduled-job" data-job={job.name}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {t(`jobs.name.${job.name}`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`jobs.description.${job.name}`)}
          </Text>
          <Text size="sm">{t('jobs.daily', { time: job.dailyAt })}</Text>
        </Stack>

        <Group gap="xl" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('jobs.nextRun')}
            </Text>
            <Text data-testid="job-next-run" data-at={job.nextRunAt}>
              {formatDateTime(job.nextRunAt, language)}
            </Text>
          </Stack>
          <Stack gap={4} data-testid="job-last-run" data-outcome={last?.outcome ?? 'NONE'}>
            <Text size="sm" fw={600}>
              {t('jobs.lastRun')}
            </Text>
            {last ? (
              <>
                <Group gap="xs">
                  <OutcomeBadge outcome={last.outcome} />
                  <Text size="sm">{t('jobs.runFor', { day: formatLocalDate(last.asOf, language) })}</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('jobs.ranAt', { started: formatDateTime(last.startedAt, language), finished: formatDateTime(last.finishedAt, language) })}
                </Text>
                <Covers run={last} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('jobs.never')}
              </Text>
            )}
          </Stack>
        </Group>

        {last?.error ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('jobs.failedTitle')}>
            <Text size="sm">{last.error}</Text>
          </Alert>
        ) : null}

        {last && last.outcome === 'SUCCEEDED' ? (
          <Stack gap="xs">
            <Text size="sm" fw={600} data-testid="job-changed" data-count={last.changedCount}>
              {t(`jobs.changed.${job.name}`, { count: last.changedCount })}
            </Text>
            {last.patients && last.patients.length > 0 ? (
              <List size="sm" spacing={4} data-testid="job-patients">
                {last.patients.map((p) => {
                  const khmer = khmerName(p);
                  return (
                    <List.Item key={p.id}>
                      <Anchor component={Link} to={patientPath(p.id)} c="clinical.8" data-testid="job-patient">
                        {khmer ? <span lang="km">{khmer} · </span> : null}
                        {latinName(p)}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed" className="mrn">
                        {p.mrn}
                      </Text>
                    </List.Item>
                  );
                })}
              </List>
            ) : null}
          </Stack>
        ) : null}

        {job.runs.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" captionSide="top" data-testid="job-runs">
              <Table.Caption>{t('jobs.earlierRuns')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('jobs.columns.day')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.started')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.columns.changed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.runs.map((run) => (
                  <Table.Tr key={`${run.scheduledFor}|${run.startedAt}`} data-testid="job-run">
                    <Table.Td>
                      {formatLocalDate(run.asOf, language)}
                      <Covers run={run} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(run.startedAt, language)}</Table.Td>
                    <Table.Td>
                      <OutcomeBadge outcome={run.outcome} />
                    </Table.Td>
                    <Table.Td>{run.outcome === 'SUCCEEDED' ? run.changedCount : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The jobs the server runs by itself (administrators): when each runs next, how the last run went, what it changed. */
export function ScheduledJobsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ScheduledJobsQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  let body;
  if (data) body = data.scheduledJobs.map((job) => <JobCard key={job.name} job={job} />);
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else body = <Skeleton height={220} radius="md" aria-hidden="true" />;

  return (
    <Stack gap="lg">
      <title>{`${t('jobs.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1}>{t('jobs.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('jobs.intro')}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
