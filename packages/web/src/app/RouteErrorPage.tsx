import { Alert, Button, Container, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/** Shown when a page throws while rendering or its code cannot be loaded. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container size="xl" py="xl">
        <NotFoundPage />
      </Container>
    );
  }
  return (
    <Container size="sm" py="xl">
      <Alert
        color="red"
        variant="light"
        title={t('errors.title')}
        icon={<IconAlertTriangle aria-hidden="true" />}
        role="alert"
      >
        <Text size="sm">{t('errors.appCrashed')}</Text>
        <Group mt="md" gap="sm">
          <Button color="red" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
          <Button component={Link} to="/" variant="default" reloadDocument>
            {t('access.goHome')}
          </Button>
        </Group>
      </Alert>
    </Container>
  );
}
