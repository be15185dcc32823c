import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';

/**
 * Backups and archived write-ahead log hold every patient's record: they are written only
 * encrypted, with AES-256-GCM under a key from the environment (BACKUP_KEY), never in clear.
 *
 * An encrypted file is `PJENC001`, a fresh 12-byte IV, the ciphertext, and GCM's 16-byte tag
 * (which proves on reading that nothing was changed or cut off).
 */

const MAGIC = Buffer.from('PJENC001');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A refusal the command-line tools print as it is (no stack). */
export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
}

/**
 * The 32-byte key from BACKUP_KEY: 64 hexadecimal characters (`openssl rand -hex 32`) or the
 * same 32 bytes in base64. Missing or malformed: a refusal, never an unencrypted backup.
 */
export function backupKeyFrom(env: NodeJS.ProcessEnv = process.env): Buffer {
  const raw = env.BACKUP_KEY?.trim() ?? '';
  if (!raw) {
    throw new BackupRefusal(
      'BACKUP_KEY is not set: backups hold every patient record and are only written encrypted. ' +
        'Create a key once with `openssl rand -hex 32`, keep a copy away from the backup disk, and give it as BACKUP_KEY.',
    );
  }
  if (/^[0-9a-fA-F]{64}$/.test(raw)) return Buffer.from(raw, 'hex');
  const decoded = /^[A-Za-z0-9+/]{43}=?$/.test(raw) ? Buffer.from(raw, 'base64') : null;
  if (decoded?.length === 32) return decoded;
  throw new BackupRefusal('BACKUP_KEY must be 32 bytes written as 64 hexadecimal characters (`openssl rand -hex 32`) or in base64');
}

/** Encrypts a stream of bytes (a `pipeline` stage). */
export function encrypt(key: Buffer): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* (source) {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    yield Buffer.concat([MAGIC, iv]);
    for await (const chunk of source) {
      const out = cipher.update(chunk);
      if (out.length) yield out;
    }
    const last = cipher.final();
    if (last.length) yield last;
    yield cipher.getAuthTag();
  };
}

/**
 * Decrypts a stream written by `encrypt` (a `pipeline` stage). Throws a refusal for another
 * key, a file that is not an encrypted backup, or one changed or cut short.
 */
export function decrypt(key: Buffer, what: string): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* (source) {
    let head = Buffer.alloc(0);
    let decipher: DecipherGCM | null = null;
    // The last 16 bytes seen so far may be the tag: held back until the stream ends.
    let held = Buffer.alloc(0);
    for await (const chunk of source) {
      let data = chunk;
      if (!decipher) {
        head = Buffer.concat([head, data]);
        if (head.length < MAGIC.length + IV_BYTES) continue;
        if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupRefusal(`${what} is not an encrypted backup file`);
        decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length, MAGIC.length + IV_BYTES));
        data = head.subarray(MAGIC.length + IV_BYTES);
      }
      const all = Buffer.concat([held, data]);
      const cut = Math.max(0, all.length - TAG_BYTES);
      held = all.subarray(cut);
      if (cut > 0) yield decipher.update(all.subarray(0, cut));
    }
    if (!decipher || held.length < TAG_BYTES) throw new BackupRefusal(`${what} is cut short`);
    decipher.setAuthTag(held);
    try {
      const last = decipher.final();
      if (last.length) yield last;
    } catch {
      throw new BackupRefusal(`${what} cannot be decrypted with this BACKUP_KEY (another key, or the file was changed)`);
    }
  };
}
