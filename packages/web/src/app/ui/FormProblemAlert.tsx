import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from '../form-errors';

/** What went wrong with a form as a whole (a conflict, a failed request, refusals not tied to a field), above its buttons. */
export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  const { t } = useTranslation();
  if (!problem || (problem.form.length === 0 && !problem.failed && !problem.conflict)) return null;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="form-problem">
      {problem.conflict ? <Text size="sm">{t('forms.conflict')}</Text> : null}
      {problem.failed ? <Text size="sm">{t('forms.failed')}</Text> : null}
      {problem.form.map((m) => (
        <Text key={m} size="sm">
          {m}
        </Text>
      ))}
    </Alert>
  );
}
