import { LazyCodePicker } from '../../../app/ui/LazyCodePicker';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { THEATRE_SESSION, hospitalDate, startOfHospitalDay, type SurgicalUrgency } from '@pj/shared';
import { IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { formProblemOf } from '../../../app/form-errors';
import { hasCode } from '../../../app/graphql-errors';
import { formatLocalDate, formatTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { Specialty } from '../../../generated/graphql';
import { PatientsSearchQuery } from '../../patients/graphql/patients-search.query';
import {
  EMERGENCY_URGENCIES,
  PLANNED_URGENCIES,
  SIDES,
  bookingInput,
  bookingProblems,
  durationOf,
  emptyBookingForm,
  teamOf,
  withEmergency,
  type BookingForm,
} from '../booking';
import { MutationErrorAlert, usePatientName } from '../components/common';
import { BookingOptionsQuery, BookingPatientQuery, ScheduleSurgeryMutation, TheatreFreeSlotsQuery } from '../graphql/booking.query';
import { fromLocalInput, toLocalInput } from '../record';

const SPECIALTIES: Specialty[] = ['GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'OBSTETRICS_GYNAECOLOGY', 'BREAST_SURGERY', 'ENT', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY'];
const OPEN_REFERRALS = new Set(['RECEIVED', 'TRIAGED', 'ACCEPTED', 'WAITLISTED']);
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
const sessionTime = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Book a single operation, planned or emergency: reached from the patient page and the theatre board. */
export function BookOperationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patient');
  const date = isDate(params.get('date')) ? params.get('date')! : hospitalDate(new Date());

  return (
    <Stack gap="lg">
      <title>{`${t('booking.title')} · ${t('app.name')}`}</title>
      <Anchor component={Link} to={`/theatre?date=${date}`} size="sm">
        {t('booking.back')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('booking.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('booking.intro', { from: sessionTime(THEATRE_SESSION.startMinute), to: sessionTime(THEATRE_SESSION.endMinute) })}
        </Text>
      </Stack>
      {patientId ? (
        <BookingForPatient key={patientId} patientId={patientId} date={date} onChangePatient={() => setParams({ date })} />
      ) : (
        <PatientPicker onPick={(id) => setParams({ date, patient: id })} />
      )}
    </Stack>
  );
}

/** Find the patient to book (from the theatre board, where no patient is chosen yet). */
function PatientPicker({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const name = usePatientName();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const { data, loading, error, refetch } = useQuery(PatientsSearchQuery, { variables: { search: term, first: 8 }, skip: term.length < 2 });
  const found = data?.patients.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <TextInput
          label={t('booking.findPatient')}
          description={t('booking.findPatientHint')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
          data-testid="booking-patient-search"
        />
        {term.length < 2 ? null : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <Skeleton height={60} aria-hidden="true" />
        ) : found.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('booking.noPatients')}
          </Text>
        ) : (
          <Stack gap={4} role="list" aria-label={t('booking.patientResults')}>
            {found.map((p) => (
              <Group key={p.id} role="listitem" justify="space-between" wrap="nowrap">
                <Text size="sm">{`${name(p)} · ${p.mrn}`}</Text>
                <Button size="compact-sm" variant="light" onClick={() => onPick(p.id)} data-testid="booking-pick-patient">
                  {t('booking.pick')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function BookingForPatient({ patientId, date, onChangePatient }: { patientId: string; date: string; onChangePatient: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = usePatientName();
  const navigate = useNavigate();
  const patientQuery = useQuery(BookingPatientQuery, { variables: { id: patientId } });
  const options = useQuery(BookingOptionsQuery);
  const [schedule] = useMutation(ScheduleSurgeryMutation);
  const [form, setForm] = useState<BookingForm>(() => emptyBookingForm());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => setForm((prev) => ({ ...prev, [key]: value }));

  const patient = patientQuery.data?.patient;
  const theatres = options.data?.theatres ?? [];
  const staff = options.data?.staffMembersConnection.edges.map((e) => e.node) ?? [];
  const theatreId = form.theatreId || theatres[0]?.id || '';
  const duration = durationOf(form);
  const team = teamOf(form);
  const slots = useQuery(TheatreFreeSlotsQuery, {
    variables: {
      theatreId,
      from: startOfHospitalDay(date).toISOString(),
      durationMinutes: duration ?? 60,
      staffIds: team.map((m) => m.staffId),
      patientId,
      emergency: form.emergency,
    },
    skip: !theatreId || duration === null,
    fetchPolicy: 'network-only',
  });

  if (hasCode(patientQuery.error, 'FORBIDDEN') || hasCode(options.error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (patientQuery.error || options.error) {
    return (
      <ErrorState
        error={patientQuery.error ?? options.error}
        onRetry={() => {
          void patientQuery.refetch();
          void options.refetch();
        }}
      />
    );
  }
  if (!patient || !options.data) {
    if (patientQuery.data && !patient) {
      return (
        <Alert color="yellow" variant="light" role="alert">
          {t('booking.patientNotFound')}
        </Alert>
      );
    }
    return <Skeleton height={420} radius="md" aria-hidden="true" />;
  }

  const referrals = patient.referralsConnection.edges.map((e) => e.node).filter((r) => OPEN_REFERRALS.has(r.status));
  const staffLabel = (s: (typeof staff)[number]) => (s.visiting ? t('booking.visitingStaff', { name: s.name }) : s.name);
  const surgeons = staff.filter((s) => s.role === 'SURGEON' || s.role === 'RESIDENT').map((s) => ({ value: s.id, label: staffLabel(s) }));
  const anaesthetists = staff.filter((s) => s.role === 'ANAESTHETIST').map((s) => ({ value: s.id, label: staffLabel(s) }));
  const urgencies = form.emergency ? EMERGENCY_URGENCIES : PLANNED_URGENCIES;
  const chosenStart = fromLocalInput(form.start);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const current = { ...form, theatreId };
    const found: Record<string, string> = {};
    for (const [field, problem] of Object.entries(bookingProblems(current))) {
      found[field] = t(`booking.problems.${problem}`, { from: sessionTime(THEATRE_SESSION.startMinute), to: sessionTime(THEATRE_SESSION.endMinute) });
    }
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const input = bookingInput(patient.id, current);
      const result = await schedule({ variables: { input } });
      const booked = result.data?.scheduleSurgery;
      if (booked) void navigate(`/theatre?date=${hospitalDate(new Date(booked.scheduledStart))}`);
    } catch (error) {
      const fields = ['procedure', 'procedureCode', 'specialty', 'expectedDurationMinutes', 'theatreId', 'scheduledStart'];
      const problem = formProblemOf(error, (path) => fields.includes(path));
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(problem.fields)) mapped[path === 'expectedDurationMinutes' ? 'duration' : path === 'scheduledStart' ? 'start' : path] = message;
      setErrors(mapped);
      if (problem.form.length > 0 || problem.failed) setFailure(error);
      void slots.refetch();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="booking-form">
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('booking.patient')}
              </Text>
              <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.id)}`} fw={700} data-testid="booking-patient">
                {`${name(patient)} · ${patient.mrn}`}
              </Anchor>
            </Stack>
            <Button variant="default" size="compact-sm" onClick={onChangePatient}>
              {t('booking.changePatient')}
            </Button>
          </Group>
        </Paper>

        <Fieldset legend={t('booking.operation')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('booking.referral')}
              value={form.referralId}
              onChange={(e) => set('referralId', e.currentTarget.value)}
              data={[
                { value: '', label: t('booking.noReferral') },
                ...referrals.map((r) => ({ value: r.id, label: `${t(`enums.Specialty.${r.specialty}`)} · ${t(`enums.ReferralStatus.${r.status}`)}${r.reason ? ` · ${r.reason}` : ''}` })),
              ]}
              data-testid="booking-referral"
            />
            {form.referralId ? null : (
              <NativeSelect
                label={t('booking.specialty')}
                value={form.specialty}
                onChange={(e) => set('specialty', e.currentTarget.value as Specialty | '')}
                data={[{ value: '', label: t('booking.choose') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
                error={errors['specialty']}
                required
                data-testid="booking-specialty"
              />
            )}
            <LazyCodePicker
              label="procedure"
              system="PROCEDURE"
              specialty={form.specialty || referrals.find((r) => r.id === form.referralId)?.specialty || null}
              value={form.procedureCode ?? null}
              onChange={(code) =>
                setForm((prev) => ({
                  ...prev,
                  procedureCode: code,
                  // The list's name fills the text, unless something else was written there.
                  procedure: code && (!prev.procedure.trim() || prev.procedure === prev.procedureCode?.title) ? code.title : prev.procedure,
                }))
              }
              error={errors['procedureCode']}
              testId="booking-procedure-code"
            />
            <TextInput
              label={t('booking.procedure')}
              value={form.procedure}
              onChange={(e) => set('procedure', e.currentTarget.value)}
              error={errors['procedure']}
              description={form.procedure.trim() && !form.procedureCode ? t('codes.uncoded') : undefined}
              required
              data-testid="booking-procedure"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('booking.side')}
                value={form.side}
                onChange={(e) => set('side', e.currentTarget.value as BookingForm['side'])}
                data={[{ value: '', label: t('booking.sideNotGiven') }, ...SIDES.map((s) => ({ value: s, label: t(`booking.sides.${s}`) }))]}
                data-testid="booking-side"
              />
              <NumberInput label={t('booking.duration')} value={form.duration} onChange={(v) => set('duration', v)} min={5} max={1440} step={15} error={errors['duration']} required data-testid="booking-duration" />
            </SimpleGrid>
            <Switch
              label={t('booking.emergency')}
              description={t('booking.emergencyHint')}
              checked={form.emergency}
              onChange={(e) => setForm((prev) => withEmergency(prev, e.currentTarget.checked))}
              data-testid="booking-emergency"
            />
            <NativeSelect
              label={t('booking.urgency')}
              value={form.urgency}
              onChange={(e) => set('urgency', e.currentTarget.value as SurgicalUrgency)}
              data={urgencies.map((u) => ({ value: u, label: t(`enums.SurgicalUrgency.${u}`) }))}
              data-testid="booking-urgency"
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('booking.team')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('booking.primarySurgeon')}
              value={form.primarySurgeonId}
              onChange={(e) => set('primarySurgeonId', e.currentTarget.value)}
              data={[{ value: '', label: t('booking.nobody') }, ...surgeons]}
              data-testid="booking-primary-surgeon"
            />
            <MultiSelect
              label={t('booking.assistants')}
              value={form.assistantIds}
              onChange={(v) => set('assistantIds', v)}
              data={surgeons}
              searchable
              error={errors['assistantIds']}
              data-testid="booking-assistants"
            />
            <NativeSelect
              label={t('booking.anaesthetist')}
              value={form.anaesthetistId}
              onChange={(e) => set('anaesthetistId', e.currentTarget.value)}
              data={[{ value: '', label: t('booking.nobody') }, ...anaesthetists]}
              data-testid="booking-anaesthetist"
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('booking.when')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('booking.theatre')}
              value={theatreId}
              onChange={(e) => set('theatreId', e.currentTarget.value)}
              data={theatres.map((th) => ({ value: th.id, label: th.name }))}
              error={errors['theatreId']}
              data-testid="booking-theatre"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="free-slots-label">
                {form.emergency ? t('booking.freeSlotsEmergency', { date: formatLocalDate(date, language) }) : t('booking.freeSlots', { date: formatLocalDate(date, language) })}
              </Text>
              {duration === null ? (
                <Text size="sm" c="dimmed">
                  {t('booking.slotsNeedDuration')}
                </Text>
              ) : slots.error ? (
                <MutationErrorAlert error={slots.error} testId="booking-slots-error" />
              ) : slots.loading && !slots.data ? (
                <Skeleton height={36} aria-hidden="true" />
              ) : (slots.data?.theatreFreeSlots.length ?? 0) === 0 ? (
                <Text size="sm" c="dimmed" data-testid="booking-no-slots">
                  {t('booking.noSlots')}
                </Text>
              ) : (
                <Group gap="xs" role="group" aria-labelledby="free-slots-label" data-testid="booking-slots">
                  {slots.data!.theatreFreeSlots.map((slot) => {
                    const chosen = chosenStart === new Date(slot.start).toISOString();
                    const day = hospitalDate(new Date(slot.start));
                    return (
                      <Button
                        key={slot.start}
                        variant={chosen ? 'filled' : 'default'}
                        aria-pressed={chosen}
                        leftSection={<IconClockHour4 size={16} aria-hidden="true" />}
                        onClick={() => set('start', toLocalInput(slot.start).slice(0, 16))}
                        data-testid="booking-slot"
                        data-start={slot.start}
                      >
                        {t('booking.slot', {
                          day: formatLocalDate(day, language),
                          start: formatTime(slot.start, language),
                          end: formatTime(slot.end, language),
                          until: formatTime(slot.freeUntil, language),
                        })}
                      </Button>
                    );
                  })}
                </Group>
              )}
            </Stack>
            <TextInput
              type="datetime-local"
              label={t('booking.start')}
              description={t('booking.startHint')}
              value={form.start}
              onChange={(e) => set('start', e.currentTarget.value)}
              error={errors['start']}
              required
              data-testid="booking-start"
            />
          </Stack>
        </Fieldset>

        {failure ? <MutationErrorAlert error={failure} testId="booking-error" /> : null}
        {Object.keys(errors).length > 0 && !failure ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="booking-problems">
            {t('booking.fixProblems')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} color={form.emergency ? 'red.9' : undefined} data-testid="booking-submit">
            {form.emergency ? t('booking.submitEmergency') : t('booking.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
