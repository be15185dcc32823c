import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { CorrectRecordedDeathMutation } from '../graphql/correct-recorded-death.mutation';

/**
 * For administrators on a deceased patient's page: correct a death recorded in error, with a
 * required reason and an explicit confirmation, in a dialog. The page reloads the record after.
 */
export function CorrectDeathAction({ patientId, version }: { patientId: string; version: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [correct, { loading }] = useMutation(CorrectRecordedDeathMutation, {
    refetchQueries: ['PatientPage', 'PatientInpatient', 'PatientOncology'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    setOpen(false);
    setErrors({});
    setProblem(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!reason.trim()) found['reason'] = t('forms.required');
    if (!confirmed) found['confirm'] = t('deathCorrection.confirmRequired');
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await correct({ variables: { input: { patientId, reason, expectedVersion: version } } });
      setReason('');
      setConfirmed(false);
      close();
    } catch (error) {
      const p = formProblemOf(error, (path) => path === 'reason');
      setErrors(p.fields);
      setProblem(p);
    }
  };

  return (
    <>
      <Button
        variant="light"
        color="orange"
        leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
        onClick={() => setOpen(true)}
        data-testid="correct-death-open"
      >
        {t('deathCorrection.open')}
      </Button>
      <Modal opened={open} onClose={close} title={<Text fw={700}>{t('deathCorrection.title')}</Text>}>
        <form noValidate onSubmit={(e) => void submit(e)} data-testid="correct-death-form">
          <Stack gap="md">
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
              <Text size="sm">{t('deathCorrection.explain')}</Text>
            </Alert>
            <FormProblemAlert problem={problem} />
            <Textarea
              label={t('deathCorrection.reason')}
              placeholder={t('deathCorrection.reasonPlaceholder')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setErrors(({ reason: _cleared, ...rest }) => rest);
              }}
              error={errors['reason']}
              data-testid="correct-death-reason"
            />
            <Checkbox
              label={t('deathCorrection.confirm')}
              checked={confirmed}
              onChange={(e) => {
                setConfirmed(e.currentTarget.checked);
                setErrors(({ confirm: _cleared, ...rest }) => rest);
              }}
              error={errors['confirm']}
              data-testid="correct-death-confirm"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={loading} data-testid="correct-death-submit">
                {t('deathCorrection.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
