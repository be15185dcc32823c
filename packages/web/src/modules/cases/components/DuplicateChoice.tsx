import { Button, Group, Text } from '@mantine/core';
import { IconUserCheck, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidateView } from '../../patients/hooks/useDuplicateCandidates';
import { latinName } from '../../patients/names';

/** "Same person" or "different person" for one duplicate candidate. */
export function DuplicateChoice({
  candidate,
  different,
  samePersonLabel,
  onSame,
  onDifferent,
}: {
  candidate: DuplicateCandidateView;
  different: boolean;
  samePersonLabel: 'cases.duplicate.useForReferral' | 'cases.duplicate.openRecord';
  onSame: () => void;
  onDifferent: () => void;
}) {
  const { t } = useTranslation();
  const name = latinName(candidate.patient);
  if (different) {
    return (
      <Text size="xs" c="dimmed" data-testid="duplicate-marked-different">
        <IconUserX size={12} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 4 }} />
        {t('cases.duplicate.markedDifferent')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconUserCheck size={14} aria-hidden="true" />}
        onClick={onSame}
        aria-label={`${t('cases.duplicate.same')}: ${t(samePersonLabel)} — ${name}`}
        data-testid="duplicate-same"
      >
        {t('cases.duplicate.same')}
      </Button>
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconUserX size={14} aria-hidden="true" />}
        onClick={onDifferent}
        aria-label={`${t('cases.duplicate.different')} — ${name}`}
        data-testid="duplicate-different"
      >
        {t('cases.duplicate.different')}
      </Button>
    </Group>
  );
}
