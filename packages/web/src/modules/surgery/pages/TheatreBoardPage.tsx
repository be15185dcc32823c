import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Permission, addDays, hospitalDate, isEmergency, type SurgicalUrgency } from '@pj/shared';
import { IconCalendarOff, IconCalendarPlus, IconChevronLeft, IconChevronRight, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useRefetchOnReconnect } from '../../../app/live-status';
import { formatDayWithWeekday } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { mayOpen } from '../../../app/route-access';
import { useCan, useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import type { BoardCase } from '../components/BoardActions';
import { timeOf, usePatientName } from '../components/common';
import { boardColumns, withColumn } from '../board';
import { TheatreBoardChangedSubscription, TheatreBoardQuery } from '../graphql/theatre.query';

// The action dialogs (and their form controls) load when a dialog is first opened.
const RescheduleDialog = lazy(() => import('../components/BoardActions').then((m) => ({ default: m.RescheduleDialog })));
const CancelDialog = lazy(() => import('../components/BoardActions').then((m) => ({ default: m.CancelDialog })));
const ComplicationDialog = lazy(() => import('../components/BoardActions').then((m) => ({ default: m.ComplicationDialog })));

const PHASES = ['SIGN_IN', 'TIME_OUT', 'SIGN_OUT'] as const;
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function TheatreBoardPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = usePatientName();
  const [params, setParams] = useSearchParams();
  const today = hospitalDate(new Date());
  const raw = params.get('date');
  const date = isDate(raw) ? raw : today;
  // Roles that may not open records (an analyst) see the day's operations without the patients.
  const canReadPatients = useCan(Permission.READ_PATIENTS);
  const { data, loading, error, refetch } = useQuery(TheatreBoardQuery, { variables: { date, withPatients: canReadPatients }, fetchPolicy: 'cache-and-network' });
  // Today and days ahead follow changes made on any computer (bookings, moves, checklist
  // phases, operations started, completed or cancelled): each changed theatre's column replaces
  // its operations in place, and after each (re)connection the day is read again, since changes
  // made while the socket was down were not sent. Past days are a record: they stay as read.
  const live = date >= today;
  useSubscription(TheatreBoardChangedSubscription, {
    variables: { date, withPatients: canReadPatients },
    skip: !live,
    onData: ({ client, data: change }) => {
      const column = change.data?.theatreBoardChanged;
      if (!column) return;
      client.cache.updateQuery({ query: TheatreBoardQuery, variables: { date: column.date, withPatients: canReadPatients } }, (current) =>
        current ? { ...current, theatreSchedule: withColumn(current.theatreSchedule, column) } : current,
      );
    },
  });
  useRefetchOnReconnect(refetch, live);
  const canBook = useCan(Permission.BOOK_SURGERY);
  const canRecord = useCan(Permission.RECORD_SURGERY);
  // Links only to pages this role may open (a case manager books, but records no checklist).
  const { permissions } = useSignedInSession();
  const canOpen = (path: string) => mayOpen(path, permissions);
  const [action, setAction] = useState<{ kind: 'reschedule' | 'cancel' | 'complication'; surgery: BoardCase } | null>(null);
  const closeAction = () => setAction(null);
  const actionDone = () => void refetch();
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  const go = (d: string) => setParams({ date: d });
  const columns = boardColumns(data?.theatres ?? [], data?.theatreSchedule ?? []);
  const total = columns.reduce((n, c) => n + c.surgeries.length, 0);

  return (
    <Stack gap="lg">
      <title>{`${t('theatre.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1}>{t('theatre.title')}</Title>
          <Group gap="xs">
            <Text c="dimmed" size="sm" data-testid="board-date" data-date={date}>
              {formatDayWithWeekday(date, language)}
            </Text>
            {live ? <LiveIndicator hint={t('theatre.liveHint')} testId="board-live" /> : null}
          </Group>
        </Stack>
        <Button component={Link} to="/staff" variant="default" leftSection={<IconUsers size={16} aria-hidden="true" />} data-testid="board-staff">
          {t('staffDirectory.title')}
        </Button>
        {canBook ? (
          <Button component={Link} to={`/theatre/book?date=${date}`} leftSection={<IconCalendarPlus size={16} aria-hidden="true" />} data-testid="board-book">
            {t('booking.open')}
          </Button>
        ) : null}
        <Group gap="xs" role="group" aria-label={t('theatre.dateNav')}>
          <Button variant="default" leftSection={<IconChevronLeft size={16} aria-hidden="true" />} onClick={() => go(addDays(date, -1))} data-testid="board-prev">
            {t('theatre.prev')}
          </Button>
          <Button variant={date === today ? 'filled' : 'default'} onClick={() => go(today)} data-testid="board-today">
            {t('theatre.today')}
          </Button>
          <Button variant="default" rightSection={<IconChevronRight size={16} aria-hidden="true" />} onClick={() => go(addDays(date, 1))} data-testid="board-next">
            {t('theatre.next')}
          </Button>
        </Group>
      </Group>
      {!canReadPatients ? (
        <Text size="sm" c="dimmed" data-testid="board-names-hidden">
          {t('theatre.namesHidden')}
        </Text>
      ) : null}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton height={260} radius="md" aria-hidden="true" />
      ) : total === 0 ? (
        <EmptyState icon={<IconCalendarOff aria-hidden="true" />} title={t('theatre.empty')} hint={t('theatre.emptyHint')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(4, Math.max(1, columns.length)) }} data-testid="theatre-board">
          {columns.map((col) => (
            <Paper key={col.theatre.id} withBorder radius="md" p="sm" data-testid="theatre-column">
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {col.theatre.name}
                </Title>
                {col.surgeries.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('theatre.free')}
                  </Text>
                ) : null}
                {col.surgeries.map((s) => (
                  <Paper key={s.id} withBorder radius="sm" p="xs" data-testid="board-case" data-status={s.status}>
                    <Stack gap={4}>
                      <Group justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={700}>{`${timeOf(s.scheduledStart)}–${timeOf(s.scheduledEnd)}`}</Text>
                        <Badge size="sm" variant="light" color={s.status === 'COMPLETED' ? 'teal' : 'blue'}>
                          {t(`enums.SurgeryStatus.${s.status}`)}
                        </Badge>
                      </Group>
                      {s.urgency !== 'ELECTIVE' ? (
                        <Badge size="sm" variant="filled" color={isEmergency(s.urgency as SurgicalUrgency) ? 'red.9' : 'orange.9'} data-testid="board-urgency" data-urgency={s.urgency}>
                          {isEmergency(s.urgency as SurgicalUrgency)
                            ? t('booking.emergencyBadge', { urgency: t(`enums.SurgicalUrgency.${s.urgency}`) })
                            : t(`enums.SurgicalUrgency.${s.urgency}`)}
                        </Badge>
                      ) : null}
                      {'patient' in s && s.patient ? (
                        <Anchor component={Link} to={`/patients/${encodeURIComponent(s.patient.id)}`} fw={600} size="sm">
                          {name(s.patient)}
                        </Anchor>
                      ) : null}
                      <Text size="sm">{s.procedure}</Text>
                      <Text size="xs" c="dimmed" data-testid="board-team">
                        {s.team.length === 0
                          ? t('theatre.noTeam')
                          : s.team.map((m, i) => (
                              <span key={m.staffMember.id}>
                                {i > 0 ? ', ' : null}
                                <Anchor component={Link} to={`/staff/${encodeURIComponent(m.staffMember.id)}`} size="xs" c="dimmed">
                                  {m.staffMember.name}
                                </Anchor>
                                {` (${t(`enums.TeamRole.${m.role}`)})`}
                              </span>
                            ))}
                      </Text>
                      <Group gap={4} aria-label={t('checklist.status')}>
                        {PHASES.map((phase) => {
                          const done = s.checklist.some((c) => c.phase === phase);
                          return (
                            <Badge key={phase} size="sm" color={done ? 'teal' : 'gray'} variant={done ? 'filled' : 'outline'} data-testid={`phase-${phase}`} data-done={done}>
                              {`${done ? '✓' : '○'} ${t(`enums.ChecklistPhase.${phase}`)}`}
                            </Badge>
                          );
                        })}
                      </Group>
                      {s.status === 'SCHEDULED' ? (
                        <Group gap="xs">
                          {canOpen(`/surgeries/${encodeURIComponent(s.id)}/checklist`) ? (
                            <Anchor component={Link} to={`/surgeries/${encodeURIComponent(s.id)}/checklist`} size="sm" data-testid="open-checklist">
                              {t('theatre.checklist')}
                            </Anchor>
                          ) : null}
                          {s.nextChecklistPhase === null && canOpen(`/surgeries/${encodeURIComponent(s.id)}/record`) ? (
                            <Anchor component={Link} to={`/surgeries/${encodeURIComponent(s.id)}/record`} size="sm" data-testid="open-record">
                              {t('theatre.record')}
                            </Anchor>
                          ) : null}
                          {canBook ? (
                            <>
                              <Button size="compact-sm" variant="light" onClick={() => setAction({ kind: 'reschedule', surgery: s })} data-testid="open-reschedule">
                                {t('surgeryActions.reschedule')}
                              </Button>
                              <Button size="compact-sm" variant="light" color="red" onClick={() => setAction({ kind: 'cancel', surgery: s })} data-testid="open-cancel">
                                {t('surgeryActions.cancel')}
                              </Button>
                            </>
                          ) : null}
                        </Group>
                      ) : null}
                      {s.status === 'COMPLETED' && canRecord ? (
                        <Group gap="xs">
                          <Button size="compact-sm" variant="light" color="orange" onClick={() => setAction({ kind: 'complication', surgery: s })} data-testid="open-complication">
                            {t('surgeryActions.complication')}
                          </Button>
                        </Group>
                      ) : null}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Suspense fallback={null}>
      {action?.kind === 'reschedule' ? <RescheduleDialog surgery={action.surgery} theatres={data?.theatres ?? []} onClose={closeAction} onDone={actionDone} /> : null}
      {action?.kind === 'cancel' ? <CancelDialog surgery={action.surgery} onClose={closeAction} onDone={actionDone} /> : null}
      {action?.kind === 'complication' ? <ComplicationDialog surgery={action.surgery} onClose={closeAction} onDone={actionDone} /> : null}
      </Suspense>
    </Stack>
  );
}
