import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CodeSystem,
  CHECKLIST_ITEMS,
  CHECKLIST_PHASE_ORDER,
  ChecklistPhase,
  ClavienDindoGrade,
  JourneyEventKind,
  ReferralStatus,
  SurgeryStatus,
  checklistAnswersProblem,
  isEmergency,
  isPastBooking,
  checklistOrderProblem,
  THEATRE_SESSION,
  withinTheatreSession,
  teamProblem,
  withinSsiSurveillance,
  type JourneyStage,
  type SurgicalUrgency,
  type TeamRole,
} from '@pj/shared';
import { SurgeryProcedureCode } from '../codes/coded.entity.js';
import { requireKnownCodes, requireProcedures } from '../codes/codes.service.js';
import { ChangeStatement, readForChange } from '../common/change-statement.js';
import { badInput, conflict, type DomainError, notFound } from '../common/domain-error.js';
import { checkVersion, inOneStatement, inTransaction, lockRow, type UniqueViolationMeaning } from '../common/transaction.js';
import { intInRange, notInFuture, optionalText, requiredText, validInstant } from '../common/validate.js';
import { episodeFor } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { addJourneyEvent } from '../journey/journey-statement.js';
import { summaries } from '../journey/journey-summaries.js';
import type { Patient } from '../patients/patient.entity.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import { applyReferralTransition, getReferralOrFail } from '../referrals/referral.service.js';
import { DeathRecordedBy } from '../patients/death-record.entity.js';
import { endJourneyAfterDeath } from '../patients/death.service.js';
import { recordOperationLogbook } from '../training/logbook.service.js';
import { Complication } from './complication.entity.js';
import { Mission, MissionReferral } from './mission.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import type {
  CancelSurgeryInput,
  CompleteSurgeryInput,
  RecordChecklistPhaseInput,
  RecordComplicationInput,
  RescheduleSurgeryInput,
  ScheduleSurgeryInput,
} from './surgery.input.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';

