import { ApolloProvider } from '@apollo/client/react';
import type { ComponentType } from 'react';
import { LoginMutation } from '../modules/auth/graphql/login.mutation';
import { MeQuery } from '../modules/auth/graphql/me.query';
import { LogoutMutation } from '../modules/auth/graphql/logout.mutation';
import { LockSessionMutation, SetMyLanguageMutation, SignOutEverywhereMutation, UnlockSessionMutation } from '../modules/auth/graphql/session.mutations';
import { loginProblemOf, type LoginProblem } from '../modules/auth/login-problem';
import { createApolloClient } from './apollo-client';
import { interfaceLanguage, type Language } from './i18n/languages';
import { findCode, reasonOf } from './graphql-errors';
import { markActive } from './session/idle';
import {
  sessionEpoch,
  setLockAfterMinutes,
  setLocked,
  setSignedIn,
  setSignedOut,
  setUnreachable,
  type SessionUser,
} from './session/session-store';

// One client (and so one cache) for the whole app, created when the data layer first loads.
export const client = createApolloClient();

/**
 * Wraps a page in the Apollo provider. It lives in this module, which only lazy code imports, so
 * Apollo Client and graphql are not part of the initial bundle: the shell paints without them.
 */
export function withData<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithData(props: P) {
    return (
      <ApolloProvider client={client}>
        <Page {...props} />
      </ApolloProvider>
    );
  }
  WithData.displayName = `WithData(${Page.displayName ?? Page.name})`;
  return WithData;
}

/** Asks the server who is signed in and records the answer in the session store. */
export async function loadSession(): Promise<void> {
  const sentIn = sessionEpoch();
  try {
    const { data, error } = await client.query({ query: MeQuery, fetchPolicy: 'network-only', errorPolicy: 'all' });
    const current = data?.mySession;
    if (current) {
      setLockAfterMinutes(current.lockAfterMinutes);
      // A reload while locked shows the lock screen again, never the page.
      if (current.locked) setLocked(current.user, sentIn);
      else setSignedIn(current.user);
    } else if (findCode(error, 'UNAUTHENTICATED')) {
      // The error link has already ended the session; this covers a link-less setup too.
      setSignedOut('NOT_SIGNED_IN', sentIn);
    } else {
      setUnreachable();
    }
  } catch {
    setUnreachable();
  }
}

/** After signing in: forget whatever an earlier user's session left in the cache. */
export async function startSession(user: SessionUser): Promise<void> {
  await client.clearStore();
  markActive();
  setSignedIn(user);
  // How long this server lets the screen stay unlocked without input.
  void client
    .query({ query: MeQuery, fetchPolicy: 'network-only', errorPolicy: 'all' })
    .then(({ data }) => {
      if (data?.mySession) setLockAfterMinutes(data.mySession.lockAfterMinutes);
    })
    .catch(() => undefined);
}

/**
 * Locks the screen: the page goes at once (the shell shows the lock screen instead), the cache
 * of everything it read is emptied, and the server refuses the session until it is unlocked
 * (so a reload shows the lock screen too).
 */
export async function lockScreen(): Promise<void> {
  setLocked();
  await client.clearStore();
  try {
    await client.mutate({ mutation: LockSessionMutation, errorPolicy: 'all' });
  } catch {
    // Offline: the screen is locked here; the server ends the session when it goes idle.
  }
}

/** Why unlocking did not work, or 'ended' when the session is over (the shell then asks to sign in). */
export type UnlockProblem = LoginProblem | { kind: 'ended' };

/** Unlocks with the password; null when the user is back in. */
export async function unlockScreen(password: string): Promise<UnlockProblem | null> {
  try {
    const { data } = await client.mutate({ mutation: UnlockSessionMutation, variables: { input: { password } } });
    if (!data) return { kind: 'server' };
    markActive();
    setSignedIn(data.unlockSession.user);
    return null;
  } catch (error) {
    const auth = findCode(error, 'UNAUTHENTICATED');
    const reason = auth ? reasonOf(auth) : undefined;
    if (reason && !['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'].includes(reason)) {
      setSignedOut('SESSION_EXPIRED');
      return { kind: 'ended' };
    }
    return loginProblemOf(error);
  }
}

/** "Sign in as someone else" from the lock screen: the server ends the locked session. */
export async function signInFromLockScreen(username: string, password: string): Promise<LoginProblem | null> {
  try {
    const { data } = await client.mutate({ mutation: LoginMutation, variables: { input: { username, password } } });
    if (!data) return { kind: 'server' };
    await startSession(data.login.user);
    return null;
  } catch (error) {
    return loginProblemOf(error);
  }
}

/** Ends every session of this user, in every browser, and this one. */
export async function signOutEverywhere(): Promise<boolean> {
  try {
    const { data } = await client.mutate({ mutation: SignOutEverywhereMutation });
    if (!data) return false;
  } catch {
    return false;
  }
  setSignedOut('SIGNED_OUT');
  await client.clearStore();
  return true;
}

/** Ends the session on the server and in the app, and empties the cache. */
export async function signOut(): Promise<void> {
  try {
    await client.mutate({ mutation: LogoutMutation, errorPolicy: 'all' });
  } catch {
    // Offline or already expired: the app still forgets the user; the cookie expires on its own.
  }
  setSignedOut('SIGNED_OUT');
  await client.clearStore();
}

/** Keeps the language just chosen with the signed-in user's account (best effort: offline, it stays on this computer). */
export async function saveMyLanguage(language: Language): Promise<void> {
  try {
    await client.mutate({
      mutation: SetMyLanguageMutation,
      variables: { language: interfaceLanguage(language) },
      errorPolicy: 'all',
    });
  } catch {
    // Not saved: the choice still holds on this computer.
  }
}
