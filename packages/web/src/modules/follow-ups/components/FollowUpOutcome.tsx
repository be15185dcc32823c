import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPhoneOff, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf } from '../../../app/form-errors';
import type { Day30Status, FollowUpRowFragment } from '../../../generated/graphql';
import { toRecordFollowUpInput, type OutcomeChoice } from '../follow-ups';
import { RecordFollowUpMutation } from '../graphql/follow-ups.query';

const DAY_30_STATUSES = ['ALIVE', 'READMITTED', 'DIED'] as const satisfies readonly Day30Status[];

/** Records a follow-up's outcome in its row: attended or missed; a day-30 call's finding. */
export function FollowUpOutcome({ followUp, onRecorded }: { followUp: FollowUpRowFragment; onRecorded: (text: string) => void }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState('');
  const [day30Status, setDay30Status] = useState<Day30Status | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordFollowUpMutation, { refetchQueries: ['FollowUps', 'PatientPage'], awaitRefetchQueries: true });
  const call = followUp.kind === 'DAY_30_CALL';

  const save = async (choice: OutcomeChoice) => {
    const input = toRecordFollowUpInput(followUp, choice, notes);
    if (!input) {
      setError(t('followUps.chooseStatus'));
      return;
    }
    setError(null);
    try {
      await record({ variables: { input } });
      onRecorded(
        choice.outcome === 'MISSED'
          ? t('followUps.recordedMissed', { kind: t(`enums.FollowUpKind.${followUp.kind}`) })
          : t('followUps.recordedAttended', { kind: t(`enums.FollowUpKind.${followUp.kind}`) }),
      );
    } catch (e) {
      const problem = formProblemOf(e, () => false);
      setError(problem.conflict ? t('forms.conflict') : problem.form[0] ?? t('forms.failed'));
    }
  };

  return (
    <div className="follow-up-outcome" data-testid="follow-up-outcome">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          label={t('followUps.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          data-testid="follow-up-notes"
          w={200}
        />
        {call ? (
          <>
            <NativeSelect
              size="xs"
              label={t('followUps.day30Status')}
              value={day30Status}
              onChange={(e) => setDay30Status(e.currentTarget.value as Day30Status | '')}
              data={[
                { value: '', label: t('followUps.chooseStatus') },
                ...DAY_30_STATUSES.map((s) => ({ value: s, label: t(`enums.Day30Status.${s}`) })),
              ]}
              data-testid="follow-up-day30"
            />
            <Button
              size="xs"
              color={day30Status === 'DIED' ? 'red' : 'teal'}
              leftSection={<IconCheck size={14} aria-hidden="true" />}
              loading={loading}
              onClick={() => void save(day30Status ? { outcome: 'ATTENDED', day30Status } : { outcome: 'ATTENDED' })}
              data-testid="follow-up-reached"
            >
              {day30Status === 'DIED' ? t('followUps.recordDeath') : t('followUps.reached')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPhoneOff size={14} aria-hidden="true" />}
              loading={loading}
              onClick={() => void save({ outcome: 'MISSED' })}
              data-testid="follow-up-not-reached"
            >
              {t('followUps.notReached')}
            </Button>
          </>
        ) : (
          <>
            <Button
              size="xs"
              color="teal"
              leftSection={<IconCheck size={14} aria-hidden="true" />}
              loading={loading}
              onClick={() => void save({ outcome: 'ATTENDED' })}
              data-testid="follow-up-attended"
            >
              {t('followUps.attended')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconX size={14} aria-hidden="true" />}
              loading={loading}
              onClick={() => void save({ outcome: 'MISSED' })}
              data-testid="follow-up-missed"
            >
              {t('followUps.missed')}
            </Button>
          </>
        )}
      </Group>
      {error ? (
        <Text size="xs" c="red.8" role="alert" mt={4}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}
