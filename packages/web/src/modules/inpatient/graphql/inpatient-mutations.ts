import { graphql } from '../../../generated';

export const AdmitPatientMutation = graphql(`
  mutation AdmitPatient($input: AdmitPatientInput!) {
    admitPatient(input: $input) {
      id
      status
      bed {
        id
        label
      }
    }
  }
`);

export const TransferPatientMutation = graphql(`
  mutation TransferPatient($input: TransferPatientInput!) {
    transferPatient(input: $input) {
      id
      bed {
        id
        label
      }
    }
  }
`);

export const DischargePatientMutation = graphql(`
  mutation DischargePatient($input: DischargePatientInput!) {
    dischargePatient(input: $input) {
      id
      dischargedAt
      disposition
    }
  }
`);
