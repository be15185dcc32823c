import { graphql } from '../../../generated';

/** What one row of the patient list shows. */
export const PatientListItemFragment = graphql(`
  fragment PatientListItem on Patient {
    id
    mrn
    familyName
    givenName
    familyNameKhmer
    givenNameKhmer
    birthDate
    birthDateEstimated
    age
    sex
    stage
    province {
      code
      name
      nameKhmer
    }
  }
`);
