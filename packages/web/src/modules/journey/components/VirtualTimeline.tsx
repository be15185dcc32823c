import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { JourneyEventItemFragment } from '../../../generated/graphql';
import { flattenGroups, type EpisodeGroup } from '../group-by-episode';
import { EpisodeHeader } from './EpisodeHeader';
import { JourneyEventItem } from './JourneyEventItem';

/** A typical one-line event; rows are measured once rendered (an open one is taller). */
const ESTIMATED_ROW_HEIGHT = 40;
/** Rows rendered beyond the viewport on each side, so fast scrolling shows no blank gaps. */
const OVERSCAN = 8;

/**
 * The timeline of a long course (hundreds of events), rendered as a window-scrolled virtual list:
 * only the rows near the viewport are in the DOM, so scrolling and "load more" stay smooth with
 * 1,000 events. Episode headings are rows of their own; heights are measured as rows render.
 */
export function VirtualTimeline({ groups }: { groups: EpisodeGroup<JourneyEventItemFragment>[] }) {
  const rows = useMemo(() => flattenGroups(groups), [groups]);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The list starts below the patient header; the virtualiser needs that offset in the page.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const eventCount = rows.filter((row) => row.type === 'event').length;

  return (
    <div
      ref={listRef}
      className="timeline-virtual"
      role="feed"
      aria-setsize={eventCount}
      data-testid="journey-virtual"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const previous = rows[item.index - 1];
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row={row.type}
            data-first-event={row.type === 'event' && previous?.type === 'episode' ? true : undefined}
            className="timeline-virtual__row"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.type === 'episode' ? (
              <EpisodeHeader
                episode={row.group.episode}
                headingId={`episode-${row.group.key.replace(/[^A-Za-z0-9_-]/g, '')}`}
              />
            ) : (
              <JourneyEventItem event={row.event} as="div" last={row.lastInGroup} />
            )}
          </div>
        );
      })}
    </div>
  );
}
