import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { hospitalDate, Specialty } from '@pj/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { formatMonth, formatNumber } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { QueryStates } from '../../../app/ui/QueryStates';
import type { HandoverDashboardQuery as DashboardData } from '../../../generated/graphql';
import { PeriodForm } from '../../reports/components/PeriodForm';
import { HandoverChart, type HandoverChartPoint } from '../components/HandoverChart';
import { groupTitle } from '../progress';
import { HandoverDashboardQuery } from '../graphql/handover.graphql';

type Dashboard = DashboardData['handoverDashboard'];
const SPECIALTIES = Object.values(Specialty);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the address (`?from=…&to=…`); by default from January five years ago to today. */
function periodOf(params: URLSearchParams, today: string): { from: string; to: string } | null {
  const from = params.get('from') ?? `${Number(today.slice(0, 4)) - 5}-01-01`;
  const to = params.get('to') ?? today;
  return DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : null;
}

/**
 * Toward 2030 (issue 18), for the director and the analysts: per specialty, the procedure groups
 * with the local and visiting surgeons who operate independently today, the gaps (no local surgeon
 * yet), and the monthly local-independent share with its projection to 2030, as a chart and as a
 * table. The specialty and the period are in the address.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = hospitalDate(new Date());
  const period = periodOf(params, today);
  const specialtyParam = params.get('specialty');
  const specialty = SPECIALTIES.includes(specialtyParam as Specialty) ? (specialtyParam as Specialty) : null;
  const query = useQuery(HandoverDashboardQuery, {
    variables: { specialty, from: period?.from ?? today, to: period?.to ?? today },
    skip: period === null,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  if (hasCode(query.error, 'FORBIDDEN')) return <NotAvailablePage />;

  const update = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  const dashboard = query.data?.handoverDashboard;

  return (
    <Stack gap="md">
      <Title order={1}>{t('handover.title')}</Title>
      <Text c="dimmed">{t('handover.intro')}</Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('handover.specialty')}
          value={specialty ?? ''}
          onChange={(e) => update({ specialty: e.currentTarget.value || null })}
          data={[{ value: '', label: t('common.all') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
          data-testid="handover-specialty"
        />
        <PeriodForm period={period ?? { from: today, to: today }} onChange={(next) => update({ from: next.from, to: next.to })} testId="handover" />
      </Group>
      {period === null ? (
        <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="handover-bad-period">
          {t('reports.badPeriod')}
        </Alert>
      ) : (
        <QueryStates query={query} isEmpty={false} empty={null}>
          {dashboard ? <DashboardBody dashboard={dashboard} /> : null}
        </QueryStates>
      )}
    </Stack>
  );
}

/** A table of figures by month with its caption: a header cell and the figures of each row. */
function MonthFigures({ caption, columns, rows, testId, rowTestId }: {
  caption: string;
  columns: string[];
  rows: { month: string; figures: (string | number)[] }[];
  testId: string;
  rowTestId?: string;
}) {
  const { language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.month} data-testid={rowTestId}>
              <Table.Th scope="row">{formatMonth(r.month, language)}</Table.Th>
              {r.figures.map((f, i) => (
                <Table.Td key={i}>{f}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The gaps, the share and its projection, and a table per specialty. */
function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 }));
  const specialties = SPECIALTIES.filter((s) => dashboard.groups.some((g) => g.procedureGroup.specialty === s));
  const projection = dashboard.projection;
  const milestones = [
    ...(projection?.reachesHalf ? [{ ...projection.reachesHalf, label: t('handover.reachesHalf') }] : []),
    ...(projection?.reachesFourFifths ? [{ ...projection.reachesFourFifths, label: t('handover.reachesFourFifths') }] : []),
  ];
  const chart: HandoverChartPoint[] = [
    ...dashboard.months.map((m) => ({ label: m.month, share: m.localIndependentShare === null ? null : Math.round(m.localIndependentShare * 100), projected: null, lower: null, upper: null })),
    ...(projection?.yearEnds ?? []).map((p) => ({ label: p.month, share: null, projected: Math.round(p.share * 100), lower: Math.round(p.lower * 100), upper: Math.round(p.upper * 100) })),
  ];
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('handover.gaps')}
          </Title>
          {dashboard.gaps.length === 0 ? (
            <Text>{t('handover.noGaps')}</Text>
          ) : (
            <Stack component="ol" gap={2} data-testid="handover-gaps">
              {dashboard.gaps.map((g) => (
                <li key={g.procedureGroup.code} data-testid="handover-gap">
                  {`${groupTitle(g.procedureGroup, language)} (${t(`enums.Specialty.${g.procedureGroup.specialty}`)}) · ${t('handover.operations', { count: g.operations })}`}
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('handover.shareTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('handover.method')}
          </Text>
          {projection ? (
            <HandoverChart
              label={t('handover.chartLabel')}
              data={chart}
              names={{ share: t('handover.share'), projected: t('handover.projected'), lower: t('handover.lower'), upper: t('handover.upper') }}
            />
          ) : (
            <Text data-testid="handover-no-projection">{t('handover.noProjection')}</Text>
          )}
          {milestones.map((m) => (
            <Text key={m.label} data-testid="handover-milestone">{`${m.label}: ${formatMonth(m.month, language)}`}</Text>
          ))}
          <MonthFigures
            caption={t('handover.projectionCaption')}
            columns={[t('handover.month'), t('handover.projected'), t('handover.lower'), t('handover.upper')]}
            rows={(projection?.yearEnds ?? []).map((p) => ({ month: p.month, figures: [percent(p.share), percent(p.lower), percent(p.upper)] }))}
            testId="handover-projection-table"
            rowTestId="handover-projection-row"
          />
          <MonthFigures
            caption={t('handover.monthsCaption')}
            columns={[t('handover.month'), t('handover.performerEntries'), t('handover.localIndependent'), t('handover.share')]}
            rows={dashboard.months.map((m) => ({ month: m.month, figures: [m.performerEntries, m.localIndependent, percent(m.localIndependentShare)] }))}
            testId="handover-months-table"
          />
        </Stack>
      </Paper>

      {specialties.map((s) => (
        <Paper key={s} withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t(`enums.Specialty.${s}`)}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid={`handover-groups-${s}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('handover.group')}</Table.Th>
                    <Table.Th scope="col">{t('handover.independentLocal')}</Table.Th>
                    <Table.Th scope="col">{t('handover.independentVisiting')}</Table.Th>
                    <Table.Th scope="col">{t('handover.trainees')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dashboard.groups
                    .filter((g) => g.procedureGroup.specialty === s)
                    .map((g) => (
                      <Table.Tr key={g.procedureGroup.code} data-testid="handover-group">
                        <Table.Th scope="row">
                          <Group gap="xs">
                            <span>{groupTitle(g.procedureGroup, language)}</span>
                            {g.gap ? (
                              <Badge color="orange" variant="light">
                                {t('handover.gap')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Th>
                        <Table.Td>{g.independentLocal.map((m) => m.name).join(', ') || '–'}</Table.Td>
                        <Table.Td>{g.independentVisiting.map((m) => m.name).join(', ') || '–'}</Table.Td>
                        <Table.Td>
                          {g.trainees.map((tr) => t('handover.plan.trainee', { name: tr.staffMember.name, count: tr.casesLeft })).join('; ') || '–'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
