import { graphql } from '../../../generated';

/**
 * One bed of the census: the bed and its ward, who is in it and since when. Occupants (age,
 * the stay's diagnosis, its operation) only for roles that may open records (`$withPatients`).
 */
export const CensusRowFragment = graphql(`
  fragment CensusRow on CensusBed {
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
`);

/** The ward census: every bed, by ward and label, with who was in it at `$at` (now when null). */
export const WardCensusQuery = graphql(`
  query WardCensus($at: DateTime, $withPatients: Boolean!) {
    census(at: $at) {
      ...CensusRow
    }
  }
`);

/**
 * Beds whose occupant changed (an admission, a transfer, a discharge), as they change, on
 * whichever server: the live census (live/live.resolver.ts on the server).
 */
export const WardCensusChangedSubscription = graphql(`
  subscription WardCensusChanged($withPatients: Boolean!) {
    censusChanged {
      ...CensusRow
    }
  }
`);
