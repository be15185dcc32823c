import { Badge, type MantineColor } from '@mantine/core';
import { IconFolder, IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EpisodeStatus, JourneyEventItemFragment } from '../../../generated/graphql';

type Episode = NonNullable<JourneyEventItemFragment['episode']>;

const EPISODE_STATUS_COLOR: Record<EpisodeStatus, MantineColor> = {
  ACTIVE: 'clinical',
  FINISHED: 'gray',
  CANCELLED: 'red',
};

/** Heading of a run of timeline entries: the episode of care, or "General". */
export function EpisodeHeader({ episode, headingId }: { episode: Episode | null; headingId: string }) {
  const { t } = useTranslation();
  if (!episode) {
    return (
      <div className="episode-header" data-general="true">
        <IconNotes size={20} stroke={1.7} aria-hidden="true" color="var(--mantine-color-gray-6)" />
        <div>
          <h3 className="episode-header__title" id={headingId}>
            {t('journey.general')}
          </h3>
          <span className="episode-header__eyebrow">{t('journey.generalHint')}</span>
        </div>
      </div>
    );
  }
  return (
    <div className="episode-header" data-episode-id={episode.id}>
      <IconFolder size={20} stroke={1.7} aria-hidden="true" color="var(--mantine-color-clinical-7)" />
      <div>
        <span className="episode-header__eyebrow">
          {t('journey.episode')}
          {episode.specialty ? ` · ${t(`enums.Specialty.${episode.specialty}`)}` : ''}
        </span>
        <h3 className="episode-header__title" id={headingId}>
          {episode.title}
        </h3>
      </div>
      <Badge
        ml="auto"
        radius="sm"
        variant={episode.status === 'ACTIVE' ? 'light' : 'outline'}
        color={EPISODE_STATUS_COLOR[episode.status]}
      >
        {t(`enums.EpisodeStatus.${episode.status}`)}
      </Badge>
    </div>
  );
}
