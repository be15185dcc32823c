import { describe, expect, it } from 'vitest';
import { normalizeCambodianPhone } from './phone.js';

describe('normalizeCambodianPhone', () => {
  it.each([
    ['012 345 678', '+85512345678'],
    ['012-345-678', '+85512345678'],
    ['+855 12 345 678', '+85512345678'],
    ['+855 012 345 678', '+85512345678'],
    ['855 12 345 678', '+85512345678'],
    ['00855 12 345 678', '+85512345678'],
    ['(0)97 765 4321', '+855977654321'],
    ['097 765 4321', '+855977654321'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalizeCambodianPhone(input)).toBe(expected);
  });

  it.each(['', '12345', '+66 81 234 5678', '012 34', '0012345678', 'call me', '012 345 678 901 2', '+855 0'])(
    'refuses %j',
    (input) => {
      expect(normalizeCambodianPhone(input)).toBeNull();
    },
  );
});
