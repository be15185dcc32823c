import { graphql } from '../../../generated';

/** The audit trail (administrators), filtered; one page of the connection. */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      ...AuditEntryPage
    }
  }
`);
