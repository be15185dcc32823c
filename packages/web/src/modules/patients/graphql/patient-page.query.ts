import { graphql } from '../../../generated';

/** The patient page: header plus one page of the journey timeline (newest first). */
export const PatientPageQuery = graphql(`
  query PatientPage($id: ID!, $first: Int!, $after: String) {
    patient(id: $id) {
      id
      ...PatientHeader
      journey(first: $first, after: $after) {
        ...JourneyTimelineConnection
      }
    }
  }
`);
