import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCopy, IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidateView } from '../hooks/useDuplicateCandidates';
import { khmerName, latinName } from '../names';
import { STRONG_SCORE, isDuplicateReason } from '../registration';
import { patientPath } from './PatientTable';

/** The live duplicate check beside the registration form. */
export function DuplicateWarnings({
  candidates,
  checking,
  failed,
  asked,
  actions,
}: {
  candidates: readonly DuplicateCandidateView[];
  checking: boolean;
  failed: boolean;
  asked: boolean;
  /** What the user can do with a candidate ("same person", "different person"). */
  actions?: (candidate: DuplicateCandidateView) => ReactNode;
}) {
  const { t } = useTranslation();
  if (!asked && !checking) return null;
  return (
    <section aria-labelledby="duplicates-title" aria-live="polite" data-testid="duplicate-warnings">
      <Group gap="xs" mb="xs">
        <IconCopy size={18} aria-hidden="true" />
        <Text fw={700} id="duplicates-title">
          {t('register.duplicates.title')}
        </Text>
        {checking ? <Loader size={14} role="status" aria-label={t('register.duplicates.checking')} /> : null}
      </Group>
      {failed ? (
        <Text size="sm" c="red.8">
          {t('register.duplicates.failed')}
        </Text>
      ) : candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {checking ? t('register.duplicates.checking') : t('register.duplicates.none')}
        </Text>
      ) : (
        <Alert color="yellow" variant="light" p="sm">
          <Text size="sm" mb="sm">
            {t('register.duplicates.intro')}
          </Text>
          <ul className="duplicate-list">
            {candidates.map((c) => {
              const khmer = khmerName(c.patient);
              const strong = c.score >= STRONG_SCORE;
              return (
                <li key={c.patient.id} data-testid="duplicate-candidate" data-mrn={c.patient.mrn}>
                  <Paper withBorder radius="sm" p="xs">
                    <Stack gap={4}>
                      <Group gap="xs" justify="space-between" wrap="nowrap">
                        <Anchor href={patientPath(c.patient.id)} target="_blank" rel="noopener" fw={600} c="clinical.8" size="sm">
                          {latinName(c.patient)}
                          <IconExternalLink size={12} aria-label={t('register.duplicates.open')} style={{ marginLeft: 4 }} />
                        </Anchor>
                        <Badge color={strong ? 'red' : 'yellow'} variant={strong ? 'filled' : 'light'} radius="sm" size="sm">
                          {strong ? `${t('register.duplicates.strong')} · ` : ''}
                          {t('register.duplicates.score', { score: Math.round(c.score * 100) })}
                        </Badge>
                      </Group>
                      {khmer ? (
                        <Text size="sm" lang="km" className="khmer">
                          {khmer}
                        </Text>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        <span className="mrn">{c.patient.mrn}</span> · {t('age.years', { count: c.patient.age })} · {c.patient.province.name}
                      </Text>
                      <Group gap={4}>
                        {c.reasons.map((r) => (
                          <Badge key={r} size="xs" variant="outline" color="gray" radius="sm" data-reason={r}>
                            {isDuplicateReason(r) ? t(`enums.DuplicateReason.${r}`) : r}
                          </Badge>
                        ))}
                      </Group>
                      {actions ? actions(c) : null}
                    </Stack>
                  </Paper>
                </li>
              );
            })}
          </ul>
        </Alert>
      )}
    </section>
  );
}
