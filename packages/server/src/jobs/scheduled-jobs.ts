import type { EntityManager } from '@mikro-orm/postgresql';
import { ScheduledJobName } from '@pj/shared';
import { markLostAsOf } from '../follow-up/follow-up.service.js';
import { announceOverdueReferrals } from '../referrals/referral-overdue.js';

/** What a run changed. */
export interface JobChanges {
  count: number;
  patientIds: string[];
}

/** A job the server runs by itself, daily at a Phnom Penh time. */
export interface ScheduledJob {
  name: ScheduledJobName;
  /** `HH:MM`, Phnom Penh time. */
  dailyAt: string;
  description: string;
  /**
   * The work, inside the run's transaction: as of the hospital day `asOf`, at `now`, standing for
   * the days `coversFrom` … `asOf` (more than one after downtime).
   */
  run(em: EntityManager, asOf: string, now: Date, actor: string, coversFrom: string): Promise<JobChanges>;
}

/** Who the timeline names for what a scheduled job changed. */
export const JOB_ACTOR = 'Scheduled job';

/**
 * Every scheduled job.
 *
 * Referrals becoming overdue: `Referral.overdue` is computed from the clock (open, and due
 * before today's Phnom Penh date), so a referral becomes overdue at the start of a hospital day
 * without any write that a trigger could announce. A daily job at 00:00 announces, once however
 * many servers run, the referrals whose due date passed on the days it covers (the day before
 * `asOf`, or every day missed after downtime — when every server was down, every live client
 * was disconnected too and refetches on reconnecting, so those are announced for completeness
 * only). A timer on every instance would announce them once per instance; a trigger cannot see
 * the clock move.
 *
 * Loss to follow-up after downtime runs ONCE, as of today, for every day missed (the run says
 * which days it stands for: `coversFrom` … `asOf`), rather than once per missed day. The rule
 * only grows with the day (a patient lost on a missed day is still lost today unless they
 * attended since, and then they must not be marked) and each patient's event is dated to the
 * day they became lost, not the day of the run; so one run as of today marks exactly the
 * patients, with the same dates, that the missed daily runs would have, against the facts as
 * they are now — replaying past days against today's facts could not do better — and it does
 * not fill the record with runs that did nothing.
 */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  {
    name: ScheduledJobName.LOST_TO_FOLLOW_UP,
    dailyAt: '00:05',
    description:
      'Marks LOST_TO_FOLLOW_UP every patient in FOLLOW_UP, not on an active treatment plan, with a follow-up missed or never recorded ' +
      'more than 60 days ago and nothing attended since.',
    async run(em, asOf, now, actor) {
      const marked = await markLostAsOf(em, asOf, now, actor);
      return { count: marked.length, patientIds: marked.map((p) => p.id) };
    },
  },
  {
    name: ScheduledJobName.REFERRALS_OVERDUE,
    dailyAt: '00:00',
    description:
      'Announces to live worklists every open referral that became overdue (its due date passed) on the days the run covers; it changes no record.',
    async run(em, asOf, _now, _actor, coversFrom) {
      const announced = await announceOverdueReferrals(em, coversFrom, asOf);
      return { count: announced.referralIds.length, patientIds: announced.patientIds };
    },
  },
];
