import { graphql } from '../../../generated';

export const LogbookEntryFields = graphql(`
  fragment LogbookEntryFields on LogbookEntry {
    id
    version
    source
    performedOn
    teamRole
    level
    status
    procedureText
    note
    confirmedAt
    countersignedAt
    correctionReason
    supervisor {
      id
      name
    }
    staffMember {
      id
      name
    }
    procedureGroup {
      code
      title
      titleKhmer
      titleJapanese
    }
    outcome {
      complications
      highestClavienDindoGrade
      returnedToTheatre
      day30Status
    }
  }
`);

export const MyLogbookQuery = graphql(`
  query MyLogbook($first: Int, $after: String, $status: LogbookEntryStatus) {
    me {
      id
      staffMember {
        id
        name
      }
    }
    myLogbook(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LogbookEntryFields
        }
      }
    }
  }
`);

export const CountersignQueueQuery = graphql(`
  query CountersignQueue($first: Int, $after: String) {
    countersignQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LogbookEntryFields
        }
      }
    }
  }
`);

export const LogbookCsvQuery = graphql(`
  query LogbookCsv($staffId: ID!, $language: InterfaceLanguage) {
    logbookCsv(staffId: $staffId, language: $language)
  }
`);

export const ConfirmLogbookEntryMutation = graphql(`
  mutation ConfirmLogbookEntry($input: ConfirmLogbookEntryInput!) {
    confirmLogbookEntry(input: $input) {
      ...LogbookEntryFields
    }
  }
`);

export const CountersignLogbookEntryMutation = graphql(`
  mutation CountersignLogbookEntry($input: CountersignLogbookEntryInput!) {
    countersignLogbookEntry(input: $input) {
      ...LogbookEntryFields
    }
  }
`);

export const CorrectLogbookEntryMutation = graphql(`
  mutation CorrectLogbookEntry($input: CorrectLogbookEntryInput!) {
    correctLogbookEntry(input: $input) {
      ...LogbookEntryFields
    }
  }
`);
