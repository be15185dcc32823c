import { Badge, Button, Table, Text } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/i18n/format';
import { useLanguage } from '../../app/i18n/useLanguage';
import type { ApiTokenFieldsFragment } from '../../generated/graphql';

/** API tokens (never their secrets): name, start of the token, roles, when made and last used; revoke. */
export function ApiTokenTable({
  tokens,
  onRevoke,
  revoking,
  caption,
}: {
  tokens: readonly ApiTokenFieldsFragment[];
  onRevoke: (id: string) => void;
  revoking: string | null;
  caption: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="api-token-list">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('accounts.tokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('accounts.fields.roles')}</Table.Th>
            <Table.Th scope="col">{t('accounts.tokens.created')}</Table.Th>
            <Table.Th scope="col">{t('accounts.tokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('accounts.tokens.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id} data-testid="api-token-row" data-name={token.name} data-revoked={Boolean(token.revokedAt)}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>
                <span className="mrn">{token.prefix}…</span>
              </Table.Td>
              <Table.Td>{token.roles.map((role) => t(`enums.Role.${role}`)).join(', ')}</Table.Td>
              <Table.Td>{formatDateTime(token.createdAt, language)}</Table.Td>
              <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('accounts.tokens.neverUsed')}</Table.Td>
              <Table.Td>
                {token.revokedAt ? (
                  <Badge color="gray.8" variant="outline">
                    {t('accounts.tokens.revokedOn', { at: formatDateTime(token.revokedAt, language) })}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    color="red"
                    variant="outline"
                    leftSection={<IconKeyOff size={14} aria-hidden="true" />}
                    loading={revoking === token.id}
                    onClick={() => onRevoke(token.id)}
                    aria-label={t('accounts.tokens.revokeNamed', { name: token.name })}
                    data-testid="revoke-token"
                  >
                    {t('accounts.tokens.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {tokens.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="api-token-empty">
          {t('accounts.tokens.none')}
        </Text>
      ) : null}
    </Table.ScrollContainer>
  );
}
