import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone';

describe('formatPhone', () => {
  it('shows Cambodian numbers in the local form', () => {
    expect(formatPhone('+85512345678')).toBe('012 345 678');
    expect(formatPhone('+855977654321')).toBe('097 765 4321');
  });

  it('leaves other numbers as stored', () => {
    expect(formatPhone('+66812345678')).toBe('+66812345678');
    expect(formatPhone('012345678')).toBe('012345678');
  });
});
