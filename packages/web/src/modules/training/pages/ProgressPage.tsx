import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { hasCode } from '../../../app/graphql-errors';
import { useSignedInSession } from '../../../app/session/session-store';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { MyStaffMemberQuery, TrainingProgressQuery } from '../graphql/entrustment.query';
import { DevelopmentSection } from '../components/DevelopmentSection';
import { ProgressTable } from '../components/ProgressTable';
import { TrainingTabs } from '../components/TrainingTabs';
import { staffName } from '../../surgery/staff-name';

/**
 * Training progress per procedure group and development beyond the theatre: one's own, or
 * (`?staff=<id>`, READ_TRAINING) a trainee's.
 */
export function ProgressPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('staff');
  // Also with `?staff=`: one's own record opened by its ID is still one's own (add and remove).
  const own = useQuery(MyStaffMemberQuery, { fetchPolicy: 'cache-and-network' });
  const ownId = own.data?.me.staffMember?.id ?? null;
  const staffId = asked ?? ownId;
  if (!asked && own.error && !own.data) return <ErrorState error={own.error} onRetry={() => void own.refetch()} />;
  if (!asked && !own.data) return <Skeleton height={300} radius="md" aria-hidden="true" />;
  if (!staffId) {
    return (
      <Stack gap="lg" data-testid="progress-page">
        <title>{`${t('entrustment.myTitle')} · ${t('app.name')}`}</title>
        <TrainingTabs />
        <Title order={1}>{t('entrustment.myTitle')}</Title>
        <EmptyState icon={<IconChartBar aria-hidden="true" />} title={t('entrustment.notLinked')} hint={t('entrustment.notLinkedHint')} />
      </Stack>
    );
  }
  return <StaffProgress staffId={staffId} mine={staffId === ownId} />;
}

function StaffProgress({ staffId, mine }: { staffId: string; mine: boolean }) {
  const { t, i18n } = useTranslation();
  const { permissions } = useSignedInSession();
  const { data, loading, error, refetch } = useQuery(TrainingProgressQuery, { variables: { staffId }, fetchPolicy: 'cache-and-network' });
  if (hasCode(error, 'FORBIDDEN') && !data?.trainingProgress) return <NotAvailablePage />;
  if (hasCode(error, 'NOT_FOUND') || hasCode(error, 'BAD_USER_INPUT')) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={300} radius="md" aria-hidden="true" />;
  const member = data?.staffMember;
  if (!data || !member) return <NotFoundPage />;
  const name = staffName(member, i18n.language);
  const title = mine ? t('entrustment.myTitle') : t('entrustment.title', { name });
  return (
    <Stack gap="lg" data-testid="progress-page">
      <title>{`${title} · ${t('app.name')}`}</title>
      <TrainingTabs />
      <Stack gap={2}>
        <Title order={1} data-testid="progress-name">
          {title}
        </Title>
        {mine ? <Text c="dimmed">{name}</Text> : null}
        <Text c="dimmed" size="sm">
          {t('entrustment.rule')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('entrustment.byGroup')}
          </Title>
          {(data.trainingProgress ?? []).length === 0 ? <Text c="dimmed">{t('entrustment.noProgress')}</Text> : <ProgressTable rows={data.trainingProgress ?? []} />}
        </Stack>
      </Paper>
      <DevelopmentSection
        staffId={staffId}
        activities={member.development ?? []}
        editable={mine || permissions.has(Permission.MANAGE_MISSIONS)}
        onChanged={() => void refetch()}
      />
    </Stack>
  );
}
