/** Client-side rules of the checklist screen (the server enforces them too). */

import { allergyDisplay, type AllergyDisplay, type AllergyRecord } from '../patients/allergy-weight';

export const PHASE_ORDER = ['SIGN_IN', 'TIME_OUT', 'SIGN_OUT'] as const;
export type Phase = (typeof PHASE_ORDER)[number];

export type PhaseState = 'DONE' | 'CURRENT' | 'LOCKED';

/** Each phase: recorded, the one to record now, or locked until the one before is recorded. */
export function phaseState(phase: Phase, recorded: readonly { phase: string }[]): PhaseState {
  if (recorded.some((r) => r.phase === phase)) return 'DONE';
  const index = PHASE_ORDER.indexOf(phase);
  const previousDone = PHASE_ORDER.slice(0, index).every((p) => recorded.some((r) => r.phase === p));
  return previousDone ? 'CURRENT' : 'LOCKED';
}

/** The items of a phase still without an answer (the phase cannot be submitted until none are left). */
export function unanswered<K extends string>(items: readonly { key: K; phase: string }[], phase: Phase, answers: ReadonlyMap<K, string>): K[] {
  return items.filter((item) => item.phase === phase && !answers.has(item.key)).map((item) => item.key);
}

/**
 * Items that ask about a risk: there "Yes" is the warning and "No" the safe answer (the WHO
 * checklist's "Known allergy?", "Difficult airway?", "Risk of >500 ml blood loss?", "Equipment
 * problems?"). Every other item confirms a safety step, where "No" is the warning.
 */
export const RISK_ITEMS: ReadonlySet<string> = new Set(['KNOWN_ALLERGY', 'DIFFICULT_AIRWAY_RISK', 'BLOOD_LOSS_RISK', 'EQUIPMENT_PROBLEMS']);

export type AnswerTone = 'SAFE' | 'WARNING' | 'NEUTRAL';

/** Whether an answer is the safe one for its item: what the screen colours by, never by yes or no. */
export function answerTone(item: string, answer: string): AnswerTone {
  if (answer === 'NOT_APPLICABLE') return 'NEUTRAL';
  const yesIsSafe = !RISK_ITEMS.has(item);
  return (answer === 'YES') === yesIsSafe ? 'SAFE' : 'WARNING';
}

/** The risks the sign-in phase recorded as present (the theatre team keeps them in view): the risk items answered "Yes". */
export function recordedRisks(recorded: readonly { phase: string; answers: readonly { item: string; answer: string }[] }[]): string[] {
  return recorded.flatMap((phase) => phase.answers).filter((a) => RISK_ITEMS.has(a.item) && a.answer === 'YES').map((a) => a.item);
}

/** What the checklist header says about the patient beyond their name: each fact with whether it needs attention. */
export interface ChecklistHeaderFacts {
  weight: { kg: number; measuredOn: string } | null;
  allergies: AllergyDisplay;
  side: 'LEFT' | 'RIGHT' | 'BILATERAL' | 'NOT_APPLICABLE' | null;
  /** Facts the team must sort out before sign-in: no weight, allergies not recorded, no side. */
  warnings: ('NO_WEIGHT' | 'ALLERGIES_NOT_RECORDED' | 'ALLERGIES' | 'NO_SIDE')[];
}

export function checklistHeaderFacts(
  patient: AllergyRecord & { latestWeight?: { weightKg: number; measuredOn: string } | null },
  side: ChecklistHeaderFacts['side'] | undefined,
): ChecklistHeaderFacts {
  const allergies = allergyDisplay(patient);
  const weight = patient.latestWeight ? { kg: patient.latestWeight.weightKg, measuredOn: patient.latestWeight.measuredOn } : null;
  const warnings: ChecklistHeaderFacts['warnings'] = [];
  if (allergies.kind === 'LIST') warnings.push('ALLERGIES');
  if (allergies.kind === 'NOT_RECORDED') warnings.push('ALLERGIES_NOT_RECORDED');
  if (!weight) warnings.push('NO_WEIGHT');
  if (!side) warnings.push('NO_SIDE');
  return { weight, allergies, side: side ?? null, warnings };
}
