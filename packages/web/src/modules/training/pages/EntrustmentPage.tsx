import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { EmptyState } from '../../../app/ui/EmptyState';
import { QueryStates } from '../../../app/ui/QueryStates';
import { FormDialog, useFormDialog } from '../../../app/ui/FormDialog';
import type { EntrustmentCandidatesQuery, LogbookLevel } from '../../../generated/graphql';
import { EntrustmentCandidatesQuery as CandidatesQuery, RecordEntrustmentMutation } from '../graphql/entrustment.query';
import { ENTRUSTABLE_LEVELS, groupTitle } from '../progress';
import { TrainingTabs } from '../components/TrainingTabs';
import { staffName } from '../../surgery/staff-name';

type Candidate = EntrustmentCandidatesQuery['entrustmentCandidates'][number];

/** The supervisors' list: trainees who meet the rule in a procedure group, and the decision to record. */
export function EntrustmentPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery(CandidatesQuery, { fetchPolicy: 'cache-and-network' });
  const [deciding, setDeciding] = useState<Candidate | null>(null);
  const candidates = query.data?.entrustmentCandidates ?? [];
  const nameOf = (c: Candidate) => staffName(c.staffMember, language);
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
      <QueryStates
        query={query}
        isEmpty={candidates.length === 0}
        empty={
          <Paper withBorder radius="md" p="md" data-testid="entrustment-candidates">
            <EmptyState icon={<IconUserCheck aria-hidden="true" />} title={t('entrustment.noCandidates')} />
          </Paper>
        }
      >
        <Paper withBorder radius="md" p="md" data-testid="entrustment-candidates">
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
                  <Table.Td>{c.progress.entrustedLevel ? t(`enums.LogbookLevel.${c.progress.entrustedLevel}`) : t('entrustment.notDecided')}</Table.Td>
                  <Table.Td>
                    <Button size="xs" onClick={() => setDeciding(c)} data-testid="candidate-decide" aria-label={t('entrustment.decideFor', { name: nameOf(c), group: groupTitle(c.progress.procedureGroup, language) })}>
                      {t('entrustment.recordDecision')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </QueryStates>
      {deciding ? <DecisionDialog candidate={deciding} name={nameOf(deciding)} onClose={() => setDeciding(null)} onRecorded={() => void query.refetch()} /> : null}
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
        data={ENTRUSTABLE_LEVELS.map((l) => ({ value: l, label: t(`enums.LogbookLevel.${l}`) }))}
        error={errors['level']}
        data-testid="decision-level"
      />
      <Textarea label={t('entrustment.reason')} description={t('entrustment.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors['reason']} required autosize minRows={3} data-autofocus data-testid="decision-reason" />
    </FormDialog>
  );
}
