import { readFileSync } from 'node:fs';
import { badInput } from '../common/domain-error.js';

/**
 * Rules for a new password, after NIST SP 800-63B (section 5.1.1.2 / 3.1.1.2): length over
 * composition. No rules about digits, capitals or symbols, no forced expiry; a minimum and a
 * generous maximum length, counted in Unicode characters after NFC normalisation (as the hash
 * sees them); and a check against a list of passwords known to be common, shipped with the
 * product (`packages/server/data/common-passwords.txt`). They apply when a password is set:
 * an existing password keeps working for sign-in whatever it is.
 *
 * 12 characters: above 63B's floor of 8 for a password chosen by its user, below the 15 that
 * its 2024 revision asks of a password used alone. Staff type it at the ward computer many
 * times a day (every unlock of the lock screen), so a phrase of a few words is the advice;
 * raising MIN_PASSWORD_LENGTH later does not lock anyone out.
 */
export const MIN_PASSWORD_LENGTH = 12;
/** 63B: at least 64 allowed. Longer only costs hashing time. */
export const MAX_PASSWORD_LENGTH = 128;

let common: ReadonlySet<string> | null = null;

/** The shipped list of common passwords (read once, on first use). */
export function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    // src/auth or dist/auth: the list is two folders up in both.
    const text = readFileSync(new URL('../../data/common-passwords.txt', import.meta.url), 'utf8');
    common = new Set(
      text
        .split('\n')
        .filter((line) => line !== '' && line !== '#' && !line.startsWith('# '))
        .map((line) => line.normalize('NFC').toLowerCase()),
    );
  }
  return common;
}

const characters = (text: string): number => [...text].length;

/**
 * Whether a password is a common one: on the list as it is (any case), or a listed word or
 * run with only digits and punctuation added after it ("dragon2026!!!!"), or one character
 * repeated, or the user's own name.
 */
export function isCommonPassword(password: string, context: { username?: string; displayName?: string } = {}): boolean {
  const folded = password.normalize('NFC').toLowerCase();
  const list = commonPasswords();
  if (list.has(folded)) return true;
  const stem = folded.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  if (stem.length >= 4 && list.has(stem)) return true;
  if (new Set(folded).size <= 2) return true;
  const own = [context.username, context.displayName].filter((v): v is string => !!v).map((v) => v.normalize('NFC').toLowerCase());
  return own.some((name) => folded === name || folded.replace(/[^\p{L}\p{N}]/gu, '') === name.replace(/[^\p{L}\p{N}]/gu, ''));
}

/** Refuses a new password that breaks the rules above (BAD_USER_INPUT on `field`, with a reason). */
export function checkNewPassword(password: string, context: { username?: string; displayName?: string } = {}, field = 'password'): void {
  const length = characters(password.normalize('NFC'));
  if (length < MIN_PASSWORD_LENGTH) {
    throw badInput(field, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters; a few words make a good one`, 'PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw badInput(field, `Passwords have at most ${MAX_PASSWORD_LENGTH} characters`, 'PASSWORD_TOO_LONG', { max: MAX_PASSWORD_LENGTH });
  }
  if (isCommonPassword(password, context)) {
    throw badInput(field, 'This password is too common (it is on a list of passwords attackers try first); choose another', 'COMMON_PASSWORD');
  }
}
