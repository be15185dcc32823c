import { graphql } from '../../../generated';

/**
 * More of one patient's access log (the first page comes with the patient page). Merged into
 * the cached `Patient.accessLog` by its field policy.
 */
export const PatientAccessLogQuery = graphql(`
  query PatientAccessLog($id: ID!, $first: Int!, $after: String) {
    patient(id: $id) {
      id
      accessLog(first: $first, after: $after) {
        ...AuditEntryPage
      }
    }
  }
`);
