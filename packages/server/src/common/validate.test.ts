import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { notInFuture, nulCharacterAt, optionalText, validInstant } from './validate.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}/${error.details.reason}` : `not a DomainError: ${String(error)}`;
  }
  return undefined;
}

describe('validInstant', () => {
  it('refuses instants the hospital calendar cannot hold (found by the bad-input property test)', () => {
    // Year 1 used to reach the due-date arithmetic and fail there with a RangeError.
    for (const iso of ['0001-01-01T00:00:00Z', '1899-12-31T23:59:59.999Z', '2200-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
      expect(reasonOf(() => validInstant('receivedAt', new Date(iso))), iso).toBe('BAD_USER_INPUT/OUT_OF_RANGE');
    }
    expect(reasonOf(() => validInstant('receivedAt', new Date('nonsense')))).toBe('BAD_USER_INPUT/INVALID_DATE');
    expect(reasonOf(() => notInFuture('admittedAt', new Date('0001-01-01T00:00:00Z'), new Date()))).toBe('BAD_USER_INPUT/OUT_OF_RANGE');
  });

  it('accepts the years 1900 to 2199', () => {
    for (const iso of ['1900-01-01T00:00:00Z', '2026-03-02T02:00:00Z', '2199-12-31T23:59:59.999Z']) {
      expect(validInstant('scheduledStart', new Date(iso)).toISOString()).toBe(new Date(iso).toISOString());
    }
  });
});

describe('optionalText', () => {
  it('refuses half a surrogate pair, which PostgreSQL would silently store as U+FFFD', () => {
    for (const text of ['Sok\uD800', '\uDFFFDara', 'x\uD83D']) {
      expect(reasonOf(() => optionalText('familyName', text)), JSON.stringify(text)).toBe('BAD_USER_INPUT/INVALID_CHARACTERS');
    }
  });

  it('keeps whole characters from every script, emoji included', () => {
    for (const text of ['សុខ ដារា', '👩🏽‍⚕️', 'Nguyễn', 'مرحبا']) expect(optionalText('name', text)).toBe(text.normalize('NFC'));
  });
});

describe('nulCharacterAt', () => {
  it('finds a NUL character in any string of a request, at any depth, and names where', () => {
    expect(nulCharacterAt({ input: { username: 'admin', password: 'x' } }, '')).toBeNull();
    expect(nulCharacterAt({ input: { username: 'ad\u0000min' } }, '')).toBe('input.username');
    expect(nulCharacterAt({ input: { phones: ['012', '0\u00001'] } }, '')).toBe('input.phones.1');
    expect(nulCharacterAt([{ a: 1, b: null, c: true }], 'x')).toBeNull();
  });
});
