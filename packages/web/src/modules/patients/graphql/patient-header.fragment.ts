import { graphql } from '../../../generated';

/** Identity and contact details shown at the top of the patient page. */
export const PatientHeaderFragment = graphql(`
  fragment PatientHeader on Patient {
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
    phones
    nationalId
    village
    commune
    district
    province {
      code
      name
      nameKhmer
    }
    guardian {
      name
      relation
      phones
    }
  }
`);
