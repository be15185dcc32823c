import type { EntityManager } from '@mikro-orm/postgresql';
import { ScheduledJobName } from '@pj/shared';
import { markLostAsOf } from '../follow-up/follow-up.service.js';
import { applyRetention, takeBackup } from '../db/backup/backup.js';
import { backupKeyFrom } from '../db/backup/encryption.js';

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

/** When the nightly backup runs (Phnom Penh time): after the loss-to-follow-up job, in the quiet of the night. */
export const BACKUP_DAILY_AT = '01:00';

/**
 * The nightly backup of the embedded database (db/backup/backup.ts), then the retention rule.
 * Like every job it runs once per night however many servers run, and is tried again 15
 * minutes after a failure (a backup disk not mounted). The backup is taken on its own
 * connection: the run's transaction only records it.
 */
export function backupJob(options: { adminUrl: string; databaseDir: string; backupDir: string; keepDays: number; log?: (message: string) => void }): ScheduledJob {
  return {
    name: ScheduledJobName.DAILY_BACKUP,
    dailyAt: BACKUP_DAILY_AT,
    description: `Takes an encrypted backup of the embedded database into the backup folder; deletes backups older than ${options.keepDays} days.`,
    async run(_em, _asOf, now) {
      const manifest = await takeBackup({ adminUrl: options.adminUrl, databaseDir: options.databaseDir, backupDir: options.backupDir, key: backupKeyFrom() });
      const removed = await applyRetention(options.backupDir, options.keepDays, now);
      options.log?.(`backup ${manifest.name}: ${manifest.files} files; retention deleted ${removed.backups.length} backup(s), ${removed.walSegments} WAL segment(s)`);
      return { count: 1, patientIds: [] };
    },
  };
}
