import { permissionsOf, Role, type Permission } from '@pj/shared';
import { useSyncExternalStore } from 'react';
import { currentLanguage, switchLanguage } from '../i18n';
import { isLanguage } from '../i18n/languages';

/** The signed-in user as the app needs it (the fields of `me` and `login { user }`). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: readonly string[];
  /** The language kept with the account (`EN`, `KM`, `JA`), null until the user chooses one. */
  language?: string | null;
  /** The user's own staff record, when the account is linked to one (their logbook). */
  staffMember?: { id: string } | null;
}

/** Why there is no session: never signed in (or unknown), timed out, or signed out here. */
export type SignedOutReason = 'NOT_SIGNED_IN' | 'SESSION_EXPIRED' | 'SIGNED_OUT';

export type Session =
  /** `me` has not answered yet. */
  | { status: 'loading' }
  /** `me` could not be asked (offline, server down): neither in nor out. */
  | { status: 'unreachable' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; user: SessionUser; roles: readonly Role[]; permissions: ReadonlySet<Permission> }
  /**
   * The screen is locked (idle, or locked by hand): the session is kept but nothing of it is
   * shown until its user unlocks it; `user` says whose it is (null when not known yet).
   */
  | { status: 'locked'; user: SessionUser | null };

export type SignedInSession = Extract<Session, { status: 'signed-in' }>;

const ROLES = new Set<string>(Object.values(Role));

/** The roles this app knows, in the order the server sent them (unknown ones are ignored). */
export function knownRoles(roles: readonly string[]): Role[] {
  return roles.filter((role): role is Role => ROLES.has(role));
}

let session: Session = { status: 'loading' };
let lastSignedIn: SignedInSession | null = null;
/**
 * Counts sign-ins. A request remembers the epoch it started in, so an "unauthenticated" answer
 * to a request sent before the latest sign-in cannot sign the new session out.
 */
let epoch = 0;
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

export function getSession(): Session {
  return session;
}

export function sessionEpoch(): number {
  return epoch;
}

export function setSignedIn(user: SessionUser): void {
  epoch += 1;
  const roles = knownRoles(user.roles);
  lastSignedIn = { status: 'signed-in', user, roles, permissions: permissionsOf(roles) };
  set(lastSignedIn);
  // The app opens in the language kept with the account; without one, in this computer's.
  const language = user.language?.toLowerCase();
  if (isLanguage(language) && language !== currentLanguage()) void switchLanguage(language);
}

/** Ends the session in the app; `requestEpoch` is the epoch of the request that learned it. */
export function setSignedOut(reason: SignedOutReason, requestEpoch: number = epoch): void {
  if (requestEpoch !== epoch) return;
  // Several requests in flight may all learn that the session expired: the first reason stays.
  if (session.status === 'signed-out' && reason !== 'SIGNED_OUT') return;
  set({ status: 'signed-out', reason });
}

/**
 * Locks the screen (`requestEpoch`: of the request that learned the session is locked). Only a
 * session that is or may be signed in can lock.
 */
export function setLocked(user: SessionUser | null = null, requestEpoch: number = epoch): void {
  if (requestEpoch !== epoch) return;
  if (session.status === 'signed-out' || session.status === 'locked') return;
  set({ status: 'locked', user: user ?? lastSignedIn?.user ?? null });
}

/** Minutes without input before the screen locks, as the server says (15 until it has said). */
let lockAfterMinutes = 15;

export function setLockAfterMinutes(minutes: number): void {
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes === lockAfterMinutes) return;
  lockAfterMinutes = minutes;
  for (const listener of listeners) listener();
}

export function getLockAfterMinutes(): number {
  return lockAfterMinutes;
}

export function setLoading(): void {
  set({ status: 'loading' });
}

export function setUnreachable(): void {
  if (session.status === 'loading') set({ status: 'unreachable' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` whenever the session changes (outside React: the live connection, app/live.ts). */
export const onSessionChange = subscribe;

export function useSession(): Session {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

/**
 * The session inside pages that only render once signed in (the shell guarantees it). While
 * the shell leaves for the sign-in page, pages still see the user they were rendered for.
 */
export function useSignedInSession(): SignedInSession {
  const current = useSession();
  if (current.status === 'signed-in') return current;
  if (lastSignedIn) return lastSignedIn;
  throw new Error('useSignedInSession() outside a signed-in page');
}

/** Minutes without input before the screen locks (re-renders when the server's answer arrives). */
export function useLockAfterMinutes(): number {
  return useSyncExternalStore(subscribe, getLockAfterMinutes, getLockAfterMinutes);
}

export function useCan(permission: Permission): boolean {
  const current = useSession();
  return current.status === 'signed-in' && current.permissions.has(permission);
}
