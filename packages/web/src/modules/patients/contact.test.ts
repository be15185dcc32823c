import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { splitContactRefusals } from './contact';

const forbidden = (field: string) => ({
  message: 'Your role does not allow this',
  path: ['patient', field],
  extensions: { code: 'FORBIDDEN', reason: 'MISSING_PERMISSION' },
});

describe('contact details refused for the role', () => {
  it('are not an error of the page', () => {
    const error = new CombinedGraphQLErrors({ data: { patient: null }, errors: [forbidden('phones'), forbidden('guardian')] });
    expect(splitContactRefusals(error)).toEqual({ contactRefused: true, otherError: undefined });
  });

  it('leave every other error in place', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [forbidden('nationalId'), { message: 'boom', path: ['patient', 'journey'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(splitContactRefusals(error)).toEqual({ contactRefused: true, otherError: error });
    const refusedRecord = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'no', path: ['patient'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(splitContactRefusals(refusedRecord)).toEqual({ contactRefused: false, otherError: refusedRecord });
    const offline = new TypeError('Failed to fetch');
    expect(splitContactRefusals(offline)).toEqual({ contactRefused: false, otherError: offline });
    expect(splitContactRefusals(undefined)).toEqual({ contactRefused: false, otherError: undefined });
  });
});
