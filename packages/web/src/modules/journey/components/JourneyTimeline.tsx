import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFlag, IconTimeline } from '@tabler/icons-react';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../app/ui/EmptyState';
import type { JourneyTimelineConnectionFragment } from '../../../generated/graphql';
import { groupConsecutiveByEpisode } from '../group-by-episode';
import { EpisodeHeader } from './EpisodeHeader';
import { JourneyEventItem } from './JourneyEventItem';

/**
 * Above this many loaded events the timeline is virtualised (only rows near the viewport are in
 * the DOM). Shorter timelines render whole: simpler for screen readers, find-in-page and print.
 */
export const VIRTUALIZE_ABOVE = 150;

// Only long courses need the virtualiser: keep it out of the patient page's first download.
const VirtualTimeline = lazy(() => import('./VirtualTimeline').then((m) => ({ default: m.VirtualTimeline })));

export function JourneyTimeline({
  journey,
  onLoadMore,
  loadingMore,
  loadMoreFailed,
  live,
}: {
  journey: JourneyTimelineConnectionFragment;
  onLoadMore: () => void;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  /** Shown beside the title when the timeline follows new events (the "Live" badge). */
  live?: ReactNode;
}) {
  const { t } = useTranslation();
  const events = useMemo(() => journey.edges.map((e) => e.node), [journey.edges]);
  const groups = useMemo(() => groupConsecutiveByEpisode(events), [events]);

  return (
    <Stack component="section" gap="md" aria-labelledby="journey-title">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={2} id="journey-title" size="h3">
          {t('journey.title')}
        </Title>
        <Group gap="sm" align="center">
          {live}
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {t('journey.showing', { shown: events.length, count: journey.totalCount })}
          </Text>
        </Group>
      </Group>

      <div data-testid="journey-timeline" aria-busy={loadingMore}>
        {events.length === 0 ? (
          <EmptyState icon={<IconTimeline size={26} stroke={1.6} />} title={t('journey.empty')} />
        ) : events.length > VIRTUALIZE_ABOVE ? (
          <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} />}>
            <VirtualTimeline groups={groups} />
          </Suspense>
        ) : (
          groups.map((group) => {
            const headingId = `episode-${group.key.replace(/[^A-Za-z0-9_-]/g, '')}`;
            return (
              // A group, not a landmark: one episode may appear in several runs, under the same name.
              <div role="group" key={group.key} className="episode-group" aria-labelledby={headingId}>
                <EpisodeHeader episode={group.episode} headingId={headingId} />
                <ol className="timeline">
                  {group.events.map((event) => (
                    <JourneyEventItem key={event.id} event={event} />
                  ))}
                </ol>
              </div>
            );
          })
        )}

        {journey.pageInfo.hasNextPage ? (
          <Stack align="center" gap={6} mt="md">
            <Button
              data-testid="journey-load-more"
              variant="default"
              onClick={onLoadMore}
              loading={loadingMore}
            >
              {t('journey.loadMore')}
            </Button>
            {loadMoreFailed ? (
              <Text size="sm" c="red.8" role="alert">
                {t('errors.loadMoreFailed')}
              </Text>
            ) : null}
          </Stack>
        ) : events.length > 0 ? (
          <div className="timeline-end">
            <IconFlag size={16} stroke={1.7} aria-hidden="true" />
            {t('journey.end')}
          </div>
        ) : null}
      </div>
    </Stack>
  );
}
