import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { graphQLErrorsOf, hasCode } from '../../../app/graphql-errors';
import { refusalText } from '../../../app/refusals';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LazyCodeListPicker } from '../../../app/ui/LazyCodePicker';
import type { PickedCode } from '../../../app/ui/code-label';
import type { AnaesthesiaType, AsaClass, SurgeryDetailsFragment, SurgicalUrgency, TeamRole, WoundClass } from '../../../generated/graphql';
import { MutationErrorAlert, timeOf, usePatientName } from '../components/common';
import { CompleteSurgeryMutation, StaffMembersQuery, SurgeryQuery } from '../graphql/surgery.query';
import { ceilToSecond, fromLocalInput, lines, timeProblems, toLocalInput } from '../record';

const ANAESTHESIA: AnaesthesiaType[] = ['GENERAL', 'SPINAL', 'EPIDURAL', 'NERVE_BLOCK', 'LOCAL', 'SEDATION'];
const ASA: AsaClass[] = ['ASA_I', 'ASA_I_E', 'ASA_II', 'ASA_II_E', 'ASA_III', 'ASA_III_E', 'ASA_IV', 'ASA_IV_E', 'ASA_V', 'ASA_V_E', 'ASA_VI'];
const URGENCY: SurgicalUrgency[] = ['ELECTIVE', 'EXPEDITED', 'URGENT', 'IMMEDIATE'];
const WOUND: WoundClass[] = ['CLEAN', 'CLEAN_CONTAMINATED', 'CONTAMINATED', 'DIRTY_INFECTED'];
const TEAM_ROLES: TeamRole[] = ['PRIMARY_SURGEON', 'ASSISTANT', 'ANAESTHETIST', 'SCRUB_NURSE', 'OBSERVER'];

type TimeField = 'inTheatreAt' | 'startedAt' | 'endedAt' | 'outOfTheatreAt';

function initialTimes(s: SurgeryDetailsFragment): Record<TimeField, string> {
  const at = (phase: string) => s.checklist.find((c) => c.phase === phase)?.recordedAt;
  const signIn = at('SIGN_IN') ?? s.scheduledStart;
  const timeOut = at('TIME_OUT') ?? s.scheduledStart;
  const signOut = at('SIGN_OUT') ?? s.scheduledEnd;
  return {
    inTheatreAt: toLocalInput(signIn),
    startedAt: toLocalInput(ceilToSecond(timeOut)),
    endedAt: toLocalInput(signOut),
    outOfTheatreAt: toLocalInput(signOut),
  };
}

