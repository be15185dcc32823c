import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../../../generated/graphql';

/** Colour of each stage: cool for the way in, warm while in hospital, green once home. */
export const STAGE_COLOR: Record<JourneyStage, MantineColor> = {
  REGISTERED: 'gray',
  REFERRED: 'blue',
  IN_ASSESSMENT: 'cyan',
  WAITLISTED: 'yellow',
  SURGERY_SCHEDULED: 'violet',
  OPERATED: 'grape',
  INPATIENT: 'orange',
  FOLLOW_UP: 'green',
  LOST_TO_FOLLOW_UP: 'red',
  CLOSED: 'gray',
  DECEASED: 'dark',
};

export function StageBadge({
  stage,
  ...props
}: { stage: JourneyStage } & Omit<BadgeProps, 'color' | 'children'> & {
    'data-testid'?: string;
  }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STAGE_COLOR[stage]}
      variant={stage === 'CLOSED' || stage === 'DECEASED' ? 'outline' : 'light'}
      radius="sm"
      data-stage={stage}
      {...props}
    >
      {t(`enums.JourneyStage.${stage}`)}
    </Badge>
  );
}
