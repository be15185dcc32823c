import { graphql } from '../../../generated';

/** One row of the audit trail. */
export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    username
    action
    outcome
    patientId
    patientIds
    target
    detail
    ip
    userAgent
  }
`);

/** One page of audit entries, newest first. */
export const AuditEntryPageFragment = graphql(`
  fragment AuditEntryPage on AuditEntryConnection {
    totalCount
    edges {
      cursor
      node {
        ...AuditEntryRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
