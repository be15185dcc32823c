import { graphql } from '../../../generated';

export const ProtocolLibraryQuery = graphql(`
  query ProtocolLibrary($includeRetired: Boolean) {
    protocols(includeRetired: $includeRetired) {
      id
      code
      name
      cancerType
      revision
      example
      state
      createdAt
      retiredAt
    }
  }
`);

export const ProtocolDetailQuery = graphql(`
  query ProtocolDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Protocol {
        code
        name
        cancerType
        description
        revision
        revisionNote
        example
        state
        createdAt
        retiredAt
        retirementReason
        phases {
          position
          name
          startDay
          endDay
          milestone
          doses {
            drug
            route
            unit
            dayOffset
            dosePerM2
            dosePerKg
            maxDose
            smallChildWeightKg
            smallChildDosePerKg
          }
        }
        revisions {
          id
          revision
          state
          example
          createdAt
          revisionNote
        }
      }
    }
  }
`);

export const CreateProtocolMutation = graphql(`
  mutation CreateProtocol($input: CreateProtocolInput!) {
    createProtocol(input: $input) {
      id
      revision
    }
  }
`);

export const ReviseProtocolMutation = graphql(`
  mutation ReviseProtocol($input: ReviseProtocolInput!) {
    reviseProtocol(input: $input) {
      id
      revision
    }
  }
`);

export const RetireProtocolMutation = graphql(`
  mutation RetireProtocol($input: RetireProtocolInput!) {
    retireProtocol(input: $input) {
      id
      state
      retiredAt
    }
  }
`);
