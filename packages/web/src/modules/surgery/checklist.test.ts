import { describe, expect, it } from 'vitest';
import { phaseState, unanswered, answerTone, recordedRisks, checklistHeaderFacts } from './checklist';

describe('checklist screen rules', () => {
  it('opens phases one at a time, in order', () => {
    expect(phaseState('SIGN_IN', [])).toBe('CURRENT');
    expect(phaseState('TIME_OUT', [])).toBe('LOCKED');
    expect(phaseState('SIGN_OUT', [])).toBe('LOCKED');
    const signedIn = [{ phase: 'SIGN_IN' }];
    expect(phaseState('SIGN_IN', signedIn)).toBe('DONE');
    expect(phaseState('TIME_OUT', signedIn)).toBe('CURRENT');
    expect(phaseState('SIGN_OUT', signedIn)).toBe('LOCKED');
    expect(phaseState('SIGN_OUT', [{ phase: 'SIGN_IN' }, { phase: 'TIME_OUT' }])).toBe('CURRENT');
  });

  it('lists the unanswered items of the phase only', () => {
    const items = [
      { key: 'A', phase: 'SIGN_IN' },
      { key: 'B', phase: 'SIGN_IN' },
      { key: 'C', phase: 'TIME_OUT' },
    ] as const;
    expect(unanswered(items, 'SIGN_IN', new Map())).toEqual(['A', 'B']);
    expect(unanswered(items, 'SIGN_IN', new Map([['A', 'YES']]))).toEqual(['B']);
    expect(unanswered(items, 'SIGN_IN', new Map([['A', 'YES'], ['B', 'NOT_APPLICABLE']]))).toEqual([]);
    expect(unanswered(items, 'TIME_OUT', new Map([['A', 'YES']]))).toEqual(['C']);
  });
});

describe('answers coloured by whether they are safe', () => {
  it('"Yes" is the warning for the risk questions, "No" for the safety steps', () => {
    expect(answerTone('KNOWN_ALLERGY', 'YES')).toBe('WARNING');
    expect(answerTone('KNOWN_ALLERGY', 'NO')).toBe('SAFE');
    expect(answerTone('DIFFICULT_AIRWAY_RISK', 'YES')).toBe('WARNING');
    expect(answerTone('BLOOD_LOSS_RISK', 'YES')).toBe('WARNING');
    expect(answerTone('EQUIPMENT_PROBLEMS', 'YES')).toBe('WARNING');
    expect(answerTone('SITE_MARKED', 'YES')).toBe('SAFE');
    expect(answerTone('SITE_MARKED', 'NO')).toBe('WARNING');
    expect(answerTone('SITE_MARKED', 'NOT_APPLICABLE')).toBe('NEUTRAL');
  });

  it('keeps the risks recorded at sign-in in view', () => {
    const recorded = [{ phase: 'SIGN_IN', answers: [{ item: 'KNOWN_ALLERGY', answer: 'YES' }, { item: 'DIFFICULT_AIRWAY_RISK', answer: 'NO' }, { item: 'SITE_MARKED', answer: 'YES' }] }];
    expect(recordedRisks(recorded)).toEqual(['KNOWN_ALLERGY']);
  });
});

describe('checklist header', () => {
  const weighed = { latestWeight: { weightKg: 14.5, measuredOn: '2026-03-01' } };
  it('gives the latest weight with its day, the allergies and the side, all in order: nothing to warn of', () => {
    const facts = checklistHeaderFacts({ allergyStatus: 'NO_KNOWN_ALLERGIES', allergies: [], ...weighed }, 'LEFT');
    expect(facts).toEqual({ weight: { kg: 14.5, measuredOn: '2026-03-01' }, allergies: { kind: 'NONE_KNOWN', tone: 'safe' }, side: 'LEFT', warnings: [] });
  });

  it('warns of allergies, of allergies nobody asked about, of a patient never weighed and of a missing side', () => {
    const allergic = checklistHeaderFacts({ allergyStatus: 'ALLERGIES', allergies: [{ substance: 'Latex', severity: 'ANAPHYLAXIS' }], ...weighed }, 'NOT_APPLICABLE');
    expect(allergic.warnings).toEqual(['ALLERGIES']);
    expect(allergic.allergies).toMatchObject({ kind: 'LIST', severe: true });
    const unknown = checklistHeaderFacts({ allergyStatus: 'NOT_RECORDED', allergies: [], latestWeight: null }, null);
    expect(unknown).toMatchObject({ weight: null, side: null, warnings: ['ALLERGIES_NOT_RECORDED', 'NO_WEIGHT', 'NO_SIDE'] });
  });
});
