import { describe, expect, it } from 'vitest';
import { EMPTY_DISCHARGE, EMPTY_MEDICATION, toDischargeInput, validateDischarge } from './discharge-form';

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
});
