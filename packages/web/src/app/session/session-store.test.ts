import { Permission, Role } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { getLockAfterMinutes, getSession, knownRoles, sessionEpoch, setLockAfterMinutes, setLocked, setSignedIn, setSignedOut } from './session-store';

const user = (roles: string[]) => ({ id: 'VXNlcjox', username: 'dara', displayName: 'Dara Ly', roles });

describe('the session', () => {
  it('derives what the user may do from their roles', () => {
    setSignedIn(user(['ADMINISTRATOR', 'SOMETHING_NEW']));
    const session = getSession();
    expect(session.status).toBe('signed-in');
    if (session.status !== 'signed-in') return;
    expect(session.roles).toEqual([Role.ADMINISTRATOR]);
    expect(session.permissions.has(Permission.READ_AUDIT_LOG)).toBe(true);
    expect(session.permissions.has(Permission.READ_CONTACT_DETAILS)).toBe(false);
    expect(knownRoles(['ANALYST', 'nope'])).toEqual([Role.ANALYST]);
  });

  it('ignores "not signed in" answers to requests sent before the latest sign-in', () => {
    setSignedIn(user(['CLINICIAN']));
    const before = sessionEpoch();
    setSignedIn(user(['CLINICIAN']));
    setSignedOut('SESSION_EXPIRED', before);
    expect(getSession().status).toBe('signed-in');
    setSignedOut('SESSION_EXPIRED', sessionEpoch());
    expect(getSession()).toEqual({ status: 'signed-out', reason: 'SESSION_EXPIRED' });
  });

  it('keeps the first reason when several requests learn the session ended', () => {
    setSignedIn(user(['NURSE']));
    setSignedOut('SESSION_EXPIRED');
    setSignedOut('NOT_SIGNED_IN');
    expect(getSession()).toEqual({ status: 'signed-out', reason: 'SESSION_EXPIRED' });
    setSignedOut('SIGNED_OUT');
    expect(getSession()).toEqual({ status: 'signed-out', reason: 'SIGNED_OUT' });
  });

  it('locks a signed-in session, keeping whose it is, and ignores a stale or signed-out lock', () => {
    setSignedIn(user(['NURSE']));
    const before = sessionEpoch();
    setSignedIn(user(['NURSE']));
    setLocked(null, before);
    expect(getSession().status).toBe('signed-in');
    setLocked();
    expect(getSession()).toEqual({ status: 'locked', user: user(['NURSE']) });
    // Unlocking is signing in again.
    setSignedIn(user(['NURSE']));
    expect(getSession().status).toBe('signed-in');
    setSignedOut('SIGNED_OUT');
    setLocked();
    expect(getSession().status).toBe('signed-out');
  });

  it('takes the lock time from the server, ignoring nonsense', () => {
    setLockAfterMinutes(5);
    setLockAfterMinutes(Number.NaN);
    setLockAfterMinutes(-1);
    expect(getLockAfterMinutes()).toBe(5);
  });
});
