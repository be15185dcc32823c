import { graphql } from '../../../generated';

export const AssignReferralMutation = graphql(`
  mutation AssignReferral($input: AssignReferralInput!, $withPatients: Boolean! = true) {
    assignReferral(input: $input) {
      ...ReferralRow
    }
  }
`);

export const TransitionReferralMutation = graphql(`
  mutation TransitionReferral($input: TransitionReferralInput!, $withPatients: Boolean! = true) {
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
