import { ErrorCode } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { localDate } from './oncology.service.js';

describe('oncology calendar days', () => {
  it('accepts a real calendar day', () => {
    expect(localDate('givenOn', '2026-11-24')).toBe('2026-11-24');
  });

  it.each(['2026-02-30', '24/11/2026', '0001-01-01', '1899-12-31', '3000-01-01', '9999-12-31'])('refuses %s as bad input, never a server error', (value) => {
    let error: unknown;
    try {
      localDate('givenOn', value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as DomainError).details.field).toBe('givenOn');
  });
});
