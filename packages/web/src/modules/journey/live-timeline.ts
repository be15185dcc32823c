import type { ApolloCache, Reference } from '@apollo/client';

/**
 * Where an event at `position` goes among the loaded events of a timeline, newest first (their
 * `timelinePosition`s, descending): its index; or null when it sorts after every loaded event
 * while more pages remain (it belongs to a page not loaded yet, which will bring it).
 */
export function placeInTimeline(loaded: readonly string[], position: string, hasNextPage: boolean): number | null {
  const index = loaded.findIndex((other) => other < position);
  if (index >= 0) return index;
  return hasNextPage ? null : loaded.length;
}

/** A journey connection as `relayStylePagination` keeps it in the cache (app/apollo-client.ts). */
interface StoredJourney {
  edges: { __typename?: string; cursor: string; node: Reference }[];
  pageInfo: { hasNextPage?: boolean };
  totalCount?: number;
}

/**
 * Puts an event received live into the patient's cached timeline, in its place, once: an event
 * already there (by id) changes nothing. The event itself is already in the cache: Apollo
 * writes each subscription result there, normalised, before handing it over (`onData`); it
 * was selected with the page's own fields (`JourneyEventItem`, `timelinePosition`). Lists filtered by kind are left alone (the live
 * updates bring every kind). The edge gets no cursor (the subscription's cursor is not the
 * list's): the list's `endCursor` is kept as stored, and an event is never put last while
 * more pages remain, so loading more still continues from the last event the server sent.
 */
export function mergeLiveEvent(
  cache: ApolloCache,
  patientId: string,
  event: { __typename: string; id: string; timelinePosition: string },
): void {
  const eventId = cache.identify(event);
  const patient = cache.identify({ __typename: 'Patient', id: patientId });
  if (!eventId || !patient) return;
  cache.modify<{ journey: StoredJourney }>({
    id: patient,
    fields: {
      journey(existing, { storeFieldName, readField, toReference }) {
        const ref = toReference(eventId);
        if (!ref) return existing;
        const stored = existing as StoredJourney | undefined;
        if (!stored || storeFieldName.includes('"kinds":[')) return existing;
        if (stored.edges.some((edge) => edge.node.__ref === ref.__ref)) return existing;
        const positions = stored.edges.map((edge) => readField<string>('timelinePosition', edge.node) ?? '');
        const at = placeInTimeline(positions, event.timelinePosition, Boolean(stored.pageInfo?.hasNextPage));
        const totalCount = typeof stored.totalCount === 'number' ? stored.totalCount + 1 : stored.totalCount;
        if (at === null) return { ...stored, totalCount };
        const edges = [...stored.edges];
        edges.splice(at, 0, { __typename: 'JourneyEventEdge', cursor: '', node: ref });
        return { ...stored, edges, totalCount };
      },
    },
  });
}
