import { describe, expect, it } from 'vitest';
import type { PatientDetailsFragment } from '../../generated/graphql';
import { changedKeys, formOf, staleFields, updateInput } from './patient-edit';

const stored = {
  __typename: 'Patient',
  id: 'P1',
  version: 3,
  mrn: 'PJ-000001-7',
  familyName: 'Sok',
  givenName: 'Dara',
  familyNameKhmer: 'សុខ',
  givenNameKhmer: null,
  sex: 'FEMALE',
  birthDate: '1988-05-14',
  birthDateEstimated: false,
  age: 38,
  stage: 'WAITLISTED',
  travelTimeHours: 2.5,
  transport: 'MOTO',
  province: { __typename: 'Province', code: 21, name: 'Takeo', nameKhmer: 'តាកែវ' },
  phones: ['+85512345678'],
  nationalId: null,
  village: 'Prey Kdei',
  commune: null,
  district: 'Bati',
  guardian: null,
} as unknown as PatientDetailsFragment;

describe('correcting a patient', () => {
  it('sends only what the user changed, so a colleague\'s other changes are kept', () => {
    const base = formOf(stored);
    const form = { ...base, phone1: '099 888 777', givenNameKhmer: 'ដារា' };
    const keys = changedKeys(base, form);
    expect(keys).toEqual(['givenNameKhmer', 'phone1']);
    expect(updateInput(form, keys, 'P1', 3)).toEqual({ patientId: 'P1', expectedVersion: 3, givenNameKhmer: 'ដារា', phones: ['099 888 777'] });
  });

  it('clears an optional value to null and sends the guardian whole', () => {
    const base = formOf(stored);
    const form = { ...base, village: '  ', guardianName: 'Chan Sophea', guardianRelation: 'MOTHER', guardianPhone1: '097 765 4321' };
    expect(updateInput(form, changedKeys(base, form), 'P1', 3)).toEqual({
      patientId: 'P1',
      expectedVersion: 3,
      village: null,
      guardian: { name: 'Chan Sophea', relation: 'MOTHER', phones: ['097 765 4321'] },
    });
  });

  it('a stale edit lists what they changed and what the user changed, and marks a clash', () => {
    const base = formOf(stored);
    const theirs = { ...base, village: 'Trapeang Veng', phone1: '+85511111111' };
    const yours = { ...base, phone1: '099 888 777' };
    expect(staleFields(base, theirs, yours)).toEqual([
      { key: 'village', theirs: 'Trapeang Veng', yours: 'Prey Kdei', clash: false },
      { key: 'phone1', theirs: '+85511111111', yours: '099 888 777', clash: true },
    ]);
  });
});
