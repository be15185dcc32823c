import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NativeSelect, Paper, Radio, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { hospitalDate } from '@pj/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllergySeverity, PatientAllergiesWeightFragment } from '../../../generated/graphql';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import { allergyFormProblems, parseWeight, toAllergiesInput, weightProblems, type AllergyRow, type WeightProblem } from '../allergy-weight';
import { RecordAllergiesMutation, RecordWeightMutation } from '../graphql/allergy-weight';

const SEVERITIES: AllergySeverity[] = ['MILD', 'MODERATE', 'SEVERE', 'ANAPHYLAXIS', 'UNKNOWN'];
const emptyRow = (): AllergyRow => ({ substance: '', reaction: '', severity: 'UNKNOWN' });

/** Record the allergies as now confirmed: none known, or the whole list (it replaces the recorded one). */
export function AllergiesDialog({ patient, onClose }: { patient: PatientAllergiesWeightFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [noneKnown, setNoneKnown] = useState<boolean | null>(
    patient.allergyStatus === 'NOT_RECORDED' ? null : patient.allergyStatus === 'NO_KNOWN_ALLERGIES',
  );
  const [rows, setRows] = useState<AllergyRow[]>(
    patient.allergies.length > 0 ? patient.allergies.map((a) => ({ substance: a.substance, reaction: a.reaction ?? '', severity: a.severity })) : [emptyRow()],
  );
  const { errors, setErrors, problem, submit } = useFormDialog(onClose);
  const [record, { loading }] = useMutation(RecordAllergiesMutation);

  const setRow = (index: number, change: Partial<AllergyRow>) => setRows((prev) => prev.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const save = () => {
    const found = allergyFormProblems(noneKnown, rows);
    const messages: Record<string, string> = {};
    // Not chosen yet (null) is itself a problem of the form (`choose`): nothing is sent then.
    if (found.form) messages['choice'] = t(`allergyWeight.problems.${found.form}`);
    for (const [index, p] of Object.entries(found.rows)) messages[`allergies.${index}.substance`] = t(`allergyWeight.problems.${p}`);
    return submit(
      messages,
      () => record({ variables: { input: toAllergiesInput(patient.id, noneKnown === true, rows, patient.allergiesVersion) } }),
      // Row numbers of the server are those of the rows sent (empty rows are dropped, at the end in practice).
      (path) => /^allergies\.\d+\.(substance|reaction)$/.test(path),
    );
  };

  return (
    <FormDialog
      title={t('allergyWeight.allergies')}
      size="lg"
      problem={problem}
      onSubmit={save}
      onClose={onClose}
      submitLabel={t('allergyWeight.save')}
      submitting={loading}
      testId="allergies"
    >
      <Radio.Group
        label={t('allergyWeight.choice')}
        value={noneKnown === null ? '' : noneKnown ? 'none' : 'list'}
        onChange={(value) => {
          setNoneKnown(value === 'none');
          setErrors(({ choice: _cleared, ...rest }) => rest);
        }}
        error={errors['choice']}
        required
      >
        <Stack gap="xs" mt="xs">
          <Radio value="none" label={t('allergyWeight.choiceNone')} data-testid="allergies-none" />
          <Radio value="list" label={t('allergyWeight.choiceList')} data-testid="allergies-list" />
        </Stack>
      </Radio.Group>
      {noneKnown === false ? (
        <Stack gap="sm">
          {rows.map((row, index) => (
            <Paper key={index} withBorder p="sm" radius="md" component="fieldset" aria-label={t('allergyWeight.row', { n: index + 1 })} data-testid="allergy-row">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('allergyWeight.substance')}
                  required
                  value={row.substance}
                  onChange={(e) => setRow(index, { substance: e.currentTarget.value })}
                  error={errors[`allergies.${index}.substance`]}
                  style={{ flex: '1 1 10rem' }}
                  data-testid="allergy-substance"
                />
                <TextInput
                  label={t('allergyWeight.reaction')}
                  value={row.reaction}
                  onChange={(e) => setRow(index, { reaction: e.currentTarget.value })}
                  error={errors[`allergies.${index}.reaction`]}
                  style={{ flex: '1 1 10rem' }}
                  data-testid="allergy-reaction"
                />
                <NativeSelect
                  label={t('allergyWeight.severity')}
                  value={row.severity}
                  onChange={(e) => setRow(index, { severity: e.currentTarget.value as AllergySeverity })}
                  data={SEVERITIES.map((s) => ({ value: s, label: t(`enums.AllergySeverity.${s}`) }))}
                  style={{ flex: '1 1 9rem' }}
                  data-testid="allergy-severity"
                />
                {rows.length > 1 ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    size="lg"
                    aria-label={t('allergyWeight.removeRow', { n: index + 1 })}
                    onClick={() => setRows((prev) => prev.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                ) : null}
              </Group>
            </Paper>
          ))}
          <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setRows((prev) => [...prev, emptyRow()])} data-testid="allergy-add">
            {t('allergyWeight.addRow')}
          </Button>
        </Stack>
      ) : null}
    </FormDialog>
  );
}

/** Record a weighing: kilograms and the day (today unless changed). */
export function WeightDialog({ patient, onClose }: { patient: PatientAllergiesWeightFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const today = hospitalDate(new Date());
  const [weight, setWeight] = useState('');
  const [measuredOn, setMeasuredOn] = useState(today);
  const { errors, setErrors, problem, submit } = useFormDialog(onClose);
  const [record, { loading }] = useMutation(RecordWeightMutation);

  const message = (p: WeightProblem | undefined): string | undefined => {
    if (!p) return undefined;
    return p.kind === 'range' ? t('allergyWeight.problems.range', { min: p.range.min, max: p.range.max }) : t(`allergyWeight.problems.${p.kind}`);
  };

  const save = () => {
    const found = weightProblems({ weight, measuredOn }, patient.birthDate, today);
    const messages: Record<string, string> = {};
    const w = message(found.weight);
    const d = message(found.measuredOn);
    if (w) messages['weightKg'] = w;
    if (d) messages['measuredOn'] = d;
    return submit(
      messages,
      () => record({ variables: { input: { patientId: patient.id, weightKg: parseWeight(weight), measuredOn } } }),
      (path) => path === 'weightKg' || path === 'measuredOn',
    );
  };

  return (
    <FormDialog
      title={t('allergyWeight.recordWeight')}
      problem={problem}
      onSubmit={save}
      onClose={onClose}
      submitLabel={t('allergyWeight.save')}
      submitting={loading}
      testId="weight"
    >
      <TextInput
        label={t('allergyWeight.weightKg')}
        required
        inputMode="decimal"
        autoComplete="off"
        value={weight}
        onChange={(e) => {
          setWeight(e.currentTarget.value);
          setErrors(({ weightKg: _cleared, ...rest }) => rest);
        }}
        error={errors['weightKg']}
        data-testid="weight-kg"
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('allergyWeight.measuredOn')}
        required
        max={today}
        value={measuredOn}
        onChange={(e) => {
          setMeasuredOn(e.currentTarget.value);
          setErrors(({ measuredOn: _cleared, ...rest }) => rest);
        }}
        error={errors['measuredOn']}
        data-testid="weight-date"
      />
    </FormDialog>
  );
}
