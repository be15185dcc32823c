import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { addDays, hospitalDate } from '@pj/shared';
import { IconCalendarEvent, IconCalendarX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpKind } from '../../../generated/graphql';
import { CancelFollowUpMutation, MoveFollowUpMutation } from '../graphql/follow-ups';
import { refusalOf, refusalText } from '../refusal';

export interface ChangeableFollowUp {
  id: string;
  version: number;
  kind: FollowUpKind;
  dueDate: string;
}

/** Move a booked follow-up to another day, or cancel it; each with a reason. */
export function FollowUpChange({ followUp, onChanged }: { followUp: ChangeableFollowUp; onChanged: (text: string) => void | Promise<unknown> }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'move' | 'cancel' | null>(null);
  const [dueDate, setDueDate] = useState(followUp.dueDate);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  const [move, moving] = useMutation(MoveFollowUpMutation);
  const [cancel, cancelling] = useMutation(CancelFollowUpMutation);
  const today = hospitalDate(new Date());
  const kind = t(`enums.FollowUpKind.${followUp.kind}`);

  const open = (next: 'move' | 'cancel') => {
    setMode(mode === next ? null : next);
    setReason('');
    setProblem(null);
    setDueDate(followUp.dueDate);
  };

  const submit = async () => {
    if (!reason.trim()) {
      setProblem({ text: t('cases.required'), field: 'reason' });
      return;
    }
    if (mode === 'move' && !dueDate) {
      setProblem({ text: t('cases.required'), field: 'dueDate' });
      return;
    }
    setProblem(null);
    try {
      if (mode === 'move') {
        await move({ variables: { input: { followUpId: followUp.id, dueDate, reason: reason.trim(), expectedVersion: followUp.version } } });
        setMode(null);
        await onChanged(t('cases.followUp.moved', { kind }));
      } else {
        await cancel({ variables: { input: { followUpId: followUp.id, reason: reason.trim(), expectedVersion: followUp.version } } });
        setMode(null);
        await onChanged(t('cases.followUp.cancelled', { kind }));
      }
    } catch (error) {
      setProblem({ text: refusalText(t, error), field: refusalOf(error)?.field });
    }
  };

  return (
    <Stack gap={6} mt={6}>
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant={mode === 'move' ? 'filled' : 'light'}
          leftSection={<IconCalendarEvent size={14} aria-hidden="true" />}
          aria-expanded={mode === 'move'}
          onClick={() => open('move')}
          data-testid="follow-up-move"
        >
          {t('cases.followUp.move')}
        </Button>
        <Button
          size="compact-sm"
          color="red"
          variant={mode === 'cancel' ? 'filled' : 'light'}
          leftSection={<IconCalendarX size={14} aria-hidden="true" />}
          aria-expanded={mode === 'cancel'}
          onClick={() => open('cancel')}
          data-testid="follow-up-cancel"
        >
          {t('cases.followUp.cancel')}
        </Button>
      </Group>
      {mode ? (
        <Paper
          withBorder
          radius="sm"
          p="xs"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          data-testid="follow-up-change-form"
        >
          <Stack gap="xs">
            {mode === 'move' ? (
              <TextInput
                type="date"
                label={t('cases.followUp.newDate')}
                required
                min={today}
                max={addDays(today, 3 * 365)}
                value={dueDate}
                onChange={(e) => setDueDate(e.currentTarget.value)}
                error={problem?.field === 'dueDate' ? problem.text : undefined}
                data-testid="follow-up-new-date"
                maw={220}
              />
            ) : null}
            <Textarea
              label={mode === 'move' ? t('cases.followUp.moveReason') : t('cases.followUp.cancelReason')}
              required
              autosize
              minRows={1}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={problem?.field === 'reason' ? problem.text : undefined}
              data-testid="follow-up-reason"
              data-autofocus
            />
            {problem && problem.field !== 'reason' && problem.field !== 'dueDate' ? (
              <Alert color="red" variant="light" role="alert" data-testid="follow-up-problem">
                {problem.text}
              </Alert>
            ) : null}
            <Group gap="xs">
              <Button type="submit" size="xs" color={mode === 'cancel' ? 'red' : undefined} loading={moving.loading || cancelling.loading} data-testid="follow-up-change-confirm">
                {mode === 'move' ? t('cases.followUp.confirmMove') : t('cases.followUp.confirmCancel')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setMode(null)}>
                {t('cases.followUp.keep')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
