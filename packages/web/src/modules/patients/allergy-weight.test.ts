import { describe, expect, it } from 'vitest';
import type { AllergySeverity } from '../../generated/graphql';
import { allergyDisplay, allergyFormProblems, knownAllergyFromRecord, parseWeight, toAllergiesInput, weightProblems } from './allergy-weight';

const listed = { allergyStatus: 'ALLERGIES' as const, allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'ANAPHYLAXIS' }] };
const none = { allergyStatus: 'NO_KNOWN_ALLERGIES' as const, allergies: [] };
const unknown = { allergyStatus: 'NOT_RECORDED' as const, allergies: [] };

describe('allergy display', () => {
  it('shows a list as danger, none known as safe, and not recorded as a warning', () => {
    expect(allergyDisplay(listed)).toEqual({ kind: 'LIST', tone: 'danger', items: listed.allergies, severe: true });
    expect(allergyDisplay({ ...listed, allergies: [{ substance: 'Dust', severity: 'MILD' }] })).toMatchObject({ kind: 'LIST', severe: false });
    expect(allergyDisplay(none)).toEqual({ kind: 'NONE_KNOWN', tone: 'safe' });
    expect(allergyDisplay(unknown)).toEqual({ kind: 'NOT_RECORDED', tone: 'warning' });
  });

  it('tells the checklist what the record says, and when an answer disagrees with it', () => {
    expect(knownAllergyFromRecord(listed, undefined)).toEqual({ expected: 'YES', disagrees: false });
    expect(knownAllergyFromRecord(listed, 'NO')).toEqual({ expected: 'YES', disagrees: true });
    expect(knownAllergyFromRecord(none, 'YES')).toEqual({ expected: 'NO', disagrees: true });
    expect(knownAllergyFromRecord(none, 'NO')).toEqual({ expected: 'NO', disagrees: false });
    expect(knownAllergyFromRecord(unknown, 'NO')).toEqual({ expected: null, disagrees: false });
  });
});

describe('weight form', () => {
  it('reads kilograms with a point or a comma', () => {
    expect(parseWeight(' 12,5 ')).toBe(12.5);
    expect(parseWeight('3.25')).toBe(3.25);
    expect(Number.isNaN(parseWeight('12 kg'))).toBe(true);
    expect(Number.isNaN(parseWeight('1.234'))).toBe(true);
  });

  it('checks the range for the age on the day weighed, and the day', () => {
    const today = '2026-03-02';
    expect(weightProblems({ weight: '7.2', measuredOn: today }, '2025-10-01', today)).toEqual({});
    expect(weightProblems({ weight: '70', measuredOn: today }, '2025-10-01', today)).toEqual({ weight: { kind: 'range', range: { min: 0.3, max: 20 } } });
    expect(weightProblems({ weight: '7', measuredOn: today }, '1990-01-01', today)).toEqual({ weight: { kind: 'range', range: { min: 20, max: 350 } } });
    expect(weightProblems({ weight: '', measuredOn: '2026-03-03' }, '1990-01-01', today)).toEqual({ weight: { kind: 'required' }, measuredOn: { kind: 'future' } });
    expect(weightProblems({ weight: 'x', measuredOn: '2025-09-01' }, '2025-10-01', today)).toEqual({ weight: { kind: 'invalid' }, measuredOn: { kind: 'beforeBirth' } });
  });
});

describe('allergy form', () => {
  const row = (substance: string, reaction = '', severity: AllergySeverity = 'MILD') => ({ substance, reaction, severity });
  it('asks for a choice, at least one allergy, a substance per row and no substance twice', () => {
    expect(allergyFormProblems(null, [])).toEqual({ form: 'choose', rows: {} });
    expect(allergyFormProblems(true, [row('Penicillin')])).toEqual({ rows: {} });
    expect(allergyFormProblems(false, [row('')])).toEqual({ form: 'noRows', rows: {} });
    expect(allergyFormProblems(false, [row('Penicillin'), row('', 'rash'), row(' penicillin ')])).toEqual({ rows: { 1: 'substanceRequired', 2: 'duplicate' } });
  });

  it('sends the rows with a substance, or none when none are known', () => {
    expect(toAllergiesInput('P1', false, [row(' Latex ', ' '), row('')], 3)).toEqual({
      patientId: 'P1',
      noKnownAllergies: false,
      allergies: [{ substance: 'Latex', reaction: null, severity: 'MILD' }],
      expectedAllergiesVersion: 3,
    });
    expect(toAllergiesInput('P1', true, [row('Latex')], 3).allergies).toEqual([]);
  });
});
