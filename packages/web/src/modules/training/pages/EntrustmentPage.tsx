import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, NativeSelect, Paper, Skeleton, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { ErrorState } from '../../../app/ui/ErrorState';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import type { EntrustmentCandidatesQuery, LogbookLevel } from '../../../generated/graphql';
import { EntrustmentCandidatesQuery as CandidatesQuery, RecordEntrustmentMutation } from '../graphql/entrustment.query';
import { ENTRUSTABLE_LEVELS, groupTitle } from '../progress';
import { TrainingTabs } from '../components/TrainingTabs';

type Candidate = EntrustmentCandidatesQuery['entrustmentCandidates'][number];

/** The supervisors' list: trainees who meet the rule in a procedure group, and the decision to record. */
export function EntrustmentPage() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(CandidatesQuery, { fetchPolicy: 'cache-and-network' });
  const [deciding, setDeciding] = useState<Candidate | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={300} radius="md" aria-hidden="true" />;
  const candidates = data?.entrustmentCandidates ?? [];
  const nameOf = (c: Candidate) => (i18n.language === 'km' && c.staffMember.nameKhmer ? c.staffMember.nameKhmer : c.staffMember.name);
  return (
    <Stack gap="lg">
      <title>{`${t('entrustment.candidatesTitle')} · ${t('app.name')}`}</title>
      <TrainingTabs />
      <Stack gap={2}>
        <Title order={1}>{t('entrustment.candidatesTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('entrustment.candidatesHint')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p="md" data-testid="entrustment-candidates">
        {candidates.length === 0 ? (
          <EmptyState icon={<IconUserCheck aria-hidden="true" />} title={t('entrustment.noCandidates')} />
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('entrustment.trainee')}</Table.Th>
                <Table.Th>{t('entrustment.group')}</Table.Th>
                <Table.Th>{t('entrustment.supervised')}</Table.Th>
                <Table.Th>{t('entrustment.entrusted')}</Table.Th>
                <Table.Th>{t('entrustment.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={`${c.staffMember.id}:${c.progress.procedureGroup.code}`} data-testid="candidate-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/training/progress?staff=${encodeURIComponent(c.staffMember.id)}`}>
                      {nameOf(c)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{groupTitle(c.progress.procedureGroup, language)}</Table.Td>
                  <Table.Td>{t('entrustment.supervisedOf', { cases: c.progress.supervisedCases, required: c.progress.requiredSupervisedCases })}</Table.Td>
                  <Table.Td>{c.progress.entrustedLevel ? t(`entrustment.level.${c.progress.entrustedLevel}`) : t('entrustment.notDecided')}</Table.Td>
                  <Table.Td>
                    <Button size="xs" onClick={() => setDeciding(c)} data-testid="candidate-decide" aria-label={t('entrustment.decideFor', { name: nameOf(c), group: groupTitle(c.progress.procedureGroup, language) })}>
                      {t('entrustment.recordDecision')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {deciding ? <DecisionDialog candidate={deciding} name={nameOf(deciding)} onClose={() => setDeciding(null)} onRecorded={() => void refetch()} /> : null}
    </Stack>
  );
}

function DecisionDialog({ candidate, name, onClose, onRecorded }: { candidate: Candidate; name: string; onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [record, { loading }] = useMutation(RecordEntrustmentMutation);
  const { errors, problem, submit } = useFormDialog(onClose);
  const [level, setLevel] = useState<LogbookLevel>('PERFORMED_INDEPENDENTLY');
  const [reason, setReason] = useState('');
  const send = () => {
    const found: Record<string, string> = {};
    if (!reason.trim()) found['reason'] = t('entrustment.problems.REASON');
    else if (reason.trim().length > 1000) found['reason'] = t('entrustment.problems.REASON_LONG');
    return submit(
      found,
      async () => {
        await record({ variables: { input: { staffId: candidate.staffMember.id, procedureGroup: candidate.progress.procedureGroup.code, level, reason: reason.trim() } } });
        onRecorded();
      },
      (path) => path === 'reason' || path === 'level',
    );
  };
  return (
    <FormDialog
      title={t('entrustment.decideFor', { name, group: groupTitle(candidate.progress.procedureGroup, language) })}
      problem={problem}
      onSubmit={send}
      onClose={onClose}
      submitLabel={t('entrustment.recordDecision')}
      submitting={loading}
      testId="decision"
    >
      <NativeSelect
        label={t('entrustment.levelLabel')}
        value={level}
        onChange={(e) => setLevel(e.currentTarget.value as LogbookLevel)}
        data={ENTRUSTABLE_LEVELS.map((l) => ({ value: l, label: t(`entrustment.level.${l}`) }))}
        error={errors['level']}
        data-testid="decision-level"
      />
      <Textarea label={t('entrustment.reason')} description={t('entrustment.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors['reason']} required autosize minRows={3} data-autofocus data-testid="decision-reason" />
    </FormDialog>
  );
}
