import { graphql } from '../../../generated';

/** What the app keeps of the signed-in user. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    username
    displayName
    roles
    language
    staffMember {
      id
    }
  }
`);
