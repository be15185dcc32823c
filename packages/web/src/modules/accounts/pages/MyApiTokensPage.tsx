import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Role } from '@pj/shared';
import { IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { CreateApiTokenMutation, MyApiTokensQuery, RevokeApiTokenMutation } from '../graphql/api-tokens.graphql';
import { RefusalAlert, ShownOnce } from '../account-shared';
import { ApiTokenTable } from '../api-token-table';

/** Anyone signed in: their API tokens for scripts — create one (shown once, with the roles it acts with) and revoke. */
export function MyApiTokensPage() {
  const { t } = useTranslation();
  const { roles: myRoles } = useSignedInSession();
  const { data, error, refetch } = useQuery(MyApiTokensQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([...myRoles]);
  const [nameMissing, setNameMissing] = useState(false);
  const [create, creation] = useMutation(CreateApiTokenMutation);
  const [revoke, revocation] = useMutation(RevokeApiTokenMutation);
  const [revoking, setRevoking] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNameMissing(!name.trim());
    if (!name.trim() || roles.length === 0) return;
    try {
      await create({ variables: { input: { name: name.trim(), roles } }, refetchQueries: ['MyApiTokens'] });
      setName('');
    } catch {
      // Shown from `creation.error`.
    }
  };

  let list;
  if (data)
    list = (
      <ApiTokenTable
        tokens={data.myApiTokens}
        caption={t('accounts.tokens.caption', { count: data.myApiTokens.length })}
        revoking={revoking}
        onRevoke={(id) => {
          setRevoking(id);
          void revoke({ variables: { id } })
            .catch(() => undefined)
            .finally(() => setRevoking(null));
        }}
      />
    );
  else if (error) list = <ErrorState error={error} onRetry={() => void refetch()} />;
  else list = <Skeleton height={120} radius="md" aria-hidden="true" />;

  const created = creation.data?.createApiToken;
  return (
    <Stack gap="lg" maw={960}>
      <title>{`${t('accounts.tokens.title')} · ${t('app.name')}`}</title>
      <Stack gap={2}>
        <Title order={1}>{t('accounts.tokens.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('accounts.tokens.intro')}
        </Text>
      </Stack>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="new-token">
        <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="api-token-form">
          <Stack gap="md">
            <Title order={2} size="h4" id="new-token">
              {t('accounts.tokens.create')}
            </Title>
            {creation.error ? <RefusalAlert error={creation.error} testId="api-token-error" /> : null}
            {revocation.error ? <RefusalAlert error={revocation.error} testId="api-token-revoke-error" /> : null}
            {created ? (
              <ShownOnce
                label={t('accounts.tokens.shownOnce', { name: created.apiToken.name })}
                hint={t('accounts.tokens.shownOnceHint')}
                value={created.token}
                testId="new-api-token"
              />
            ) : null}
            <TextInput
              label={t('accounts.tokens.name')}
              description={t('accounts.tokens.nameHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameMissing ? t('accounts.required') : undefined}
              required
              maw={420}
              data-testid="api-token-name"
            />
            <Checkbox.Group
              label={t('accounts.tokens.roles')}
              description={t('accounts.tokens.rolesHint')}
              value={roles}
              onChange={(value) => setRoles(value as Role[])}
              error={roles.length === 0 ? t('accounts.rolesRequired') : undefined}
            >
              <Group gap="md" mt={6}>
                {myRoles.map((role) => (
                  <Checkbox key={role} value={role} label={t(`enums.Role.${role}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Button type="submit" w="fit-content" loading={creation.loading} leftSection={<IconKey size={16} aria-hidden="true" />} data-testid="api-token-submit">
              {t('accounts.tokens.createSubmit')}
            </Button>
          </Stack>
        </form>
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="my-tokens">
        <Stack gap="sm">
          <Title order={2} size="h4" id="my-tokens">
            {t('accounts.tokens.mine')}
          </Title>
          {list}
        </Stack>
      </Paper>
    </Stack>
  );
}
