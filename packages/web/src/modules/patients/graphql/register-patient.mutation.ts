import { graphql } from '../../../generated';

export const RegisterPatientMutation = graphql(`
  mutation RegisterPatient($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      id
      mrn
    }
  }
`);
