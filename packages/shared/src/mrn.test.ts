import { describe, expect, it } from 'vitest';
import { formatMrn, isValidMrn, luhnCheckDigit } from './mrn.js';

describe('MRN', () => {
  it('adds a Luhn check digit', () => {
    // 7992739871 is the textbook Luhn example with check digit 3.
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(formatMrn(1)).toBe('000001-8');
    expect(formatMrn(42)).toBe('000042-2');
  });

  it('catches every single-digit typo and every swap of neighbouring different digits', () => {
    const mrn = formatMrn(123_456);
    expect(isValidMrn(mrn)).toBe(true);
    const digits = mrn.replace('-', '');
    for (let i = 0; i < digits.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        const typo = digits.slice(0, i) + d + digits.slice(i + 1);
        expect(isValidMrn(`${typo.slice(0, 6)}-${typo[6]}`), typo).toBe(false);
      }
    }
    for (let i = 0; i < 5; i++) {
      if (digits[i] === digits[i + 1]) continue;
      const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2, 6);
      // Luhn misses only the 0↔9 swap.
      if (`${digits[i]}${digits[i + 1]}` === '09' || `${digits[i]}${digits[i + 1]}` === '90') continue;
      expect(isValidMrn(`${swapped}-${digits[6]}`), swapped).toBe(false);
    }
  });

  it('rejects malformed numbers and serials out of range', () => {
    for (const bad of ['', '123456', '12345-6', '1234567-8', 'ABCDEF-1', '000001-8x']) expect(isValidMrn(bad)).toBe(false);
    expect(() => formatMrn(0)).toThrow(RangeError);
    expect(() => formatMrn(1_000_000)).toThrow(RangeError);
  });
});
