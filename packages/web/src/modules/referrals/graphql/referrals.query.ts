import { graphql } from '../../../generated';

/** One page of the worklist, with the per-status counts for the tabs in the same round trip. */
export const ReferralWorklistQuery = graphql(`
  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String, $withPatients: Boolean!) {
    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      statusCounts {
        status
        count
      }
      edges {
        cursor
        node {
          ...ReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
