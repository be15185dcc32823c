import { graphql } from '../../../generated';

/**
 * The ward census: every bed, by ward and label, with who was in it at `$at` (now when null).
 * Occupants only for roles that may open records (`$withPatients`).
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
      }
      occupant @include(if: $withPatients) {
        id
        mrn
        familyName
        givenName
        familyNameKhmer
        givenNameKhmer
      }
    }
  }
`);
