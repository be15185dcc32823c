import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconScale } from '@tabler/icons-react';
import { Permission } from '@pj/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocalDate, formatNumber } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import type { PatientAllergiesWeightFragment } from '../../../generated/graphql';
import { allergyDisplay } from '../allergy-weight';

// The forms load when opened: most visits only read the record.
const AllergiesDialog = lazy(() => import('./AllergyWeightDialogs').then((m) => ({ default: m.AllergiesDialog })));
const WeightDialog = lazy(() => import('./AllergyWeightDialogs').then((m) => ({ default: m.WeightDialog })));

/** "Penicillin (Anaphylaxis: hives)": an allergy in one line. */
export function useAllergyLine() {
  const { t } = useTranslation();
  return (a: { substance: string; reaction?: string | null; severity: string }) =>
    `${a.substance} (${[t(`enums.AllergySeverity.${a.severity as 'MILD'}`), a.reaction].filter(Boolean).join(': ')})`;
}

/**
 * Allergies and the latest weight at the top of the patient page: allergies prominently when
 * there are any, "No known allergies", or a warning that nobody has asked; the clinical roles
 * record both from here.
 */
export function AllergyWeightSummary({ patient, deceased }: { patient: PatientAllergiesWeightFragment; deceased: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  const canRecord = permissions.has(Permission.RECORD_ALLERGIES_AND_WEIGHT) && !deceased;
  const [open, setOpen] = useState<'allergies' | 'weight' | null>(null);
  const display = allergyDisplay(patient);
  const line = useAllergyLine();
  const weight = patient.latestWeight;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="allergy-weight-title" data-testid="allergy-weight">
      <Stack gap="sm">
        <Title order={2} size="h4" id="allergy-weight-title">
          {t('allergyWeight.title')}
        </Title>
        {display.kind === 'LIST' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('allergyWeight.allergies')} data-testid="allergies" data-state="ALLERGIES">
            <Stack gap={4}>
              {display.items.map((a) => (
                <Text key={a.substance} fw={700} data-testid="allergy">
                  {line(a)}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : display.kind === 'NONE_KNOWN' ? (
          <Group gap="xs" data-testid="allergies" data-state="NO_KNOWN_ALLERGIES">
            <Text fw={500}>{`${t('allergyWeight.allergies')}:`}</Text>
            <Badge color="gray" variant="light" size="lg">
              {t('allergyWeight.noneKnown')}
            </Badge>
          </Group>
        ) : (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={t('allergyWeight.notRecorded')} data-testid="allergies" data-state="NOT_RECORDED">
            <Text size="sm">{t('allergyWeight.notRecordedHint')}</Text>
          </Alert>
        )}
        {patient.allergiesRecordedAt ? (
          <Text size="sm" c="dimmed">
            {t('allergyWeight.confirmed', { when: formatDateTime(patient.allergiesRecordedAt, language) })}
          </Text>
        ) : null}
        <Group gap="xs" data-testid="latest-weight">
          <IconScale size={18} aria-hidden="true" />
          <Text fw={500}>{`${t('allergyWeight.weight')}:`}</Text>
          <Text>
            {weight
              ? t('allergyWeight.weightOn', { kg: formatNumber(weight.weightKg, language, { maximumFractionDigits: 2 }), date: formatLocalDate(weight.measuredOn, language) })
              : t('allergyWeight.noWeight')}
          </Text>
        </Group>
        {canRecord ? (
          <Group gap="sm">
            <Button variant="light" onClick={() => setOpen('allergies')} data-testid="record-allergies-open">
              {display.kind === 'NOT_RECORDED' ? t('allergyWeight.recordAllergies') : t('allergyWeight.changeAllergies')}
            </Button>
            <Button variant="light" onClick={() => setOpen('weight')} data-testid="record-weight-open">
              {t('allergyWeight.recordWeight')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Suspense fallback={null}>
        {open === 'allergies' ? <AllergiesDialog patient={patient} onClose={() => setOpen(null)} /> : null}
        {open === 'weight' ? <WeightDialog patient={patient} onClose={() => setOpen(null)} /> : null}
      </Suspense>
    </Paper>
  );
}
