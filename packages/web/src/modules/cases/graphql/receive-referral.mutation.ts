import { graphql } from '../../../generated';

/** Record a referral that has arrived, for a patient already registered. */
export const ReceiveReferralMutation = graphql(`
  mutation ReceiveReferral($input: ReceiveReferralInput!) {
    receiveReferral(input: $input) {
      id
      status
      version
    }
  }
`);
