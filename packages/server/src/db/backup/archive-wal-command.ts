/**
 * PostgreSQL's archive_command (wal-archive.ts): `archive-wal-command.js <BACKUP_DIR> %p %f`,
 * with BACKUP_KEY in the environment the server was started with. Exit 0 only when the segment
 * is safely in the archive; otherwise PostgreSQL keeps it and tries again.
 */
import { backupKeyFrom } from '../../common/backup-encryption.js';
import { archiveSegment } from './wal-archive.js';

const [backupDir, walPath, name] = process.argv.slice(2);
try {
  if (!backupDir || !walPath || !name) throw new Error('usage: archive-wal-command.js <BACKUP_DIR> <%p> <%f>');
  await archiveSegment(backupDir, walPath, name, backupKeyFrom());
} catch (error) {
  console.error(`[journey] Could not archive ${name ?? 'a WAL segment'}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
