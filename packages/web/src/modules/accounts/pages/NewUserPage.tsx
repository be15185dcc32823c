import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Role } from '../../../generated/graphql';
import { IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateUserMutation } from '../graphql/accounts.graphql';
import { RefusalAlert, ShownOnce } from '../account-shared';
import { ExpiryField, RolesField } from '../account-form';

/** Administrators: a new account with roles, an optional expiry (a visiting team's mission) and a temporary password. */
export function NewUserPage() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [create, { data, loading, error, reset }] = useMutation(CreateUserMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = [!username.trim() && 'username', !displayName.trim() && 'displayName', roles.length === 0 && 'roles'].filter(Boolean) as string[];
    setMissing(absent);
    if (absent.length > 0) return;
    try {
      await create({
        variables: {
          input: { username: username.trim(), displayName: displayName.trim(), roles, expiresOn: expiresOn || null, temporaryPassword: password || null },
        },
        refetchQueries: ['Users'],
      });
    } catch {
      // Shown from `error`.
    }
  };

  const created = data?.createUser;
  return (
    <Stack gap="lg" maw={760}>
      <title>{`${t('accounts.create.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Anchor component={Link} to="/admin/users" size="sm" c="clinical.8">
          {t('accounts.list.back')}
        </Anchor>
        <Title order={1}>{t('accounts.create.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('accounts.create.intro')}
        </Text>
      </Stack>

      {created ? (
        <Paper withBorder radius="md" p="lg" data-testid="account-created">
          <Stack gap="md">
            <Text fw={600} role="status">
              {t('accounts.create.done', { name: created.user.displayName, username: created.user.username })}
            </Text>
            {created.temporaryPassword ? (
              <ShownOnce label={t('accounts.temporaryPassword')} hint={t('accounts.temporaryPasswordHint')} value={created.temporaryPassword} testId="temporary-password" />
            ) : (
              <Text size="sm">{t('accounts.create.typedPassword')}</Text>
            )}
            <Anchor component={Link} to={`/admin/users/${encodeURIComponent(created.user.id)}`} c="clinical.8" data-testid="open-created">
              {t('accounts.create.open')}
            </Anchor>
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                reset();
                setUsername('');
                setDisplayName('');
                setRoles([]);
                setExpiresOn('');
                setPassword('');
              }}
            >
              {t('accounts.create.another')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg">
          <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="account-form">
            <Stack gap="md">
              {error ? <RefusalAlert error={error} testId="account-error" /> : null}
              <TextInput
                label={t('accounts.fields.displayName')}
                value={displayName}
                onChange={(e) => setDisplayName(e.currentTarget.value)}
                error={missing.includes('displayName') ? t('accounts.required') : undefined}
                required
                data-testid="account-displayName"
              />
              <TextInput
                label={t('accounts.fields.username')}
                description={t('accounts.fields.usernameHint')}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={missing.includes('username') ? t('accounts.required') : undefined}
                required
                autoCapitalize="none"
                spellCheck={false}
                data-testid="account-username"
              />
              <RolesField value={roles} onChange={setRoles} error={missing.includes('roles') ? t('accounts.rolesRequired') : undefined} />
              <ExpiryField value={expiresOn} onChange={setExpiresOn} />
              <PasswordInput
                label={t('accounts.fields.temporaryPassword')}
                description={t('accounts.fields.temporaryPasswordHint')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="new-password"
                data-testid="account-password"
                visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
              />
              <Button type="submit" loading={loading} leftSection={<IconUserPlus size={18} aria-hidden="true" />} w="fit-content" data-testid="account-submit">
                {t('accounts.create.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
