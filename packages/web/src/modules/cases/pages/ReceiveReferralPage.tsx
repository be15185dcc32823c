import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Permission } from '@pj/shared';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { CpaGrade, PatientListItemFragment } from '../../../generated/graphql';
import { PatientsSearchQuery } from '../../patients/graphql/patients-search.query';
import { khmerName, latinName } from '../../patients/names';
import {
  PRIORITIES,
  SOURCE_TYPES,
  SPECIALTIES,
  URGENCY_BANDS,
  type ReferralPriority,
  type ReferralSourceType,
  type Specialty,
  type UrgencyBand,
} from '../../referrals/filters';
import { ChosenPatientQuery } from '../graphql/chosen-patient.query';
import { ReceiveReferralMutation } from '../graphql/receive-referral.mutation';
import { refusalOf, refusalText } from '../refusal';

const CPA_GRADES: readonly CpaGrade[] = ['CPA_1', 'CPA_2', 'CPA_3'];

/** Where registering a new patient comes back to, with the new patient chosen. */
export const RECEIVE_REFERRAL_PATH = '/referrals/receive';

function PatientCard({ patient, children }: { patient: PatientListItemFragment; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const khmer = khmerName(patient);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="receive-patient" data-mrn={patient.mrn}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Text fw={700}>{latinName(patient)}</Text>
          {khmer ? (
            <Text lang="km" className="khmer" size="sm">
              {khmer}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            <span className="mrn">{patient.mrn}</span> · {t('age.years', { count: patient.age })} ·{' '}
            {patient.province.name}
          </Text>
        </Stack>
        {children}
      </Group>
    </Paper>
  );
}

/** Step one: find the patient already registered, or register a new one. */
function ChoosePatient({ onChoose }: { onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const canRegister = useSignedInSession().permissions.has(Permission.REGISTER_PATIENTS);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const { data, loading, error, refetch } = useQuery(PatientsSearchQuery, {
    variables: { search, first: 10 },
    skip: search.length < 2,
  });
  const found = data?.patients.edges.map((e) => e.node) ?? [];
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="receive-choose-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="receive-choose-title">
          {t('cases.receive.choosePatient')}
        </Title>
        <TextInput
          label={t('cases.receive.search')}
          description={t('cases.receive.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="receive-search"
          autoFocus
        />
        {search.length >= 2 ? (
          loading ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : error ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : found.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="receive-search-empty">
              {t('cases.receive.noneFound')}
            </Text>
          ) : (
            <ul className="plain-list" aria-label={t('cases.receive.results')}>
              {found.map((p) => (
                <li key={p.id} style={{ marginBottom: 8 }}>
                  <PatientCard patient={p}>
                    <Button size="xs" variant="light" onClick={() => onChoose(p.id)} data-testid="receive-choose">
                      {t('cases.receive.choose')}
                    </Button>
                  </PatientCard>
                </li>
              ))}
            </ul>
          )
        ) : null}
        {canRegister ? (
        <Group>
          <Button
            component={Link}
            to={`/patients/new?then=referral`}
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden="true" />}
            data-testid="receive-register-new"
          >
            {t('cases.receive.registerNew')}
          </Button>
        </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

interface ReferralForm {
  sourceType: ReferralSourceType | '';
  sourceName: string;
  sourceCpaGrade: CpaGrade | '';
  specialty: Specialty | '';
  priority: ReferralPriority;
  urgencyBand: UrgencyBand | '';
  reason: string;
}

const EMPTY: ReferralForm = {
  sourceType: '',
  sourceName: '',
  sourceCpaGrade: '',
  specialty: '',
  priority: 'ROUTINE',
  urgencyBand: '',
  reason: '',
};

/** Step two: what the referral says. */
function ReferralDetailsForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<ReferralForm>(EMPTY);
  const [missing, setMissing] = useState<Set<keyof ReferralForm>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [serverField, setServerField] = useState<string | null>(null);
  const [receive, { loading }] = useMutation(ReceiveReferralMutation);
  const set = <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setMissing((m) => {
      const next = new Set(m);
      next.delete(key);
      return next;
    });
  };
  const required = t('cases.required');
  const errorOf = (key: keyof ReferralForm) =>
    missing.has(key) ? required : serverField === key && problem ? problem : undefined;

  const submit = async () => {
    const absent = new Set<keyof ReferralForm>();
    if (!form.sourceType) absent.add('sourceType');
    if (!form.specialty) absent.add('specialty');
    if (!form.reason.trim()) absent.add('reason');
    setMissing(absent);
    setProblem(null);
    setServerField(null);
    if (absent.size > 0) return;
    try {
      const { data } = await receive({
        variables: {
          input: {
            patientId,
            sourceType: form.sourceType as ReferralSourceType,
            sourceName: form.sourceName.trim() || null,
            sourceCpaGrade: form.sourceCpaGrade || null,
            specialty: form.specialty as Specialty,
            priority: form.priority,
            urgencyBand: form.urgencyBand || null,
            reason: form.reason.trim(),
          },
        },
      });
      if (data?.receiveReferral) void navigate(`/referrals?referral=${encodeURIComponent(data.receiveReferral.id)}`);
    } catch (error) {
      setProblem(refusalText(t, error));
      setServerField(refusalOf(error)?.field ?? null);
    }
  };

  return (
    <Paper
      component="form"
      withBorder
      radius="md"
      p="md"
      noValidate
      aria-labelledby="receive-details-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="receive-form"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="receive-details-title">
          {t('cases.receive.details')}
        </Title>
        <Group grow wrap="wrap" align="flex-start">
          <NativeSelect
            label={t('cases.receive.sourceType')}
            required
            value={form.sourceType}
            onChange={(e) => set('sourceType', e.currentTarget.value as ReferralSourceType | '')}
            data={[{ value: '', label: t('cases.choose') }, ...SOURCE_TYPES.map((s) => ({ value: s, label: t(`enums.ReferralSourceType.${s}`) }))]}
            error={errorOf('sourceType')}
            data-testid="receive-sourceType"
          />
          <TextInput
            label={t('cases.receive.sourceName')}
            description={t('common.optional')}
            value={form.sourceName}
            maxLength={200}
            onChange={(e) => set('sourceName', e.currentTarget.value)}
            error={errorOf('sourceName')}
            data-testid="receive-sourceName"
          />
          <NativeSelect
            label={t('cases.receive.cpaGrade')}
            value={form.sourceCpaGrade}
            onChange={(e) => set('sourceCpaGrade', e.currentTarget.value as CpaGrade | '')}
            data={[{ value: '', label: t('common.notRecorded') }, ...CPA_GRADES.map((g) => ({ value: g, label: t(`enums.CpaGrade.${g}`) }))]}
            error={errorOf('sourceCpaGrade')}
            data-testid="receive-cpaGrade"
          />
        </Group>
        <Group grow wrap="wrap" align="flex-start">
          <NativeSelect
            label={t('cases.receive.specialty')}
            required
            value={form.specialty}
            onChange={(e) => set('specialty', e.currentTarget.value as Specialty | '')}
            data={[{ value: '', label: t('cases.choose') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
            error={errorOf('specialty')}
            data-testid="receive-specialty"
          />
          <NativeSelect
            label={t('cases.receive.priority')}
            value={form.priority}
            onChange={(e) => set('priority', e.currentTarget.value as ReferralPriority)}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`enums.ReferralPriority.${p}`) }))}
            data-testid="receive-priority"
          />
          <NativeSelect
            label={t('cases.receive.urgencyBand')}
            description={t('cases.receive.urgencyBandHint')}
            value={form.urgencyBand}
            onChange={(e) => set('urgencyBand', e.currentTarget.value as UrgencyBand | '')}
            data={[{ value: '', label: t('common.notRecorded') }, ...URGENCY_BANDS.map((b) => ({ value: b, label: t(`enums.UrgencyBand.${b}`) }))]}
            data-testid="receive-urgencyBand"
          />
        </Group>
        <Textarea
          label={t('cases.receive.reason')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={form.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
          error={errorOf('reason')}
          data-testid="receive-reason"
        />
        {problem && !serverField ? (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="receive-problem">
            {problem}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading} leftSection={<IconCheck size={16} aria-hidden="true" />} data-testid="receive-submit">
            {t('cases.receive.submit')}
          </Button>
          <Button component={Link} to="/referrals" variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ChosenPatient({ id, onChange }: { id: string; onChange: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ChosenPatientQuery, { variables: { id } });
  if (loading && !data) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data?.patient) {
    return (
      <Alert color="gray" role="alert">
        {t('cases.receive.patientGone')}{' '}
        <Anchor component="button" type="button" onClick={onChange}>
          {t('cases.receive.change')}
        </Anchor>
      </Alert>
    );
  }
  return (
    <PatientCard patient={data.patient}>
      <Button size="xs" variant="default" onClick={onChange} data-testid="receive-change-patient">
        {t('cases.receive.change')}
      </Button>
    </PatientCard>
  );
}

/** Receive a referral: the patient (found or newly registered), then what the referral says. */
export function ReceiveReferralPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patient');
  return (
    <Stack gap="lg">
      <title>{`${t('cases.receive.title')} · ${t('app.name')}`}</title>
      <Anchor component={Link} to="/referrals" size="sm" fw={500} c="clinical.8">
        <IconArrowLeft size={16} stroke={1.8} aria-hidden="true" style={{ verticalAlign: '-3px', marginRight: 4 }} />
        {t('cases.receive.back')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('cases.receive.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('cases.receive.intro')}
        </Text>
      </Stack>
      {patientId ? (
        <>
          <ChosenPatient id={patientId} onChange={() => setParams({})} />
          <ReferralDetailsForm key={patientId} patientId={patientId} />
        </>
      ) : (
        <ChoosePatient onChoose={(id) => setParams({ patient: id })} />
      )}
    </Stack>
  );
}
