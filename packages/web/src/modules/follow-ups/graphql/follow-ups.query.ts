import { graphql } from '../../../generated';

export const FollowUpRowFragment = graphql(`
  fragment FollowUpRow on FollowUp {
    id
    version
    kind
    status
    dueDate
    daysOverdue
    automatic
    notes
    outcomeOn
    day30Status
    patient {
      id
      mrn
      familyName
      givenName
      familyNameKhmer
      givenNameKhmer
      phones @include(if: $withContact)
      guardian @include(if: $withContact) {
        name
        relation
        phones
      }
    }
  }
`);

/** The follow-up list: due on or before `$date` (today when null), still to do, oldest first. */
export const FollowUpsQuery = graphql(`
  query FollowUps($date: LocalDate, $kinds: [FollowUpKind!], $first: Int!, $after: String, $withContact: Boolean!) {
    followUps(date: $date, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...FollowUpRow
        }
      }
    }
  }
`);

/**
 * Each follow-up booked, recorded, moved or cancelled, as it is now, on whichever server
 * (live/follow-ups.live.ts on the server): every day's, since the list shows the overdue ones too.
 */
export const FollowUpChangedSubscription = graphql(`
  subscription FollowUpChanged($withContact: Boolean!) {
    followUpChanged {
      ...FollowUpRow
    }
  }
`);

export const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      version
      status
      outcomeOn
      day30Status
    }
  }
`);
