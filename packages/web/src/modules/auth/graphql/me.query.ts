import { graphql } from '../../../generated';

/** Who is signed in; UNAUTHENTICATED when no one is. Asked once when the app starts. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);
