/**
 * PostgreSQL's restore_command during a restore (wal-archive.ts):
 * `restore-wal-command.js <BACKUP_DIR> %f %p`. Exit 1 when the archive does not have the file
 * (PostgreSQL then ends recovery), or when it cannot be decrypted.
 */
import { backupKeyFrom } from '../../common/backup-encryption.js';
import { restoreSegment } from './wal-archive.js';

const [backupDir, name, targetPath] = process.argv.slice(2);
try {
  if (!backupDir || !name || !targetPath) throw new Error('usage: restore-wal-command.js <BACKUP_DIR> <%f> <%p>');
  if (!(await restoreSegment(backupDir, name, targetPath, backupKeyFrom()))) process.exit(1);
} catch (error) {
  console.error(`[journey] Could not restore ${name ?? 'a WAL segment'}: ${error instanceof Error ? error.message : String(error)}`);
  // Above 125: PostgreSQL stops the recovery rather than taking it for the end of the archive.
  process.exit(126);
}
