import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { hospitalDate, IndicatorDimension, type IndicatorKey, IndicatorKind, Permission } from '@pj/shared';
import { IconAlertTriangle, IconChartBar, IconDownload } from '@tabler/icons-react';
import { Fragment, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { findCode, hasCode, reasonOf } from '../../../app/graphql-errors';
import { formatLocalDate, formatNumber } from '../../../app/i18n/format';
import { interfaceLanguage } from '../../../app/i18n/languages';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import type { IndicatorDefinitionsQuery as DefinitionsData, IndicatorsQuery as IndicatorsData } from '../../../generated/graphql';
import { latinName } from '../../patients/names';
import { IndicatorChart, type ChartSeries } from '../components/IndicatorChart';
import { PeriodForm } from '../components/PeriodForm';
import { saveFile } from '../download';
import { groupLabel, type GroupNames } from '../group-labels';
import {
  Dhis2DataValueSetQuery,
  IndicatorCasesQuery,
  IndicatorCsvQuery,
  IndicatorDefinitionsQuery,
  IndicatorGroupNamesQuery,
  IndicatorsQuery,
} from '../graphql/indicators.graphql';
import { hasBadPeriod, reportViewFromParams, reportViewHref, reportViewParams, type CasesView, type ReportView } from '../indicator-params';
import { INDICATOR_PRESETS, presetOf, presetPeriod } from '../periods';

type Definition = DefinitionsData['indicatorDefinitions'][number];
type Row = IndicatorsData['indicators'][number]['rows'][number];

const CASES_PAGE_SIZE = 25;

/** A definition's parts, in the order shown (the denominator and the source only where there is one). */
const DEFINITION_TERMS = ['numerator', 'denominator', 'inclusions', 'period', 'source'] as const;

/** The figures a row of an indicator of this kind shows, in table order. */
function figuresOf(kind: IndicatorKind): ('count' | 'numerator' | 'denominator' | 'rate' | 'median' | 'p90')[] {
  switch (kind) {
    case IndicatorKind.COUNT:
      return ['count'];
    case IndicatorKind.PROPORTION:
      return ['numerator', 'denominator', 'rate'];
    case IndicatorKind.DURATION:
      return ['count', 'median', 'p90'];
  }
}

/** Whether a row holds anything (a count or a denominator above 0). */
const hasCases = (row: Row) => (row.count ?? 0) > 0 || (row.denominator ?? 0) > 0 || (row.numerator ?? 0) > 0;

/**
 * The hospital's indicators (issue 17) over a period, each with its definition, a chart, a
 * table and a CSV export; the period, grouping, indicator and drill-down are in the address
 * (`indicator-params.ts`). Roles that may open records (the director) follow a figure to the
 * cases behind it; others download files with small numbers suppressed by the server.
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  const mayOpenRecords = permissions.has(Permission.READ_PATIENTS);
  const [params, setParams] = useSearchParams();
  const today = hospitalDate(new Date());
  const view = reportViewFromParams(params, today);
  const badPeriod = hasBadPeriod(params);
  const go = (next: ReportView) => setParams(reportViewParams(next));

  // The texts in the language on screen (not the one kept with the account): a change of language asks again.
  const definitions = useQuery(IndicatorDefinitionsQuery, { variables: { language: interfaceLanguage(language) }, fetchPolicy: 'cache-first' });
  const defs = definitions.data?.indicatorDefinitions ?? [];
  const shown = view.indicator ? defs.filter((d) => d.key === view.indicator) : defs;
  // The server refuses a grouping an indicator does not support: ask only for those that do.
  const supported = shown.filter((d) => view.groupBy.every((g) => d.dimensions.includes(g)));
  const figures = useQuery(IndicatorsQuery, {
    variables: { input: { from: view.period.from, to: view.period.to, groupBy: view.groupBy, keys: supported.map((d) => d.key) } },
    skip: supported.length === 0,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const byTheatre = view.groupBy.includes(IndicatorDimension.THEATRE);
  const byMission = view.groupBy.includes(IndicatorDimension.MISSION);
  const namesQuery = useQuery(IndicatorGroupNamesQuery, { variables: { theatres: byTheatre, missions: byMission }, skip: !byTheatre && !byMission });
  const names: GroupNames = useMemo(() => {
    const map = new Map<string, string>();
    for (const theatre of namesQuery.data?.theatres ?? []) map.set(theatre.id, theatre.name);
    for (const edge of namesQuery.data?.missions?.edges ?? []) map.set(edge.node.id, edge.node.name);
    return map;
  }, [namesQuery.data]);

  const error = definitions.error ?? figures.error;
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  // Dimensions offered: those of the indicator chosen, or of any indicator.
  const dimensions = Object.values(IndicatorDimension).filter((d) => shown.some((def) => def.dimensions.includes(d)));
  const results = new Map((figures.data?.indicators ?? []).map((r) => [r.definition.key, r.rows]));
  const periodText = t('indicators.periodShown', { from: formatLocalDate(view.period.from, language), to: formatLocalDate(view.period.to, language) });

  let body;
  if (!definitions.data && definitions.error) body = <ErrorState error={definitions.error} onRetry={() => void definitions.refetch()} />;
  else if (!definitions.data || (supported.length > 0 && !figures.data && !figures.error)) body = <Skeleton height={320} radius="md" aria-hidden="true" data-testid="indicators-loading" />;
  else if (!figures.data && figures.error) {
    const refusal = findCode(figures.error, 'BAD_USER_INPUT');
    // Too many groups at once (the server's row limit per indicator): the way out is a smaller view, not a retry.
    body =
      refusal && reasonOf(refusal) === 'TOO_MANY' ? (
        <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="indicators-too-many">
          {t('indicators.tooMany')}
        </Alert>
      ) : (
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      );
  }
  else {
    const empty = supported.length > 0 && [...results.values()].every((rows) => !rows.some(hasCases));
    body = (
      <Stack gap="lg" data-testid="indicators" data-from={view.period.from} data-to={view.period.to} aria-busy={figures.loading}>
        <Text fw={600} data-testid="indicators-period">
          {periodText}
        </Text>
        {empty ? (
          <div data-testid="indicators-empty">
            <EmptyState icon={<IconChartBar size={24} />} title={t('indicators.empty')} hint={t('indicators.emptyHint')} />
          </div>
        ) : (
          shown.map((def) => (
            <IndicatorSection
              key={def.key}
              def={def}
              rows={results.get(def.key) ?? null}
              view={view}
              names={names}
              periodText={periodText}
              mayOpenRecords={mayOpenRecords}
            />
          ))
        )}
      </Stack>
    );
  }

  const current = presetOf(view.period, today, INDICATOR_PRESETS);
  return (
    <Stack gap="lg">
      <title>{`${t('indicators.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} maw={720}>
          <Title order={1}>{t('indicators.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('indicators.intro')}
          </Text>
        </Stack>
        {permissions.has(Permission.READ_WORKLISTS) ? (
          <Anchor component={Link} to="/reports/referrals" fw={600} data-testid="indicators-referral-report">
            {t('indicators.referralReport')}
          </Anchor>
        ) : null}
      </Group>
      {view.cases ? (
        <CasesPanel cases={view.cases} view={view} def={defs.find((d) => d.key === view.cases?.key) ?? null} names={names} periodText={periodText} />
      ) : null}
      <Paper withBorder radius="md" p="md" component="section" aria-label={t('indicators.period')}>
        <Stack gap="sm">
          <Group gap="xs" role="group" aria-label={t('reports.presets')}>
            {INDICATOR_PRESETS.map((preset) => (
              <Button
                key={preset}
                size="sm"
                variant={current === preset ? 'filled' : 'default'}
                aria-pressed={current === preset}
                onClick={() => go({ ...view, period: presetPeriod(preset, today), cases: null })}
                data-testid={`preset-${preset}`}
              >
                {t(`reports.preset.${preset}`)}
              </Button>
            ))}
          </Group>
          <PeriodForm period={view.period} onChange={(period) => go({ ...view, period, cases: null })} testId="indicators" />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('indicators.indicator')}
              value={view.indicator ?? ''}
              onChange={(e) => {
                const key = e.currentTarget.value;
                const def = defs.find((d) => d.key === key) ?? null;
                // Keep only the groupings the indicator chosen supports.
                go({ ...view, indicator: (def?.key as IndicatorKey | undefined) ?? null, groupBy: def ? view.groupBy.filter((g) => def.dimensions.includes(g)) : view.groupBy, cases: null });
              }}
              data={[{ value: '', label: t('indicators.allIndicators') }, ...defs.map((d) => ({ value: d.key, label: d.title }))]}
              data-testid="indicators-select"
            />
            <NativeSelect
              label={t('indicators.groupBy')}
              value={view.groupBy[0] ?? ''}
              onChange={(e) => {
                const first = e.currentTarget.value as IndicatorDimension | '';
                const second = view.groupBy[1];
                go({ ...view, groupBy: first === '' ? [] : second && second !== first ? [first, second] : [first], cases: null });
              }}
              data={[{ value: '', label: t('indicators.notGrouped') }, ...dimensions.map((d) => ({ value: d, label: t(`indicators.dimension.${d}`) }))]}
              data-testid="indicators-group-by"
            />
            <NativeSelect
              label={t('indicators.thenBy')}
              value={view.groupBy[1] ?? ''}
              disabled={view.groupBy.length === 0}
              onChange={(e) => {
                const second = e.currentTarget.value as IndicatorDimension | '';
                go({ ...view, groupBy: second === '' ? view.groupBy.slice(0, 1) : [view.groupBy[0], second], cases: null });
              }}
              data={[
                { value: '', label: t('indicators.notGrouped') },
                ...dimensions.filter((d) => d !== view.groupBy[0]).map((d) => ({ value: d, label: t(`indicators.dimension.${d}`) })),
              ]}
              data-testid="indicators-then-by"
            />
          </Group>
        </Stack>
      </Paper>
      {badPeriod ? (
        <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="indicators-bad-period">
          {t('indicators.badPeriod')}
        </Alert>
      ) : null}
      <Dhis2Export defaultMonth={view.period.from.slice(0, 7)} />
      {body}
    </Stack>
  );
}

/** One indicator: title, definition on demand, chart, table and its CSV. */
function IndicatorSection({
  def,
  rows,
  view,
  names,
  periodText,
  mayOpenRecords,
}: {
  def: Definition;
  rows: Row[] | null;
  view: ReportView;
  names: GroupNames;
  periodText: string;
  mayOpenRecords: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useApolloClient();
  const [showDefinition, setShowDefinition] = useState(false);
  const [download, setDownload] = useState<'idle' | 'loading' | 'failed'>('idle');
  const titleId = `indicator-${def.key}`;
  const definitionId = `indicator-${def.key}-definition`;
  const kind = def.kind as IndicatorKind;
  const columns = figuresOf(kind);
  const number = (value: number) => formatNumber(value, language);
  const days = (value: number) => formatNumber(value, language, { maximumFractionDigits: 1 });
  const percent = (value: number) => formatNumber(value, language, { style: 'percent', maximumFractionDigits: 1 });
  const format = (column: (typeof columns)[number], value: number | null | undefined) =>
    value === null || value === undefined ? '–' : column === 'rate' ? percent(value) : column === 'median' || column === 'p90' ? days(value) : number(value);
  const groupText = (g: Row['groups'][number]) => groupLabel(g.dimension as IndicatorDimension, g.value, t, language, names);
  const label = (row: Row) => row.groups.map(groupText).join(' · ') || periodText;

  const downloadCsv = async () => {
    setDownload('loading');
    try {
      const { data } = await client.query({
        query: IndicatorCsvQuery,
        variables: { input: { from: view.period.from, to: view.period.to, keys: [def.key], groupBy: view.groupBy }, language: interfaceLanguage(language) },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('no file');
      saveFile(data.indicatorCsv.filename, data.indicatorCsv.contentType, data.indicatorCsv.csv);
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };

  const drillHref = (row: Row, numeratorOnly: boolean) => reportViewHref({
      ...view,
      cases: { key: def.key as IndicatorKey, groups: row.groups.map((g) => ({ dimension: g.dimension as IndicatorDimension, value: g.value })), numeratorOnly },
    });
  const cell = (row: Row, column: (typeof columns)[number]) => {
    const value = row[column];
    const text = format(column, value);
    // A count leads to its cases (numerator: the cases counted; count and denominator: all of them).
    const drillable = mayOpenRecords && (column === 'count' || column === 'numerator' || column === 'denominator') && typeof value === 'number' && value > 0;
    if (!drillable) return text;
    return (
      <Anchor component={Link} to={drillHref(row, column === 'numerator')} aria-label={t('indicators.drill', { count: value })} data-testid="indicator-drill">
        {text}
      </Anchor>
    );
  };

  let content;
  if (rows === null) {
    content = (
      <Text size="sm" c="dimmed" data-testid="indicator-unsupported">
        {t('indicators.unsupported')}
      </Text>
    );
  } else if (!rows.some(hasCases)) {
    content = (
      <Text size="sm" c="dimmed" data-testid="indicator-no-rows">
        {t('indicators.noRows')}
      </Text>
    );
  } else {
    const { data, series, stacked } = chartOf(rows, kind, view.groupBy.length, label, groupText, t);
    content = (
      <>
        <IndicatorChart
          label={t('indicators.chartLabel', { title: def.title })}
          data={data}
          series={series}
          stacked={stacked}
          format={kind === IndicatorKind.PROPORTION ? (v) => `${formatNumber(v, language, { maximumFractionDigits: 1 })} %` : kind === IndicatorKind.DURATION ? days : number}
          testId="indicator-chart"
        />
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" data-testid="indicator-table">
            <caption className="visually-hidden">{t('indicators.tableCaption', { title: def.title, period: periodText })}</caption>
            <Table.Thead>
              <Table.Tr>
                {view.groupBy.length === 0 ? (
                  <Table.Th scope="col">{t('indicators.period')}</Table.Th>
                ) : (
                  view.groupBy.map((d) => (
                    <Table.Th scope="col" key={d}>
                      {t(`indicators.dimension.${d}`)}
                    </Table.Th>
                  ))
                )}
                {columns.map((c) => (
                  <Table.Th scope="col" key={c} ta="right">
                    {t(`indicators.column.${kind === IndicatorKind.DURATION && c === 'count' ? 'cases' : c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.groups.map((g) => g.value).join('|') || 'all'} data-testid="indicator-row" data-groups={row.groups.map((g) => g.value).join('|')}>
                  {row.groups.length === 0 ? (
                    <Table.Th scope="row" fw={400}>
                      {periodText}
                    </Table.Th>
                  ) : (
                    row.groups.map((g, i) =>
                      i === 0 ? (
                        <Table.Th scope="row" fw={400} key={g.dimension}>
                          {groupText(g)}
                        </Table.Th>
                      ) : (
                        <Table.Td key={g.dimension}>{groupText(g)}</Table.Td>
                      ),
                    )
                  )}
                  {columns.map((c) => (
                    <Table.Td key={c} ta="right" data-testid={`indicator-${c}`} data-value={row[c] ?? ''}>
                      {cell(row, c)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={titleId} data-testid="indicator" data-key={def.key}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {def.title}
          </Title>
          <Button variant="subtle" size="compact-sm" aria-expanded={showDefinition} aria-controls={definitionId} onClick={() => setShowDefinition((v) => !v)} data-testid="indicator-definition-toggle">
            {showDefinition ? t('indicators.definitionHide') : t('indicators.definitionShow')}
          </Button>
        </Group>
        {showDefinition ? (
          <dl id={definitionId} className="indicator-definition" data-testid="indicator-definition">
            {DEFINITION_TERMS.map((term) =>
              def[term] ? (
                <Fragment key={term}>
                  <Text component="dt" size="sm" fw={600}>
                    {t(`indicators.def.${term}`)}
                  </Text>
                  {/* The source, when there is one, ends the list. */}
                  <Text component="dd" size="sm" ms={0} mb={term === 'source' ? undefined : 'xs'}>
                    {def[term]}
                  </Text>
                </Fragment>
              ) : null,
            )}
          </dl>
        ) : null}
        {content}
        {rows !== null ? (
          <Group gap="sm" wrap="wrap">
            <Button variant="default" size="sm" leftSection={<IconDownload size={16} aria-hidden="true" />} loading={download === 'loading'} onClick={() => void downloadCsv()} data-testid="indicator-csv">
              {t('indicators.csv')}
            </Button>
            {mayOpenRecords ? null : (
              <Text size="sm" c="dimmed" data-testid="indicator-csv-suppressed">
                {t('indicators.csvSuppressed')}
              </Text>
            )}
            {download === 'failed' ? (
              <Text size="sm" c="red.8" role="alert">
                {t('indicators.downloadFailed')}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * The chart's data: one bar per group of the first dimension (the period when not grouped),
 * split by the second dimension's groups (stacked counts), or median and 90th percentile side
 * by side for a waiting time grouped once. Rates are drawn as percentages.
 */
function chartOf(
  rows: Row[],
  kind: IndicatorKind,
  dimensionCount: number,
  label: (row: Row) => string,
  groupText: (group: Row['groups'][number]) => string,
  t: (key: 'indicators.column.count' | 'indicators.column.rate' | 'indicators.column.median' | 'indicators.column.p90') => string,
): { data: Record<string, string | number | null>[]; series: ChartSeries[]; stacked: boolean } {
  const figure = (row: Row): number | null =>
    kind === IndicatorKind.COUNT ? row.count ?? 0 : kind === IndicatorKind.PROPORTION ? (row.rate === null ? null : Math.round(row.rate * 1000) / 10) : row.median;
  if (dimensionCount < 2) {
    if (kind === IndicatorKind.DURATION) {
      return {
        data: rows.map((row) => ({ group: label(row), median: row.median, p90: row.p90 })),
        series: [
          { name: 'median', label: t('indicators.column.median') },
          { name: 'p90', label: t('indicators.column.p90') },
        ],
        stacked: false,
      };
    }
    const name = kind === IndicatorKind.COUNT ? t('indicators.column.count') : t('indicators.column.rate');
    return { data: rows.map((row) => ({ group: label(row), value: figure(row) })), series: [{ name: 'value', label: name }], stacked: false };
  }
  const bars = new Map<string, Record<string, string | number | null>>();
  const series = new Map<string, ChartSeries>();
  rows.forEach((row) => {
    const [first, second] = row.groups as [Row['groups'][number], Row['groups'][number]];
    const key = `${first.dimension}:${first.value}`;
    if (!bars.has(key)) bars.set(key, { group: groupText(first) });
    // Series names are indices: recharts reads a name as a path, and group values may hold dots.
    if (!series.has(second.value)) series.set(second.value, { name: `s${series.size}`, label: groupText(second) });
    bars.get(key)![series.get(second.value)!.name] = figure(row);
  });
  return { data: [...bars.values()], series: [...series.values()], stacked: kind === IndicatorKind.COUNT };
}

/** Download the DHIS2 dataValueSet of a month as JSON (for the Ministry's DHIS2). */
function Dhis2Export({ defaultMonth }: { defaultMonth: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [month, setMonth] = useState(defaultMonth);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  useEffect(() => setMonth(defaultMonth), [defaultMonth]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    setState('loading');
    try {
      const { data } = await client.query({ query: Dhis2DataValueSetQuery, variables: { month }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('no file');
      saveFile(`dhis2-${month}.json`, 'application/json', `${JSON.stringify(data.dhis2DataValueSet, null, 2)}\n`);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dhis2-export-title">
      <form onSubmit={(event) => void onSubmit(event)} data-testid="dhis2-export">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Title order={2} size="h5" id="dhis2-export-title" w="100%">
            {t('indicators.dhis2')}
          </Title>
          <TextInput type="month" label={t('indicators.dhis2Month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} data-testid="dhis2-month" />
          <Button type="submit" variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} loading={state === 'loading'} data-testid="dhis2-download">
            {t('indicators.dhis2Download')}
          </Button>
          {state === 'failed' ? (
            <Text size="sm" c="red.8" role="alert">
              {t('indicators.downloadFailed')}
            </Text>
          ) : null}
        </Group>
      </form>
    </Paper>
  );
}

/** The cases behind a figure (drill-down), a page at a time, each leading to its patient. */
function CasesPanel({ cases, view, def, names, periodText }: { cases: CasesView; view: ReportView; def: Definition | null; names: GroupNames; periodText: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [loadMore, setLoadMore] = useState<'idle' | 'loading' | 'failed'>('idle');
  const input = { key: cases.key, from: view.period.from, to: view.period.to, groups: cases.groups, numeratorOnly: cases.numeratorOnly };
  const { data, error, refetch, fetchMore } = useQuery(IndicatorCasesQuery, { variables: { input, first: CASES_PAGE_SIZE } });
  const caseKey = JSON.stringify(input);
  // Keyboard and screen-reader users land on the list they opened.
  useEffect(() => headingRef.current?.focus(), [caseKey]);
  const connection = data?.indicatorCases;
  const groups = cases.groups.map((g) => groupLabel(g.dimension, g.value, t, language, names)).join(' · ');
  const title = def?.title ?? cases.key;
  const proportion = def?.kind === IndicatorKind.PROPORTION;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="indicator-cases-title" data-testid="indicator-cases" data-key={cases.key}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id="indicator-cases-title" ref={headingRef} tabIndex={-1}>
              {t('indicators.cases.title', { title })}
            </Title>
            <Text size="sm" c="dimmed">
              {[periodText, groups].filter(Boolean).join(' · ')}
              {cases.numeratorOnly ? ` · ${t('indicators.cases.numeratorOnly')}` : ''}
            </Text>
          </Stack>
          <Anchor component={Link} to={reportViewHref({ ...view, cases: null })} data-testid="indicator-cases-close">
            {t('indicators.cases.close')}
          </Anchor>
        </Group>
        {!connection && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Skeleton height={120} radius="md" aria-hidden="true" />
        ) : connection.edges.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicators.cases.empty')}
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" data-testid="indicator-cases-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.cases.patient')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.cases.mrn')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.cases.day')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.cases.operation')}</Table.Th>
                    {proportion ? <Table.Th scope="col">{t('indicators.cases.inNumerator')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ cursor, node }) => (
                    <Table.Tr key={cursor} data-testid="indicator-case">
                      <Table.Td>
                        <Anchor component={Link} to={`/patients/${node.patient.id}`} data-testid="indicator-case-patient">
                          {latinName(node.patient)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{node.patient.mrn}</Table.Td>
                      <Table.Td>{formatLocalDate(node.on, language)}</Table.Td>
                      <Table.Td>{node.surgery?.procedure ?? '–'}</Table.Td>
                      {proportion ? <Table.Td>{node.inNumerator ? t('indicators.cases.yes') : t('indicators.cases.no')}</Table.Td> : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMoreFooter
              shownText={t('indicators.cases.shown', { shown: formatNumber(connection.edges.length, language), total: formatNumber(connection.totalCount, language) })}
              loadMoreText={t('indicators.cases.loadMore')}
              hasMore={connection.pageInfo.hasNextPage}
              loading={loadMore === 'loading'}
              failed={loadMore === 'failed'}
              onLoadMore={async () => {
                setLoadMore('loading');
                try {
                  await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
                  setLoadMore('idle');
                } catch {
                  setLoadMore('failed');
                }
              }}
              testId="indicator-cases-more"
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
