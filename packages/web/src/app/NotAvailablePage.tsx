import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInSession } from './session/session-store';

/** A page this user's role may not use: said plainly, not as an error. */
export function NotAvailablePage() {
  const { t } = useTranslation();
  const { roles } = useSignedInSession();
  const roleNames = roles.map((role) => t(`enums.Role.${role}`)).join(', ') || t('auth.noRole');
  return (
    <Paper withBorder radius="md" p="xl" data-testid="not-available">
      <title>{`${t('access.notAvailable')} · ${t('app.name')}`}</title>
      <Stack align="flex-start" gap="sm">
        <IconLock size={36} stroke={1.5} aria-hidden="true" color="var(--mantine-color-gray-6)" />
        <Title order={1} size="h2">
          {t('access.notAvailable')}
        </Title>
        <Text c="dimmed">{t('access.notAvailableBody', { roles: roleNames })}</Text>
        <Button component={Link} to="/" variant="light">
          {t('access.goHome')}
        </Button>
      </Stack>
    </Paper>
  );
}
