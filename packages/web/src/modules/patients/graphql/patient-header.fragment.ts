import { graphql } from '../../../generated';

/**
 * Identity and contact details shown at the top of the patient page. Contact details (phones,
 * national ID, address below the province, guardian) only for roles that may see them.
 */
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
    province {
      code
      name
      nameKhmer
    }
    phones @include(if: $withContact)
    nationalId @include(if: $withContact)
    village @include(if: $withContact)
    commune @include(if: $withContact)
    district @include(if: $withContact)
    guardian @include(if: $withContact) {
      name
      relation
      phones
    }
  }
`);
