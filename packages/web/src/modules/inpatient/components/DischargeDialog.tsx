import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Checkbox, Fieldset, Grid, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import type { DischargeDisposition } from '../../../generated/graphql';
import {
  DISPOSITIONS,
  EMPTY_DISCHARGE,
  EMPTY_MEDICATION,
  TEXT_FIELDS,
  toDischargeInput,
  validateDischarge,
  type DischargeForm,
  type MedicationRow,
} from '../discharge-form';
import { DischargePatientMutation } from '../graphql/inpatient-mutations';
import { FormProblemAlert, INPATIENT_REFETCH, dischargePrintPath } from './InpatientPanel';

type TextField = (typeof TEXT_FIELDS)[number];
const LONG: readonly TextField[] = ['proceduresAndTreatment', 'instructions', 'followUpPlan', 'warningSigns', 'woundCareInstructions', 'dietInstructions'];
const MED_FIELDS = ['name', 'dose', 'frequency', 'duration'] as const;

/** The discharge summary form; on success it opens the summary, ready to print. */
export function DischargeDialog({
  patientId,
  admission,
  opened,
  onClose,
}: {
  patientId: string;
  admission: { version: number };
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<DischargeForm>(EMPTY_DISCHARGE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [discharge, { loading }] = useMutation(DischargePatientMutation, {
    refetchQueries: INPATIENT_REFETCH,
    awaitRefetchQueries: true,
  });

  const set = <K extends keyof DischargeForm>(key: K, value: DischargeForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setMedication = (i: number, patch: Partial<MedicationRow>) =>
    setForm((f) => ({ ...f, medications: f.medications.map((m, j) => (j === i ? { ...m, ...patch } : m)) }));

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const known = (path: string) =>
    path === 'disposition' || (TEXT_FIELDS as readonly string[]).includes(path) || /^medications\.\d+\.\w+$/.test(path);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateDischarge(form);
    const messages: Record<string, string> = {};
    for (const [path, code] of Object.entries(found)) messages[path] = t(code === 'required' ? 'forms.required' : 'discharge.medicationNameRequired');
    setErrors(messages);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    try {
      const { data } = await discharge({ variables: { input: toDischargeInput(form, patientId, admission.version) } });
      onClose();
      if (data?.dischargePatient) void navigate(dischargePrintPath(patientId, data.dischargePatient.id));
    } catch (error) {
      const p = formProblemOf(error, known);
      // A message about the medicines as a whole belongs above the list.
      setErrors(p.fields);
      setProblem(p);
      focusFirstError();
    }
  };

  const text = (field: TextField, required = false) => {
    const props = {
      label: t(`discharge.fields.${field}`),
      required,
      value: form[field],
      onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
      error: errors[field],
      'data-testid': `discharge-${field}`,
    };
    return LONG.includes(field) ? <Textarea {...props} autosize minRows={2} maxRows={6} /> : <TextInput {...props} />;
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('discharge.title')}</Text>} size="xl">
      <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} data-testid="discharge-form">
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NativeSelect
                label={t('discharge.fields.disposition')}
                required
                value={form.disposition}
                onChange={(e) => set('disposition', e.currentTarget.value as DischargeDisposition | '')}
                data={[
                  { value: '', label: t('discharge.chooseDisposition') },
                  ...DISPOSITIONS.map((d) => ({ value: d, label: t(`enums.DischargeDisposition.${d}`) })),
                ]}
                error={errors['disposition']}
                data-testid="discharge-disposition"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>{text('clinician')}</Grid.Col>
            <Grid.Col span={12}>{text('reasonForAdmission')}</Grid.Col>
            <Grid.Col span={12}>{text('diagnosis', true)}</Grid.Col>
            <Grid.Col span={12}>{text('proceduresAndTreatment')}</Grid.Col>
            <Grid.Col span={12}>{text('condition')}</Grid.Col>
          </Grid>
          <Fieldset legend={<Text fw={600}>{t('discharge.medications')}</Text>} radius="md">
            <Stack gap="xs">
              {form.medications.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('discharge.noMedications')}
                </Text>
              ) : null}
              {form.medications.map((m, i) => (
                <Group key={i} gap="xs" align="flex-end" wrap="wrap" data-testid="discharge-medication">
                  {MED_FIELDS.map((f) => (
                    <TextInput
                      key={f}
                      label={t(`discharge.medication.${f}`)}
                      required={f === 'name'}
                      value={m[f]}
                      onChange={(e) => setMedication(i, { [f]: e.currentTarget.value })}
                      error={errors[`medications.${i}.${f}`]}
                      data-testid={`discharge-medication-${f}-${i}`}
                      style={{ flex: f === 'name' ? 2 : 1, minWidth: 120 }}
                    />
                  ))}
                  <Checkbox
                    label={t('discharge.medication.reconciled')}
                    checked={m.reconciled}
                    onChange={(e) => setMedication(i, { reconciled: e.currentTarget.checked })}
                    mb={8}
                    data-testid={`discharge-medication-reconciled-${i}`}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={2}
                    aria-label={t('discharge.removeMedication', { n: i + 1 })}
                    onClick={() => set('medications', form.medications.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() => set('medications', [...form.medications, EMPTY_MEDICATION])}
                style={{ alignSelf: 'flex-start' }}
                data-testid="discharge-add-medication"
              >
                {t('discharge.addMedication')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={<Text fw={600}>{t('discharge.forFamily')}</Text>} radius="md">
            <Stack gap="sm">
              {text('instructions')}
              {text('dietInstructions')}
              {text('woundCareInstructions')}
              {text('warningSigns')}
            </Stack>
          </Fieldset>
          {text('followUpPlan')}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading} data-testid="discharge-submit">
              {t('discharge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
