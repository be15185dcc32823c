import type { Config } from '../../config.js';
import { BackupRefusal } from '../../common/backup-encryption.js';

/** Runs a command-line tool: refusals print as they are, anything else with its stack; exit 1. */
export async function run(main: (log: (message: string) => void) => Promise<void>): Promise<void> {
  const log = (message: string) => console.log(`[journey] ${message}`);
  try {
    await main(log);
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupRefusal || (error instanceof Error && !error.stack)) console.error(`[journey] ${error.message}`);
    else if (error instanceof Error && /must be|is not set|must be given/.test(error.message)) console.error(`[journey] ${error.message}`);
    else console.error('[journey] Failed:', error);
    process.exit(1);
  }
}

/** Backup and restore here are for the embedded database; a PostgreSQL server of one's own has its own tools. */
export function requireEmbedded(config: Config, what: 'backup' | 'restore'): void {
  if (config.databaseUrl) {
    throw new BackupRefusal(
      `pnpm ${what} is for the embedded database. With DATABASE_URL, your PostgreSQL server's own backups apply: ` +
        'pg_basebackup with continuous WAL archiving (or a tool such as pgBackRest), or your provider\'s point-in-time recovery.',
    );
  }
}

/** `--to`: ISO 8601; a time without an offset is Phnom Penh time (UTC+7, no daylight saving). */
export function parseRestoreTime(raw: string): Date {
  const text = raw.trim().replace(' ', 'T');
  const withOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${/T\d{2}:\d{2}$/.test(text) ? `${text}:00` : text}+07:00`;
  const date = new Date(withOffset);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(date.getTime())) {
    throw new BackupRefusal(`--to needs a date and time such as "2026-12-06 14:30" (Phnom Penh time) or "2026-12-06T07:30:00Z", got "${raw}"`);
  }
  return date;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
