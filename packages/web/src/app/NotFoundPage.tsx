import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <title>{`${t('errors.pageNotFound')} · ${t('app.name')}`}</title>
      <Title order={1}>{t('errors.pageNotFound')}</Title>
      <Text c="dimmed">{t('errors.pageNotFoundBody')}</Text>
      <Button component={Link} to="/" variant="light" data-testid="not-found-home">
        {t('access.goHome')}
      </Button>
    </Stack>
  );
}
