/** Client-side rules of the checklist screen (the server enforces them too). */

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
