import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Paper, PasswordInput, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Role } from '../../../generated/graphql';
import { IconDeviceFloppy, IconKey, IconLogout2, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { hasCode } from '../../../app/graphql-errors';
import { formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { AccountFieldsFragment } from '../../../generated/graphql';
import {
  DeactivateUserMutation,
  ReactivateUserMutation,
  ResetUserPasswordMutation,
  RevokeUserApiTokenMutation,
  SignOutUserMutation,
  UpdateUserMutation,
  UserAccountQuery,
} from '../graphql/accounts.graphql';
import { lastDayOf, RefusalAlert, ShownOnce, StateBadge, stateOf } from '../account-shared';
import { ExpiryField, RolesField } from '../account-form';
import { ApiTokenTable } from '../api-token-table';
import { StaffRecordSection } from '../staff-record';

function EditAccount({ account }: { account: AccountFieldsFragment }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [roles, setRoles] = useState<Role[]>([...account.roles]);
  const [expiresOn, setExpiresOn] = useState(account.expiresAt ? lastDayOf(account.expiresAt) : '');
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateUserMutation);

  useEffect(() => {
    setDisplayName(account.displayName);
    setRoles([...account.roles]);
    setExpiresOn(account.expiresAt ? lastDayOf(account.expiresAt) : '');
  }, [account]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const before = account.expiresAt ? lastDayOf(account.expiresAt) : '';
    try {
      await update({
        variables: {
          input: {
            userId: account.id,
            displayName,
            roles,
            ...(expiresOn === before ? {} : expiresOn ? { expiresOn } : { clearExpiry: true }),
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="edit-account">
      <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="edit-account-form">
        <Stack gap="md">
          <Title order={2} size="h4" id="edit-account">
            {t('accounts.edit.title')}
          </Title>
          {error ? <RefusalAlert error={error} testId="edit-account-error" /> : null}
          {saved && !error ? (
            <Text size="sm" role="status" c="green.9" data-testid="edit-account-saved">
              {t('accounts.edit.saved')}
            </Text>
          ) : null}
          <TextInput label={t('accounts.fields.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} required data-testid="account-displayName" />
          <RolesField value={roles} onChange={setRoles} />
          <Text size="sm" c="dimmed">
            {t('accounts.edit.rolesHint')}
          </Text>
          <ExpiryField value={expiresOn} onChange={setExpiresOn} />
          <Checkbox label={t('accounts.fields.noExpiry')} checked={expiresOn === ''} onChange={(e) => e.currentTarget.checked && setExpiresOn('')} data-testid="account-no-expiry" />
          <Button type="submit" loading={loading} leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />} w="fit-content" data-testid="save-account">
            {t('accounts.edit.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function AccountActions({ account }: { account: AccountFieldsFragment }) {
  const { t } = useTranslation();
  const { user: me } = useSignedInSession();
  const own = me.id === account.id;
  const [deactivate, deactivation] = useMutation(DeactivateUserMutation);
  const [reactivate, reactivation] = useMutation(ReactivateUserMutation);
  const [resetPassword, reset] = useMutation(ResetUserPasswordMutation);
  const [signOut, signing] = useMutation(SignOutUserMutation);
  const [typed, setTyped] = useState('');
  const [resetDone, setResetDone] = useState(false);
  const failure = deactivation.error ?? reactivation.error ?? reset.error ?? signing.error;
  const ignore = () => undefined;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-actions">
      <Stack gap="md">
        <Title order={2} size="h4" id="account-actions">
          {t('accounts.actions.title')}
        </Title>
        {failure ? <RefusalAlert error={failure} testId="account-action-error" /> : null}

        <Stack gap="xs">
          <Text fw={600}>{t('accounts.actions.resetTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('accounts.actions.resetHint')}
          </Text>
          <PasswordInput
            label={t('accounts.fields.temporaryPassword')}
            description={t('accounts.fields.temporaryPasswordHint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="new-password"
            maw={360}
            data-testid="reset-password-input"
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          />
          <Button
            variant="outline"
            w="fit-content"
            leftSection={<IconKey size={16} aria-hidden="true" />}
            loading={reset.loading}
            data-testid="reset-password"
            onClick={() => {
              setResetDone(false);
              void resetPassword({ variables: { input: { userId: account.id, temporaryPassword: typed || null } } })
                .then(() => {
                  setResetDone(true);
                  setTyped('');
                })
                .catch(ignore);
            }}
          >
            {t('accounts.actions.reset')}
          </Button>
          {resetDone && reset.data?.resetUserPassword.temporaryPassword ? (
            <ShownOnce
              label={t('accounts.temporaryPassword')}
              hint={t('accounts.temporaryPasswordHint')}
              value={reset.data.resetUserPassword.temporaryPassword}
              testId="temporary-password"
            />
          ) : null}
          {resetDone && !reset.data?.resetUserPassword.temporaryPassword ? (
            <Text size="sm" role="status" data-testid="reset-done">
              {t('accounts.actions.resetDone')}
            </Text>
          ) : null}
        </Stack>

        <Group gap="sm" wrap="wrap">
          <Button
            variant="outline"
            leftSection={<IconLogout2 size={16} aria-hidden="true" />}
            loading={signing.loading}
            data-testid="sign-out-user"
            onClick={() => void signOut({ variables: { userId: account.id } }).catch(ignore)}
          >
            {t('accounts.actions.signOut')}
          </Button>
          {account.active ? (
            <Button
              color="red"
              variant="outline"
              disabled={own}
              leftSection={<IconUserOff size={16} aria-hidden="true" />}
              loading={deactivation.loading}
              data-testid="deactivate-account"
              onClick={() => void deactivate({ variables: { userId: account.id } }).catch(ignore)}
            >
              {t('accounts.actions.deactivate')}
            </Button>
          ) : (
            <Button
              variant="outline"
              leftSection={<IconUserCheck size={16} aria-hidden="true" />}
              loading={reactivation.loading}
              data-testid="reactivate-account"
              onClick={() => void reactivate({ variables: { userId: account.id } }).catch(ignore)}
            >
              {t('accounts.actions.reactivate')}
            </Button>
          )}
        </Group>
        {signing.data ? (
          <Text size="sm" role="status" data-testid="signed-out-count">
            {t('accounts.actions.signedOut', { count: signing.data.signOutUser.sessionsEnded })}
          </Text>
        ) : null}
        {own ? (
          <Text size="sm" c="dimmed">
            {t('accounts.actions.ownHint')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Administrators: one account — its details, roles and expiry, password reset, deactivation, sign-out, and its API tokens. */
export function UserAccountPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(UserAccountQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [revoke] = useMutation(RevokeUserApiTokenMutation);
  const [revoking, setRevoking] = useState<string | null>(null);

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (hasCode(error, 'NOT_FOUND', 'BAD_USER_INPUT')) return <NotFoundPage />;
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} radius="md" aria-hidden="true" />;

  const account = data.user;
  return (
    <Stack gap="lg" maw={960} data-testid="account-page" data-username={account.username}>
      <title>{`${account.displayName} · ${t('accounts.list.title')} · ${t('app.name')}`}</title>
      <Stack gap={4}>
        <Anchor component={Link} to="/admin/users" size="sm" c="clinical.8">
          {t('accounts.list.back')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{account.displayName}</Title>
          <StateBadge state={stateOf(account)} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm">
            {t('accounts.fields.username')}: <span className="mrn">{account.username}</span>
          </Text>
          <Text size="sm">
            {t('accounts.fields.roles')}: {account.roles.map((role) => t(`enums.Role.${role}`)).join(', ')}
          </Text>
          <Text size="sm" data-testid="account-expiry">
            {t('accounts.fields.expires')}: {account.expiresAt ? formatLocalDate(lastDayOf(account.expiresAt), language) : t('accounts.never')}
          </Text>
          <Text size="sm">
            {t('accounts.fields.lastSignIn')}: {account.lastSignInAt ? formatDateTime(account.lastSignInAt, language) : t('accounts.neverSignedIn')}
          </Text>
          {account.mustChangePassword ? (
            <Text size="sm" data-testid="must-change-password">
              {t('accounts.mustChangePassword')}
            </Text>
          ) : null}
        </SimpleGrid>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <EditAccount account={account} />
        <AccountActions account={account} />
      </SimpleGrid>

      <StaffRecordSection userId={account.id} current={account.staffMember ?? null} />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-tokens">
        <Stack gap="sm">
          <Title order={2} size="h4" id="account-tokens">
            {t('accounts.tokens.ofUser')}
          </Title>
          <ApiTokenTable
            tokens={data.userApiTokens}
            caption={t('accounts.tokens.caption', { count: data.userApiTokens.length })}
            revoking={revoking}
            onRevoke={(tokenId) => {
              setRevoking(tokenId);
              void revoke({ variables: { id: tokenId } })
                .catch(() => undefined)
                .finally(() => setRevoking(null));
            }}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
