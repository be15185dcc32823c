import { findCode, hasCode, reasonOf } from '../../app/graphql-errors';

/** Which message a failed referral change deserves (keys under `referrals.drawer`). */
export function referralProblem(error: unknown): 'stale' | 'illegal' | 'failed' {
  const conflict = findCode(error, 'CONFLICT');
  if (conflict) return reasonOf(conflict) === 'ILLEGAL_TRANSITION' ? 'illegal' : 'stale';
  if (hasCode(error, 'NOT_FOUND')) return 'illegal';
  return 'failed';
}
