import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { isPastBooking } from '@pj/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCalendarCheck, IconCheck, IconListDetails, IconTrash, IconWand } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MissionPlanProblem } from '../../../generated/graphql';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { readAgain } from '../../../app/read-again';
import { RetrospectiveFields } from '../components/BoardActions';
import { MutationErrorAlert, timeOf, usePatientName } from '../components/common';
import { ConfirmMissionScheduleMutation, MissionQuery, ProposeMissionScheduleQuery } from '../graphql/missions.query';
import type { NamedPatient } from '../../patients/names';
import { TeachingPlanSection } from '../../training/components/TeachingPlanSection';
import {
  dayKey,
  daysBetween,
  formatMinute,
  localDayAndMinute,
  moveSlot,
  parseMinute,
  planProblems,
  removeSlot,
  slotsOf,
  toSlotInputs,
  updateSlot,
  usedMinutes,
  type PlanSlot,
} from '../plan';

function CapacityBar({ used, capacity, label }: { used: number; capacity: number; label: string }) {
  const { t } = useTranslation();
  const over = used > capacity;
  return (
    <Stack gap={2}>
      <Progress
        value={Math.min(100, (used / Math.max(1, capacity)) * 100)}
        color={over ? 'red' : used / capacity > 0.85 ? 'yellow' : 'teal'}
        size="lg"
        aria-label={label}
      />
      <Text size="xs" c={over ? 'red' : 'dimmed'} data-testid="capacity-text">
        {t('missions.capacity', { used, capacity, free: Math.max(0, capacity - used) })}
      </Text>
    </Stack>
  );
}

