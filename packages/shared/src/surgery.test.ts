import { describe, expect, it } from 'vitest';
import { ClavienDindoGrade, JourneyEventKind, JourneyStage, stageAfter } from './index.js';
import { AsaClass, TeamRole, isEmergencyAsa, isPastBooking, teamProblem, withinSsiSurveillance } from './surgery.js';

describe('surgical rules', () => {
  it('has ASA I–VI and the E variants of I–V, but no VI-E', () => {
    expect(Object.values(AsaClass)).toHaveLength(11);
    expect(Object.values(AsaClass)).not.toContain('ASA_VI_E');
    expect(isEmergencyAsa(AsaClass.ASA_III_E)).toBe(true);
    expect(isEmergencyAsa(AsaClass.ASA_VI)).toBe(false);
  });

  it('watches surgical-site infection for 30 days after the operation, not before it', () => {
    const end = new Date('2026-03-01T10:00:00Z');
    expect(withinSsiSurveillance(end, new Date('2026-03-31T10:00:00Z'))).toBe(true);
    expect(withinSsiSurveillance(end, new Date('2026-03-31T10:00:01Z'))).toBe(false);
    expect(withinSsiSurveillance(end, new Date('2026-03-01T09:59:59Z'))).toBe(false);
  });

  it('accepts a team with each member once and at most one primary surgeon', () => {
    expect(teamProblem([{ staffId: 'a', role: TeamRole.PRIMARY_SURGEON }, { staffId: 'b', role: TeamRole.ASSISTANT }])).toBeNull();
    expect(teamProblem([])).toBeNull();
    expect(teamProblem([{ staffId: 'a', role: TeamRole.ASSISTANT }, { staffId: 'a', role: TeamRole.OBSERVER }])).toBe('DUPLICATE_MEMBER');
    expect(teamProblem([{ staffId: 'a', role: TeamRole.PRIMARY_SURGEON }, { staffId: 'b', role: TeamRole.PRIMARY_SURGEON }])).toBe('SEVERAL_PRIMARY_SURGEONS');
  });

  it('a grade V complication is the patient\'s death; other grades leave the stage', () => {
    const recorded = (grade: ClavienDindoGrade) => ({ kind: JourneyEventKind.COMPLICATION_RECORDED as const, grade });
    expect(stageAfter(JourneyStage.OPERATED, recorded(ClavienDindoGrade.V))).toBe(JourneyStage.DECEASED);
    expect(stageAfter(JourneyStage.INPATIENT, recorded(ClavienDindoGrade.V))).toBe(JourneyStage.DECEASED);
    expect(stageAfter(JourneyStage.OPERATED, recorded(ClavienDindoGrade.IVB))).toBe(JourneyStage.OPERATED);
    expect(stageAfter(JourneyStage.SURGERY_SCHEDULED, { kind: JourneyEventKind.CHECKLIST_PHASE_RECORDED })).toBe(JourneyStage.SURGERY_SCHEDULED);
  });
});

describe('bookings in the past', () => {
  const now = new Date('2026-03-02T02:00:30.000Z');
  it('counts a start before the current minute as past, the current minute and later as not', () => {
    expect(isPastBooking(new Date('2026-03-02T01:59:59.999Z'), now)).toBe(true);
    expect(isPastBooking(new Date('2026-03-02T02:00:00.000Z'), now)).toBe(false);
    expect(isPastBooking(new Date('2026-03-02T03:00:00.000Z'), now)).toBe(false);
  });
});
