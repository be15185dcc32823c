import { graphql } from '../../../generated';

export const CorrectRecordedDeathMutation = graphql(`
  mutation CorrectRecordedDeath($input: CorrectRecordedDeathInput!) {
    correctRecordedDeath(input: $input) {
      id
      stage
      version
    }
  }
`);
