import { describe, expect, it } from 'vitest';
import {
  MANUAL_REFERRAL_TRANSITIONS,
  REFERRAL_TRANSITIONS,
  ReferralMoveCause as Cause,
  ReferralStatus as R,
  canTransitionReferral,
  canTransitionReferralByHand,
  isReferralOpen,
  referralMoveCause,
} from './referral.js';

describe('referral workflow', () => {
  it('allows exactly the moves of the hospital workflow', () => {
    const allowed = Object.values(R).flatMap((from) =>
      Object.values(R)
        .filter((to) => canTransitionReferral(from, to))
        .map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'RECEIVED>TRIAGED', 'RECEIVED>CANCELLED',
        'TRIAGED>ACCEPTED', 'TRIAGED>DECLINED', 'TRIAGED>CANCELLED',
        'ACCEPTED>WAITLISTED', 'ACCEPTED>SCHEDULED', 'ACCEPTED>CANCELLED',
        'WAITLISTED>SCHEDULED', 'WAITLISTED>CANCELLED',
        'SCHEDULED>COMPLETED', 'SCHEDULED>WAITLISTED', 'SCHEDULED>CANCELLED',
      ].sort(),
    );
  });

  it('can be cancelled from every open state and from no closed one', () => {
    for (const status of Object.values(R)) {
      expect(canTransitionReferral(status, R.CANCELLED)).toBe(isReferralOpen(status));
    }
    expect([R.DECLINED, R.COMPLETED, R.CANCELLED].map(isReferralOpen)).toEqual([false, false, false]);
  });

  it('never moves to the state it is in', () => {
    for (const status of Object.values(R)) expect(REFERRAL_TRANSITIONS[status]).not.toContain(status);
  });

  it('lets a person make only the moves no fact makes: never SCHEDULED or COMPLETED, nothing while booked', () => {
    const byHand = Object.values(R).flatMap((from) => MANUAL_REFERRAL_TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(byHand.sort()).toEqual(
      [
        'RECEIVED>TRIAGED', 'RECEIVED>CANCELLED',
        'TRIAGED>ACCEPTED', 'TRIAGED>DECLINED', 'TRIAGED>CANCELLED',
        'ACCEPTED>WAITLISTED', 'ACCEPTED>CANCELLED',
        'WAITLISTED>CANCELLED',
      ].sort(),
    );
    for (const from of Object.values(R)) {
      expect(canTransitionReferralByHand(from, R.SCHEDULED)).toBe(false);
      expect(canTransitionReferralByHand(from, R.COMPLETED)).toBe(false);
      expect(MANUAL_REFERRAL_TRANSITIONS[R.SCHEDULED]).toEqual([]);
    }
  });

  it('names the fact behind each move that is not made by hand', () => {
    expect(referralMoveCause(R.WAITLISTED, R.SCHEDULED)).toBe(Cause.OPERATION_BOOKED);
    expect(referralMoveCause(R.ACCEPTED, R.SCHEDULED)).toBe(Cause.OPERATION_BOOKED);
    expect(referralMoveCause(R.SCHEDULED, R.COMPLETED)).toBe(Cause.OPERATION_PERFORMED);
    expect(referralMoveCause(R.SCHEDULED, R.WAITLISTED)).toBe(Cause.OPERATION_CANCELLED);
    expect(referralMoveCause(R.SCHEDULED, R.CANCELLED)).toBe(Cause.JOURNEY_ENDED);
    expect(referralMoveCause(R.RECEIVED, R.COMPLETED)).toBeNull();
  });
});
