import { ScheduledJobName } from '@pj/shared';
import { backupKeyFrom } from '../../common/backup-encryption.js';
import type { ScheduledJob } from '../../jobs/scheduled-jobs.js';
import { applyRetention, takeBackup } from './backup.js';

/** When the nightly backup runs (Phnom Penh time): after the loss-to-follow-up job, in the quiet of the night. */
export const BACKUP_DAILY_AT = '01:00';

/**
 * The nightly backup of the embedded database (backup.ts), then the retention rule.
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
