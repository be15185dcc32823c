import { graphql } from '../../../generated';

/** One page of the worklist, with the per-status counts for the tabs in the same round trip. */
export const ReferralWorklistQuery = graphql(`
  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String, $withPatients: Boolean!, $withContact: Boolean! = false) {
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
          # The phones to call when a referral is overdue, for roles that may see contact details.
          contactPatient: patient @include(if: $withContact) {
            id
            phones
            guardian {
              phones
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Each referral as it changes, on any computer: the row's own fields (the same fragment), so the
 * normalised cache replaces a row already shown in place. No filter: a row that leaves the view
 * (another status, another assignee) must be seen leaving; the page decides what to do with each.
 */
export const ReferralChangedSubscription = graphql(`
  subscription ReferralChanged($withPatients: Boolean!) {
    referralChanged {
      ...ReferralRow
    }
  }
`);
