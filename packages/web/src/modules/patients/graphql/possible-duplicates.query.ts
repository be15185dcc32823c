import { graphql } from '../../../generated';

/** Registered patients who may be the person being entered, most likely first. */
export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($input: DuplicateCheckInput!) {
    possibleDuplicates(input: $input) {
      score
      reasons
      patient {
        id
        mrn
        familyName
        givenName
        familyNameKhmer
        givenNameKhmer
        age
        province {
          code
          name
          nameKhmer
        }
      }
    }
  }
`);
