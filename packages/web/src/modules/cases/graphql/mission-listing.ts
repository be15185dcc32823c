import { graphql } from '../../../generated';

/** Where a referral stands on the missions' lists, and the missions it could go on. */
export const ReferralMissionQuery = graphql(`
  query ReferralMission($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Referral {
        version
        status
        specialty
        missionListing {
          procedure
          expectedDurationMinutes
          mission {
            id
            name
            startDate
            endDate
          }
        }
      }
    }
    missions(first: 50) {
      edges {
        node {
          id
          name
          institution
          startDate
          endDate
          specialties
        }
      }
    }
  }
`);

export const AssignReferralToMissionMutation = graphql(`
  mutation AssignReferralToMission($input: AssignReferralToMissionInput!) {
    assignReferralToMission(input: $input) {
      id
      version
    }
  }
`);

export const UnassignReferralFromMissionMutation = graphql(`
  mutation UnassignReferralFromMission($input: UnassignReferralFromMissionInput!) {
    unassignReferralFromMission(input: $input) {
      id
      version
    }
  }
`);
