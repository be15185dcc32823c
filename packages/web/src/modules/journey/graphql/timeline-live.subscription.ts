import { graphql } from '../../../generated';

/**
 * A patient's timeline events as they are committed, from `$after` (the page's `liveCursor`;
 * after a reconnection, the `cursor` of the last update: app/live.ts), each exactly once.
 */
export const PatientTimelineLiveSubscription = graphql(`
  subscription PatientTimelineLive($patientId: ID!, $after: String) {
    patientTimeline(patientId: $patientId, after: $after) {
      cursor
      event {
        id
        kind
        timelinePosition
        ...JourneyEventItem
      }
    }
  }
`);

