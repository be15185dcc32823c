import { graphql } from '../../../generated';

/** The registration details as stored, for the "Edit details" form. */
export const PatientDetailsQuery = graphql(`
  query PatientDetails($id: ID!, $withContact: Boolean!) {
    patient(id: $id) {
      ...PatientDetails
    }
  }
`);

export const PatientDetailsFragment = graphql(`
  fragment PatientDetails on Patient {
    id
    version
    mrn
    familyName
    givenName
    familyNameKhmer
    givenNameKhmer
    sex
    birthDate
    birthDateEstimated
    age
    stage
    travelTimeHours @include(if: $withContact)
    transport @include(if: $withContact)
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

export const UpdatePatientMutation = graphql(`
  mutation UpdatePatient($input: UpdatePatientInput!, $withContact: Boolean!) {
    updatePatient(input: $input) {
      ...PatientDetails
    }
  }
`);

export const MergePatientsMutation = graphql(`
  mutation MergePatients($input: MergePatientsInput!, $withContact: Boolean!) {
    mergePatients(input: $input) {
      ...PatientDetails
    }
  }
`);
