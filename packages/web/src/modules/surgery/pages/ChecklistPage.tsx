import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { hasCode } from '../../../app/graphql-errors';
import { ErrorState } from '../../../app/ui/ErrorState';
import type { ChecklistAnswer, ChecklistItemKey } from '../../../generated/graphql';
import { answerTone, PHASE_ORDER, phaseState, recordedRisks, unanswered, type AnswerTone, type Phase } from '../checklist';
import { MutationErrorAlert, dateTimeOf, timeOf } from '../components/common';
import { PatientAge } from '../../patients/components/PatientAge';
import { khmerName, latinName } from '../../patients/names';
import { localDayAndMinute } from '../plan';
import { ChecklistItemsQuery, RecordChecklistPhaseMutation, SurgeryQuery } from '../graphql/surgery.query';
import { ChecklistPatientFacts, KnownAllergyFromRecord } from '../components/ChecklistPatientFacts';

/** Answers are coloured by whether they are safe for their item, never by yes or no (checklist.ts). */
const TONE_COLOR: Record<AnswerTone, string> = { SAFE: 'teal', WARNING: 'red', NEUTRAL: 'gray' };

export function ChecklistPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const surgeryQuery = useQuery(SurgeryQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const itemsQuery = useQuery(ChecklistItemsQuery, { fetchPolicy: 'cache-first' });
  const [record, recordState] = useMutation(RecordChecklistPhaseMutation);
  const [answers, setAnswers] = useState<Map<ChecklistItemKey, ChecklistAnswer>>(new Map());
  const [viewing, setViewing] = useState<Phase | null>(null);

  const error = surgeryQuery.error ?? itemsQuery.error;
  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (error && !(surgeryQuery.data && itemsQuery.data)) {
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void surgeryQuery.refetch();
          void itemsQuery.refetch();
        }}
      />
    );
  }
  if (!surgeryQuery.data || !itemsQuery.data) return <Skeleton height={400} radius="md" aria-hidden="true" />;
  const surgery = surgeryQuery.data.node?.__typename === 'Surgery' ? surgeryQuery.data.node : null;
  if (!surgery) return <NotFoundPage />;

  const items = itemsQuery.data.checklistItems;
  const recorded = surgery.checklist;
  const current = PHASE_ORDER.find((p) => phaseState(p, recorded) === 'CURRENT') ?? null;
  const shown: Phase = viewing ?? current ?? 'SIGN_OUT';
  const state = phaseState(shown, recorded);
  const done = recorded.find((r) => r.phase === shown);
  const phaseItems = items.filter((item) => item.phase === shown);
  const missing = unanswered(items, shown, answers);
  const editable = state === 'CURRENT' && surgery.status === 'SCHEDULED';
  const risks = recordedRisks(recorded);
  const signInDone = recorded.some((r) => r.phase === 'SIGN_IN');

  const submit = async () => {
    if (!editable || missing.length > 0) return;
    try {
      await record({
        variables: {
          input: { surgeryId: surgery.id, phase: shown, answers: phaseItems.map((item) => ({ item: item.key, answer: answers.get(item.key)! })) },
        },
      });
      setAnswers(new Map());
      setViewing(null);
      window.scrollTo({ top: 0 });
    } catch {
      // Shown from recordState.error.
    }
  };

  return (
    <Stack gap="lg" className="checklist-screen" fz="lg">
      <title>{`${t('checklist.title')} · ${t('app.name')}`}</title>
      <Stack gap={4}>
        <Title order={1}>{t('checklist.title')}</Title>
        {surgery.patient ? (
          <div className="checklist-patient" data-testid="checklist-patient">
            {khmerName(surgery.patient) ? (
              <Text size="xl" fw={700} lang="km" className="checklist-patient__khmer" data-testid="checklist-name-khmer">
                {khmerName(surgery.patient)}
              </Text>
            ) : null}
            <Text size="xl" fw={700} data-testid="checklist-name-latin">
              {latinName(surgery.patient)}
            </Text>
            <Text size="md" data-testid="checklist-facts">
              <PatientAge age={surgery.patient.age} birthDate={surgery.patient.birthDate} estimated={surgery.patient.birthDateEstimated} />
              {` · ${t(`enums.Sex.${surgery.patient.sex}`)} · ${surgery.patient.mrn}`}
            </Text>
            <ChecklistPatientFacts patient={surgery.patient} side={surgery.side ?? null} procedure={surgery.procedure} />
          </div>
        ) : null}
        {risks.length > 0 || signInDone ? (
          <Group gap="xs" data-testid="checklist-risks" aria-label={t('fit.checklist.risks')}>
            {risks.length > 0 ? (
              risks.map((item) => (
                <Badge key={item} size="lg" color="red" variant="light" leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}>
                  {t(`fit.checklist.risk.${item as 'KNOWN_ALLERGY'}`)}
                </Badge>
              ))
            ) : (
              <Badge size="lg" color="teal" variant="light">
                {t('fit.checklist.noRisk')}
              </Badge>
            )}
          </Group>
        ) : null}
        <Text size="md" c="dimmed">
          {`${surgery.theatre.name} · ${timeOf(surgery.scheduledStart)}–${timeOf(surgery.scheduledEnd)}`}
        </Text>
      </Stack>

      <Stepper
        active={current ? PHASE_ORDER.indexOf(current) : 3}
        onStepClick={(index) => {
          const phase = PHASE_ORDER[index];
          if (phase && phaseState(phase, recorded) !== 'LOCKED') setViewing(phase);
        }}
        size="lg"
        allowNextStepsSelect={false}
      >
        {PHASE_ORDER.map((phase) => {
          const r = recorded.find((x) => x.phase === phase);
          return (
            <Stepper.Step
              key={phase}
              label={t(`enums.ChecklistPhase.${phase}`)}
              description={r ? t('checklist.recordedBy', { who: r.recordedBy ?? '—', when: dateTimeOf(r.recordedAt) }) : phaseState(phase, recorded) === 'LOCKED' ? t('checklist.locked') : t('checklist.toDo')}
              data-testid={`step-${phase}`}
              data-state={phaseState(phase, recorded)}
            />
          );
        })}
      </Stepper>

      {current === null ? (
        <Alert color="teal" icon={<IconCheck aria-hidden="true" />} data-testid="checklist-complete" title={t('checklist.complete')}>
          {surgery.status === 'SCHEDULED' ? (
            <Button component={Link} to={`/surgeries/${encodeURIComponent(surgery.id)}/record`} mt="xs" size="md" data-testid="go-record">
              {t('checklist.goRecord')}
            </Button>
          ) : (
            <Text>{t(`enums.SurgeryStatus.${surgery.status}`)}</Text>
          )}
        </Alert>
      ) : null}

      <Paper withBorder radius="md" p="lg" data-testid="checklist-phase" data-phase={shown} data-state={state}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2}>{t(`enums.ChecklistPhase.${shown}`)}</Title>
            {done ? (
              <Badge size="lg" color="teal" data-testid="phase-recorded">
                {t('checklist.recordedBy', { who: done.recordedBy ?? '—', when: dateTimeOf(done.recordedAt) })}
              </Badge>
            ) : state === 'LOCKED' ? (
              <Badge size="lg" color="gray" leftSection={<IconLock size={14} aria-hidden="true" />}>
                {t('checklist.locked')}
              </Badge>
            ) : null}
          </Group>
          {phaseItems.map((item, index) => {
            const given = done ? done.answers.find((a) => a.item === item.key)?.answer : answers.get(item.key);
            return (
              <Paper key={item.key} withBorder radius="md" p="md" data-testid="checklist-item" data-item={item.key} data-answer={given ?? ''}>
                <Stack gap="sm">
                  <Text size="lg" fw={500} id={`item-${item.key}`}>
                    {`${index + 1}. ${t(`enums.ChecklistItemKey.${item.key}`)}`}
                  </Text>
                  {item.key === 'KNOWN_ALLERGY' && surgery.patient ? <KnownAllergyFromRecord patient={surgery.patient} answer={given} /> : null}
                  <Group gap="sm" role="group" aria-labelledby={`item-${item.key}`}>
                    {item.allowedAnswers.map((answer) => {
                      const selected = given === answer;
                      const tone = answerTone(item.key, answer);
                      return (
                        <Button
                          key={answer}
                          size="lg"
                          miw={120}
                          color={TONE_COLOR[tone]}
                          data-tone={tone}
                          variant={selected ? 'filled' : 'outline'}
                          aria-pressed={selected}
                          disabled={!editable}
                          onClick={() => setAnswers((prev) => new Map(prev).set(item.key, answer))}
                          data-testid={`answer-${answer}`}
                        >
                          {t(`enums.ChecklistAnswer.${answer}`)}
                        </Button>
                      );
                    })}
                  </Group>
                </Stack>
              </Paper>
            );
          })}
          <MutationErrorAlert error={recordState.error} testId="checklist-error" />
          {editable ? (
            <Group justify="space-between" align="center">
              <Text size="md" c={missing.length > 0 ? 'orange' : 'teal'} role="status" data-testid="checklist-remaining">
                {missing.length > 0 ? t('checklist.remaining', { count: missing.length }) : t('checklist.allAnswered')}
              </Text>
              <Button size="xl" disabled={missing.length > 0} loading={recordState.loading} onClick={() => void submit()} data-testid="checklist-submit">
                {t('checklist.submit', { phase: t(`enums.ChecklistPhase.${shown}`) })}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
      <Anchor component={Link} to={`/theatre?date=${localDayAndMinute(surgery.scheduledStart).day}`}>
        {t('checklist.backToBoard')}
      </Anchor>
    </Stack>
  );
}