function RecordForm({ surgery }: { surgery: SurgeryDetailsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = usePatientName();
  const staff = useQuery(StaffMembersQuery, { errorPolicy: 'all' });
  const [complete, state] = useMutation(CompleteSurgeryMutation);
  // The booked procedure's list entry is offered as performed; free text only when it was booked uncoded.
  const [coded, setCoded] = useState<PickedCode[]>(surgery.plannedProcedure ? [surgery.plannedProcedure] : []);
  const [procedures, setProcedures] = useState(surgery.plannedProcedure ? '' : surgery.procedures.length > 0 ? surgery.procedures.join('\n') : surgery.procedure);
  const [times, setTimes] = useState(() => initialTimes(surgery));
  const [anaesthesia, setAnaesthesia] = useState<AnaesthesiaType>('GENERAL');
  const [asa, setAsa] = useState<AsaClass>('ASA_I');
  const [urgency, setUrgency] = useState<SurgicalUrgency>(surgery.urgency);
  const [wound, setWound] = useState<WoundClass>('CLEAN');
  const [bloodLoss, setBloodLoss] = useState<number | string>(0);
  const [findings, setFindings] = useState('');
  const [note, setNote] = useState('');
  const [specimens, setSpecimens] = useState('');
  const [team, setTeam] = useState(surgery.team.map((m) => ({ staffId: m.staffMember.id, role: m.role })));
  const [attempted, setAttempted] = useState(false);

  const instants = {
    inTheatreAt: fromLocalInput(times.inTheatreAt),
    startedAt: fromLocalInput(times.startedAt),
    endedAt: fromLocalInput(times.endedAt),
    outOfTheatreAt: fromLocalInput(times.outOfTheatreAt),
  };
  const local = timeProblems(instants);
  const serverErrors = new Map<string, string>();
  for (const e of graphQLErrorsOf(state.error)) {
    const field = e.extensions?.['field'];
    // The API names the incision and closure incisionAt and closureAt; this form's fields keep their old names.
    const name = typeof field === 'string' ? field.split('.')[0] : undefined;
    if (name) serverErrors.set(name === 'incisionAt' ? 'startedAt' : name === 'closureAt' ? 'endedAt' : name, refusalText(e));
  }
  const fieldError = (field: string) => {
    const problem = attempted ? local[field as TimeField] : undefined;
    if (problem) return t(`record.problems.${problem}`);
    return serverErrors.get(field);
  };
  const bloodLossValue = typeof bloodLoss === 'number' ? bloodLoss : Number(bloodLoss);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (Object.keys(local).length > 0 || !instants.startedAt || !instants.endedAt) return;
    try {
      await complete({
        variables: {
          input: {
            surgeryId: surgery.id,
            expectedVersion: surgery.version,
            procedureCodes: coded.map((c) => c.code),
            procedures: lines(procedures),
            inTheatreAt: instants.inTheatreAt,
            incisionAt: instants.startedAt,
            closureAt: instants.endedAt,
            outOfTheatreAt: instants.outOfTheatreAt,
            anaesthesiaType: anaesthesia,
            asaClass: asa,
            urgency,
            woundClass: wound,
            estimatedBloodLossMl: Number.isFinite(bloodLossValue) ? Math.round(bloodLossValue) : -1,
            findings: findings.trim() || null,
            operativeNote: note.trim() || null,
            specimens: lines(specimens),
            team,
          },
        },
      });
      void navigate(surgery.patient ? `/patients/${encodeURIComponent(surgery.patient.id)}` : '/theatre');
    } catch {
      // Shown next to the fields or above the button.
    }
  };

  const unfielded = graphQLErrorsOf(state.error).some((e) => typeof e.extensions?.['field'] !== 'string') || (state.error && graphQLErrorsOf(state.error).length === 0);
  const staffOptions = (staff.data?.staffMembers ?? []).map((m) => ({ value: m.id, label: `${m.name} (${t(`enums.StaffRole.${m.role}`)})` }));
  for (const m of surgery.team) {
    if (!staffOptions.some((o) => o.value === m.staffMember.id)) staffOptions.push({ value: m.staffMember.id, label: m.staffMember.name });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
    <Stack gap="lg">
      <title>{`${t('record.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1}>{t('record.title')}</Title>
        {surgery.patient ? <Text fw={600}>{`${name(surgery.patient)} · ${surgery.patient.mrn}`}</Text> : null}
        <Text c="dimmed" size="sm">{`${surgery.procedure} · ${surgery.theatre.name} · ${timeOf(surgery.scheduledStart)}`}</Text>
      </Stack>
      {surgery.nextChecklistPhase ? (
        <Alert color="orange" role="alert" data-testid="checklist-incomplete">
          {t('record.checklistIncomplete')}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <LazyCodeListPicker label="performedProcedures" system="PROCEDURE" values={coded} onChange={setCoded} error={fieldError('procedureCodes')} testId="record-procedure-codes" />
          <Textarea label={t('codes.otherProcedures')} description={lines(procedures).length > 0 ? t('codes.uncoded') : t('record.onePerLine')} value={procedures} onChange={(e) => setProcedures(e.currentTarget.value)} autosize minRows={2} error={fieldError('procedures')} data-testid="record-procedures" />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {(['inTheatreAt', 'startedAt', 'endedAt', 'outOfTheatreAt'] as const).map((field) => (
              <TextInput
                key={field}
                type="datetime-local"
                step={1}
                label={t(`record.times.${field}`)}
                value={times[field]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTimes((prev) => ({ ...prev, [field]: value }));
                }}
                required={field === 'startedAt' || field === 'endedAt'}
                error={fieldError(field)}
                data-testid={`record-${field}`}
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NativeSelect label={t('record.anaesthesia')} value={anaesthesia} onChange={(e) => setAnaesthesia(e.currentTarget.value as AnaesthesiaType)} data={ANAESTHESIA.map((v) => ({ value: v, label: t(`enums.AnaesthesiaType.${v}`) }))} error={fieldError('anaesthesiaType')} data-testid="record-anaesthesia" />
            <NativeSelect label={t('record.asa')} value={asa} onChange={(e) => setAsa(e.currentTarget.value as AsaClass)} data={ASA.map((v) => ({ value: v, label: t(`enums.AsaClass.${v}`) }))} error={fieldError('asaClass')} data-testid="record-asa" />
            <NativeSelect label={t('record.urgency')} value={urgency} onChange={(e) => setUrgency(e.currentTarget.value as SurgicalUrgency)} data={URGENCY.map((v) => ({ value: v, label: t(`enums.SurgicalUrgency.${v}`) }))} error={fieldError('urgency')} data-testid="record-urgency" />
            <NativeSelect label={t('record.wound')} value={wound} onChange={(e) => setWound(e.currentTarget.value as WoundClass)} data={WOUND.map((v) => ({ value: v, label: t(`enums.WoundClass.${v}`) }))} error={fieldError('woundClass')} data-testid="record-wound" />
          </SimpleGrid>
          <NumberInput label={t('record.bloodLoss')} value={bloodLoss} onChange={setBloodLoss} min={0} max={20000} step={10} suffix=" ml" w={200} error={fieldError('estimatedBloodLossMl')} data-testid="record-blood-loss" />
          <Textarea label={t('record.findings')} value={findings} onChange={(e) => setFindings(e.currentTarget.value)} autosize minRows={2} error={fieldError('findings')} data-testid="record-findings" />
          <Textarea label={t('record.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} error={fieldError('operativeNote')} data-testid="record-note" />
          <Textarea label={t('record.specimens')} description={t('record.onePerLine')} value={specimens} onChange={(e) => setSpecimens(e.currentTarget.value)} autosize minRows={1} error={fieldError('specimens')} data-testid="record-specimens" />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('record.team')}
          </Title>
          {team.length === 0 ? <Text c="dimmed" size="sm">{t('record.noTeam')}</Text> : null}
          {team.map((member, index) => (
            <Group key={index} align="flex-end" gap="sm" data-testid="record-team-member">
              <NativeSelect
                label={t('record.staff')}
                value={member.staffId}
                data={staffOptions}
                onChange={(e) => {
                  const staffId = e.currentTarget.value;
                  setTeam((prev) => prev.map((m, i) => (i === index ? { ...m, staffId } : m)));
                }}
                w={300}
              />
              <NativeSelect
                label={t('record.role')}
                value={member.role}
                data={TEAM_ROLES.map((r) => ({ value: r, label: t(`enums.TeamRole.${r}`) }))}
                onChange={(e) => {
                  const role = e.currentTarget.value as TeamRole;
                  setTeam((prev) => prev.map((m, i) => (i === index ? { ...m, role } : m)));
                }}
              />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('common.remove')} onClick={() => setTeam((prev) => prev.filter((_, i) => i !== index))}>
                <IconTrash size={18} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
          {serverErrors.get('team') ? <Text c="red" size="sm" role="alert">{serverErrors.get('team')}</Text> : null}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              disabled={staffOptions.length === 0}
              onClick={() => setTeam((prev) => [...prev, { staffId: staffOptions[0].value, role: 'ASSISTANT' }])}
            >
              {t('record.addMember')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {unfielded ? <MutationErrorAlert error={state.error} testId="record-error" /> : null}
      <Group justify="flex-end">
        <Button type="submit" size="lg" loading={state.loading} data-testid="record-submit">
          {t('record.submit')}
        </Button>
      </Group>
    </Stack>
    </form>
  );
}

export function OperationRecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SurgeryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={400} radius="md" aria-hidden="true" />;
  const surgery = data.node?.__typename === 'Surgery' ? data.node : null;
  if (!surgery) return <NotFoundPage />;
  if (surgery.status !== 'SCHEDULED') {
    return (
      <Alert color="gray" title={t('record.title')} data-testid="record-not-open">
        {t('record.notOpen', { status: t(`enums.SurgeryStatus.${surgery.status}`) })}
      </Alert>
    );
  }
  return <RecordForm key={surgery.id} surgery={surgery} />;
}
