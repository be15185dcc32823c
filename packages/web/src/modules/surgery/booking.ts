import { isEmergency, withinTheatreSession, SurgicalUrgency } from '@pj/shared';
import type { OperationSide, ScheduleSurgeryInput, Specialty, TeamRole } from '../../generated/graphql';
import type { PickedCode } from '../../app/ui/code-label';
import { fromLocalInput } from './record';

export const SIDES: OperationSide[] = ['LEFT', 'RIGHT', 'BILATERAL', 'NOT_APPLICABLE'];
export const PLANNED_URGENCIES = [SurgicalUrgency.ELECTIVE, SurgicalUrgency.EXPEDITED] as const;
export const EMERGENCY_URGENCIES = [SurgicalUrgency.IMMEDIATE, SurgicalUrgency.URGENT] as const;

/** What the booking form holds (inputs as typed). */
export interface BookingForm {
  referralId: string;
  specialty: Specialty | '';
  procedure: string;
  /** The procedure-list entry picked; none: the procedure is booked as free text (uncoded). */
  procedureCode?: PickedCode | null;
  side: OperationSide | '';
  duration: number | string;
  emergency: boolean;
  urgency: SurgicalUrgency;
  theatreId: string;
  /** The chosen start, as a `datetime-local` value in Phnom Penh time. */
  start: string;
  primarySurgeonId: string;
  assistantIds: string[];
  anaesthetistId: string;
}

export type BookingProblem = 'REQUIRED' | 'DURATION' | 'START' | 'OUTSIDE_SESSION' | 'TEAM_TWICE';

export function emptyBookingForm(referralId = ''): BookingForm {
  return {
    referralId,
    specialty: '',
    procedure: '',
    side: '',
    duration: 60,
    emergency: false,
    urgency: SurgicalUrgency.ELECTIVE,
    theatreId: '',
    start: '',
    primarySurgeonId: '',
    assistantIds: [],
    anaesthetistId: '',
  };
}

/** Switching emergency on or off keeps the urgency on its side of the line. */
export function withEmergency(form: BookingForm, emergency: boolean): BookingForm {
  const urgency = emergency === isEmergency(form.urgency) ? form.urgency : emergency ? SurgicalUrgency.IMMEDIATE : SurgicalUrgency.ELECTIVE;
  return { ...form, emergency, urgency };
}

export function durationOf(form: BookingForm): number | null {
  const n = typeof form.duration === 'number' ? form.duration : Number(form.duration);
  return Number.isInteger(n) && n >= 5 && n <= 24 * 60 ? n : null;
}

/** The team as the API takes it: each staff member once, in the first role given. */
export function teamOf(form: BookingForm): { staffId: string; role: TeamRole }[] {
  const team: { staffId: string; role: TeamRole }[] = [];
  const add = (staffId: string, role: TeamRole) => {
    if (staffId && !team.some((m) => m.staffId === staffId)) team.push({ staffId, role });
  };
  add(form.primarySurgeonId, 'PRIMARY_SURGEON');
  for (const id of form.assistantIds) add(id, 'ASSISTANT');
  add(form.anaesthetistId, 'ANAESTHETIST');
  return team;
}

/** Whether a planned operation at this start would run outside the usual session (08:00–17:00). */
export function outsideSession(form: BookingForm): boolean {
  const start = fromLocalInput(form.start);
  const minutes = durationOf(form);
  if (!start || minutes === null) return false;
  const from = new Date(start);
  return !withinTheatreSession(from, new Date(from.getTime() + minutes * 60_000));
}

/** What is wrong with the form, by field, before anything is sent. */
export function bookingProblems(form: BookingForm): Partial<Record<keyof BookingForm, BookingProblem>> {
  const problems: Partial<Record<keyof BookingForm, BookingProblem>> = {};
  if (!form.procedure.trim()) problems.procedure = 'REQUIRED';
  if (!form.referralId && !form.specialty) problems.specialty = 'REQUIRED';
  if (durationOf(form) === null) problems.duration = 'DURATION';
  if (!form.theatreId) problems.theatreId = 'REQUIRED';
  if (!fromLocalInput(form.start)) problems.start = 'START';
  else if (!form.emergency && outsideSession(form)) problems.start = 'OUTSIDE_SESSION';
  const chosen = [form.primarySurgeonId, ...form.assistantIds, form.anaesthetistId].filter(Boolean);
  if (new Set(chosen).size !== chosen.length) problems.assistantIds = 'TEAM_TWICE';
  return problems;
}

/** The scheduleSurgery input of a valid form. */
export function bookingInput(patientId: string, form: BookingForm): ScheduleSurgeryInput {
  return {
    patientId,
    referralId: form.referralId || null,
    procedure: form.procedure.trim(),
    ...(form.procedureCode ? { procedureCode: form.procedureCode.code } : {}),
    specialty: form.specialty || null,
    side: form.side || null,
    theatreId: form.theatreId,
    scheduledStart: fromLocalInput(form.start)!,
    expectedDurationMinutes: durationOf(form)!,
    urgency: form.urgency,
    team: teamOf(form),
  };
}
