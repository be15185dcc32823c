import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import { IconAlertTriangle, IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { PeriodForm } from '../components/PeriodForm';
import { ReferralReportQuery } from '../graphql/referral-report.graphql';
import { periodFromParams, presetOf, presetPeriod, PRESETS, type Period } from '../periods';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * The referral statistics of a period chosen in the address (`?from=…&to=…`, Phnom Penh days;
 * this month when absent), with presets: referrals received, waits, the waitlist by specialty
 * and urgency, declines and cancellations. For directors (analysts) and administrators.
 */
export function ReferralReportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const today = hospitalDate(new Date());
  const period = periodFromParams(params, today);
  const { data, error, loading, refetch } = useQuery(ReferralReportQuery, {
    variables: period ?? { from: today, to: today },
    skip: period === null,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const number = (value: number, digits = 0) => new Intl.NumberFormat(language === 'km' ? 'en-GB' : language, { maximumFractionDigits: digits }).format(value);

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const go = (next: Period) => setParams({ from: next.from, to: next.to });
  const current = period ? presetOf(period, today) : null;
  const stats = data?.referralStats;

  let body;
  if (period === null)
    body = (
      <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="report-bad-period">
        {t('reports.badPeriod')}
      </Alert>
    );
  else if (!stats && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!stats) body = <Skeleton height={320} radius="md" aria-hidden="true" />;
  else {
    const waiting = stats.waitlist.reduce((sum, g) => sum + g.waiting, 0);
    const maxWaiting = Math.max(1, ...stats.waitlist.map((g) => g.waiting));
    const cancellations = new Map<string, number>();
    for (const c of stats.cancellations) cancellations.set(c.status, (cancellations.get(c.status) ?? 0) + c.count);
    const empty = stats.received === 0 && waiting === 0 && cancellations.size === 0;
    body = (
      <Stack gap="lg" data-testid="referral-report" data-from={stats.from} data-to={stats.to} aria-busy={loading}>
        <Text fw={600} data-testid="report-period">
          {t('reports.periodShown', { from: formatLocalDate(stats.from, language), to: formatLocalDate(stats.to, language) })}
        </Text>
        {empty ? (
          <EmptyState icon={<IconChartBar size={24} />} title={t('reports.empty')} hint={t('reports.emptyHint')} />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
              <Figure label={t('reports.received')} value={number(stats.received)} testId="report-received" />
              <Figure
                label={t('reports.medianDaysToTriage')}
                value={stats.medianDaysToTriage === null ? '–' : t('reports.days', { count: stats.medianDaysToTriage, value: number(stats.medianDaysToTriage, 1) })}
                testId="report-triage"
              />
              <Figure
                label={t('reports.medianDaysDecisionToSurgery')}
                value={
                  stats.medianDaysDecisionToSurgery === null
                    ? '–'
                    : t('reports.days', { count: stats.medianDaysDecisionToSurgery, value: number(stats.medianDaysDecisionToSurgery, 1) })
                }
                testId="report-surgery-wait"
              />
              <Figure
                label={t('reports.openPastTarget')}
                value={stats.openPastTargetShare === null ? '–' : `${number(stats.openPastTargetShare * 100)} %`}
                testId="report-past-target"
              />
            </SimpleGrid>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="report-waitlist">
              <Stack gap="sm">
                <Title order={2} size="h4" id="report-waitlist">
                  {t('reports.waitlistTitle', { count: waiting })}
                </Title>
                {stats.waitlist.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('reports.waitlistEmpty')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={560}>
                    <Table verticalSpacing="xs" data-testid="report-waitlist-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('reports.specialty')}</Table.Th>
                          <Table.Th scope="col">{t('reports.urgency')}</Table.Th>
                          <Table.Th scope="col">{t('reports.waiting')}</Table.Th>
                          <Table.Th scope="col">{t('reports.pastTarget')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {stats.waitlist.map((g) => (
                          <Table.Tr key={`${g.specialty}|${g.urgencyBand ?? ''}`} data-testid="report-waitlist-row">
                            <Table.Td>{t(`enums.Specialty.${g.specialty}`)}</Table.Td>
                            <Table.Td>{g.urgencyBand ? t(`enums.UrgencyBand.${g.urgencyBand}`) : t('reports.noBand')}</Table.Td>
                            <Table.Td>
                              <Group gap="sm" wrap="nowrap">
                                <Text size="sm" w={40} ta="right">
                                  {number(g.waiting)}
                                </Text>
                                <Progress value={(g.waiting / maxWaiting) * 100} w={160} aria-hidden="true" />
                              </Group>
                            </Table.Td>
                            <Table.Td>{number(g.pastTarget)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Stack>
            </Paper>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="report-cancellations">
              <Stack gap="sm">
                <Title order={2} size="h4" id="report-cancellations">
                  {t('reports.cancellationsTitle')}
                </Title>
                {cancellations.size === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('reports.cancellationsEmpty')}
                  </Text>
                ) : (
                  <Table verticalSpacing="xs" data-testid="report-cancellations-table" maw={420}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('reports.status')}</Table.Th>
                        <Table.Th scope="col">{t('reports.count')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...cancellations].map(([status, count]) => (
                        <Table.Tr key={status}>
                          <Table.Td>{t(`enums.ReferralStatus.${status as 'CANCELLED'}`)}</Table.Td>
                          <Table.Td>{number(count)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </Paper>
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <title>{`${t('reports.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1}>{t('reports.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('reports.intro')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="xs" role="group" aria-label={t('reports.presets')}>
            {PRESETS.map((preset) => (
              <Button
                key={preset}
                size="sm"
                variant={current === preset ? 'filled' : 'default'}
                aria-pressed={current === preset}
                onClick={() => go(presetPeriod(preset, today))}
                data-testid={`preset-${preset}`}
              >
                {t(`reports.preset.${preset}`)}
              </Button>
            ))}
          </Group>
          <PeriodForm period={period ?? presetPeriod('thisMonth', today)} onChange={go} testId="report" />
        </Stack>
      </Paper>
      {body}
    </Stack>
  );
}
