import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { JourneyMapFragment } from '../../../generated/graphql';
import { milestoneName, waitText } from '../journey-map';

/**
 * The journey at a glance, above the timeline: each step with its day and the wait before it,
 * the current step marked (`aria-current="step"`), planned steps (a follow-up due, a phase to
 * come) dashed and named so.
 */
export function JourneyMap({ patient }: { patient: JourneyMapFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const steps = patient.journeyMilestones;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="journey-map-title" data-testid="journey-map">
      <Title order={2} size="h4" id="journey-map-title" mb="xs">
        {t('journeyMap.title')}
      </Title>
      {steps.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('journeyMap.empty')}
        </Text>
      ) : (
        <ol className="journey-map">
          {steps.map((m, i) => (
            <li
              key={`${m.step}-${m.on}-${i}`}
              className="journey-map__step"
              data-testid="journey-map-step"
              data-step={m.step}
              data-done={m.done}
              data-current={m.current}
              aria-current={m.current ? 'step' : undefined}
            >
              <span className="journey-map__name">{milestoneName(m, t)}</span>
              <time dateTime={m.on}>
                {m.done ? '' : `${t(m.step === 'FOLLOW_UP' ? 'journeyMap.due' : 'journeyMap.planned')} `}
                {formatLocalDate(m.on, language)}
              </time>
              <span className="journey-map__wait" data-testid="journey-map-wait">
                {waitText(m.waitDays, t)}
              </span>
              {m.current ? (
                <Text span size="xs" fw={700} c="clinical.8">
                  {t('journeyMap.current')}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Paper>
  );
}
