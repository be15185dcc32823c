import { graphql } from '../../../generated';

/** The registration details as stored, for the "Edit details" form. */
export const PatientDetailsQuery = graphql(`
  query PatientDetails($id: ID!, $withContact: Boolean!) {
    patient(id: $id) {
      ...PatientDetails
    }
  }
`);

/** The patient header's fields (identity and, for roles that may see them, contact), plus what only the form edits. */
export const PatientDetailsFragment = graphql(`
  fragment PatientDetails on Patient {
    ...PatientHeader
    version
    travelTimeHours @include(if: $withContact)
    transport @include(if: $withContact)
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
