import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf, type FormProblem } from '../form-errors';
import { FormProblemAlert } from './FormProblemAlert';

/**
 * A form's field errors and whole-form problem, and its submission (`submit`): the errors found
 * before sending are shown and nothing is sent; otherwise `send` runs, the dialog closes when it
 * is done, and what the server refused is shown (by field for the paths `isField` accepts).
 */
export function useFormDialog(onClose: () => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const submit = async (messages: Record<string, string>, send: () => Promise<unknown>, isField: (path: string) => boolean) => {
    setErrors(messages);
    setProblem(null);
    if (Object.keys(messages).length > 0) return;
    try {
      await send();
      onClose();
    } catch (error) {
      const p = formProblemOf(error, isField);
      setErrors(p.fields);
      setProblem(p);
    }
  };
  return { errors, setErrors, problem, submit };
}

/** A form in a modal: its problem as a whole above the fields, Cancel and the submit button below. */
export function FormDialog({
  title,
  size,
  problem,
  onSubmit,
  onClose,
  submitLabel,
  submitting,
  testId,
  children,
}: {
  title: string;
  size?: ModalProps['size'];
  problem: FormProblem | null;
  onSubmit: () => Promise<unknown>;
  onClose: () => void;
  submitLabel: string;
  submitting: boolean;
  /** Names the form (`<testId>-form`) and its submit button (`<testId>-submit`) for tests. */
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{title}</Text>} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={submit} data-testid={`${testId}-form`}>
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting} data-testid={`${testId}-submit`}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
