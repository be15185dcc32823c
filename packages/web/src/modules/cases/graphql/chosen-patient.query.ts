import { graphql } from '../../../generated';

/** The patient a referral is being received for. */
export const ChosenPatientQuery = graphql(`
  query ChosenPatient($id: ID!) {
    patient(id: $id) {
      ...PatientListItem
    }
  }
`);
