import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { formatDateTime, formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { LoadMoreFooter } from '../../../app/ui/LoadMoreFooter';
import { UsersQuery } from '../graphql/accounts.graphql';
import { lastDayOf, StateBadge, stateOf } from '../account-shared';

/** Administrators: every account (newest first), searchable by name or username, with roles, state, expiry and last sign-in. */
export function UserListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(text.trim(), 250);
  const [loadFailed, setLoadFailed] = useState(false);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(UsersQuery, {
    variables: { search: search || null },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  const shown = data ?? previousData;
  const accounts = (shown?.users.edges ?? []).map((edge) => edge.node);

  let body;
  if (!shown && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!shown) body = <Skeleton height={240} radius="md" aria-hidden="true" />;
  else if (accounts.length === 0)
    body = <EmptyState icon={<IconUsers size={24} />} title={search ? t('accounts.list.noMatch') : t('accounts.list.empty')} />;
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped data-testid="account-list" aria-busy={loading}>
            <Table.Caption>{t('accounts.list.caption', { count: shown.users.totalCount })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('accounts.fields.displayName')}</Table.Th>
                <Table.Th scope="col">{t('accounts.fields.username')}</Table.Th>
                <Table.Th scope="col">{t('accounts.fields.roles')}</Table.Th>
                <Table.Th scope="col">{t('accounts.fields.state')}</Table.Th>
                <Table.Th scope="col">{t('accounts.fields.expires')}</Table.Th>
                <Table.Th scope="col">{t('accounts.fields.lastSignIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((account) => (
                <Table.Tr key={account.id} data-testid="account-row" data-username={account.username}>
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/users/${encodeURIComponent(account.id)}`} c="clinical.8" fw={600}>
                      {account.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <span className="mrn">{account.username}</span>
                  </Table.Td>
                  <Table.Td>{account.roles.map((role) => t(`enums.Role.${role}`)).join(', ')}</Table.Td>
                  <Table.Td>
                    <StateBadge state={stateOf(account)} />
                  </Table.Td>
                  <Table.Td>{account.expiresAt ? formatLocalDate(lastDayOf(account.expiresAt), language) : t('accounts.never')}</Table.Td>
                  <Table.Td>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, language) : t('accounts.neverSignedIn')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreFooter
          testId="accounts-more"
          shownText={t('accounts.list.shown', { shown: accounts.length, count: shown.users.totalCount })}
          loadMoreText={t('accounts.list.loadMore')}
          hasMore={shown.users.pageInfo.hasNextPage}
          loading={loading}
          failed={loadFailed}
          onLoadMore={async () => {
            setLoadFailed(false);
            try {
              await fetchMore({
                variables: { after: shown.users.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  users: { ...fetchMoreResult.users, edges: [...previous.users.edges, ...fetchMoreResult.users.edges] },
                }),
              });
            } catch {
              setLoadFailed(true);
            }
          }}
        />
      </>
    );

  return (
    <Stack gap="lg">
      <title>{`${t('accounts.list.title')} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1}>{t('accounts.list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('accounts.list.intro')}
          </Text>
        </Stack>
        <Button component={Link} to="/admin/users/new" leftSection={<IconUserPlus size={18} aria-hidden="true" />} data-testid="new-account">
          {t('accounts.create.title')}
        </Button>
      </Group>
      <TextInput
        label={t('accounts.list.search')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={text}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
        }}
        maw={420}
        data-testid="account-search"
      />
      {body}
    </Stack>
  );
}
