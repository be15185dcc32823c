import { graphql } from '../../../generated';

/** Locks this session on the server: every request is refused until it is unlocked. */
export const LockSessionMutation = graphql(`
  mutation LockSession {
    lockSession
  }
`);

/** Unlocks this session with its user's password; the server replaces the cookie. */
export const UnlockSessionMutation = graphql(`
  mutation UnlockSession($input: UnlockSessionInput!) {
    unlockSession(input: $input) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

/** Ends every session of the signed-in user, this one included. */
export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      sessionsEnded
    }
  }
`);

/** Keeps the language the user chose with their account (the app opens in it after signing in). */
export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: InterfaceLanguage!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);
