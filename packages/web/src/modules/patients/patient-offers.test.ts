import { describe, expect, it } from 'vitest';
import { patientOffers, type PatientFacts } from './patient-offers';

const facts = (overrides: Partial<PatientFacts>): PatientFacts => ({
  stage: 'REGISTERED',
  oncologyDiagnoses: 0,
  treatmentPlans: [],
  referralSpecialties: [],
  followUps: 0,
  ...overrides,
});

describe('what the patient page offers', () => {
  it('a 31-year-old in follow-up after a hydrocele repair: follow-ups first, no Admit, no oncology', () => {
    const offers = patientOffers(facts({ stage: 'FOLLOW_UP', referralSpecialties: ['UROLOGY'], followUps: 2 }));
    expect(offers).toEqual({ panels: ['followUps', 'inpatient'], admit: false, oncology: false });
  });

  it('a child on chemotherapy: the oncology panel first, Admit for the next cycle', () => {
    const offers = patientOffers(facts({ stage: 'FOLLOW_UP', oncologyDiagnoses: 1, treatmentPlans: ['ACTIVE'], referralSpecialties: ['PAEDIATRIC_ONCOLOGY'] }));
    expect(offers).toEqual({ panels: ['oncology', 'inpatient'], admit: true, oncology: true });
  });

  it('an oncology referral with no diagnosis yet is an oncology patient (to record the diagnosis), admitted for work-up', () => {
    expect(patientOffers(facts({ stage: 'REFERRED', referralSpecialties: ['PAEDIATRIC_ONCOLOGY'] }))).toEqual({ panels: ['inpatient', 'oncology'], admit: true, oncology: true });
  });

  it('a cancer diagnosis alone (found at surgery) makes an oncology patient', () => {
    expect(patientOffers(facts({ stage: 'OPERATED', oncologyDiagnoses: 1, referralSpecialties: ['PAEDIATRIC_SURGERY'] })).oncology).toBe(true);
  });

  it('offers Admit for an operation booked or performed and during an assessment', () => {
    for (const stage of ['SURGERY_SCHEDULED', 'OPERATED', 'IN_ASSESSMENT'] as const) expect(patientOffers(facts({ stage })).admit).toBe(true);
  });

  it('no Admit when already on a ward, with nothing to admit for, or after the journey ended', () => {
    for (const stage of ['INPATIENT', 'REGISTERED', 'REFERRED', 'WAITLISTED', 'FOLLOW_UP', 'CLOSED', 'DECEASED'] as const) {
      expect(patientOffers(facts({ stage })).admit).toBe(false);
    }
    expect(patientOffers(facts({ stage: 'DECEASED', treatmentPlans: ['ACTIVE'], oncologyDiagnoses: 1 })).admit).toBe(false);
  });

  it('a surgical patient never sees the oncology panel; follow-ups come last unless the patient is in follow-up', () => {
    expect(patientOffers(facts({ stage: 'INPATIENT', referralSpecialties: ['GENERAL_SURGERY'], followUps: 1 }))).toEqual({ panels: ['inpatient', 'followUps'], admit: false, oncology: false });
  });
});
