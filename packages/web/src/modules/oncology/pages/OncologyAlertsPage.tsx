import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconAlertOctagon, IconAlertTriangle, IconMoodCheck, IconPhone } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { hasCode } from '../../../app/graphql-errors';
import { useRefetchOnReconnect } from '../../../app/live-status';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { QueryStates } from '../../../app/ui/QueryStates';
import { LiveIndicator } from '../../../app/ui/LiveIndicator';
import { patientPath } from '../../patients/components/PatientTable';
import { khmerName, latinName } from '../../patients/names';
import { formatPhone } from '../../patients/phone';
import { useSignedInSession } from '../../../app/session/session-store';
import { ABANDONMENT_DAYS, ABANDONMENT_WARNING_DAYS, daysToAbandonment, sortAlerts } from '../alerts';
import { OncologyAlertsChangedSubscription, OncologyAlertsQuery } from '../graphql/oncology.query';
import { OncologyNav } from '../components/OncologyNav';

export function OncologyAlertsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  const withContact = permissions.has(Permission.READ_CONTACT_DETAILS);
  const { data, error, refetch } = useQuery(OncologyAlertsQuery, {
    variables: { withContact },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  // Today's alerts as they change on any computer (a dose given or moved, a plan started or
  // ended, a new day): the server sends the whole list, which replaces the one shown. After
  // each (re)connection the list is read again, since changes made while the socket was down
  // were not sent.
  useSubscription(OncologyAlertsChangedSubscription, {
    variables: { withContact },
    onData: ({ client, data: change }) => {
      const list = change.data?.oncologyAlertsChanged;
      if (!list) return;
      client.cache.updateQuery({ query: OncologyAlertsQuery, variables: { withContact } }, (current) =>
        current ? { ...current, oncologyAlerts: list } : current,
      );
    },
  });
  useRefetchOnReconnect(refetch, true);
  const alerts = useMemo(() => sortAlerts(data?.oncologyAlerts ?? []), [data]);

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;

  const abandoned = alerts.filter((a) => a.level === 'ABANDONMENT').length;
  return (
    <Stack gap="lg">
      <title>{`${t('alerts.title')} · ${t('app.name')}`}</title>
      <OncologyNav />
      <Stack gap={2}>
        <Group gap="sm" align="center">
          <Title order={1}>{t('alerts.title')}</Title>
          <LiveIndicator hint={t('alerts.liveHint')} testId="alerts-live" />
        </Group>
        <Text c="dimmed" size="sm">
          {t('alerts.intro', { warning: ABANDONMENT_WARNING_DAYS, abandonment: ABANDONMENT_DAYS })}
        </Text>
      </Stack>
      {data && alerts.length > 0 ? (
        <Group gap="sm" role="status">
          <Badge color="red" variant="filled" leftSection={<IconAlertOctagon size={14} aria-hidden="true" />}>
            {t('alerts.countAbandonment', { count: abandoned })}
          </Badge>
          <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}>
            {t('alerts.countWarning', { count: alerts.length - abandoned })}
          </Badge>
        </Group>
      ) : null}
      <QueryStates
        query={{ data, error, refetch }}
        isEmpty={alerts.length === 0}
        empty={<EmptyState icon={<IconMoodCheck size={24} aria-hidden="true" />} title={t('alerts.empty')} hint={t('alerts.emptyHint')} />}
      >
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="alerts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('alerts.level')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.patient')}</Table.Th>
                  {withContact ? <Table.Th scope="col">{t('fit.alerts.call')}</Table.Th> : null}
                  <Table.Th scope="col">{t('alerts.daysMissed')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.missedDose')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.protocol')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {alerts.map((a) => {
                  const abandonment = a.level === 'ABANDONMENT';
                  const khmer = khmerName(a.patient);
                  return (
                    <Table.Tr key={a.treatmentPlan.id} data-testid="alert-row" data-level={a.level} className="alert-row">
                      <Table.Td>
                        <Badge
                          color={abandonment ? 'red' : 'orange'}
                          variant={abandonment ? 'filled' : 'light'}
                          size="lg"
                          leftSection={
                            abandonment ? <IconAlertOctagon size={16} aria-hidden="true" /> : <IconAlertTriangle size={16} aria-hidden="true" />
                          }
                        >
                          {t(`enums.OncologyAlertLevel.${a.level}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={patientPath(a.patient.id)} fw={600} c="clinical.8">
                          {khmer ? (
                            <span lang="km" style={{ display: 'block' }}>
                              {khmer}
                            </span>
                          ) : null}
                          {latinName(a.patient)}
                        </Anchor>
                        <Text size="xs" c="dimmed" className="mrn">
                          {a.patient.mrn}
                        </Text>
                      </Table.Td>
                      {withContact ? (
                        <Table.Td data-testid="alert-phones">
                          {a.patient.guardian ? (
                            <Text size="xs" c="dimmed">
                              {`${a.patient.guardian.name} (${t(`enums.GuardianRelation.${a.patient.guardian.relation}`)})`}
                            </Text>
                          ) : null}
                          {[...(a.patient.guardian?.phones ?? []), ...(a.patient.phones ?? [])].map((phone) => (
                            <Anchor key={phone} href={`tel:${phone}`} size="sm" className="mrn" display="block" data-testid="alert-phone">
                              <IconPhone size={14} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
                              {formatPhone(phone)}
                            </Anchor>
                          ))}
                        </Table.Td>
                      ) : null}
                      <Table.Td>
                        <Text fw={700} c={abandonment ? 'red.8' : 'orange.9'} data-testid="alert-days">
                          {t('alerts.days', { count: a.daysMissed })}
                        </Text>
                        {!abandonment ? (
                          <Text size="xs" c="dimmed">
                            {t('alerts.untilAbandonment', { count: daysToAbandonment(a.daysMissed) })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{a.overdueAdministration.drug}</Text>
                        <Text size="xs" c="dimmed">
                          {t('alerts.dueOn', { date: formatLocalDate(a.overdueSince, language) })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{a.treatmentPlan.protocol.name}</Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      </QueryStates>
    </Stack>
  );
}
