/** The least an event needs for grouping: its id and the episode it belongs to, if any. */
export interface GroupableEvent {
  id: string;
  episode: { id: string } | null;
}

export interface EpisodeGroup<T extends GroupableEvent> {
  /** Stable React key: the episode (or "general") plus the first event of the run. */
  key: string;
  /** Null for events that belong to no episode (shown under "General"). */
  episode: T['episode'];
  events: T[];
}

/**
 * Splits a timeline (already in display order) into runs of consecutive events that share an
 * episode. An episode can appear in several runs when other episodes' events interleave with
 * it; the timeline stays in time order rather than being regrouped.
 */
export function groupConsecutiveByEpisode<T extends GroupableEvent>(
  events: readonly T[],
): EpisodeGroup<T>[] {
  const groups: EpisodeGroup<T>[] = [];
  let current: EpisodeGroup<T> | undefined;
  for (const event of events) {
    const episodeId = event.episode?.id ?? null;
    if (current && (current.episode?.id ?? null) === episodeId) {
      current.events.push(event);
      continue;
    }
    current = {
      key: `${episodeId ?? 'general'}:${event.id}`,
      episode: event.episode,
      events: [event],
    };
    groups.push(current);
  }
  return groups;
}

/** One row of a flattened timeline: an episode heading, or one event under it. */
export type TimelineRow<T extends GroupableEvent> =
  | { type: 'episode'; key: string; group: EpisodeGroup<T> }
  | { type: 'event'; key: string; event: T; lastInGroup: boolean };

/**
 * The grouped timeline as one flat list of rows, for a virtualised list that renders only the
 * rows on screen. Keys are stable when more events are appended.
 */
export function flattenGroups<T extends GroupableEvent>(groups: readonly EpisodeGroup<T>[]): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  for (const group of groups) {
    rows.push({ type: 'episode', key: `episode:${group.key}`, group });
    group.events.forEach((event, index) => {
      rows.push({ type: 'event', key: event.id, event, lastInGroup: index === group.events.length - 1 });
    });
  }
  return rows;
}
