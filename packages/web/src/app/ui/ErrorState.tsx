import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** True when the request never got a GraphQL answer (offline, server down, proxy error). */
function isNetworkProblem(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error) || ServerParseError.is(error)) return true;
  return error instanceof TypeError; // fetch() rejects with TypeError when offline
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('errors.title')}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      <Text size="sm">{isNetworkProblem(error) ? t('errors.network') : t('errors.server')}</Text>
      <Button
        mt="sm"
        size="xs"
        color="red"
        variant="filled"
        leftSection={<IconRefresh size={16} aria-hidden="true" />}
        onClick={onRetry}
      >
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
