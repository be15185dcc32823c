import { graphql } from '../../../generated';

/** An account as the administrator's screens show it. */
export const AccountFields = graphql(`
  fragment AccountFields on User {
    id
    username
    displayName
    roles
    active
    expiresAt
    mustChangePassword
    lastSignInAt
  }
`);

/** Accounts, newest first, searchable, a page at a time. */
export const UsersQuery = graphql(`
  query Users($search: String, $after: String) {
    users(search: $search, first: 25, after: $after) {
      totalCount
      edges {
        node {
          ...AccountFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One account with its API tokens. */
export const UserAccountQuery = graphql(`
  query UserAccount($id: ID!) {
    user(id: $id) {
      ...AccountFields
      staffMember {
        id
        name
      }
    }
    userApiTokens(userId: $id) {
      ...ApiTokenFields
    }
  }
`);

/** Missions whose end date can be an account's expiry (visiting teams). */
export const MissionEndsQuery = graphql(`
  query MissionEnds {
    missions(first: 50) {
      edges {
        node {
          id
          name
          startDate
          endDate
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...AccountFields
      }
      temporaryPassword
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...AccountFields
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      user {
        ...AccountFields
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      user {
        ...AccountFields
      }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input) {
      user {
        ...AccountFields
      }
      temporaryPassword
    }
  }
`);

export const SignOutUserMutation = graphql(`
  mutation SignOutUser($userId: ID!) {
    signOutUser(userId: $userId) {
      sessionsEnded
    }
  }
`);

export const RevokeUserApiTokenMutation = graphql(`
  mutation RevokeUserApiToken($id: ID!) {
    revokeUserApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

/** Link an account to its staff record, or unlink it (staffId null). */
export const SetUserStaffMemberMutation = graphql(`
  mutation SetUserStaffMember($userId: ID!, $staffId: ID) {
    setUserStaffMember(userId: $userId, staffId: $staffId) {
      id
      staffMember {
        id
        name
      }
    }
  }
`);
