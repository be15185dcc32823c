import { setLoading, setUnreachable } from './session-store';

let inFlight: Promise<void> | null = null;

/**
 * Asks the server who is signed in (`me`), once at a time. The data layer is loaded for it: every
 * page needs it anyway, and this starts loading it as early as possible.
 */
export function loadSession(): Promise<void> {
  inFlight ??= import('../data')
    .then((data) => data.loadSession())
    // The data layer's code itself could not load (offline, or a deploy replaced it).
    .catch(() => setUnreachable())
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** Try again after the server could not be reached. */
export function retryLoadSession(): void {
  setLoading();
  void loadSession();
}

/** Signs out: loads the data layer (already loaded when signed in) and ends the session. */
export async function signOut(): Promise<void> {
  const data = await import('../data');
  await data.signOut();
}

/** Locks the screen now (idle, or by hand from the user menu). */
export async function lockScreen(): Promise<void> {
  const data = await import('../data');
  await data.lockScreen();
}

/** Ends every session of the signed-in user; false when that could not be done. */
export async function signOutEverywhere(): Promise<boolean> {
  const data = await import('../data');
  return data.signOutEverywhere();
}
