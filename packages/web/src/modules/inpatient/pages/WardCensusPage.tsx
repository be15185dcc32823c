import { useQuery, useSubscription } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { hospitalDate, Permission } from '@pj/shared';
import { IconBed, IconBedOff, IconClockHour4 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useRefetchOnReconnect } from '../../../app/live-status';
import { useUrlFilters } from '../../../app/hooks/useUrlFilters';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import type { WardCensusQuery as WardCensusResult } from '../../../generated/graphql';
import { patientPath } from '../../patients/components/PatientTable';
import { PatientAge } from '../../patients/components/PatientAge';
import { khmerName, latinName } from '../../patients/names';
import {
  bedOperation,
  censusFiltersFromParams,
  groupCensusByWard,
  hospitalInstant,
  paramsWithCensusFilters,
  wardsOf,
} from '../census';
import { WardCensusChangedSubscription, WardCensusQuery } from '../graphql/census.query';

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

/** An occupied bed: who, how old, what for (the stay's diagnosis, its operation and post-operative day), how long. */
function BedCard({ row, past, onDate }: { row: CensusRow; past: boolean; onDate: string }) {
  const { t } = useTranslation();
  const patient = row.occupant;
  const operation = patient
    ? bedOperation(
        patient.surgeriesConnection.edges.map((e) => e.node),
        row.admission?.admittedAt ?? null,
        onDate,
      )
    : null;
  const diagnosis = row.admission?.episode?.title ?? null;
  return (
    <li className="bed-card" data-testid="bed-card" data-bed={row.bed.label} data-occupied="true">
      <div className="bed-card__head">
        <span className="bed-card__label">
          <VisuallyHidden>{t('census.bedLabel', { bed: row.bed.label })}</VisuallyHidden>
          <span aria-hidden="true">{row.bed.label}</span>
        </span>
        {operation?.postOperativeDay != null ? (
          <Badge size="sm" variant="light" color="clinical" className="bed-card__pod" data-testid="bed-post-op-day">
            {t('fit.census.postOpDay', { count: operation.postOperativeDay })}
          </Badge>
        ) : (
          <IconBed size={18} stroke={1.7} aria-hidden="true" />
        )}
      </div>
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
      {patient ? (
        <Text size="xs" className="bed-card__facts" data-testid="bed-facts">
          <PatientAge age={patient.age} birthDate={patient.birthDate} estimated={false} />
          {diagnosis ? ` · ${diagnosis}` : null}
        </Text>
      ) : null}
      {operation ? (
        <Text size="xs" className="bed-card__facts" data-testid="bed-operation">
          {operation.postOperativeDay != null ? operation.procedure : t('fit.census.booked', { procedure: operation.procedure })}
        </Text>
      ) : null}
      {row.daysIn !== null && row.daysIn !== undefined ? (
        <Text size="xs" c="dimmed" data-testid="bed-days-in">
          {past ? t('census.daysInThen', { count: row.daysIn }) : t('census.daysIn', { count: row.daysIn })}
        </Text>
      ) : null}
    </li>
  );
}

/** The free beds of a ward: a count and one small chip per bed, not a card each. */
function FreeBeds({ rows }: { rows: CensusRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="bed-free" data-testid="free-beds">
      <Text size="sm" fw={600} component="span" className="bed-free__count">
        <IconBedOff size={16} stroke={1.7} aria-hidden="true" /> {t('fit.census.free', { count: rows.length })}
      </Text>
      <ul className="bed-free__list" aria-label={t('fit.census.freeLabel')}>
        {rows.map((row) => (
          <li key={row.bed.id} className="bed-chip" data-testid="bed-card" data-bed={row.bed.label} data-occupied="false">
            {row.bed.label}
          </li>
        ))}
      </ul>
    </div>
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
  const onDate = hospitalDate(at ? new Date(at) : new Date());

  const { data, previousData, loading, error, refetch } = useQuery(WardCensusQuery, {
    variables: { at, withPatients },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  // Now (not a past instant): beds taken or freed on any computer show here as they change, each
  // row replaced in place; after each (re)connection the census is read again, since changes
  // made while the socket was down were not sent.
  const live = !at;
  useSubscription(WardCensusChangedSubscription, {
    variables: { withPatients },
    skip: !live,
    onData: ({ client, data: change }) => {
      const row = change.data?.censusChanged;
      if (!row) return;
      client.cache.updateQuery({ query: WardCensusQuery, variables: { at, withPatients } }, (current) =>
        current ? { ...current, census: current.census.map((r) => (r.bed.id === row.bed.id ? row : r)) } : current,
      );
    },
  });
  useRefetchOnReconnect(refetch, live);

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
              {section.occupied > 0 ? (
                <ul className="bed-grid" aria-label={t('fit.census.occupiedLabel')}>
                  {section.beds
                    .filter((row) => Boolean(row.admission))
                    .map((row) => (
                      <BedCard key={row.bed.id} row={row} past={Boolean(at)} onDate={onDate} />
                    ))}
                </ul>
              ) : null}
              <FreeBeds rows={section.beds.filter((row) => !row.admission)} />
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
        <Group gap="sm" align="center">
          <Title order={1}>{t('census.title')}</Title>
          {live ? <LiveIndicator hint={t('census.liveHint')} testId="census-live" /> : null}
        </Group>
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
