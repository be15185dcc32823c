import { graphql } from '../../../generated';

/** One page of a patient's journey connection. */
export const JourneyTimelineConnectionFragment = graphql(`
  fragment JourneyTimelineConnection on JourneyEventConnection {
    totalCount
    edges {
      cursor
      node {
        ...JourneyEventItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
