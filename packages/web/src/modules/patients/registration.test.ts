import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, duplicateCheckInput, fieldKeyOf, isMinor, toRegisterInput, validate } from './registration';

const TODAY = '2026-11-25';
const adult = {
  ...EMPTY_FORM,
  familyName: ' Sok ',
  givenName: 'Dara',
  familyNameKhmer: 'សុខ',
  givenNameKhmer: 'ដារា',
  sex: 'FEMALE' as const,
  birthDate: '1988-05-14',
  provinceCode: '21',
  phones: ['012 345 678', ''],
};

describe('patient registration form', () => {
  it('knows a child from the birth date', () => {
    expect(isMinor('2010-01-01', TODAY)).toBe(true);
    expect(isMinor('2008-11-25', TODAY)).toBe(false);
    expect(isMinor('', TODAY)).toBe(false);
  });

  it('checks required fields, Khmer script, phones and the guardian of a child', () => {
    expect(validate(adult, TODAY)).toEqual({});
    expect(validate(EMPTY_FORM, TODAY)).toEqual({
      familyName: 'required',
      givenName: 'required',
      sex: 'required',
      birthDate: 'required',
      provinceCode: 'required',
    });
    const child = { ...adult, birthDate: '2020-02-02', familyNameKhmer: 'Sok', phones: ['12'] };
    expect(validate(child, TODAY)).toEqual({
      familyNameKhmer: 'notKhmer',
      'phones.0': 'invalidPhone',
      guardianName: 'guardianRequired',
      guardianRelation: 'required',
    });
  });

  it('builds the API input, dropping blanks, and only asks for a guardian when one is given or needed', () => {
    const input = toRegisterInput({ ...adult, travelTimeHours: '2,5', transport: 'BUS' }, TODAY);
    expect(input).toMatchObject({ familyName: 'Sok', phones: ['012 345 678'], provinceCode: 21, travelTimeHours: 2.5, transport: 'BUS', guardian: null });
    expect(input).not.toHaveProperty('confirmNotDuplicate');
    expect(toRegisterInput(adult, TODAY, true).confirmNotDuplicate).toBe(true);
    const child = toRegisterInput({ ...adult, birthDate: '2020-02-02', guardianName: 'Chan', guardianRelation: 'MOTHER', guardianPhones: [''] }, TODAY);
    expect(child.guardian).toEqual({ name: 'Chan', relation: 'MOTHER', phones: [] });
  });

  it('asks the duplicate check only once there is a full name or a phone', () => {
    expect(duplicateCheckInput({ ...EMPTY_FORM, familyName: 'Sok' })).toBeNull();
    expect(duplicateCheckInput({ ...EMPTY_FORM, phones: ['012 345 678'] })?.phones).toEqual(['012 345 678']);
    expect(duplicateCheckInput(adult)).toMatchObject({ familyName: 'Sok', givenName: 'Dara', birthDate: '1988-05-14', provinceCode: 21 });
  });

  it('puts server field errors on the right input', () => {
    expect(fieldKeyOf('phones[1]')).toBe('phones.1');
    expect(fieldKeyOf('guardian.phones[0]')).toBe('guardianPhones.0');
    expect(fieldKeyOf('guardian')).toBe('guardianName');
    expect(fieldKeyOf('familyNameKhmer')).toBe('familyNameKhmer');
    expect(fieldKeyOf('somethingElse')).toBe('form');
    expect(fieldKeyOf(undefined)).toBe('form');
  });
});
