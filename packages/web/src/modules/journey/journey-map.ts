import type { TFunction } from 'i18next';
import type { JourneyMapFragment } from '../../generated/graphql';

export type Milestone = JourneyMapFragment['journeyMilestones'][number];

/** The name of a step: the follow-up's kind, the protocol phase's name, or the step's own. */
export function milestoneName(m: Milestone, t: TFunction): string {
  const tr = t as (key: string) => string;
  if (m.step === 'FOLLOW_UP' && m.followUpKind) return tr(`enums.FollowUpKind.${m.followUpKind}`);
  if (m.step === 'TREATMENT_PHASE' && m.phaseName) return m.phaseName;
  return tr(`journeyMap.step.${m.step}`);
}

/** The wait before a step in the reader's language: days up to two weeks, then weeks. */
export function waitText(days: number | null, t: TFunction): string {
  const tr = t as unknown as (key: string, options?: object) => string;
  if (days === null) return tr('journeyMap.first');
  if (days === 0) return tr('journeyMap.sameDay');
  if (days < 14) return tr('journeyMap.waitDays', { count: days });
  return tr('journeyMap.waitWeeks', { count: Math.round(days / 7) });
}
