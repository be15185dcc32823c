import { graphql } from '../../../generated';

/** The people referrals can be assigned to. */
export const CaseManagersQuery = graphql(`
  query CaseManagers {
    caseManagers {
      id
      username
      displayName
    }
  }
`);
