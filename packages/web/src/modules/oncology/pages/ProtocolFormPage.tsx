import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Paper, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { CancerType, DoseBasis } from '@pj/shared';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { FormProblem } from '../../../app/form-errors';
import { hasCode } from '../../../app/graphql-errors';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { ErrorState } from '../../../app/ui/ErrorState';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { OncologyNav } from '../components/OncologyNav';
import { CreateProtocolMutation, ProtocolDetailQuery, ReviseProtocolMutation } from '../graphql/protocols.graphql';
import {
  contentOf,
  emptyDose,
  emptyPhase,
  emptyProtocol,
  formFields,
  formOf,
  missingFields,
  PROTOCOL_ROUTES,
  PROTOCOL_UNITS,
  type DoseRow,
  type Num,
  type PhaseRow,
  type ProtocolFormState,
  type ProtocolRevisionData,
} from '../protocol-form';
import { translatedProblem } from '../refusal';
import { protocolPath } from './ProtocolLibraryPage';

const REFETCH = ['ProtocolLibrary', 'Protocols', 'ProtocolDetail'];
const numberOf = (v: string | number): Num => (typeof v === 'number' ? v : v === '' ? '' : Number.isFinite(Number(v)) ? Number(v) : '');

/** The protocol form: create a protocol, or revise one (its next revision), phase by phase and dose by dose. */
function ProtocolForm({ initial, revising }: { initial: ProtocolFormState; revising: { id: string; revision: number } | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<ProtocolFormState>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [create, created] = useMutation(CreateProtocolMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [revise, revised] = useMutation(ReviseProtocolMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const creating = revising === null;

  const set = (patch: Partial<ProtocolFormState>) => setForm((f) => ({ ...f, ...patch }));
  const setPhase = (p: number, patch: Partial<PhaseRow>) => setForm((f) => ({ ...f, phases: f.phases.map((ph, i) => (i === p ? { ...ph, ...patch } : ph)) }));
  const setDose = (p: number, d: number, patch: Partial<DoseRow>) =>
    setForm((f) => ({ ...f, phases: f.phases.map((ph, i) => (i === p ? { ...ph, doses: ph.doses.map((ds, j) => (j === d ? { ...ds, ...patch } : ds)) } : ph)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = missingFields(form, { creating });
    setProblem(null);
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((m) => [m, t('forms.required')])));
      return;
    }
    setErrors({});
    try {
      const content = contentOf(form);
      const id = creating
        ? (await create({ variables: { input: { ...content, code: form.code } } })).data?.createProtocol.id
        : (await revise({ variables: { input: { ...content, protocolId: revising.id, revisionNote: form.revisionNote } } })).data?.reviseProtocol.id;
      if (id) void navigate(protocolPath(id));
    } catch (error) {
      const fields = formFields(form);
      const p = translatedProblem(error, (path) => fields.has(path));
      setErrors(p.fields);
      setProblem(p);
    }
  };

  const where = (p: number, d?: number) => (d === undefined ? t('protocolLibrary.form.wherePhase', { phase: p + 1 }) : t('protocolLibrary.form.whereDose', { phase: p + 1, dose: d + 1 }));

  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="protocol-form">
      <Stack gap="md">
        <FormProblemAlert problem={problem} />
        {Object.keys(errors).length > 0 && !problem ? (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Text size="sm">{t('protocolLibrary.form.fixFields')}</Text>
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t('protocolLibrary.form.name')}
                required
                value={form.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={errors['name']}
                data-testid="protocol-form-name"
              />
              {creating ? (
                <TextInput
                  label={t('protocolLibrary.form.code')}
                  description={t('protocolLibrary.form.codeHint')}
                  required
                  value={form.code}
                  onChange={(e) => set({ code: e.currentTarget.value.toUpperCase() })}
                  error={errors['code']}
                  data-testid="protocol-form-code"
                />
              ) : null}
              <NativeSelect
                label={t('protocolLibrary.form.cancerType')}
                required
                value={form.cancerType}
                onChange={(e) => set({ cancerType: e.currentTarget.value as CancerType })}
                data={[{ value: '', label: t('oncology.choose') }, ...Object.values(CancerType).map((c) => ({ value: c, label: t(`enums.CancerType.${c}`) }))]}
                error={errors['cancerType']}
                data-testid="protocol-form-cancer"
              />
            </Group>
            <Textarea
              label={t('protocolLibrary.form.description')}
              autosize
              minRows={2}
              value={form.description}
              onChange={(e) => set({ description: e.currentTarget.value })}
              error={errors['description']}
              data-testid="protocol-form-description"
            />
            {!creating ? (
              <Textarea
                label={t('protocolLibrary.form.revisionNote')}
                description={t('protocolLibrary.form.revisionNoteHint', { revision: (revising?.revision ?? 0) + 1 })}
                required
                autosize
                minRows={2}
                value={form.revisionNote}
                onChange={(e) => set({ revisionNote: e.currentTarget.value })}
                error={errors['revisionNote']}
                data-testid="protocol-form-revision-note"
              />
            ) : null}
            <Checkbox
              label={t('protocolLibrary.form.example')}
              description={t('protocolLibrary.form.exampleHint')}
              checked={form.example}
              onChange={(e) => set({ example: e.currentTarget.checked })}
              data-testid="protocol-form-example"
            />
          </Stack>
        </Paper>

        {errors['phases'] ? (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{errors['phases']}</Text>
          </Alert>
        ) : null}

        {form.phases.map((phase, p) => (
          <Fieldset key={phase.key} legend={t('protocolLibrary.form.phaseLegend', { phase: p + 1 })} data-testid="protocol-form-phase">
            <Stack gap="sm">
              <Group grow align="flex-start" wrap="wrap">
                <TextInput
                  label={t('protocolLibrary.form.phaseName')}
                  aria-label={`${t('protocolLibrary.form.phaseName')}, ${where(p)}`}
                  required
                  value={phase.name}
                  onChange={(e) => setPhase(p, { name: e.currentTarget.value })}
                  error={errors[`phases.${p}.name`]}
                  data-testid="phase-name"
                />
                <NumberInput
                  label={t('protocolLibrary.form.startDay')}
                  aria-label={`${t('protocolLibrary.form.startDay')}, ${where(p)}`}
                  required
                  min={0}
                  allowDecimal={false}
                  value={phase.startDay}
                  onChange={(v) => setPhase(p, { startDay: numberOf(v) })}
                  error={errors[`phases.${p}.startDay`]}
                  data-testid="phase-start"
                />
                <NumberInput
                  label={t('protocolLibrary.form.endDay')}
                  aria-label={`${t('protocolLibrary.form.endDay')}, ${where(p)}`}
                  required
                  min={0}
                  allowDecimal={false}
                  value={phase.endDay}
                  onChange={(v) => setPhase(p, { endDay: numberOf(v) })}
                  error={errors[`phases.${p}.endDay`]}
                  data-testid="phase-end"
                />
                <TextInput
                  label={t('protocolLibrary.form.milestone')}
                  aria-label={`${t('protocolLibrary.form.milestone')}, ${where(p)}`}
                  value={phase.milestone}
                  onChange={(e) => setPhase(p, { milestone: e.currentTarget.value })}
                  error={errors[`phases.${p}.milestone`]}
                  data-testid="phase-milestone"
                />
              </Group>
              {phase.doses.map((dose, d) => (
                <Paper key={dose.key} withBorder radius="sm" p="xs" data-testid="protocol-form-dose">
                  <Text size="xs" fw={600} mb={4}>
                    {t('protocolLibrary.form.doseLegend', { dose: d + 1 })}
                  </Text>
                  <Group grow align="flex-start" wrap="wrap" gap="xs">
                    <TextInput label={t('protocolLibrary.form.drug')} aria-label={`${t('protocolLibrary.form.drug')}, ${where(p, d)}`} required value={dose.drug} onChange={(e) => setDose(p, d, { drug: e.currentTarget.value })} error={errors[`phases.${p}.doses.${d}.drug`]} data-testid="dose-drug" miw={140} />
                    <NumberInput label={t('protocolLibrary.form.day')} aria-label={`${t('protocolLibrary.form.day')}, ${where(p, d)}`} required min={0} allowDecimal={false} value={dose.day} onChange={(v) => setDose(p, d, { day: numberOf(v) })} error={errors[`phases.${p}.doses.${d}.day`]} data-testid="dose-day" miw={80} />
                    <NumberInput label={t('protocolLibrary.form.dose')} aria-label={`${t('protocolLibrary.form.dose')}, ${where(p, d)}`} required min={0} decimalScale={3} value={dose.dose} onChange={(v) => setDose(p, d, { dose: numberOf(v) })} error={errors[`phases.${p}.doses.${d}.dose`]} data-testid="dose-amount" miw={90} />
                    <NativeSelect
                      label={t('protocolLibrary.form.unit')}
                      aria-label={`${t('protocolLibrary.form.unit')}, ${where(p, d)}`}
                      value={dose.unit}
                      onChange={(e) => setDose(p, d, { unit: e.currentTarget.value })}
                      data={PROTOCOL_UNITS.map((u) => ({ value: u, label: u }))}
                      error={errors[`phases.${p}.doses.${d}.unit`]}
                      data-testid="dose-unit"
                      miw={70}
                    />
                    <NativeSelect
                      label={t('protocolLibrary.form.basis')}
                      aria-label={`${t('protocolLibrary.form.basis')}, ${where(p, d)}`}
                      value={dose.basis}
                      onChange={(e) => setDose(p, d, { basis: e.currentTarget.value as DoseBasis })}
                      data={[
                        { value: DoseBasis.PER_M2, label: t('protocolLibrary.form.perM2') },
                        { value: DoseBasis.PER_KG, label: t('protocolLibrary.form.perKg') },
                      ]}
                      error={errors[`phases.${p}.doses.${d}.basis`]}
                      data-testid="dose-basis"
                      miw={100}
                    />
                    <NumberInput label={t('protocolLibrary.form.maxDose')} aria-label={`${t('protocolLibrary.form.maxDose')}, ${where(p, d)}`} min={0} decimalScale={3} value={dose.maxDose} onChange={(v) => setDose(p, d, { maxDose: numberOf(v) })} error={errors[`phases.${p}.doses.${d}.maxDose`]} data-testid="dose-cap" miw={90} />
                    <NativeSelect
                      label={t('protocolLibrary.form.route')}
                      aria-label={`${t('protocolLibrary.form.route')}, ${where(p, d)}`}
                      value={dose.route}
                      onChange={(e) => setDose(p, d, { route: e.currentTarget.value })}
                      data={PROTOCOL_ROUTES.map((r) => ({ value: r, label: r }))}
                      error={errors[`phases.${p}.doses.${d}.route`]}
                      data-testid="dose-route"
                      miw={70}
                    />
                  </Group>
                  <Group align="flex-end" wrap="wrap" gap="xs" mt={4}>
                    <NumberInput label={t('protocolLibrary.form.smallChildWeightKg')} aria-label={`${t('protocolLibrary.form.smallChildWeightKg')}, ${where(p, d)}`} min={0} decimalScale={2} value={dose.smallChildWeightKg} onChange={(v) => setDose(p, d, { smallChildWeightKg: numberOf(v) })} error={errors[`phases.${p}.doses.${d}.smallChildWeightKg`]} data-testid="dose-small-weight" w={180} />
                    <NumberInput label={t('protocolLibrary.form.smallChildDosePerKg')} aria-label={`${t('protocolLibrary.form.smallChildDosePerKg')}, ${where(p, d)}`} min={0} decimalScale={3} value={dose.smallChildDosePerKg} onChange={(v) => setDose(p, d, { smallChildDosePerKg: numberOf(v) })} error={errors[`phases.${p}.doses.${d}.smallChildDosePerKg`]} data-testid="dose-small-dose" w={180} />
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} aria-hidden="true" />}
                      onClick={() => setPhase(p, { doses: phase.doses.filter((_, j) => j !== d) })}
                      aria-label={`${t('protocolLibrary.form.removeDose')}, ${where(p, d)}`}
                    >
                      {t('protocolLibrary.form.removeDose')}
                    </Button>
                  </Group>
                </Paper>
              ))}
              <Group gap="sm">
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden="true" />}
                  onClick={() => setPhase(p, { doses: [...phase.doses, emptyDose(phase.startDay)] })}
                  data-testid="phase-add-dose"
                  aria-label={`${t('protocolLibrary.form.addDose')}, ${where(p)}`}
                >
                  {t('protocolLibrary.form.addDose')}
                </Button>
                {form.phases.length > 1 ? (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={14} aria-hidden="true" />}
                    onClick={() => set({ phases: form.phases.filter((_, i) => i !== p) })}
                    aria-label={`${t('protocolLibrary.form.removePhase')}, ${where(p)}`}
                  >
                    {t('protocolLibrary.form.removePhase')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => {
              const last = form.phases.at(-1);
              set({ phases: [...form.phases, emptyPhase(last && last.endDay !== '' ? last.endDay + 1 : '')] });
            }}
            data-testid="protocol-add-phase"
          >
            {t('protocolLibrary.form.addPhase')}
          </Button>
          <Button type="submit" loading={created.loading || revised.loading} data-testid="protocol-form-submit">
            {creating ? t('protocolLibrary.form.create') : t('protocolLibrary.form.saveRevision')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/oncology/protocols/new` (optionally `?cancerType=`). */
export function NewProtocolPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const cancer = params.get('cancerType');
  const initial = emptyProtocol(cancer && (Object.values(CancerType) as string[]).includes(cancer) ? (cancer as CancerType) : '');
  return (
    <Stack gap="lg">
      <title>{`${t('protocolLibrary.form.createTitle')} · ${t('app.name')}`}</title>
      <OncologyNav />
      <Title order={1} size="h2">
        {t('protocolLibrary.form.createTitle')}
      </Title>
      <ProtocolForm initial={initial} revising={null} />
    </Stack>
  );
}

/** `/oncology/protocols/:id/revise`: the form filled with the revision. */
export function ReviseProtocolPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProtocolDetailQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [initial, setInitial] = useState<ProtocolFormState | null>(null);
  const protocol = data?.node && data.node.__typename === 'Protocol' ? data.node : null;
  useEffect(() => {
    if (protocol && !initial) setInitial(formOf(protocol as unknown as ProtocolRevisionData));
  }, [protocol, initial]);

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (hasCode(error, 'BAD_USER_INPUT') || (data && !protocol)) return <NotFoundPage />;
  return (
    <Stack gap="lg">
      <title>{`${t('protocolLibrary.form.reviseTitleLoading')} · ${t('app.name')}`}</title>
      <OncologyNav />
      <Title order={1} size="h2">
        {protocol ? t('protocolLibrary.form.reviseTitle', { name: protocol.name, revision: protocol.revision }) : t('protocolLibrary.form.reviseTitleLoading')}
      </Title>
      {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {protocol && protocol.state !== 'CURRENT' ? (
        <Alert color="orange" variant="light" role="alert">
          <Text size="sm">{t('protocolLibrary.form.notCurrent')}</Text>
        </Alert>
      ) : null}
      {protocol && initial ? (
        <ProtocolForm initial={initial} revising={{ id: protocol.id, revision: protocol.revision }} />
      ) : !error ? (
        <Skeleton height={300} aria-hidden="true" />
      ) : null}
    </Stack>
  );
}
