import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldPath, formProblemOf } from './form-errors';

const errorOf = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('fieldPath', () => {
  it('turns list indexes into dotted paths and drops the input prefix', () => {
    expect(fieldPath('medications[3].name')).toBe('medications.3.name');
    expect(fieldPath('input.diagnosis')).toBe('diagnosis');
    expect(fieldPath('heightCm')).toBe('heightCm');
  });
});

describe('formProblemOf', () => {
  it('puts messages next to fields the form has, and the rest above it', () => {
    const problem = formProblemOf(
      errorOf(
        { message: 'diagnosis is required', extensions: { code: 'BAD_USER_INPUT', field: 'diagnosis' } },
        { message: 'bad name', extensions: { code: 'BAD_USER_INPUT', field: 'medications[1].name' } },
        { message: 'bad time', extensions: { code: 'BAD_USER_INPUT', field: 'dischargedAt' } },
      ),
      (path) => path === 'diagnosis' || path.startsWith('medications.'),
    );
    expect(problem).toEqual({
      fields: { diagnosis: 'diagnosis is required', 'medications.1.name': 'bad name' },
      form: ['bad time'],
      conflict: false,
      failed: false,
    });
  });

  it('flags a conflict (stale version) and a failure without GraphQL errors', () => {
    expect(formProblemOf(errorOf({ message: 'stale', extensions: { code: 'CONFLICT' } }), () => true).conflict).toBe(true);
    expect(formProblemOf(new TypeError('offline'), () => true).failed).toBe(true);
    expect(formProblemOf(errorOf({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }), () => true).failed).toBe(true);
  });
});
