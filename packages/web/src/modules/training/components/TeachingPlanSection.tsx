import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { hospitalDate, Permission } from '@pj/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCan } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { timeOf } from '../../surgery/components/common';
import { MissionTeachingPlanQuery } from '../graphql/handover.graphql';
import { groupTitle } from '../progress';

/**
 * "Who should scrub with this team": per booked case of the mission, the local trainees who need
 * its procedure group for their next entrustment step, with the supervised cases they still need.
 * Shown to those who may read training records (READ_TRAINING).
 */
export function TeachingPlanSection({ missionId }: { missionId: string }) {
  if (!useCan(Permission.READ_TRAINING)) return null;
  return <TeachingPlan missionId={missionId} />;
}

function TeachingPlan({ missionId }: { missionId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, error, refetch } = useQuery(MissionTeachingPlanQuery, { variables: { id: missionId }, fetchPolicy: 'cache-and-network' });
  const plan = data?.mission?.teachingPlan;
  let body;
  if (!plan && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!plan) body = <Skeleton height={80} aria-hidden="true" />;
  else if (plan.length === 0)
    body = (
      <Text c="dimmed" size="sm" data-testid="teaching-plan-empty">
        {t('handover.plan.empty')}
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={480}>
        <Table data-testid="teaching-plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('handover.plan.case')}</Table.Th>
              <Table.Th scope="col">{t('handover.group')}</Table.Th>
              <Table.Th scope="col">{t('handover.plan.trainees')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.map((c) => (
              <Table.Tr key={c.surgery.id} data-testid="teaching-plan-case">
                <Table.Td>{`${hospitalDate(new Date(c.surgery.scheduledStart))} ${timeOf(c.surgery.scheduledStart)} · ${c.surgery.procedure}`}</Table.Td>
                <Table.Td>{groupTitle(c.procedureGroup, language)}</Table.Td>
                <Table.Td>
                  {c.trainees.length === 0
                    ? t('handover.plan.noTrainee')
                    : c.trainees.map((tr) => t('handover.plan.trainee', { name: tr.staffMember.name, count: tr.casesLeft })).join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  return (
    <Paper withBorder radius="md" p="md" data-testid="teaching-plan-section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('handover.plan.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('handover.plan.hint')}
        </Text>
        {body}
      </Stack>
    </Paper>
  );
}
