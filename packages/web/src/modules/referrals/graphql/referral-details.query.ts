import { graphql } from '../../../generated';

/** Everything the referral drawer shows. */
export const ReferralDetailsQuery = graphql(`
  query ReferralDetails($id: ID!, $withPatients: Boolean! = true) {
    node(id: $id) {
      __typename
      id
      ... on Referral {
        ...ReferralRow
        reason
        statusHistory {
          fromStatus
          toStatus
          reason
          changedBy
          changedAt
        }
      }
    }
  }
`);
