import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { Milestone } from '../../journey/journey-map';

/**
 * The patient's follow-ups (from the journey map): each with its day and outcome; one still to
 * record links to the follow-up list of its day, where it is recorded.
 */
export function PatientFollowUps({ milestones }: { milestones: readonly Milestone[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const followUps = milestones.filter((m) => m.step === 'FOLLOW_UP' && m.followUpKind);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="patient-follow-ups-title" data-testid="patient-follow-ups">
      <Title order={2} size="h4" id="patient-follow-ups-title" mb="xs">
        {t('patientFollowUps.title')}
      </Title>
      <ul className="plain-list">
        {followUps.map((m, i) => (
          <li key={`${m.followUpKind}-${m.on}-${i}`} data-testid="patient-follow-up">
            <Text span fw={600} size="sm">
              {t(`enums.FollowUpKind.${m.followUpKind!}`)}
            </Text>{' '}
            <Text span size="sm">
              {m.followUpStatus === 'SCHEDULED' || !m.followUpStatus
                ? t('patientFollowUps.due', { date: formatLocalDate(m.on, language) })
                : t('patientFollowUps.recorded', { status: t(`enums.FollowUpStatus.${m.followUpStatus}`), date: formatLocalDate(m.on, language) })}
            </Text>
            {m.followUpStatus === 'SCHEDULED' ? (
              <>
                {' · '}
                <Anchor component={Link} to={`/follow-ups?date=${m.on}`} size="sm">
                  {t('patientFollowUps.openList', { date: formatLocalDate(m.on, language) })}
                </Anchor>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Paper>
  );
}
