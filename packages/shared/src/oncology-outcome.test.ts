import { describe, expect, it } from 'vitest';
import { Day30Status, FollowUpOutcome } from './follow-up.js';
import { JourneyEventKind as K, JourneyStage as S, stageAfter } from './journey.js';
import {
  AdministrationState,
  AdministrationStatus,
  administrationState,
  TOXICITY_TERMS,
  ToxicityTerm,
  toxicityGradeProblem,
} from './oncology.js';

describe('toxicity grades (CTCAE v5)', () => {
  it('allows grades 1–5 only, whole numbers', () => {
    for (const grade of [0, 6, -1, 2.5, Number.NaN]) expect(toxicityGradeProblem(ToxicityTerm.VOMITING, grade)).not.toBeNull();
    for (const grade of [1, 2, 3, 4, 5]) expect(toxicityGradeProblem(ToxicityTerm.VOMITING, grade)).toBeNull();
  });

  it('allows only the grades CTCAE defines for the term', () => {
    expect(toxicityGradeProblem(ToxicityTerm.FEBRILE_NEUTROPENIA, 2)).toMatch(/3 to 5/);
    expect(toxicityGradeProblem(ToxicityTerm.FEBRILE_NEUTROPENIA, 3)).toBeNull();
    expect(toxicityGradeProblem(ToxicityTerm.ALOPECIA, 3)).toMatch(/1 to 2/);
    expect(toxicityGradeProblem(ToxicityTerm.NEUTROPHIL_COUNT_DECREASED, 5)).not.toBeNull();
    expect(toxicityGradeProblem(ToxicityTerm.NAUSEA, 3)).toBeNull();
    expect(toxicityGradeProblem(ToxicityTerm.NAUSEA, 4)).not.toBeNull();
  });

  it('lists every term once', () => {
    expect(TOXICITY_TERMS.map((t) => t.term).sort()).toEqual(Object.values(ToxicityTerm).sort());
  });
});

describe('calendar state of a dose', () => {
  it('is UPCOMING, DUE or OVERDUE against today while planned', () => {
    expect(administrationState(AdministrationStatus.PLANNED, '2026-03-10', '2026-03-09')).toBe(AdministrationState.UPCOMING);
    expect(administrationState(AdministrationStatus.PLANNED, '2026-03-09', '2026-03-09')).toBe(AdministrationState.DUE);
    expect(administrationState(AdministrationStatus.PLANNED, '2026-03-08', '2026-03-09')).toBe(AdministrationState.OVERDUE);
  });

  it('follows the record once given or omitted', () => {
    expect(administrationState(AdministrationStatus.GIVEN, '2026-01-01', '2026-03-09')).toBe(AdministrationState.GIVEN);
    expect(administrationState(AdministrationStatus.DELAYED, '2026-01-01', '2026-03-09')).toBe(AdministrationState.DELAYED);
    expect(administrationState(AdministrationStatus.OMITTED, '2026-01-01', '2026-03-09')).toBe(AdministrationState.OMITTED);
  });
});

describe('stages after oncology and follow-up events', () => {
  it('makes a grade 5 toxicity death, lower grades change nothing', () => {
    expect(stageAfter(S.INPATIENT, { kind: K.TOXICITY_RECORDED, grade: 5 })).toBe(S.DECEASED);
    expect(stageAfter(S.FOLLOW_UP, { kind: K.TOXICITY_RECORDED, grade: 4 })).toBe(S.FOLLOW_UP);
  });

  it('makes a day-30 call that found the patient died DECEASED', () => {
    const call = (day30Status: Day30Status | null, outcome = FollowUpOutcome.ATTENDED) => ({ kind: K.FOLLOW_UP_RECORDED, outcome, day30Status }) as const;
    expect(stageAfter(S.FOLLOW_UP, call(Day30Status.DIED))).toBe(S.DECEASED);
    expect(stageAfter(S.FOLLOW_UP, call(Day30Status.ALIVE))).toBe(S.FOLLOW_UP);
    expect(stageAfter(S.FOLLOW_UP, call(Day30Status.READMITTED))).toBe(S.FOLLOW_UP);
    expect(stageAfter(S.FOLLOW_UP, call(null, FollowUpOutcome.MISSED))).toBe(S.FOLLOW_UP);
  });

  it('moves to LOST_TO_FOLLOW_UP and back to FOLLOW_UP when the patient attends again', () => {
    const lost = stageAfter(S.FOLLOW_UP, { kind: K.LOST_TO_FOLLOW_UP });
    expect(lost).toBe(S.LOST_TO_FOLLOW_UP);
    expect(stageAfter(lost, { kind: K.FOLLOW_UP_RECORDED, outcome: FollowUpOutcome.MISSED, day30Status: null })).toBe(S.LOST_TO_FOLLOW_UP);
    expect(stageAfter(lost, { kind: K.FOLLOW_UP_RECORDED, outcome: FollowUpOutcome.ATTENDED, day30Status: null })).toBe(S.FOLLOW_UP);
    expect(stageAfter(lost, { kind: K.ADMITTED })).toBe(S.INPATIENT);
  });

  it('keeps the stage for refusal, completion, omission, assessments and bookings; death stays final', () => {
    for (const kind of [K.TREATMENT_REFUSED, K.TREATMENT_COMPLETED, K.CHEMO_OMITTED, K.RESPONSE_ASSESSED, K.FOLLOW_UP_SCHEDULED] as const) {
      expect(stageAfter(S.INPATIENT, { kind })).toBe(S.INPATIENT);
    }
    expect(stageAfter(S.DECEASED, { kind: K.LOST_TO_FOLLOW_UP })).toBe(S.DECEASED);
  });
});
