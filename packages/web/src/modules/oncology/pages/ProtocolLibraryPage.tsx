import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { QueryStates } from '../../../app/ui/QueryStates';
import { OncologyNav } from '../components/OncologyNav';
import { ProtocolBadges } from '../components/ProtocolBadges';
import { ProtocolLibraryQuery } from '../graphql/protocols.graphql';

export const protocolPath = (id: string): string => `/oncology/protocols/${encodeURIComponent(id)}`;

/** The protocol library: the current revision of each protocol, retired ones on request. */
export function ProtocolLibraryPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const canManage = useSignedInSession().permissions.has(Permission.MANAGE_PROTOCOLS);
  const [params, setParams] = useSearchParams();
  const includeRetired = params.get('retired') === '1';
  const { data, error, refetch } = useQuery(ProtocolLibraryQuery, { variables: { includeRetired }, fetchPolicy: 'cache-and-network' });

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const protocols = data?.protocols ?? [];

  return (
    <Stack gap="lg">
      <title>{`${t('protocolLibrary.title')} · ${t('app.name')}`}</title>
      <OncologyNav />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('protocolLibrary.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('protocolLibrary.intro')}
          </Text>
        </div>
        {canManage ? (
          <Button component={Link} to="/oncology/protocols/new" leftSection={<IconPlus size={16} aria-hidden="true" />} data-testid="protocol-new">
            {t('protocolLibrary.new')}
          </Button>
        ) : null}
      </Group>
      <Switch
        label={t('protocolLibrary.showRetired')}
        checked={includeRetired}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.currentTarget.checked) next.set('retired', '1');
          else next.delete('retired');
          setParams(next, { replace: true });
        }}
        data-testid="protocol-show-retired"
      />
      <QueryStates
        query={{ data, error, refetch }}
        isEmpty={protocols.length === 0}
        empty={<EmptyState icon={<IconBooks size={24} aria-hidden="true" />} title={t('protocolLibrary.empty')} hint={canManage ? t('protocolLibrary.emptyHint') : undefined} />}
      >
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="protocol-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('protocolLibrary.name')}</Table.Th>
                  <Table.Th scope="col">{t('protocolLibrary.cancer')}</Table.Th>
                  <Table.Th scope="col">{t('protocolLibrary.revision')}</Table.Th>
                  <Table.Th scope="col">{t('protocolLibrary.stateHeading')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {protocols.map((p) => (
                  <Table.Tr key={p.id} data-testid="protocol-row" data-code={p.code}>
                    <Table.Td>
                      <Anchor component={Link} to={protocolPath(p.id)} fw={600} c="clinical.8">
                        {p.name}
                      </Anchor>
                      <Text size="xs" c="gray.7" className="mrn">
                        {p.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`enums.CancerType.${p.cancerType}`)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t('protocolLibrary.revisionOf', { revision: p.revision })}</Text>
                      <Text size="xs" c="gray.7">
                        {formatDateTime(p.createdAt, language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ProtocolBadges state={p.state} example={p.example} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </QueryStates>
    </Stack>
  );
}
