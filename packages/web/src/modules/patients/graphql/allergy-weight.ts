import { graphql } from '../../../generated';

/** What the record says about allergies and weight: shown on the patient page and in the checklist header. */
export const PatientAllergiesWeightFragment = graphql(`
  fragment PatientAllergiesWeight on Patient {
    id
    birthDate
    allergyStatus
    allergiesVersion
    allergiesRecordedAt
    allergies {
      id
      substance
      reaction
      severity
    }
    latestWeight {
      id
      weightKg
      measuredOn
    }
  }
`);

export const RecordAllergiesMutation = graphql(`
  mutation RecordAllergies($input: RecordAllergiesInput!) {
    recordAllergies(input: $input) {
      ...PatientAllergiesWeight
    }
  }
`);

export const RecordWeightMutation = graphql(`
  mutation RecordWeight($input: RecordWeightInput!) {
    recordWeight(input: $input) {
      ...PatientAllergiesWeight
    }
  }
`);
