/**
 * `pnpm restore` restores the latest backup in BACKUP_DIR, with all the archived write-ahead
 * log after it, into an empty DATA_DIR. `pnpm restore --to <time>` restores the database as
 * it was at that moment (ISO 8601; without a UTC offset the time is Phnom Penh time, UTC+7).
 * Refuses a DATA_DIR that is in use or not empty.
 */
import { loadConfig } from '../../config.js';
import { BackupRefusal, backupKeyFrom } from '../../common/backup-encryption.js';
import { restoreBackup } from './restore.js';
import { parseRestoreTime, requireEmbedded, run } from './cli.js';

await run(async (log) => {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  let to: Date | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--to' && args[i + 1]) to = parseRestoreTime(args[++i]);
    else if (args[i].startsWith('--to=')) to = parseRestoreTime(args[i].slice(5));
    else throw new BackupRefusal(`Unknown argument "${args[i]}": use \`pnpm restore\` or \`pnpm restore --to "2026-12-06 14:30"\``);
  }
  const config = loadConfig();
  requireEmbedded(config, 'restore');
  if (!config.backupDir) throw new BackupRefusal('BACKUP_DIR is not set: give the folder that holds the backups (and BACKUP_KEY)');
  const result = await restoreBackup({ dataDir: config.dataDir, backupDir: config.backupDir, key: backupKeyFrom(), to, log });
  log(
    `Restored ${result.backup.name} ${result.to ? `to ${result.to.toISOString()}` : 'and the archived write-ahead log after it'} into ${config.dataDir}` +
      `${result.patients === null ? '' : ` (${result.patients} patients)`}. Start the server with \`pnpm start\`.`,
  );
});