export function MissionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const name = usePatientName();
  const { data, loading, error, refetch } = useQuery(MissionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [propose, proposal] = useLazyQuery(ProposeMissionScheduleQuery, { fetchPolicy: 'network-only' });
  const [confirm, confirmState] = useMutation(ConfirmMissionScheduleMutation);
  const [plan, setPlan] = useState<PlanSlot[] | null>(null);
  const [patients, setPatients] = useState<Map<string, NamedPatient>>(new Map());
  const [unplanned, setUnplanned] = useState<{ referralId: string; reason: MissionPlanProblem }[]>([]);
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const [retrospective, setRetrospective] = useState(false);
  const [retrospectiveReason, setRetrospectiveReason] = useState('');

  const mission = data?.mission;
  const days = useMemo(() => (mission ? daysBetween(mission.startDate, mission.endDate) : []), [mission]);
  const theatreName = useMemo(() => new Map(mission?.theatres.map((th) => [th.id, th.name]) ?? []), [mission]);

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={300} radius="md" aria-hidden="true" />;
  if (!mission) return <NotFoundPage />;

  const capacity = mission.dailyCapacityMinutes;
  const booked = mission.surgeries.filter((s) => s.status !== 'CANCELLED');
  const bookedReferrals = new Set(booked.map((s) => s.referral?.id));
  const waiting = mission.referrals.filter((r) => !bookedReferrals.has(r.referral.id));
  const problems = plan ? planProblems(plan, capacity) : [];
  // A slot that has already started can only be confirmed as a retrospective entry with a reason.
  const planInPast = plan ? toSlotInputs(plan).some((slot) => isPastBooking(new Date(slot.scheduledStart), new Date())) : false;
  const retrospectiveMissing = planInPast && (!retrospective || !retrospectiveReason.trim());

  const runProposal = async () => {
    setConfirmed(null);
    const result = await propose({ variables: { missionId: mission.id } });
    const p = result.data?.proposeMissionSchedule;
    if (!p) return;
    const known = new Map<string, NamedPatient>();
    for (const s of p.slots) if (s.referral.patient) known.set(s.referral.id, s.referral.patient);
    for (const u of p.unplanned) if (u.referral.patient) known.set(u.referral.id, u.referral.patient);
    setPatients(known);
    setPlan(
      p.slots.map((s) => {
        const { day, minute } = localDayAndMinute(s.scheduledStart);
        return { referralId: s.referral.id, day, theatreId: s.theatre.id, startMinute: minute, durationMinutes: s.expectedDurationMinutes, procedure: s.procedure };
      }),
    );
    setUnplanned(p.unplanned.map((u) => ({ referralId: u.referral.id, reason: u.reason })));
  };

  const runConfirm = async () => {
    if (!plan) return;
    try {
      const entry = planInPast ? { retrospective: true, retrospectiveReason: retrospectiveReason.trim() } : {};
      const result = await confirm({ variables: { input: { missionId: mission.id, slots: toSlotInputs(plan), ...entry } } });
      setConfirmed(result.data?.confirmMissionSchedule.length ?? 0);
      setPlan(null);
      setUnplanned([]);
      await readAgain(refetch);
    } catch {
      // Shown from confirmState.error.
    }
  };

  const problemText = (p: (typeof problems)[number]) => {
    if (p.kind === 'OVER_CAPACITY') return t('missions.problems.overCapacity', { day: p.day, theatre: theatreName.get(p.theatreId) ?? '', used: p.used, capacity: p.capacity });
    if (p.kind === 'OVERLAP') {
      const [a, b] = p.referralIds.map((r) => {
        const patient = patients.get(r);
        return patient ? name(patient) : r;
      });
      return t('missions.problems.overlap', { day: p.day, theatre: theatreName.get(p.theatreId) ?? '', a, b });
    }
    const patient = patients.get(p.referralId);
    return t('missions.problems.pastMidnight', { patient: patient ? name(patient) : p.referralId });
  };

  return (
    <Stack gap="lg">
      <title>{`${mission.name} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Anchor component={Link} to="/missions" size="sm">
          {t('missions.back')}
        </Anchor>
        <Title order={1} data-testid="mission-name">
          {mission.name}
        </Title>
        <Text c="dimmed" size="sm">
          {`${mission.institution} · ${mission.startDate} – ${mission.endDate} · ${mission.theatres.map((th) => th.name).join(', ')} · ${t('missions.dailyCapacity', { minutes: capacity })}`}
        </Text>
      </Stack>

      {confirmed !== null ? (
        <Alert color="teal" icon={<IconCheck aria-hidden="true" />} role="status" data-testid="schedule-confirmed">
          {t('missions.confirmed', { count: confirmed })}
        </Alert>
      ) : null}

      {/* The planner's action where the work is: at the top, and kept in view while the list scrolls. */}
      <Paper withBorder radius="md" p="sm" className="mission-actions" data-testid="mission-actions">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text fw={600}>{t('missions.waitlist', { count: waiting.length })}</Text>
          <Button
            leftSection={<IconWand size={18} aria-hidden="true" />}
            onClick={() => void runProposal()}
            loading={proposal.loading}
            disabled={waiting.length === 0}
            data-testid="propose-schedule"
          >
            {t('missions.propose')}
          </Button>
        </Group>
        {proposal.error ? <MutationErrorAlert error={proposal.error} /> : null}
      </Paper>

      {plan ? (
        <Paper withBorder radius="md" p="md" data-testid="proposal">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('missions.proposal', { count: plan.length })}
              </Title>
              <Group>
                <Button variant="default" onClick={() => setPlan(null)}>
                  {t('common.cancel')}
                </Button>
                <Button
                  leftSection={<IconCalendarCheck size={18} aria-hidden="true" />}
                  onClick={() => void runConfirm()}
                  loading={confirmState.loading}
                  disabled={plan.length === 0 || problems.length > 0 || retrospectiveMissing}
                  data-testid="confirm-schedule"
                >
                  {t('missions.confirm')}
                </Button>
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {t('missions.proposalHint')}
            </Text>
            {problems.length > 0 ? (
              <Alert color="orange" role="alert" title={t('missions.problems.title')} data-testid="plan-problems">
                <Stack gap={2}>
                  {problems.map((p, i) => (
                    <Text key={i} size="sm">
                      {problemText(p)}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            ) : null}
            {planInPast ? (
              <Stack gap="xs">
                <Text size="sm">{t('retrospective.missionPast')}</Text>
                <RetrospectiveFields
                  on={retrospective}
                  reason={retrospectiveReason}
                  onToggle={setRetrospective}
                  onReason={setRetrospectiveReason}
                  errors={{
                    retrospective: retrospective ? undefined : t('retrospective.problems.IN_PAST'),
                    retrospectiveReason: retrospective && !retrospectiveReason.trim() ? t('retrospective.problems.RETROSPECTIVE_REASON') : undefined,
                  }}
                  testId="mission"
                />
              </Stack>
            ) : null}
            <MutationErrorAlert error={confirmState.error} testId="confirm-error" />
            {days.map((day) => {
              const inDay = plan.some((s) => s.day === day);
              if (!inDay) return null;
              return (
                <Stack key={day} gap="xs" data-testid="proposal-day" data-day={day}>
                  <Text fw={700}>{day}</Text>
                  <Grid>
                    {mission.theatres.map((th) => {
                      const cases = slotsOf(plan, day, th.id);
                      const used = usedMinutes(plan, day, th.id);
                      return (
                        <Grid.Col key={th.id} span={{ base: 12, lg: 6 }}>
                          <Paper withBorder radius="sm" p="sm" data-testid="proposal-theatre" data-key={dayKey(day, th.id)}>
                            <Stack gap="xs">
                              <Text fw={600}>{th.name}</Text>
                              <CapacityBar used={used} capacity={capacity} label={`${day} ${th.name}`} />
                              {cases.length === 0 ? (
                                <Text size="sm" c="dimmed">
                                  {t('missions.noCases')}
                                </Text>
                              ) : null}
                              {cases.map((s) => {
                                const patient = patients.get(s.referralId);
                                const who = patient ? name(patient) : s.referralId;
                                return (
                                  <Paper key={s.referralId} withBorder radius="sm" p="xs" data-testid="proposal-slot" data-referral={s.referralId}>
                                    <Stack gap={4}>
                                      <Group justify="space-between" wrap="nowrap">
                                        <div>
                                          <Text size="sm" fw={600}>
                                            {who}
                                          </Text>
                                          <Text size="xs" c="dimmed">
                                            {s.procedure}
                                          </Text>
                                        </div>
                                        <ActionIcon
                                          variant="subtle"
                                          color="red"
                                          aria-label={t('missions.removeCase', { patient: who })}
                                          onClick={() => setPlan(removeSlot(plan, s.referralId))}
                                          data-testid="slot-remove"
                                        >
                                          <IconTrash size={18} aria-hidden="true" />
                                        </ActionIcon>
                                      </Group>
                                      <Group gap="xs" align="flex-end" wrap="wrap">
                                        <TextInput
                                          type="time"
                                          size="xs"
                                          label={t('missions.start')}
                                          value={formatMinute(s.startMinute)}
                                          onChange={(e) => {
                                            const minute = parseMinute(e.currentTarget.value);
                                            if (minute !== null) setPlan(updateSlot(plan, s.referralId, { startMinute: minute }));
                                          }}
                                          w={110}
                                          data-testid="slot-start"
                                        />
                                        <NumberInput
                                          size="xs"
                                          label={t('missions.duration')}
                                          value={s.durationMinutes}
                                          min={5}
                                          max={1440}
                                          step={15}
                                          onChange={(v) => {
                                            const n = typeof v === 'number' ? v : Number(v);
                                            if (Number.isFinite(n) && n >= 5) setPlan(updateSlot(plan, s.referralId, { durationMinutes: Math.round(n) }));
                                          }}
                                          w={100}
                                          data-testid="slot-duration"
                                        />
                                        <NativeSelect
                                          size="xs"
                                          label={t('missions.moveTo')}
                                          value={dayKey(s.day, s.theatreId)}
                                          data={days.flatMap((d) => mission.theatres.map((x) => ({ value: dayKey(d, x.id), label: `${d} · ${x.name}` })))}
                                          onChange={(e) => {
                                            const [d, theatre] = e.currentTarget.value.split('|') as [string, string];
                                            setPlan(moveSlot(plan, s.referralId, d, theatre));
                                          }}
                                          data-testid="slot-move"
                                        />
                                      </Group>
                                      <Text size="xs" c="dimmed">
                                        {`${formatMinute(s.startMinute)}–${formatMinute(s.startMinute + s.durationMinutes)}`}
                                      </Text>
                                    </Stack>
                                  </Paper>
                                );
                              })}
                            </Stack>
                          </Paper>
                        </Grid.Col>
                      );
                    })}
                  </Grid>
                </Stack>
              );
            })}
            {unplanned.length > 0 ? (
              <Alert color="gray" title={t('missions.unplanned', { count: unplanned.length })} data-testid="unplanned">
                <Stack gap={2}>
                  {unplanned.map((u) => {
                    const patient = patients.get(u.referralId);
                    return (
                      <Text key={u.referralId} size="sm">
                        {`${patient ? name(patient) : u.referralId}: ${t(`enums.MissionPlanProblem.${u.reason}`)}`}
                      </Text>
                    );
                  })}
                </Stack>
              </Alert>
            ) : null}
          </Stack>
        </Paper>
      ) : mission.referrals.length === 0 ? (
        <EmptyState icon={<IconListDetails aria-hidden="true" />} title={t('missions.noReferrals')} hint={t('missions.noReferralsHint')} />
      ) : null}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('missions.waitlist', { count: waiting.length })}
              </Title>
              {waiting.length === 0 ? (
                <Text c="dimmed" size="sm" data-testid="waitlist-empty">
                  {t('missions.waitlistEmpty')}
                </Text>
              ) : (
                <Table data-testid="mission-waitlist" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('missions.patient')}</Table.Th>
                      <Table.Th>{t('missions.procedure')}</Table.Th>
                      <Table.Th>{t('missions.band')}</Table.Th>
                      <Table.Th>{t('missions.daysWaiting')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {waiting.map((r) => (
                      <Table.Tr key={r.referral.id} data-testid="waitlist-row">
                        <Table.Td>
                          {r.referral.patient ? (
                            <>
                              <Anchor component={Link} to={`/patients/${encodeURIComponent(r.referral.patient.id)}`} size="sm">
                                {name(r.referral.patient)}
                              </Anchor>
                              <Text size="xs" c="dimmed">
                                {r.referral.patient.mrn}
                              </Text>
                            </>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{r.procedure}</Text>
                          <Text size="xs" c="dimmed">
                            {t('missions.minutes', { count: r.expectedDurationMinutes })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {r.referral.urgencyBand ? t(`enums.UrgencyBand.${r.referral.urgencyBand}`) : '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{r.referral.daysWaiting}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Paper>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('missions.theatreDays')}
              </Title>
              {booked.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('missions.nothingBooked')}
                </Text>
              ) : null}
              {days.map((day) => {
                const ofDay = booked.filter((s) => localDayAndMinute(s.scheduledStart).day === day);
                if (ofDay.length === 0) return null;
                return (
                  <Stack key={day} gap={4} data-testid="booked-day">
                    <Group gap="xs">
                      <Text fw={600}>{day}</Text>
                      <Anchor component={Link} to={`/theatre?date=${day}`} size="xs">
                        {t('missions.openBoard')}
                      </Anchor>
                    </Group>
                    {mission.theatres.map((th) => {
                      const cases = ofDay.filter((s) => s.theatre.id === th.id);
                      if (cases.length === 0) return null;
                      const used = cases.reduce((sum, s) => sum + s.expectedDurationMinutes, 0);
                      return (
                        <Stack key={th.id} gap={2} pl="sm">
                          <Text size="sm" fw={500}>
                            {th.name}
                          </Text>
                          <CapacityBar used={used} capacity={capacity} label={`${day} ${th.name}`} />
                          {cases.map((s) => (
                            <Text key={s.id} size="sm" data-testid="booked-case">
                              {`${timeOf(s.scheduledStart)}–${timeOf(s.scheduledEnd)} · ${s.patient ? `${name(s.patient)} · ` : ''}${s.procedure}`}
                            </Text>
                          ))}
                        </Stack>
                      );
                    })}
                  </Stack>
                );
              })}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <TeachingPlanSection missionId={mission.id} />
    </Stack>
  );
}
