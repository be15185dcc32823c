import { graphql } from '../../../generated';

/**
 * Who is signed in, whether the screen is locked and after how long it locks; UNAUTHENTICATED
 * when no one is. Asked once when the app starts (and after signing in, for the lock time).
 */
export const MeQuery = graphql(`
  query Me {
    mySession {
      locked
      lockAfterMinutes
      user {
        ...SessionUser
      }
    }
  }
`);
