import { describe, expect, it } from 'vitest';
import { EMPTY_DISCHARGE, EMPTY_MEDICATION, toDischargeInput, untranslatedOnKhmerCopy, validateDischarge } from './discharge-form';
import { khmerCopyPassage } from './family-copy';

describe('discharge form', () => {
  it('needs a disposition and a diagnosis', () => {
    expect(validateDischarge(EMPTY_DISCHARGE)).toEqual({ disposition: 'required', diagnosis: 'required' });
    expect(validateDischarge({ ...EMPTY_DISCHARGE, disposition: 'DIED', diagnosis: '  ' })).toEqual({ diagnosis: 'required' });
    expect(validateDischarge({ ...EMPTY_DISCHARGE, disposition: 'DIED', diagnosis: 'Sepsis' })).toEqual({});
  });

  it('needs a name on a medicine row that has anything else in it', () => {
    const form = {
      ...EMPTY_DISCHARGE,
      disposition: 'HOME' as const,
      diagnosis: 'Wilms tumour',
      medications: [EMPTY_MEDICATION, { ...EMPTY_MEDICATION, dose: '5 mg' }],
    };
    expect(validateDischarge(form)).toEqual({ 'medications.1.name': 'nameRequired' });
  });

  it('sends trimmed texts, nulls for blanks, and leaves out empty medicine rows', () => {
    const input = toDischargeInput(
      {
        ...EMPTY_DISCHARGE,
        disposition: 'HOME',
        diagnosis: ' Wilms tumour ',
        clinician: ' Dr Sok ',
        medications: [
          { name: ' Paracetamol ', dose: '250 mg', frequency: '', duration: '5 days', reconciled: true },
          EMPTY_MEDICATION,
        ],
      },
      'P1',
      3,
    );
    expect(input).toMatchObject({
      patientId: 'P1',
      expectedVersion: 3,
      disposition: 'HOME',
      diagnosis: 'Wilms tumour',
      clinician: 'Dr Sok',
      condition: null,
      medications: [{ name: 'Paracetamol', dose: '250 mg', frequency: null, duration: '5 days', reconciled: true }],
    });
  });

  describe('for the family, in Khmer', () => {
    const base = { ...EMPTY_DISCHARGE, disposition: 'HOME' as const, diagnosis: 'Right inguinal hernia, repaired' };

    it('needs Khmer script in the Khmer texts, and the weeks (1 to 12) with "no heavy lifting"', () => {
      expect(validateDischarge({ ...base, diagnosisForFamilyKhmer: 'Hernia', careInstructionsKhmer: 'Rest' })).toEqual({
        diagnosisForFamilyKhmer: 'notKhmer',
        careInstructionsKhmer: 'notKhmer',
      });
      expect(validateDischarge({ ...base, diagnosisForFamilyKhmer: 'ក្លូន', careInstructionsKhmer: 'លេប Paracetamol' })).toEqual({});
      const lifting = { ...base, careInstructions: ['NO_HEAVY_LIFTING' as const] };
      expect(validateDischarge(lifting)).toEqual({ noHeavyLiftingWeeks: 'required' });
      expect(validateDischarge({ ...lifting, noHeavyLiftingWeeks: '13' })).toEqual({ noHeavyLiftingWeeks: 'outOfRange' });
      expect(validateDischarge({ ...lifting, noHeavyLiftingWeeks: '2.5' })).toEqual({ noHeavyLiftingWeeks: 'outOfRange' });
      expect(validateDischarge({ ...lifting, noHeavyLiftingWeeks: ' 6 ' })).toEqual({});
      // Weeks typed, then the instruction unticked: nothing to check, and none sent.
      expect(validateDischarge({ ...base, noHeavyLiftingWeeks: 'abc' })).toEqual({});
      expect(toDischargeInput({ ...base, noHeavyLiftingWeeks: '6' }, 'P1', 1).noHeavyLiftingWeeks).toBeNull();
    });

    it('sends the Khmer texts and the chosen instructions in the list order', () => {
      const input = toDischargeInput(
        {
          ...base,
          diagnosisForFamilyKhmer: ' ក្លូន ',
          careInstructions: ['COME_TO_FOLLOW_UP', 'NO_HEAVY_LIFTING', 'KEEP_WOUND_DRY'],
          noHeavyLiftingWeeks: ' 6 ',
        },
        'P1',
        1,
      );
      expect(input).toMatchObject({
        diagnosisForFamilyKhmer: 'ក្លូន',
        careInstructionsKhmer: null,
        careInstructions: ['KEEP_WOUND_DRY', 'NO_HEAVY_LIFTING', 'COME_TO_FOLLOW_UP'],
        noHeavyLiftingWeeks: 6,
      });
    });

    it('names the English passages the Khmer copy would mark as untranslated (a warning, not a problem)', () => {
      const english = { ...base, instructions: 'Rest at home', warningSigns: 'គ្រុនក្ដៅ', condition: 'Well' };
      expect(untranslatedOnKhmerCopy(english)).toEqual(['diagnosis', 'condition', 'instructions']);
      expect(validateDischarge(english)).toEqual({});
      expect(untranslatedOnKhmerCopy({ ...english, diagnosisForFamilyKhmer: 'ក្លូន', careInstructionsKhmer: 'សម្រាក', condition: '' })).toEqual([]);
    });

    it('prints Khmer as written and marks text with no Khmer letter', () => {
      expect(khmerCopyPassage('ក្លូន', 'Hernia')).toEqual({ text: 'ក្លូន', untranslated: false });
      expect(khmerCopyPassage(null, 'Hernia')).toEqual({ text: 'Hernia', untranslated: true });
      expect(khmerCopyPassage('  ', 'ក្លូន')).toEqual({ text: 'ក្លូន', untranslated: false });
      expect(khmerCopyPassage(null, ' ')).toBeNull();
    });
  });
});
