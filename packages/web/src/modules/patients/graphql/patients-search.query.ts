import { graphql } from '../../../generated';

/** Patients by name, MRN prefix or phone; one page of the connection. */
export const PatientsSearchQuery = graphql(`
  query PatientsSearch($search: String, $first: Int!, $after: String) {
    patients(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PatientListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
