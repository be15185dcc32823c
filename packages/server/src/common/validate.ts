import { badInput } from './domain-error.js';

/** Control characters; tabs and line breaks are allowed only in multi-line text (notes). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
/** Half of a UTF-16 surrogate pair: not a character; PostgreSQL would store U+FFFD instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  /** Notes may span lines; names, labels and codes may not. */
  multiline?: boolean;
}

/** Trimmed text of 1…max characters with no control characters, or BAD_USER_INPUT. */
export function requiredText(field: string, value: string, max = 200, options: TextOptions = {}): string {
  const text = optionalText(field, value, max, options);
  if (text === null) throw badInput(field, `${field} is required`, 'REQUIRED');
  return text;
}

/** Trimmed text, or null when empty; BAD_USER_INPUT when too long or with control characters. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  max = 200,
  { multiline = false }: TextOptions = {},
): string | null {
  if (value === null || value === undefined) return null;
  const text = value.normalize('NFC').trim();
  if (text === '') return null;
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`, 'TOO_LONG', { max });
  if (CONTROL.test(text) || (!multiline && LINE_BREAK_OR_TAB.test(text))) {
    throw badInput(field, `${field} contains control characters`, 'CONTROL_CHARACTERS');
  }
  if (LONE_SURROGATE.test(text)) throw badInput(field, `${field} contains invalid characters`, 'INVALID_CHARACTERS');
  return text;
}

/** A whole number within bounds, or BAD_USER_INPUT. */
export function intInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}`, 'OUT_OF_RANGE', { min, max });
  }
  return value;
}

/**
 * Clinical times this system can hold. DateTime accepts any instant JavaScript can represent
 * (years 0001 to 275760 and before Christ), which the hospital calendar cannot format: year 1
 * made `receivedAt` crash the due-date arithmetic (INTERNAL_SERVER_ERROR).
 */
export const EARLIEST_INSTANT = new Date('1900-01-01T00:00:00.000Z');
export const LATEST_INSTANT = new Date('2200-01-01T00:00:00.000Z');

/** A real instant (not Invalid Date) from 1900 to 2199, or BAD_USER_INPUT. */
export function validInstant(field: string, value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw badInput(field, `${field} is not a valid date and time`, 'INVALID_DATE');
  }
  if (value.getTime() < EARLIEST_INSTANT.getTime() || value.getTime() >= LATEST_INSTANT.getTime()) {
    throw badInput(field, `${field} must be between the years 1900 and 2199`, 'OUT_OF_RANGE');
  }
  return value;
}

/** Refuses instants after `now` (with a small allowance for clock skew between devices). */
export function notInFuture(field: string, value: Date, now: Date, skewMs = 5 * 60_000): Date {
  validInstant(field, value);
  if (value.getTime() > now.getTime() + skewMs) {
    throw badInput(field, `${field} cannot be in the future`, 'IN_FUTURE');
  }
  return value;
}

/**
 * Text no column can hold: NUL (PostgreSQL refuses it in `text`, so the statement failed as
 * INTERNAL_SERVER_ERROR — `login` with a NUL in the username did) and half of a surrogate pair
 * (stored silently as U+FFFD). Every string of every request is checked against this before
 * anything runs (graphql/text-guard.ts); `optionalText` refuses both too.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text unchanged, or BAD_USER_INPUT naming `field` when it holds a NUL or half a surrogate pair. */
export function storableText(field: string, value: string): string {
  const found = UNSTORABLE.exec(value);
  if (!found) return value;
  if (found[0] === '\u0000') throw badInput(field, `${field} contains a NUL character`, 'CONTROL_CHARACTERS');
  throw badInput(field, `${field} contains invalid characters`, 'INVALID_CHARACTERS');
}
