import { Alert, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatNumber } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { PatientAllergiesWeightFragment } from '../../../generated/graphql';
import { knownAllergyFromRecord } from '../../patients/allergy-weight';
import { useAllergyLine } from '../../patients/components/AllergyWeightSummary';
import { checklistHeaderFacts, type ChecklistHeaderFacts } from '../checklist';

function Fact({ label, children, testId, warning = false }: { label: string; children: React.ReactNode; testId: string; warning?: boolean }) {
  return (
    <Stack gap={0} data-testid={testId} data-warning={warning || undefined}>
      <Text size="sm" fw={600} c="dark.6">
        {label}
      </Text>
      <Group gap={6} wrap="nowrap" align="flex-start">
        {warning ? <IconAlertTriangle size={18} color="var(--mantine-color-orange-9)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 4 }} /> : null}
        <Text size="lg" fw={warning ? 700 : 500} c={warning ? 'orange' : undefined}>
          {children}
        </Text>
      </Group>
    </Stack>
  );
}

/**
 * The checklist header's facts about the patient on the table: the latest weight with its day,
 * allergies (a red list, "No known allergies", or a warning that nobody asked), the side of
 * the operation and the procedure. A missing weight or side is a warning too.
 */
export function ChecklistPatientFacts({
  patient,
  side,
  procedure,
}: {
  patient: PatientAllergiesWeightFragment;
  side: ChecklistHeaderFacts['side'];
  procedure: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const line = useAllergyLine();
  const facts = checklistHeaderFacts(patient, side);
  const allergies = facts.allergies;

  return (
    <Stack gap="sm" mt="xs" aria-label={t('allergyWeight.checklist.facts')} role="group" data-testid="checklist-header-facts">
      {allergies.kind === 'LIST' ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('allergyWeight.checklist.allergies')} data-testid="checklist-allergies" data-state="ALLERGIES">
          <Stack gap={2}>
            {allergies.items.map((a) => (
              <Text key={a.substance} size="lg" fw={700}>
                {line(a)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : allergies.kind === 'NOT_RECORDED' ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('allergyWeight.notRecorded')} data-testid="checklist-allergies" data-state="NOT_RECORDED">
          <Text size="sm">{t('allergyWeight.notRecordedHint')}</Text>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <Fact label={t('allergyWeight.checklist.weight')} testId="checklist-weight" warning={!facts.weight}>
          {facts.weight
            ? t('allergyWeight.weightOn', { kg: formatNumber(facts.weight.kg, language, { maximumFractionDigits: 2 }), date: formatLocalDate(facts.weight.measuredOn, language) })
            : t('allergyWeight.checklist.noWeight')}
        </Fact>
        {allergies.kind === 'NONE_KNOWN' ? (
          <Fact label={t('allergyWeight.checklist.allergies')} testId="checklist-allergies">
            {t('allergyWeight.noneKnown')}
          </Fact>
        ) : null}
        <Fact label={t('allergyWeight.checklist.side')} testId="checklist-side" warning={!facts.side}>
          {facts.side ? t(`booking.sides.${facts.side}`) : t('allergyWeight.checklist.sideNotGiven')}
        </Fact>
        <Fact label={t('allergyWeight.checklist.procedure')} testId="checklist-procedure">
          {procedure}
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

/** Beside "Known allergy?": what the patient's record says, and a warning when the answer given says otherwise. */
export function KnownAllergyFromRecord({ patient, answer }: { patient: PatientAllergiesWeightFragment; answer: string | undefined }) {
  const { t } = useTranslation();
  const line = useAllergyLine();
  const { expected, disagrees } = knownAllergyFromRecord(patient, answer);
  const text =
    expected === 'YES'
      ? t('allergyWeight.checklist.recordSays', { what: patient.allergies.map(line).join(', ') })
      : expected === 'NO'
        ? t('allergyWeight.checklist.recordNone')
        : t('allergyWeight.checklist.recordNotRecorded');
  const color = expected === 'YES' ? 'red' : expected === 'NO' ? 'gray' : 'orange';
  return (
    <Stack gap={4} data-testid="known-allergy-record" data-expected={expected ?? ''}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        {expected === 'NO' ? (
          <IconCheck size={18} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
        ) : (
          <IconInfoCircle size={18} color={`var(--mantine-color-${color}-9)`} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
        )}
        <Text size="md" fw={expected === 'NO' ? 500 : 700} c={expected === 'YES' ? 'red.9' : expected === null ? 'orange' : undefined}>
          {text}
        </Text>
      </Group>
      {disagrees ? (
        <Text size="md" fw={700} c="red.9" role="status" data-testid="known-allergy-disagrees">
          {t('allergyWeight.checklist.disagrees')}
        </Text>
      ) : null}
    </Stack>
  );
}
