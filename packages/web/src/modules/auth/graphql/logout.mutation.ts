import { graphql } from '../../../generated';

/** Ends this session; the server clears the cookie. */
export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
