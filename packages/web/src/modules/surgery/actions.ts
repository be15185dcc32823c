import { isPastBooking } from '@pj/shared';
import type { ClavienDindoGrade } from '../../generated/graphql';
import { fromLocalInput, toLocalInput } from './record';

export const GRADES: ClavienDindoGrade[] = ['I', 'II', 'IIIA', 'IIIB', 'IVA', 'IVB', 'V'];

interface Booked {
  id: string;
  version: number;
  scheduledStart: string;
  expectedDurationMinutes: number;
  theatre: { id: string };
}

export interface RescheduleForm {
  start: string;
  duration: number | string;
  theatreId: string;
  reason: string;
  /** An operation moved to a time that has passed is entered after the fact, with a reason. */
  retrospective: boolean;
  retrospectiveReason: string;
}

export const rescheduleFormOf = (s: Booked): RescheduleForm => ({
  start: toLocalInput(s.scheduledStart).slice(0, 16),
  duration: s.expectedDurationMinutes,
  theatreId: s.theatre.id,
  reason: '',
  retrospective: false,
  retrospectiveReason: '',
});

interface RescheduleInput {
  surgeryId: string;
  expectedVersion: number;
  scheduledStart?: string;
  expectedDurationMinutes?: number;
  theatreId?: string;
  reason?: string;
  retrospective?: boolean;
  retrospectiveReason?: string;
}

export type RescheduleProblem = 'START' | 'DURATION' | 'UNCHANGED' | 'IN_PAST' | 'RETROSPECTIVE_REASON';

/**
 * Whether the form moves the operation to (or keeps it at) a start that has passed while
 * changing its time or theatre: the server then needs a retrospective entry with a reason.
 */
export function reschedulesIntoPast(s: Booked, form: RescheduleForm, now: Date): boolean {
  const start = fromLocalInput(form.start);
  if (!start) return false;
  const moved = Date.parse(start) !== Date.parse(s.scheduledStart) || form.theatreId !== s.theatre.id;
  return moved && isPastBooking(new Date(start), now);
}

/**
 * The reschedule input carrying only what changed, or the problem the form can see itself
 * (an unreadable start, a duration outside 1…1440 minutes, nothing changed).
 */
export function rescheduleInput(
  s: Booked,
  form: RescheduleForm,
  now: Date = new Date(),
):
  | { ok: true; input: RescheduleInput }
  | { ok: false; problem: RescheduleProblem } {
  const start = fromLocalInput(form.start);
  if (!start) return { ok: false, problem: 'START' };
  const duration = typeof form.duration === 'number' ? form.duration : Number(form.duration);
  if (!Number.isInteger(duration) || duration < 1 || duration > 1440) return { ok: false, problem: 'DURATION' };
  const input: RescheduleInput = {
    surgeryId: s.id,
    expectedVersion: s.version,
  };
  if (Date.parse(start) !== Date.parse(s.scheduledStart)) input.scheduledStart = start;
  if (duration !== s.expectedDurationMinutes) input.expectedDurationMinutes = duration;
  if (form.theatreId !== s.theatre.id) input.theatreId = form.theatreId;
  if (!input.scheduledStart && !input.expectedDurationMinutes && !input.theatreId) return { ok: false, problem: 'UNCHANGED' };
  if (form.reason.trim()) input.reason = form.reason.trim();
  if (reschedulesIntoPast(s, form, now)) {
    if (!form.retrospective) return { ok: false, problem: 'IN_PAST' };
    if (!form.retrospectiveReason.trim()) return { ok: false, problem: 'RETROSPECTIVE_REASON' };
    input.retrospective = true;
    input.retrospectiveReason = form.retrospectiveReason.trim();
  }
  return { ok: true, input };
}

export interface ComplicationForm {
  grade: ClavienDindoGrade;
  disabilityAtDischarge: boolean;
  surgicalSiteInfection: boolean;
  description: string;
  occurredAt: string;
}

export type ComplicationProblem = 'DESCRIPTION' | 'OCCURRED_AT' | 'FUTURE' | 'DISABILITY_WITH_DEATH';

/** Problems the form can see before asking the server (which checks them too). */
export function complicationProblems(form: ComplicationForm, now: Date): Partial<Record<'description' | 'occurredAt' | 'disabilityAtDischarge', ComplicationProblem>> {
  const problems: Partial<Record<'description' | 'occurredAt' | 'disabilityAtDischarge', ComplicationProblem>> = {};
  if (!form.description.trim()) problems.description = 'DESCRIPTION';
  const at = fromLocalInput(form.occurredAt);
  if (!at) problems.occurredAt = 'OCCURRED_AT';
  else if (Date.parse(at) > now.getTime()) problems.occurredAt = 'FUTURE';
  if (form.grade === 'V' && form.disabilityAtDischarge) problems.disabilityAtDischarge = 'DISABILITY_WITH_DEATH';
  return problems;
}

/** Grade V is the patient's death: it needs an explicit confirmation. */
export const recordsDeath = (grade: ClavienDindoGrade) => grade === 'V';
