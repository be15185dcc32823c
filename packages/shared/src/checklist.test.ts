import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEMS,
  ChecklistAnswer,
  ChecklistItemKey,
  ChecklistPhase,
  checklistAnswersProblem,
  checklistItemsOf,
  checklistOrderProblem,
  nextChecklistPhase,
} from './checklist.js';

const { YES, NO, NOT_APPLICABLE } = ChecklistAnswer;
const all = (phase: ChecklistPhase) => checklistItemsOf(phase).map((i) => ({ item: i.key, answer: i.allowed[0] }));
const at = (minute: number) => new Date(Date.UTC(2026, 2, 9, 1, minute));

describe('the WHO Surgical Safety Checklist', () => {
  it('has 19 items: 7 at Sign In, 7 at Time Out, 5 at Sign Out, each key once', () => {
    expect(CHECKLIST_ITEMS).toHaveLength(19);
    expect(checklistItemsOf(ChecklistPhase.SIGN_IN)).toHaveLength(7);
    expect(checklistItemsOf(ChecklistPhase.TIME_OUT)).toHaveLength(7);
    expect(checklistItemsOf(ChecklistPhase.SIGN_OUT)).toHaveLength(5);
    expect(new Set(CHECKLIST_ITEMS.map((i) => i.key))).toEqual(new Set(Object.values(ChecklistItemKey)));
  });

  it('allows NOT_APPLICABLE only for site marking, antibiotic prophylaxis and imaging; NO only for the risk questions', () => {
    const withNa = CHECKLIST_ITEMS.filter((i) => i.allowed.includes(NOT_APPLICABLE)).map((i) => i.key);
    expect(withNa.sort()).toEqual([ChecklistItemKey.ANTIBIOTIC_PROPHYLAXIS, ChecklistItemKey.ESSENTIAL_IMAGING_DISPLAYED, ChecklistItemKey.SITE_MARKED].sort());
    const withNo = CHECKLIST_ITEMS.filter((i) => i.allowed.includes(NO)).map((i) => i.key);
    expect(withNo.sort()).toEqual(
      [ChecklistItemKey.KNOWN_ALLERGY, ChecklistItemKey.DIFFICULT_AIRWAY_RISK, ChecklistItemKey.BLOOD_LOSS_RISK, ChecklistItemKey.EQUIPMENT_PROBLEMS].sort(),
    );
    for (const item of CHECKLIST_ITEMS) expect(item.allowed, item.key).toContain(YES);
  });

  it('accepts every item of the phase answered once with an allowed answer', () => {
    for (const phase of Object.values(ChecklistPhase)) expect(checklistAnswersProblem(phase, all(phase))).toBeNull();
    const signIn = all(ChecklistPhase.SIGN_IN).map((a) => (a.item === ChecklistItemKey.KNOWN_ALLERGY ? { ...a, answer: NO } : a));
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, signIn)).toBeNull();
  });

  it('names what is wrong: a missing item, an item of another phase, a repeat, an answer the item does not allow', () => {
    const signIn = all(ChecklistPhase.SIGN_IN);
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, signIn.slice(1))).toEqual({ kind: 'MISSING_ITEM', item: signIn[0].item });
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, [...signIn, { item: ChecklistItemKey.COUNTS_COMPLETE, answer: YES }])).toEqual({
      kind: 'ITEM_OF_OTHER_PHASE', item: ChecklistItemKey.COUNTS_COMPLETE,
    });
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, [...signIn, signIn[2]])).toEqual({ kind: 'DUPLICATE_ITEM', item: signIn[2].item });
    const noOximeter = signIn.map((a) => (a.item === ChecklistItemKey.PULSE_OXIMETER_WORKING ? { ...a, answer: NO } : a));
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, noOximeter)).toEqual({ kind: 'ANSWER_NOT_ALLOWED', item: ChecklistItemKey.PULSE_OXIMETER_WORKING, answer: NO });
    const naConsent = signIn.map((a) => (a.item === ChecklistItemKey.IDENTITY_SITE_PROCEDURE_CONSENT ? { ...a, answer: NOT_APPLICABLE } : a));
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_IN, naConsent)?.kind).toBe('ANSWER_NOT_ALLOWED');
    expect(checklistAnswersProblem(ChecklistPhase.SIGN_OUT, [])).toMatchObject({ kind: 'MISSING_ITEM' });
  });

  it('keeps the phases in order: Sign In, then Time Out, then Sign Out, each once and never earlier than the one before', () => {
    expect(checklistOrderProblem([], ChecklistPhase.SIGN_IN, at(0))).toBeNull();
    expect(checklistOrderProblem([], ChecklistPhase.TIME_OUT, at(0))).toBe('PREVIOUS_PHASE_MISSING');
    expect(checklistOrderProblem([], ChecklistPhase.SIGN_OUT, at(0))).toBe('PREVIOUS_PHASE_MISSING');
    const signedIn = [{ phase: ChecklistPhase.SIGN_IN, recordedAt: at(10) }];
    expect(checklistOrderProblem(signedIn, ChecklistPhase.SIGN_IN, at(11))).toBe('ALREADY_RECORDED');
    expect(checklistOrderProblem(signedIn, ChecklistPhase.TIME_OUT, at(9))).toBe('BEFORE_PREVIOUS_PHASE');
    expect(checklistOrderProblem(signedIn, ChecklistPhase.TIME_OUT, at(10))).toBeNull();
    expect(checklistOrderProblem(signedIn, ChecklistPhase.SIGN_OUT, at(30))).toBe('PREVIOUS_PHASE_MISSING');
    const timedOut = [...signedIn, { phase: ChecklistPhase.TIME_OUT, recordedAt: at(20) }];
    expect(checklistOrderProblem(timedOut, ChecklistPhase.SIGN_OUT, at(19))).toBe('BEFORE_PREVIOUS_PHASE');
    expect(checklistOrderProblem(timedOut, ChecklistPhase.SIGN_OUT, at(90))).toBeNull();
    expect(nextChecklistPhase([])).toBe(ChecklistPhase.SIGN_IN);
    expect(nextChecklistPhase(timedOut)).toBe(ChecklistPhase.SIGN_OUT);
    expect(nextChecklistPhase([...timedOut, { phase: ChecklistPhase.SIGN_OUT }])).toBeNull();
  });
});
