import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconBed, IconBedOff, IconClockHour4 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useUrlFilters } from '../../../app/hooks/useUrlFilters';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { WardCensusQuery as WardCensusResult } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import {
  censusFiltersFromParams,
  groupCensusByWard,
  hospitalInstant,
  paramsWithCensusFilters,
  wardsOf,
} from '../census';
import { WardCensusQuery } from '../graphql/census.query';

type CensusRow = WardCensusResult['census'][number];

function BoardSkeleton() {
  return (
    <Stack gap="md" aria-hidden="true">
      {Array.from({ length: 2 }, (_, i) => (
        <Paper key={i} withBorder radius="md" p="md">
          <Skeleton height={24} width="30%" radius="sm" />
          <div className="bed-grid" style={{ marginTop: 'var(--mantine-spacing-md)' }}>
            {Array.from({ length: 8 }, (_, j) => (
              <Skeleton key={j} height={92} radius="md" />
            ))}
          </div>
        </Paper>
      ))}
    </Stack>
  );
}

function BedCard({ row, past }: { row: CensusRow; past: boolean }) {
  const { t } = useTranslation();
  const occupied = Boolean(row.admission);
  const patient = row.occupant;
  return (
    <li
      className="bed-card"
      data-testid="bed-card"
      data-bed={row.bed.label}
      data-occupied={occupied}
      aria-label={t('census.bedLabel', { bed: row.bed.label })}
    >
      <div className="bed-card__head">
        <span className="bed-card__label">{row.bed.label}</span>
        {occupied ? (
          <IconBed size={18} stroke={1.7} aria-hidden="true" />
        ) : (
          <IconBedOff size={18} stroke={1.7} aria-hidden="true" />
        )}
      </div>
      {occupied ? (
        <>
          {patient ? (
            <Link to={patientPath(patient.id)} className="bed-card__patient" data-testid="bed-occupant">
              {khmerName(patient) ? (
                <span lang="km" className="bed-card__khmer">
                  {khmerName(patient)}
                </span>
              ) : null}
              <span className="bed-card__latin">{latinName(patient)}</span>
            </Link>
          ) : (
            <Text size="sm" fw={600}>
              {t('census.occupied')}
            </Text>
          )}
          {row.daysIn !== null && row.daysIn !== undefined ? (
            <Text size="xs" c="dimmed" data-testid="bed-days-in">
              {past ? t('census.daysInThen', { count: row.daysIn }) : t('census.daysIn', { count: row.daysIn })}
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('census.vacant')}
        </Text>
      )}
    </li>
  );
}

export function WardCensusPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  const withPatients = permissions.has(Permission.READ_PATIENTS);
  const { filters, setFilters, textInput, setTextInput } = useUrlFilters({
    fromParams: censusFiltersFromParams,
    toParams: paramsWithCensusFilters,
    textKey: 'at',
  });
  const at = hospitalInstant(filters.at);

  const { data, previousData, loading, error, refetch } = useQuery(WardCensusQuery, {
    variables: { at, withPatients },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  const census = data?.census ?? (loading ? previousData?.census : undefined);
  const wards = useMemo(() => wardsOf(census ?? []), [census]);
  const sections = useMemo(
    () => groupCensusByWard(census ?? [], filters.ward, (row) => Boolean(row.admission)),
    [census, filters.ward],
  );

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const wardName = (w: { name: string; nameKhmer: string }) => (language === 'km' ? w.nameKhmer : w.name);
  const occupied = sections.reduce((n, s) => n + s.occupied, 0);
  const beds = sections.reduce((n, s) => n + s.beds.length, 0);

  let body;
  if (census) {
    body =
      sections.length === 0 ? (
        <EmptyState icon={<IconBedOff size={24} aria-hidden="true" />} title={t('census.empty')} hint={t('census.emptyHint')} />
      ) : (
        <Stack gap="lg">
          {sections.map((section) => (
            <Paper
              key={section.ward.id}
              component="section"
              withBorder
              radius="md"
              p="md"
              aria-labelledby={`ward-${section.ward.id}`}
              data-testid="ward-section"
            >
              <Group justify="space-between" mb="sm" wrap="wrap">
                <Title order={2} size="h3" id={`ward-${section.ward.id}`}>
                  {wardName(section.ward)}
                </Title>
                <Group gap="xs">
                  <Badge variant="light" color="gray">
                    {t(`enums.WardKind.${section.ward.kind}`)}
                  </Badge>
                  <Badge variant="light" color="clinical">
                    {t('census.occupancy', { occupied: section.occupied, beds: section.beds.length })}
                  </Badge>
                </Group>
              </Group>
              <ul className="bed-grid">
                {section.beds.map((row) => (
                  <BedCard key={row.bed.id} row={row} past={Boolean(at)} />
                ))}
              </ul>
            </Paper>
          ))}
        </Stack>
      );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = <BoardSkeleton />;
  }

  return (
    <Stack gap="lg">
      <title>{`${t('census.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1}>{t('census.title')}</Title>
        <Text c="dimmed" size="sm" role="status" data-testid="census-status">
          {census
            ? at
              ? t('census.summaryAt', { occupied, beds, at: formatDateTime(at, language) })
              : t('census.summary', { occupied, beds })
            : t('common.loading')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('census.ward')}
            value={filters.ward}
            onChange={(e) => setFilters({ ward: e.currentTarget.value })}
            data={[{ value: '', label: t('census.allWards') }, ...wards.map((w) => ({ value: w.id, label: wardName(w) }))]}
            data-testid="census-ward"
            miw={220}
          />
          <TextInput
            type="datetime-local"
            label={t('census.asOf')}
            description={t('census.asOfHint')}
            value={textInput}
            onChange={(e) => setTextInput(e.currentTarget.value)}
            leftSection={<IconClockHour4 size={16} aria-hidden="true" />}
            data-testid="census-at"
          />
          {filters.at ? (
            <Button variant="default" onClick={() => setFilters({ at: '' })} data-testid="census-now">
              {t('census.now')}
            </Button>
          ) : null}
        </Group>
      </Paper>
      {body}
    </Stack>
  );
}
