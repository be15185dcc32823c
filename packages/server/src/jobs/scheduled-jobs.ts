import type { EntityManager } from '@mikro-orm/postgresql';
import { ScheduledJobName } from '@pj/shared';
import { markLostAsOf } from '../follow-up/follow-up.service.js';

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
  /** The work, inside the run's transaction: as of the hospital day `asOf`, at `now`. */
  run(em: EntityManager, asOf: string, now: Date, actor: string): Promise<JobChanges>;
}

/** Who the timeline names for what a scheduled job changed. */
export const JOB_ACTOR = 'Scheduled job';

/**
 * Every scheduled job.
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
];
