import { graphql } from '../../../generated';

/**
 * One page of a patient's journey connection. `timelinePosition` places an event received live
 * among the loaded ones (modules/journey/live-timeline.ts).
 */
export const JourneyTimelineConnectionFragment = graphql(`
  fragment JourneyTimelineConnection on JourneyEventConnection {
    totalCount
    edges {
      cursor
      node {
        id
        timelinePosition
        ...JourneyEventItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