const MINUTE = 60_000;
const HOSPITAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Phnom_Penh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2026-03-09 08:00" in Phnom Penh time, for messages. */
export function hospitalMinute(at: Date): string {
  const p = Object.fromEntries(HOSPITAL_TIME.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A team as the service takes it: staff keys (not global IDs) and roles. */
export type TeamKeys = readonly { staffId: string; role: TeamRole }[];

export async function getSurgeryOrFail(em: EntityManager, id: string): Promise<Surgery> {
  const surgery = await em.findOne(Surgery, { id }, { populate: ['patient', 'episode', 'referral', 'theatre'] });
  if (!surgery) throw notFound('Surgery', id);
  return surgery;
}

export async function getTheatreOrFail(em: EntityManager, id: string): Promise<Theatre> {
  const theatre = await em.findOne(Theatre, { id });
  if (!theatre) throw notFound('Theatre', id);
  return theatre;
}

/** Validates a team's shape (each member once, at most one primary surgeon); BAD_USER_INPUT otherwise. */
export function validTeam(team: TeamKeys, field = 'team'): TeamKeys {
  if (team.length > 30) throw badInput(field, 'A team has at most 30 members', 'TOO_MANY');
  const problem = teamProblem(team);
  if (problem === 'DUPLICATE_MEMBER') throw badInput(field, 'Each staff member can be on the team only once', problem);
  if (problem === 'SEVERAL_PRIMARY_SURGEONS') throw badInput(field, 'An operation has at most one primary surgeon', problem);
  return team;
}

async function loadStaff(em: EntityManager, team: TeamKeys): Promise<Map<string, StaffMember>> {
  if (team.length === 0) return new Map();
  const rows = await em.find(StaffMember, { id: { $in: team.map((m) => m.staffId) } });
  const byId = new Map(rows.map((s) => [s.id, s]));
  const missing = team.find((m) => !byId.has(m.staffId));
  if (missing) throw notFound('StaffMember', missing.staffId);
  return byId;
}

function slotOf(start: Date, minutes: number): { start: Date; end: Date } {
  return { start, end: new Date(start.getTime() + minutes * MINUTE) };
}

const clockTime = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * A planned (non-emergency) operation starts and ends within the session of its day
 * (THEATRE_SESSION, 08:00–17:00 Phnom Penh): BAD_USER_INPUT OUTSIDE_SESSION otherwise, with the
 * session's hours. Emergencies (NCEPOD immediate or urgent) may be booked at any hour, and a
 * retrospective entry records when an operation really happened, so neither is held to it.
 */
export function refuseOutsideSession(urgency: SurgicalUrgency, slot: { start: Date; end: Date }, retrospective: boolean, field = 'scheduledStart'): void {
  if (retrospective || isEmergency(urgency) || withinTheatreSession(slot.start, slot.end)) return;
  const from = clockTime(THEATRE_SESSION.startMinute);
  const to = clockTime(THEATRE_SESSION.endMinute);
  throw badInput(
    field,
    `A planned operation starts and ends within the theatre session (${from}–${to} Phnom Penh time); only an emergency is booked outside it`,
    'OUTSIDE_SESSION',
    { from, to },
  );
}

/**
 * Friendly checks before writing: who or what is already booked in the slot. The exclusion
 * constraints are what guarantee it (a concurrent request can pass these checks); they map
 * to the same errors through `bookingConflicts`.
 */
async function checkSlotFree(
  em: EntityManager,
  slot: { start: Date; end: Date },
  what: { theatre: Theatre; patient: Patient; staff: StaffMember[]; exceptSurgeryId?: string },
): Promise<void> {
  const overlap = { scheduledStart: { $lt: slot.end }, scheduledEnd: { $gt: slot.start }, status: { $ne: SurgeryStatus.CANCELLED } };
  const except = what.exceptSurgeryId ? { id: { $ne: what.exceptSurgeryId } } : {};
  const inTheatre = await em.findOne(Surgery, { ...overlap, ...except, theatre: what.theatre.id }, { populate: ['patient'] });
  if (inTheatre) throw theatreDoubleBooked(what.theatre.name, inTheatre);
  const ofPatient = await em.findOne(Surgery, { ...overlap, ...except, patient: what.patient.id }, { populate: ['theatre'] });
  if (ofPatient) throw patientDoubleBooked(ofPatient);
  if (what.staff.length > 0) {
    const busy = await em.findOne(
      SurgeryTeamMember,
      {
        staffMember: { $in: what.staff.map((s) => s.id) },
        active: true,
        slotStart: { $lt: slot.end },
        slotEnd: { $gt: slot.start },
        ...(what.exceptSurgeryId ? { surgery: { $ne: what.exceptSurgeryId } } : {}),
      },
      { populate: ['staffMember', 'surgery', 'surgery.theatre', 'surgery.patient'] },
    );
    if (busy) throw staffDoubleBooked(busy.staffMember.name, busy.surgery);
  }
}

/** A patient as a clash names them: "CHEA Sophal (MRN 100-200-3)". */
const patientLabel = (patient: Patient): string => `${patient.familyName.toUpperCase()} ${patient.givenName} (${patient.mrn})`;

/** The values a clash refusal speaks of: the other booking's theatre, patient and times (Phnom Penh). */
function clashParams(other: Surgery): Record<string, string> {
  return {
    theatre: other.theatre.name,
    patient: patientLabel(other.patient),
    procedure: other.procedure,
    // Instants, so that each client writes them in its user's language and in Phnom Penh time.
    from: other.scheduledStart.toISOString(),
    to: other.scheduledEnd.toISOString(),
  };
}

const clash = (
  reason: 'THEATRE_DOUBLE_BOOKED' | 'PATIENT_DOUBLE_BOOKED' | 'STAFF_DOUBLE_BOOKED',
  message: string,
  params?: Record<string, string>,
): DomainError => conflict(reason, message, params);

const theatreDoubleBooked = (theatre: string, other?: Surgery): DomainError =>
  other
    ? clash(
        'THEATRE_DOUBLE_BOOKED',
        `${theatre} is already booked from ${hospitalMinute(other.scheduledStart)} to ${hospitalMinute(other.scheduledEnd)} (Phnom Penh time) for ${patientLabel(other.patient)}`,
        { ...clashParams(other), theatre },
      )
    : clash('THEATRE_DOUBLE_BOOKED', `${theatre} was booked for an overlapping time by someone else just now`, { theatre });

const patientDoubleBooked = (other?: Surgery): DomainError =>
  other
    ? clash(
        'PATIENT_DOUBLE_BOOKED',
        `The patient already has an operation booked in ${other.theatre.name} from ${hospitalMinute(other.scheduledStart)} to ${hospitalMinute(other.scheduledEnd)} (Phnom Penh time)`,
        clashParams(other),
      )
    : clash('PATIENT_DOUBLE_BOOKED', 'The patient was booked for an overlapping operation by someone else just now');

const staffDoubleBooked = (name: string, other?: Surgery): DomainError =>
  other
    ? clash(
        'STAFF_DOUBLE_BOOKED',
        `${name} is already on the team of an operation in ${other.theatre.name} from ${hospitalMinute(other.scheduledStart)} to ${hospitalMinute(other.scheduledEnd)} (Phnom Penh time) for ${patientLabel(other.patient)}`,
        { ...clashParams(other), name },
      )
    : clash('STAFF_DOUBLE_BOOKED', `${name} was booked for an overlapping operation by someone else just now`, { name });

/** The database's double-booking refusals, as CONFLICTs naming the clash. */
export function bookingConflicts(names: { theatre: () => string; staff: () => Map<string, string> }): UniqueViolationMeaning {
  return {
    surgery_theatre_no_overlap: () => theatreDoubleBooked(names.theatre()),
    surgery_patient_no_overlap: () => patientDoubleBooked(),
    surgery_team_member_no_overlap: (detail) => {
      const staff = names.staff();
      const id = [...staff.keys()].find((key) => detail.includes(key));
      return staffDoubleBooked(id ? staff.get(id)! : 'A team member');
    },
    surgery_one_booking_per_referral: () => conflict('REFERRAL_ALREADY_SCHEDULED', 'The referral was booked by someone else just now'),
  };
}

/**
 * Takes the transaction-scoped locks of a booking (its theatre, patient and team), in a fixed
 * order so that bookings never deadlock. Concurrent bookings touching the same theatre,
 * patient or staff member then run one after another, so the friendly checks see the
 * bookings committed before them; the exclusion constraints stay the guarantee.
 */
export async function lockBookingKeys(em: EntityManager, keys: Iterable<string>): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 7411002))`, [key]);
  }
}

export const bookingKeys = (theatreId: string, patientId: string, team: TeamKeys): string[] => [
  `theatre:${theatreId}`,
  `patient:${patientId}`,
  ...team.map((m) => `staff:${m.staffId}`),
];

/** Makes the surgery's team rows match `team` (same staff keep their row), with the booked slot copied on. */
function setTeam(em: EntityManager, surgery: Surgery, current: SurgeryTeamMember[], team: TeamKeys, staff: Map<string, StaffMember>): SurgeryTeamMember[] {
  const wanted = new Map(team.map((m) => [m.staffId, m.role]));
  const kept: SurgeryTeamMember[] = [];
  for (const row of current) {
    const role = wanted.get(row.staffMember.id);
    if (role === undefined) {
      em.remove(row);
    } else {
      row.role = role;
      kept.push(row);
      wanted.delete(row.staffMember.id);
    }
  }
  for (const [staffId, role] of wanted) {
    kept.push(em.create(SurgeryTeamMember, { surgery, staffMember: staff.get(staffId)!, role, slotStart: surgery.scheduledStart, slotEnd: surgery.scheduledEnd, active: holdsSlot(surgery) }));
  }
  syncTeamSlots(surgery, kept);
  return kept;
}

/** A booked or performed operation holds its slot; only a cancelled one frees it. */
const holdsSlot = (surgery: Surgery): boolean => surgery.status !== SurgeryStatus.CANCELLED;

/** Copies the booked slot and whether it is still held onto the team rows. */
function syncTeamSlots(surgery: Surgery, team: SurgeryTeamMember[]): void {
  for (const row of team) {
    row.slotStart = surgery.scheduledStart;
    row.slotEnd = surgery.scheduledEnd;
    row.active = holdsSlot(surgery);
  }
}

/** What scheduleSurgery needs, with IDs already turned into database keys. */
export interface ScheduleKeys {
  patientId: string;
  referralId: string | null;
  episodeId: string | null;
  missionId?: string | null;
}

/** How a booking says it is entered after the fact. */
export type RetrospectiveEntry = Pick<ScheduleSurgeryInput, 'retrospective' | 'retrospectiveReason'>;

/**
 * The reason of a retrospective entry, or null for an ordinary booking. A start in the past
 * (`isPastBooking`) is BAD_USER_INPUT IN_PAST unless the entry is retrospective with a reason;
 * a retrospective entry must start in the past.
 */
export function retrospectiveReasonFor(start: Date, entry: RetrospectiveEntry, now: Date, field = 'scheduledStart'): string | null {
  const past = isPastBooking(start, now);
  if (!entry.retrospective) {
    if (entry.retrospectiveReason != null && entry.retrospectiveReason !== '') {
      throw badInput('retrospectiveReason', 'A reason is given only for a retrospective entry', 'NOT_ALLOWED');
    }
    if (past) {
      throw badInput(field, `${field} is in the past; an operation that already happened is recorded as a retrospective entry with a reason`, 'IN_PAST');
    }
    return null;
  }
  if (!past) throw badInput('retrospective', 'A retrospective entry records an operation that started in the past', 'NOT_IN_PAST');
  const reason = optionalText('retrospectiveReason', entry.retrospectiveReason, 500, { multiline: true });
  if (!reason) throw badInput('retrospectiveReason', 'A retrospective entry needs the reason it is entered after the fact', 'REQUIRED');
  return reason;
}

/** Validates a booking request without touching the database. */
export function validBooking(
  input: Pick<ScheduleSurgeryInput, 'procedure' | 'scheduledStart' | 'expectedDurationMinutes'> & RetrospectiveEntry,
  now: Date,
  field = 'scheduledStart',
) {
  const scheduledStart = validInstant(field, input.scheduledStart);
  return {
    procedure: requiredText('procedure', input.procedure, 300),
    scheduledStart,
    duration: intInRange('expectedDurationMinutes', input.expectedDurationMinutes, 5, 24 * 60),
    retrospectiveReason: retrospectiveReasonFor(scheduledStart, input, now, field),
    /** The input field the start came in, for a refusal. */
    field,
  };
}

/** Books an operation inside a running transaction (used by scheduleSurgery and confirmMissionSchedule). */
export async function bookSurgery(
  em: EntityManager,
  ctx: ServiceContext,
  ids: ScheduleKeys,
  input: Pick<ScheduleSurgeryInput, 'specialty' | 'urgency' | 'theatreId'> & { side?: ScheduleSurgeryInput['side']; procedureCode?: string | null },
  booking: ReturnType<typeof validBooking>,
  team: TeamKeys,
  names: { theatre: string; staff: Map<string, string> },
): Promise<Surgery> {
  const now = ctx.clock();
  await lockBookingKeys(em, bookingKeys(input.theatreId, ids.patientId, team));
  const patient = await getPatientOrFail(em, ids.patientId);
  refuseIfDeceased(patient);
  const referral = ids.referralId ? await getReferralOrFail(em, ids.referralId) : null;
  if (referral && referral.patient.id !== patient.id) {
    throw badInput('referralId', 'The referral belongs to another patient', 'REFERRAL_OF_OTHER_PATIENT');
  }
  if (referral?.status === ReferralStatus.SCHEDULED) {
    throw conflict('REFERRAL_ALREADY_SCHEDULED', 'The referral already has a booked operation; cancel it first');
  }
  const theatre = await getTheatreOrFail(em, input.theatreId);
  names.theatre = theatre.name;
  let mission: Mission | null = null;
  if (ids.missionId) {
    mission = await em.findOne(Mission, { id: ids.missionId });
    if (!mission) throw notFound('Mission', ids.missionId);
  } else if (referral) {
    mission = (await em.findOne(MissionReferral, { referral: referral.id }, { populate: ['mission'] }))?.mission ?? null;
  }
  const staff = await loadStaff(em, team);
  for (const [id, member] of staff) names.staff.set(id, member.name);
  const specialty = input.specialty ?? referral?.specialty;
  if (!specialty) throw badInput('specialty', 'specialty is required without a referral', 'REQUIRED');
  const slot = slotOf(booking.scheduledStart, booking.duration);
  refuseOutsideSession(input.urgency, slot, booking.retrospectiveReason !== null, booking.field);
  await checkSlotFree(em, slot, { theatre, patient, staff: [...staff.values()] });
  const episode = referral
    ? referral.episode
    : await episodeFor(em, patient, { episodeId: ids.episodeId, title: booking.procedure, specialty, at: now });

  const surgery = em.create(Surgery, {
    patient,
    episode,
    referral,
    procedure: booking.procedure,
    procedureCode: input.procedureCode ?? null,
    specialty,
    side: input.side ?? null,
    theatre,
    mission,
    scheduledStart: slot.start,
    scheduledEnd: slot.end,
    expectedDurationMinutes: booking.duration,
    urgency: input.urgency,
    retrospective: booking.retrospectiveReason !== null,
    retrospectiveReason: booking.retrospectiveReason,
  });
  setTeam(em, surgery, [], team, staff);
  if (referral) {
    applyReferralTransition(em, referral, ReferralStatus.SCHEDULED, { at: now, reason: null, actor: ctx.actor });
  }
  recordJourneyEvent(
    em,
    patient,
    {
      kind: JourneyEventKind.SURGERY_SCHEDULED,
      occurredAt: now,
      summary: summaries.surgeryScheduled(booking.procedure, theatre.name, slot.start),
      episode,
      referral,
      surgery,
      note: booking.retrospectiveReason,
    },
    ctx.actor,
  );
  return surgery;
}

/**
 * Books an operation with its team (`input.theatreId` and the team's staff IDs are database
 * keys, not global IDs); a linked referral moves to SCHEDULED in the same
 * transaction. No theatre, patient or team member may be booked twice at once: CONFLICT
 * THEATRE_DOUBLE_BOOKED, PATIENT_DOUBLE_BOOKED or STAFF_DOUBLE_BOOKED, guaranteed by the
 * database's exclusion constraints even for concurrent requests.
 */
export async function scheduleSurgery(ctx: ServiceContext, ids: ScheduleKeys, input: ScheduleSurgeryInput): Promise<Surgery> {
  const booking = validBooking(input, ctx.clock());
  const team = validTeam(input.team ?? []);
  const names = { theatre: 'The theatre', staff: new Map<string, string>() };
  const [procedureCode = null] = input.procedureCode ? await requireKnownCodes(ctx.em, [{ system: CodeSystem.PROCEDURE, field: 'procedureCode', code: input.procedureCode }]) : [];
  return inTransaction(
    ctx.em,
    (em) => bookSurgery(em, ctx, ids, { ...input, procedureCode }, booking, team, names),
    bookingConflicts({ theatre: () => names.theatre, staff: () => names.staff }),
  );
}

/** Moves a booked operation to another start, duration, theatre or team; the same double-booking rules hold. */
export async function rescheduleSurgery(
  ctx: ServiceContext,
  surgeryId: string,
  keys: { theatreId: string | null; team: TeamKeys | null },
  input: RescheduleSurgeryInput,
): Promise<Surgery> {
  const now = ctx.clock();
  const start = input.scheduledStart == null ? null : validInstant('scheduledStart', input.scheduledStart);
  const duration = input.expectedDurationMinutes == null ? null : intInRange('expectedDurationMinutes', input.expectedDurationMinutes, 5, 24 * 60);
  const team = keys.team ? validTeam(keys.team) : null;
  const reason = optionalText('reason', input.reason, 500, { multiline: true });
  let retrospectiveReason = start === null ? null : retrospectiveReasonFor(start, input, now);
  if (start === null && duration === null && keys.theatreId === null && team === null) {
    throw badInput('scheduledStart', 'Nothing to change: give a new start, duration, theatre or team', 'REQUIRED');
  }
  const names = { theatre: 'The theatre', staff: new Map<string, string>() };
  return inTransaction(
    ctx.em,
    async (em) => {
      const surgery = await getSurgeryOrFail(em, surgeryId);
      refuseIfDeceased(surgery.patient);
      checkVersion(surgery, input.expectedVersion, 'operation');
      if (surgery.status !== SurgeryStatus.SCHEDULED) {
        throw conflict('SURGERY_NOT_SCHEDULED', `A ${surgery.status.toLowerCase()} surgery cannot be rescheduled`);
      }
      const theatre = keys.theatreId ? await getTheatreOrFail(em, keys.theatreId) : surgery.theatre;
      names.theatre = theatre.name;
      // Moving a past booking to another theatre rewrites the past too.
      if (start === null && theatre.id !== surgery.theatre.id) {
        retrospectiveReason = retrospectiveReasonFor(surgery.scheduledStart, input, now);
      }
      const current = await em.find(SurgeryTeamMember, { surgery: surgery.id }, { populate: ['staffMember'] });
      const wanted: TeamKeys = team ?? current.map((row) => ({ staffId: row.staffMember.id, role: row.role }));
      await lockBookingKeys(em, bookingKeys(theatre.id, surgery.patient.id, wanted));
      const staff = await loadStaff(em, wanted);
      for (const [id, member] of staff) names.staff.set(id, member.name);
      const slot = slotOf(start ?? surgery.scheduledStart, duration ?? surgery.expectedDurationMinutes);
      // A new start or length must fit the session; changing only the theatre or team does not re-judge the hours.
      if (start !== null || duration !== null) {
        refuseOutsideSession(surgery.urgency, slot, retrospectiveReason !== null || (start === null && surgery.retrospective));
      }
      await checkSlotFree(em, slot, { theatre, patient: surgery.patient, staff: [...staff.values()], exceptSurgeryId: surgery.id });
      const before = { start: surgery.scheduledStart, theatre: surgery.theatre.name };
      Object.assign(surgery, { theatre, scheduledStart: slot.start, scheduledEnd: slot.end, expectedDurationMinutes: slot.end.getTime() / MINUTE - slot.start.getTime() / MINUTE });
      if (retrospectiveReason !== null) Object.assign(surgery, { retrospective: true, retrospectiveReason });
      setTeam(em, surgery, current, wanted, staff);
      recordJourneyEvent(
        em,
        surgery.patient,
        {
          kind: JourneyEventKind.SURGERY_RESCHEDULED,
          occurredAt: now,
          summary: summaries.surgeryRescheduled(surgery.procedure, before, { start: slot.start, theatre: theatre.name }),
          episode: surgery.episode,
          referral: surgery.referral,
          surgery,
          note: [reason, retrospectiveReason && `Retrospective entry: ${retrospectiveReason}`].filter(Boolean).join('\n') || null,
        },
        ctx.actor,
      );
      return surgery;
    },
    bookingConflicts({ theatre: () => names.theatre, staff: () => names.staff }),
  );
}

/**
 * Cancels a booked operation inside a running transaction: CANCELLED with its category and
 * reason, its team's slots released (so the exclusion constraints free the theatre, the
 * patient and the team), a linked referral back to the waitlist, and the timeline entry.
 * The one cancel path: cancelSurgery and the end of a journey at death both use it.
 */
export async function cancelBooking(
  em: EntityManager,
  surgery: Surgery,
  cancellation: { category: CancelSurgeryInput['category']; reason: string; at: Date; actor: string | null },
): Promise<void> {
  if (surgery.status !== SurgeryStatus.SCHEDULED) {
    throw conflict('SURGERY_NOT_SCHEDULED', `A ${surgery.status.toLowerCase()} surgery cannot be cancelled`);
  }
  const { category, reason, at, actor } = cancellation;
  surgery.status = SurgeryStatus.CANCELLED;
  surgery.cancellationCategory = category;
  surgery.cancellationReason = reason;
  syncTeamSlots(surgery, await em.find(SurgeryTeamMember, { surgery: surgery.id }));
  if (surgery.referral?.status === ReferralStatus.SCHEDULED) {
    applyReferralTransition(em, surgery.referral, ReferralStatus.WAITLISTED, { at, reason, actor });
  }
  recordJourneyEvent(
    em,
    surgery.patient,
    {
      kind: JourneyEventKind.SURGERY_CANCELLED,
      occurredAt: at,
      summary: summaries.surgeryCancelled(surgery.procedure, surgery.theatre.name, category, reason),
      episode: surgery.episode,
      referral: surgery.referral,
      surgery,
      note: reason,
    },
    actor,
  );
}

/** Cancels a booked operation (patient, hospital or no-show); a linked referral goes back to the waitlist. */
export async function cancelSurgery(ctx: ServiceContext, surgeryId: string, input: CancelSurgeryInput): Promise<Surgery> {
  const now = ctx.clock();
  const reason = requiredText('reason', input.reason, 500, { multiline: true });
  return inTransaction(ctx.em, async (em) => {
    await lockRow(em, 'surgery', surgeryId);
    const surgery = await getSurgeryOrFail(em, surgeryId);
    refuseIfDeceased(surgery.patient);
    if (surgery.status === SurgeryStatus.CANCELLED) throw conflict('ALREADY_CANCELLED', 'The operation is already cancelled');
    checkVersion(surgery, input.expectedVersion, 'operation');
    await cancelBooking(em, surgery, { category: input.category, reason, at: now, actor: ctx.actor });
    return surgery;
  });
}

const PHASE_NAME: Record<ChecklistPhase, string> = {
  [ChecklistPhase.SIGN_IN]: 'Sign In',
  [ChecklistPhase.TIME_OUT]: 'Time Out',
  [ChecklistPhase.SIGN_OUT]: 'Sign Out',
};

/**
 * Records one phase of the WHO Surgical Safety Checklist: every item of the phase answered
 * once with an allowed answer; phases in order (Time Out needs Sign In, Sign Out needs Time
 * Out, never earlier than the phase before), each once, only while the operation is booked.
 */
export async function recordChecklistPhase(ctx: ServiceContext, surgeryId: string, input: RecordChecklistPhaseInput): Promise<Surgery> {
  const now = ctx.clock();
  const at = input.recordedAt == null ? now : notInFuture('recordedAt', input.recordedAt, now);
  const problem = checklistAnswersProblem(input.phase, input.answers);
  if (problem) {
    const item = CHECKLIST_ITEMS.find((i) => i.key === problem.item);
    const messages = {
      MISSING_ITEM: `Every item of ${PHASE_NAME[input.phase]} must be answered; missing: "${item?.text}"`,
      ITEM_OF_OTHER_PHASE: `${problem.item} is not an item of ${PHASE_NAME[input.phase]}`,
      DUPLICATE_ITEM: `${problem.item} is answered more than once`,
      ANSWER_NOT_ALLOWED: `"${item?.text}" cannot be answered ${'answer' in problem ? problem.answer : ''}`,
    };
    throw badInput('answers', messages[problem.kind], problem.kind);
  }
  // Written without the unit of work nor BEGIN and COMMIT (`inOneStatement`): one read of the
  // operation with its patient and the phases recorded so far, the rules, then one statement
  // writing the phase, its timeline event (and the patient's stage, should it move) and the
  // audit entry.
  return inOneStatement(
    ctx.em,
    async (em) => {
      const rows = await readForChange<Record<string, unknown>>(
        em,
        `select s.*, p.stage as "patient·stage", p.row_version as "patient·row_version",
                coalesce((select json_agg(json_build_object('phase', c.phase, 'recordedAt', c.recorded_at))
                          from surgery_checklist_phase c where c.surgery_id = s.id), '[]') as "recorded·phases"
         from surgery s join patient p on p.id = s.patient_id where s.id = ?`,
        [surgeryId],
      );
      if (rows.length === 0) throw notFound('Surgery', surgeryId);
      const { 'patient·stage': stage, 'patient·row_version': rowVersion, 'recorded·phases': phases, ...columns } = rows[0];
      const surgery = em.map(Surgery, columns);
      const patient = { id: surgery.patient.id, stage: stage as JourneyStage, rowVersion: rowVersion as number };
      refuseIfDeceased(patient);
      if (surgery.status !== SurgeryStatus.SCHEDULED) {
        throw conflict('SURGERY_NOT_SCHEDULED', `The checklist of a ${surgery.status.toLowerCase()} surgery cannot be recorded`);
      }
      const recorded = (phases as { phase: ChecklistPhase; recordedAt: string }[]).map((r) => ({ phase: r.phase, recordedAt: new Date(r.recordedAt) }));
      const order = checklistOrderProblem(recorded, input.phase, at);
      if (order === 'ALREADY_RECORDED') throw conflict('CHECKLIST_PHASE_ALREADY_RECORDED', `${PHASE_NAME[input.phase]} is already recorded`);
      if (order) {
        const previous = PHASE_NAME[CHECKLIST_PHASE_ORDER[CHECKLIST_PHASE_ORDER.indexOf(input.phase) - 1]];
        throw conflict(
          'CHECKLIST_OUT_OF_ORDER',
          order === 'PREVIOUS_PHASE_MISSING'
            ? `${PHASE_NAME[input.phase]} cannot be recorded before ${previous}`
            : `${PHASE_NAME[input.phase]} cannot be earlier than ${previous}`,
        );
      }
      const phaseId = randomUUID();
      const statement = new ChangeStatement(em).insert('phase', 'SurgeryChecklistPhase', {
        id: phaseId,
        surgery: surgery.id,
        phase: input.phase,
        answers: input.answers.map(({ item, answer }) => ({ item, answer })),
        recordedBy: ctx.actor,
        recordedAt: at,
      });
      addJourneyEvent(
        statement,
        patient,
        {
          kind: JourneyEventKind.CHECKLIST_PHASE_RECORDED,
          occurredAt: at,
          summary: summaries.checklistPhaseRecorded(input.phase, surgery.procedure),
          episode: surgery.episode.id,
          surgery: surgery.id,
          checklistPhase: phaseId,
        },
        ctx.actor,
      );
      await statement.audit(surgery).run();
      return surgery;
    },
    { surgery_checklist_phase_unique: () => conflict('CHECKLIST_PHASE_ALREADY_RECORDED', `${PHASE_NAME[input.phase]} was recorded by someone else just now`) },
  );
}

/**
 * A time sent under its new name or its deprecated one: exactly one of the two, named in the
 * refusal as the client sent it.
 */
function newOrOldName<K extends 'incisionAt' | 'closureAt', O extends 'startedAt' | 'endedAt'>(
  input: Partial<Record<K | O, Date | null>>,
  name: K,
  old: O,
): { field: K | O; value: Date } {
  const value = input[name];
  const oldValue = input[old];
  if (value != null && oldValue != null) throw badInput(old, `Send ${name} only (${old} is its deprecated name)`, 'BOTH_NAMES');
  if (value != null) return { field: name, value };
  if (oldValue != null) return { field: old, value: oldValue };
  throw badInput(name, `${name} is required`, 'REQUIRED');
}

/**
 * Records the operation as performed, with its operation record. Refused (CONFLICT
 * CHECKLIST_INCOMPLETE) unless Sign In, Time Out and Sign Out are all recorded; the incision
 * cannot precede the Time Out.
 */
export async function completeSurgery(
  ctx: ServiceContext,
  surgeryId: string,
  input: CompleteSurgeryInput,
  keys: { team: TeamKeys | null } = { team: null },
): Promise<Surgery> {
  const now = ctx.clock();
  const incision = newOrOldName(input, 'incisionAt', 'startedAt');
  const closure = newOrOldName(input, 'closureAt', 'endedAt');
  const startedAt = notInFuture(incision.field, incision.value, now);
  const endedAt = notInFuture(closure.field, closure.value, now);
  if (endedAt.getTime() <= startedAt.getTime()) {
    throw badInput(closure.field, `${closure.field} must be after ${incision.field}`, 'END_BEFORE_START');
  }
  if (endedAt.getTime() - startedAt.getTime() > 24 * 60 * MINUTE) {
    throw badInput(closure.field, 'An operation cannot last more than 24 hours', 'OUT_OF_RANGE');
  }
  const inTheatreAt = input.inTheatreAt == null ? null : notInFuture('inTheatreAt', input.inTheatreAt, now);
  if (inTheatreAt && inTheatreAt.getTime() > startedAt.getTime()) {
    throw badInput('inTheatreAt', 'The patient comes into theatre before the incision', 'AFTER_INCISION');
  }
  if (inTheatreAt && startedAt.getTime() - inTheatreAt.getTime() > 12 * 60 * MINUTE) {
    throw badInput('inTheatreAt', 'More than 12 hours in theatre before the incision', 'OUT_OF_RANGE');
  }
  const outOfTheatreAt = input.outOfTheatreAt == null ? null : notInFuture('outOfTheatreAt', input.outOfTheatreAt, now);
  if (outOfTheatreAt && outOfTheatreAt.getTime() < endedAt.getTime()) {
    throw badInput('outOfTheatreAt', 'The patient leaves theatre after closure', 'BEFORE_CLOSURE');
  }
  if (outOfTheatreAt && outOfTheatreAt.getTime() - endedAt.getTime() > 12 * 60 * MINUTE) {
    throw badInput('outOfTheatreAt', 'More than 12 hours in theatre after closure', 'OUT_OF_RANGE');
  }
  if ((input.procedures?.length ?? 0) + (input.procedureCodes?.length ?? 0) > 20) throw badInput('procedures', 'At most 20 procedures', 'TOO_MANY');
  const uncoded = (input.procedures ?? []).map((p) => requiredText('procedures', p, 300));
  if ((input.specimens?.length ?? 0) > 20) throw badInput('specimens', 'At most 20 specimens', 'TOO_MANY');
  const specimens = (input.specimens ?? []).map((p) => requiredText('specimens', p, 300));
  const estimatedBloodLossMl = intInRange('estimatedBloodLossMl', input.estimatedBloodLossMl, 0, 20_000);
  const findings = optionalText('findings', input.findings, 5000, { multiline: true });
  const operativeNote = optionalText('operativeNote', input.operativeNote, 20_000, { multiline: true });
  const team = keys.team ? validTeam(keys.team) : null;
  const coded = await requireProcedures(ctx.em, 'procedureCodes', input.procedureCodes ?? []);

  return inTransaction(ctx.em, async (em) => {
    await lockRow(em, 'surgery', surgeryId);
    const surgery = await getSurgeryOrFail(em, surgeryId);
    refuseIfDeceased(surgery.patient);
    if (surgery.status === SurgeryStatus.COMPLETED) throw conflict('ALREADY_COMPLETED', 'The operation is already recorded as performed');
    checkVersion(surgery, input.expectedVersion, 'operation');
    if (surgery.status !== SurgeryStatus.SCHEDULED) {
      throw conflict('SURGERY_NOT_SCHEDULED', `A ${surgery.status.toLowerCase()} surgery cannot be completed`);
    }
    const phases = await em.find(SurgeryChecklistPhase, { surgery: surgery.id });
    const missing = CHECKLIST_PHASE_ORDER.filter((phase) => !phases.some((p) => p.phase === phase));
    if (missing.length > 0) {
      throw conflict('CHECKLIST_INCOMPLETE', `The WHO checklist is incomplete: ${missing.map((p) => PHASE_NAME[p]).join(', ')} not recorded`);
    }
    const timeOut = phases.find((p) => p.phase === ChecklistPhase.TIME_OUT)!;
    if (startedAt.getTime() < timeOut.recordedAt.getTime()) {
      throw badInput(incision.field, 'The incision cannot precede the Time Out', 'BEFORE_TIME_OUT');
    }
    // Coded procedures first, then the free-text ones; neither given: the booked procedure, with its code.
    const performed =
      coded.length + uncoded.length > 0
        ? [...coded.map((p) => ({ description: p.title, code: p.code })), ...uncoded.map((description) => ({ description, code: null }))]
        : [{ description: surgery.procedure, code: surgery.procedureCode }];
    performed.forEach(({ code }, position) => {
      if (code) em.create(SurgeryProcedureCode, { surgery, position, procedureCode: code });
    });
    Object.assign(surgery, {
      status: SurgeryStatus.COMPLETED,
      procedures: performed.map((p) => p.description),
      inTheatreAt,
      startedAt,
      endedAt,
      outOfTheatreAt,
      anaesthesiaType: input.anaesthesiaType,
      asaClass: input.asaClass,
      urgency: input.urgency ?? surgery.urgency,
      woundClass: input.woundClass,
      estimatedBloodLossMl,
      specimens,
      findings,
      operativeNote,
    });
    const current = await em.find(SurgeryTeamMember, { surgery: surgery.id }, { populate: ['staffMember'] });
    let performedBy = current;
    if (team) {
      performedBy = setTeam(em, surgery, current, team, await loadStaff(em, team));
    } else {
      syncTeamSlots(surgery, current);
    }
    // Each team member's logbook entry, made with the operation record or not at all.
    await recordOperationLogbook(em, surgery, performedBy, performed[0]);
    if (surgery.referral?.status === ReferralStatus.SCHEDULED) {
      applyReferralTransition(em, surgery.referral, ReferralStatus.COMPLETED, { at: endedAt, reason: null, actor: ctx.actor });
    }
    recordJourneyEvent(
      em,
      surgery.patient,
      {
        kind: JourneyEventKind.SURGERY_PERFORMED,
        occurredAt: startedAt,
        summary: summaries.surgeryPerformed(
          surgery.procedures.join('; '),
          surgery.theatre.name,
          Math.round((endedAt.getTime() - startedAt.getTime()) / MINUTE),
        ),
        episode: surgery.episode,
        referral: surgery.referral,
        surgery,
      },
      ctx.actor,
    );
    return surgery;
  });
}

/**
 * Records a complication of a performed operation. A surgical-site infection must fall
 * within 30 days of the operation; grade V is the patient's death: the patient becomes
 * DECEASED and their open episodes end.
 */
export async function recordComplication(ctx: ServiceContext, surgeryId: string, input: RecordComplicationInput): Promise<Complication> {
  const now = ctx.clock();
  const occurredAt = notInFuture('occurredAt', input.occurredAt, now);
  const description = requiredText('description', input.description, 2000, { multiline: true });
  if (input.grade === ClavienDindoGrade.V && input.disabilityAtDischarge) {
    throw badInput('disabilityAtDischarge', 'Grade V (death) has no "d" suffix', 'NOT_WITH_GRADE_V');
  }
  return inTransaction(ctx.em, async (em) => {
    const surgery = await getSurgeryOrFail(em, surgeryId);
    const patient = surgery.patient;
    refuseIfDeceased(patient);
    if (surgery.status !== SurgeryStatus.COMPLETED || !surgery.startedAt || !surgery.endedAt) {
      throw conflict('SURGERY_NOT_PERFORMED', 'Complications are recorded against a performed operation');
    }
    if (occurredAt.getTime() < surgery.startedAt.getTime()) {
      throw badInput('occurredAt', 'A complication of an operation cannot precede it', 'BEFORE_OPERATION');
    }
    if (input.surgicalSiteInfection && !withinSsiSurveillance(surgery.endedAt, occurredAt)) {
      throw badInput('surgicalSiteInfection', 'A surgical-site infection is recorded only within 30 days of the operation', 'OUTSIDE_SSI_WINDOW');
    }
    const stageBefore = patient.stage;
    const complication = em.create(Complication, {
      surgery,
      patient,
      grade: input.grade,
      disabilityAtDischarge: input.disabilityAtDischarge,
      description,
      occurredAt,
      surgicalSiteInfection: input.surgicalSiteInfection,
      recordedAt: now,
      recordedBy: ctx.actor,
    });
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.COMPLICATION_RECORDED,
        grade: input.grade,
        occurredAt,
        summary: summaries.complicationRecorded(complication.gradeLabel, surgery.procedure, description, input.surgicalSiteInfection),
        episode: surgery.episode,
        surgery,
        complication,
      },
      ctx.actor,
    );
    if (input.grade === ClavienDindoGrade.V) {
      await endJourneyAfterDeath(em, patient, { diedAt: occurredAt, recordedBy: DeathRecordedBy.COMPLICATION, stageBefore, now, actor: ctx.actor });
    }
    return complication;
  });
}
