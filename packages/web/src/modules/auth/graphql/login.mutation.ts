import { graphql } from '../../../generated';

/** Signs in; the server sets the httpOnly session cookie. */
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);
