import { useApolloClient } from '@apollo/client/react';
import { Button, CloseButton, Group, NativeSelect, Paper, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralRowFragment } from '../../../generated/graphql';
import { latinName } from '../../patients/names';
import { runBulk } from '../filters';
import { AssignReferralMutation } from '../graphql/referral-mutations';
import type { CaseManagerOption } from './ReferralDrawer';

const UNASSIGN = '__none__';

/** "Assign to…" for the selected rows: one `assignReferral` per row, partial failures reported. */
export function BulkAssign({
  selected,
  caseManagers,
  onClear,
  onDone,
}: {
  selected: readonly ReferralRowFragment[];
  caseManagers: readonly CaseManagerOption[];
  onClear: () => void;
  onDone: (failedIds: string[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [assignee, setAssignee] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const assign = async () => {
    if (!assignee) return;
    setBusy(true);
    setResult(null);
    const byId = new Map(selected.map((r) => [r.id, r]));
    const outcome = await runBulk(
      selected.map((r) => r.id),
      (id) =>
        client.mutate({
          mutation: AssignReferralMutation,
          variables: {
            input: {
              referralId: id,
              assigneeId: assignee === UNASSIGN ? null : assignee,
              expectedVersion: byId.get(id)?.version ?? null,
            },
          },
        }),
    );
    const failedIds = outcome.failed.map((f) => f.id);
    if (failedIds.length === 0) {
      setResult({ tone: 'ok', text: t('referrals.bulk.done', { count: outcome.succeeded.length }) });
    } else {
      const names = failedIds.map((id) => {
        const row = byId.get(id);
        return row?.patient ? `${latinName(row.patient)} (${row.patient.mrn})` : id;
      });
      setResult({
        tone: 'error',
        text: t('referrals.bulk.partial', { ok: outcome.succeeded.length, failed: failedIds.length, names: names.join(', ') }),
      });
    }
    await onDone(failedIds);
    setBusy(false);
  };

  if (selected.length === 0 && !result) return null;

  return (
    <Paper withBorder radius="md" p="sm" className="bulk-bar" data-testid="bulk-bar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        {selected.length > 0 ? (
          <>
            <Text fw={600} size="sm" data-testid="bulk-count" style={{ alignSelf: 'center' }}>
              {t('referrals.bulk.selected', { count: selected.length })}
            </Text>
            <NativeSelect
              label={t('referrals.bulk.assignTo')}
              aria-label={t('referrals.bulk.chooseAssignee')}
              value={assignee}
              onChange={(e) => setAssignee(e.currentTarget.value)}
              data={[
                { value: '', label: t('referrals.bulk.chooseAssignee'), disabled: true },
                ...caseManagers.map((u) => ({ value: u.id, label: u.displayName })),
                { value: UNASSIGN, label: t('referrals.bulk.unassign') },
              ]}
              data-testid="bulk-assignee"
              w={260}
            />
            <Button
              onClick={() => void assign()}
              loading={busy}
              disabled={!assignee}
              leftSection={<IconUserCheck size={16} aria-hidden="true" />}
              data-testid="bulk-assign"
            >
              {t('referrals.bulk.assign')}
            </Button>
            <Button variant="subtle" onClick={onClear}>
              {t('referrals.bulk.clearSelection')}
            </Button>
          </>
        ) : null}
      </Group>
      {result ? (
        <Group gap="xs" mt="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" c={result.tone === 'ok' ? 'green.8' : 'red.8'} role={result.tone === 'ok' ? 'status' : 'alert'} data-testid="bulk-result" style={{ flex: 1 }}>
            {result.text}
          </Text>
          <CloseButton size="sm" aria-label={t('common.close')} onClick={() => setResult(null)} />
        </Group>
      ) : null}
    </Paper>
  );
}
