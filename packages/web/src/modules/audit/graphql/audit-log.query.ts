import { graphql } from '../../../generated';

/**
 * The audit trail (administrators), filtered; one page of the connection. With
 * `withPatients` (roles that may open records) each entry names its patient; the server loads
 * a page's patients at once.
 */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String, $withPatients: Boolean!) {
    auditLog(filter: $filter, first: $first, after: $after) {
      ...AuditEntryPage
      edges {
        node {
          id
          patient @include(if: $withPatients) {
            id
            mrn
            familyName
            givenName
            familyNameKhmer
            givenNameKhmer
          }
        }
      }
    }
  }
`);
