import { graphql } from '../../../generated';

/**
 * The ward census: every bed, by ward and label, with who was in it at `$at` (now when null).
 * Occupants (age, the stay's diagnosis, its operation) only for roles that may open records
 * (`$withPatients`).
 */
export const WardCensusQuery = graphql(`
  query WardCensus($at: DateTime, $withPatients: Boolean!) {
    census(at: $at) {
      bed {
        id
        label
        ward {
          id
          name
          nameKhmer
          kind
        }
      }
      daysIn
      since
      admission {
        id
        reason
        admittedAt
        episode @include(if: $withPatients) {
          id
          title
        }
      }
      occupant @include(if: $withPatients) {
        id
        mrn
        familyName
        givenName
        familyNameKhmer
        givenNameKhmer
        age
        birthDate
        # The operation this stay is about and its post-operative day (inpatient/census.ts).
        surgeriesConnection(first: 3) {
          edges {
            node {
              id
              procedure
              status
              scheduledStart
              endedAt
            }
          }
        }
      }
    }
  }
`);
