import { describe, expect, it } from 'vitest';
import { filtersFromParams, hasFilters, paramsWithFilters, toApiFilter } from './filters';

describe('audit log filters', () => {
  it('reads the filters from the address and ignores nonsense', () => {
    const filters = filtersFromParams(new URLSearchParams('user=%20Admin%20&action=read&from=2026-11-01&to=2026-13-40'));
    expect(filters).toEqual({ username: 'Admin', action: 'read', from: '2026-11-01', to: null, patientId: null });
    expect(filtersFromParams(new URLSearchParams('action=delete')).action).toBeNull();
    expect(hasFilters(filtersFromParams(new URLSearchParams('')))).toBe(false);
  });

  it('writes filters back, dropping empty ones and keeping other parameters', () => {
    const params = paramsWithFilters(new URLSearchParams('user=admin&other=1'), { username: '', action: 'login' });
    expect(params.toString()).toBe('other=1&action=login');
  });

  it('asks the API for whole Phnom Penh days, the last one included', () => {
    expect(
      toApiFilter({ username: 'Nurse', action: 'search', from: '2026-11-01', to: '2026-11-30', patientId: null }),
    ).toEqual({
      username: 'nurse',
      action: 'search:',
      from: '2026-11-01T00:00:00+07:00',
      to: '2026-12-01T00:00:00+07:00',
    });
    expect(toApiFilter({ username: '', action: 'login', from: null, to: null, patientId: 'UGF0aWVudDox' })).toEqual({
      action: 'mutation:login',
      patientId: 'UGF0aWVudDox',
    });
    expect(toApiFilter({ username: '', action: null, from: null, to: null, patientId: null })).toBeNull();
  });
});
