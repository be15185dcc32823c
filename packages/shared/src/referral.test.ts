import { describe, expect, it } from 'vitest';
import { REFERRAL_TRANSITIONS, ReferralStatus as R, canTransitionReferral, isReferralOpen } from './referral.js';

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
});
