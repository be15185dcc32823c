import { useEffect } from 'react';

/**
 * The idle timer of the screen lock. Input anywhere in the app (keyboard, pointer, touch,
 * wheel, scrolling) counts as activity; the time of the last one is shared with the app's other
 * tabs through localStorage, so working in one tab keeps the others unlocked, and a tab opened
 * (or reloaded) after the limit locks at once.
 */
const STORAGE_KEY = 'pj.lastActivity';
const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;

function stored(): number {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}

// A reload starts from the last input before it (not from now): reloading does not unlock.
let lastActivity = typeof window === 'undefined' ? 0 : stored() || Date.now();
let lastWritten = 0;

/** Records activity now (input, signing in, unlocking). */
export function markActive(now = Date.now()): void {
  lastActivity = now;
  // At most once a second: pointer moves come many times a second.
  if (now - lastWritten < 1000) return;
  lastWritten = now;
  try {
    window.localStorage.setItem(STORAGE_KEY, String(now));
  } catch {
    // Private mode without storage: this tab's own timer still works.
  }
}

/** The last activity seen by this tab or another one. */
export function lastActiveAt(): number {
  return Math.max(lastActivity, stored());
}

/** Whether the screen should be locked now, `lockAfterMs` after the last activity. */
export function idleTooLong(lockAfterMs: number, now = Date.now()): boolean {
  return now - lastActiveAt() >= lockAfterMs;
}

/**
 * While `enabled`, calls `onIdle` once input has stopped for `lockAfterMs`. Checked a few
 * times per lock period (at least once a second), so the lock comes on time.
 */
export function useIdleTimer(enabled: boolean, lockAfterMs: number, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onInput = () => markActive();
    for (const event of EVENTS) window.addEventListener(event, onInput, { passive: true, capture: true });
    const check = () => {
      if (idleTooLong(lockAfterMs)) onIdle();
    };
    // A tab opened long after the last input elsewhere locks straight away.
    check();
    const timer = window.setInterval(check, Math.min(1000, Math.max(250, lockAfterMs / 4)));
    return () => {
      window.clearInterval(timer);
      for (const event of EVENTS) window.removeEventListener(event, onInput, { capture: true });
    };
  }, [enabled, lockAfterMs, onIdle]);
}
