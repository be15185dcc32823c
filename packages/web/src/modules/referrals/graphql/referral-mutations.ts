import { graphql } from '../../../generated';

export const AssignReferralMutation = graphql(`
  mutation AssignReferral($input: AssignReferralInput!) {
    assignReferral(input: $input) {
      ...ReferralRow
    }
  }
`);

export const TransitionReferralMutation = graphql(`
  mutation TransitionReferral($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
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
`);
