import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Checkbox, Fieldset, Grid, Group, List, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import type { CareInstruction, DischargeDisposition } from '../../../generated/graphql';
import {
  CARE_INSTRUCTIONS,
  DISPOSITIONS,
  KHMER_FIELDS,
  EMPTY_DISCHARGE,
  EMPTY_MEDICATION,
  TEXT_FIELDS,
  toDischargeInput,
  untranslatedOnKhmerCopy,
  validateDischarge,
  type DischargeForm,
  type MedicationRow,
} from '../discharge-form';
import { DischargePatientMutation } from '../graphql/inpatient-mutations';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { LazyCodeListPicker, LazyCodePicker } from '../../../app/ui/LazyCodePicker';
import { INPATIENT_REFETCH, dischargePrintPath } from './InpatientPanel';

type TextField = (typeof TEXT_FIELDS)[number];
const LONG: readonly TextField[] = [
  'proceduresAndTreatment',
  'instructions',
  'followUpPlan',
  'warningSigns',
  'woundCareInstructions',
  'dietInstructions',
  'diagnosisForFamilyKhmer',
  'careInstructionsKhmer',
];
const PROBLEM_TEXT = {
  required: 'forms.required',
  nameRequired: 'discharge.medicationNameRequired',
  notKhmer: 'serverErrors.NOT_KHMER',
  outOfRange: 'serverErrors.OUT_OF_RANGE',
} as const;
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
  const khmerWarningRef = useRef<HTMLDivElement>(null);
  // Set once the nurse has been told which passages lack Khmer text: the next submit saves.
  const [khmerWarned, setKhmerWarned] = useState(false);
  const untranslated = untranslatedOnKhmerCopy(form);
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
    path === 'disposition' ||
    path === 'noHeavyLiftingWeeks' ||
    path === 'primaryDiagnosisCode' ||
    path === 'secondaryDiagnosisCodes' ||
    (TEXT_FIELDS as readonly string[]).includes(path) ||
    /^medications\.\d+\.\w+$/.test(path);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateDischarge(form);
    const messages: Record<string, string> = {};
    for (const [path, code] of Object.entries(found)) messages[path] = t(PROBLEM_TEXT[code], { min: 1, max: 12 });
    setErrors(messages);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    // English passages the Khmer copy would mark as untranslated: say so once, then save.
    if (untranslated.length > 0 && !khmerWarned) {
      setKhmerWarned(true);
      requestAnimationFrame(() => khmerWarningRef.current?.focus());
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
      label: field === 'diagnosisForFamilyKhmer' || field === 'careInstructionsKhmer' ? t(`discharge.${field}`) : t(`discharge.fields.${field}`),
      required,
      value: form[field],
      onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
      error: errors[field],
      'data-testid': `discharge-${field}`,
    };
    const khmer = (KHMER_FIELDS as readonly string[]).includes(field) ? { lang: 'km' } : {};
    return LONG.includes(field) ? <Textarea {...props} {...khmer} autosize minRows={2} maxRows={6} /> : <TextInput {...props} />;
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
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <LazyCodePicker
                label="primaryDiagnosis"
                system="ICD10"
                value={form.primaryDiagnosis ?? null}
                onChange={(code) => set('primaryDiagnosis', code)}
                error={errors['primaryDiagnosisCode']}
                testId="discharge-primary-code"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <LazyCodeListPicker
                label="secondaryDiagnoses"
                system="ICD10"
                values={form.secondaryDiagnoses ?? []}
                onChange={(codes) => set('secondaryDiagnoses', codes)}
                error={errors['secondaryDiagnosisCodes']}
                testId="discharge-secondary-codes"
              />
            </Grid.Col>
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
          <Fieldset legend={<Text fw={600}>{t('discharge.khmerForFamily')}</Text>} radius="md" data-testid="discharge-khmer">
            <Stack gap="sm">
              <Text size="sm">{t('discharge.khmerHint')}</Text>
              {text('diagnosisForFamilyKhmer')}
              {text('careInstructionsKhmer')}
              <Checkbox.Group
                label={t('discharge.careInstructions')}
                value={form.careInstructions}
                onChange={(value) => set('careInstructions', value as CareInstruction[])}
                data-testid="discharge-care-instructions"
              >
                <Stack gap={6} mt={6}>
                  {CARE_INSTRUCTIONS.map((code) => (
                    <Checkbox
                      key={code}
                      value={code}
                      label={t(`enums.CareInstructionChoice.${code}`)}
                      data-testid={`discharge-care-${code}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              {form.careInstructions.includes('NO_HEAVY_LIFTING') ? (
                <TextInput
                  label={t('discharge.noHeavyLiftingWeeks')}
                  required
                  inputMode="numeric"
                  value={form.noHeavyLiftingWeeks}
                  onChange={(e) => set('noHeavyLiftingWeeks', e.currentTarget.value)}
                  error={errors['noHeavyLiftingWeeks']}
                  data-testid="discharge-noHeavyLiftingWeeks"
                  style={{ maxWidth: 260 }}
                />
              ) : null}
            </Stack>
          </Fieldset>
          {text('followUpPlan')}
          {khmerWarned && untranslated.length > 0 ? (
            <Alert
              ref={khmerWarningRef}
              tabIndex={-1}
              color="orange"
              variant="light"
              role="status"
              icon={<IconAlertTriangle size={18} aria-hidden="true" />}
              title={t('discharge.khmerMissingTitle')}
              data-testid="discharge-khmer-missing"
            >
              <Text size="sm">{t('discharge.khmerMissing')}</Text>
              <List size="sm" mt={4}>
                {untranslated.map((field) => (
                  <List.Item key={field} data-field={field}>
                    {t(`discharge.fields.${field}`)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading} data-testid="discharge-submit">
              {khmerWarned && untranslated.length > 0 ? t('discharge.saveWithoutKhmer') : t('discharge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
