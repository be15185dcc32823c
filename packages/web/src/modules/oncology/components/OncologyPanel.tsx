import { codeLabel } from '../../../app/ui/code-label';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconPlus, IconPlayerPlay, IconRibbonHealth } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { PatientOncologyQuery } from '../graphql/oncology.query';
import { DiagnosisDialog, StartPlanDialog } from './OncologyDialogs';
import { PlanActions } from './PlanActions';
import { TreatmentCalendar } from './TreatmentCalendar';

const PLAN_COLOR = { ACTIVE: 'clinical', COMPLETED: 'teal', STOPPED: 'gray', REFUSED: 'orange' } as const;

/** Cancer diagnoses, chemotherapy plans and their calendars on the patient page. */
export function OncologyPanel({ patientId, deceased = false }: { patientId: string; deceased?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { permissions } = useSignedInSession();
  // Nothing clinical is recorded after a death.
  const canManage = permissions.has(Permission.MANAGE_ADMISSIONS) && !deceased;
  const [dialog, setDialog] = useState<'diagnosis' | 'plan' | null>(null);
  const { data, loading, error, refetch } = useQuery(PatientOncologyQuery, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  const diagnoses = data?.patient?.oncologyDiagnoses ?? [];
  const plans = data?.patient?.treatmentPlans ?? [];
  const activePlan = plans.find((p) => p.status === 'ACTIVE');
  const latest = diagnoses[0] ?? null;

  let body;
  if (data?.patient) {
    body = (
      <Stack gap="md">
        {diagnoses.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="no-diagnosis">
            {t('oncology.noDiagnosis')}
          </Text>
        ) : (
          <ul className="plain-list" data-testid="diagnoses">
            {diagnoses.map((d) => (
              <li key={d.id} data-testid="diagnosis">
                <Text fw={600} span>
                  {t(`enums.CancerType.${d.cancerType}`)}
                </Text>{' '}
                <Badge variant="light" color="grape" ml={4}>
                  {t('oncology.stageBadge', { scheme: t(`enums.StageScheme.${d.stageScheme}`), stage: d.stage })}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('oncology.diagnosedOn', { date: formatLocalDate(d.diagnosedOn, language), basis: t(`enums.DiagnosisBasis.${d.basis}`) })}
                  {d.notes ? ` · ${d.notes}` : ''}
                </Text>
                {d.diagnosisCode || d.topography || d.morphology ? (
                  <Text size="sm" data-testid="diagnosis-codes">
                    {[d.diagnosisCode, d.topography, d.morphology].flatMap((c) => (c ? [codeLabel(c, language)] : [])).join(' · ')}
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canManage ? (
          <Group gap="sm">
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setDialog('diagnosis')} data-testid="diagnosis-open">
              {t('oncology.diagnosis.open')}
            </Button>
            {!activePlan ? (
              <Button leftSection={<IconPlayerPlay size={16} aria-hidden="true" />} onClick={() => setDialog('plan')} data-testid="plan-open">
                {t('oncology.plan.open')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {plans.map((plan) => (
          <Paper key={plan.id} withBorder radius="md" p="md" data-testid="treatment-plan" data-status={plan.status}>
            <Group justify="space-between" wrap="wrap" mb="xs">
              <div>
                <Title order={3} size="h4">
                  {plan.protocol.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('oncology.planFacts', {
                    date: formatLocalDate(plan.startDate, language),
                    height: plan.heightCm,
                    weight: plan.weightKg,
                    bsa: plan.bodySurfaceArea.toFixed(2),
                  })}
                </Text>
              </div>
              <Badge color={PLAN_COLOR[plan.status]} variant="light">
                {t(`enums.TreatmentPlanStatus.${plan.status}`)}
              </Badge>
            </Group>
            {plan.endedOn ? (
              <Text size="sm" mb="xs" data-testid="plan-ended">
                {t('oncology.endedOn', { date: formatLocalDate(plan.endedOn, language), status: t(`enums.TreatmentPlanStatus.${plan.status}`) })}
                {plan.refusedBy ? ` · ${t(`enums.RefusedBy.${plan.refusedBy}`)}` : ''}
                {plan.endNote ? ` · ${plan.endNote}` : ''}
              </Text>
            ) : null}
            <TreatmentCalendar startDate={plan.startDate} administrations={plan.administrations} canRecord={canManage && plan.status === 'ACTIVE'} />
            {plan.toxicities.length > 0 || plan.responseAssessments.length > 0 ? (
              <Group align="flex-start" gap="xl" mt="sm" wrap="wrap">
                {plan.toxicities.length > 0 ? (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('oncology.toxicity.list')}
                    </Text>
                    <ul className="plain-list" data-testid="toxicities">
                      {plan.toxicities.map((x) => (
                        <li key={x.id}>
                          <Text size="sm" span>
                            {formatLocalDate(x.onsetOn, language)} · {x.otherTerm ?? x.ctcaeTerm} ·{' '}
                          </Text>
                          <Badge size="sm" color={x.grade >= 4 ? 'red' : x.grade === 3 ? 'orange' : 'yellow'} variant="light">
                            {t('oncology.toxicity.gradeBadge', { grade: x.grade })}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {plan.responseAssessments.length > 0 ? (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('oncology.response.list')}
                    </Text>
                    <ul className="plain-list" data-testid="responses">
                      {plan.responseAssessments.map((r) => (
                        <li key={r.id}>
                          <Text size="sm">
                            {formatLocalDate(r.assessedOn, language)} · {t(`enums.ResponseCategory.${r.response}`)} ({t(`enums.AssessmentMethod.${r.method}`)})
                          </Text>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </Group>
            ) : null}
            {canManage && plan.status === 'ACTIVE' ? <PlanActions plan={plan} /> : null}
          </Paper>
        ))}
      </Stack>
    );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (loading) {
    body = <Skeleton height={48} radius="sm" aria-hidden="true" />;
  } else {
    body = null;
  }

  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="oncology-title" data-testid="oncology-panel">
      <Group gap="xs" mb="sm">
        <IconRibbonHealth size={22} stroke={1.7} aria-hidden="true" color="var(--mantine-color-grape-7)" />
        <Title order={2} size="h3" id="oncology-title">
          {t('oncology.title')}
        </Title>
      </Group>
      {body}
      {dialog === 'diagnosis' ? <DiagnosisDialog patientId={patientId} onClose={() => setDialog(null)} /> : null}
      {dialog === 'plan' ? <StartPlanDialog patientId={patientId} cancerType={latest?.cancerType ?? null} onClose={() => setDialog(null)} /> : null}
    </Paper>
  );
}
