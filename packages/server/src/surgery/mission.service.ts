import type { EntityManager } from '@mikro-orm/postgresql';
import {
  HOSPITAL_UTC_OFFSET,
  JourneyEventKind,
  ReferralStatus,
  SurgicalUrgency,
  UrgencyBand,
  addDays,
  isPastBooking,
  planMission,
  type MissionPlanProblem,
} from '@pj/shared';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { intInRange, optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import type { Referral } from '../referrals/referral.entity.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getReferralOrFail } from '../referrals/referral.service.js';
import type { AssignReferralToMissionInput, CreateMissionInput, CreateStaffMemberInput } from './mission.input.js';
import { Mission, MissionReferral } from './mission.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import type { Surgery } from './surgery.entity.js';
import {
  bookSurgery,
  bookingConflicts,
  bookingKeys,
  lockBookingKeys,
  validBooking,
  validTeam,
  type RetrospectiveEntry,
  type TeamKeys,
} from './surgery.service.js';

/** Theatre lists start at 08:00 Phnom Penh time. */
export const THEATRE_DAY_START_MINUTE = 8 * 60;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(field: string, value: string): string {
  if (!LOCAL_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${field} must be a calendar day (YYYY-MM-DD)`, 'INVALID_DATE');
  }
  if (value < '2000-01-01' || value > '2199-12-31') throw badInput(field, `${field} is out of range`, 'OUT_OF_RANGE');
  return value;
}

export async function createStaffMember(ctx: ServiceContext, input: CreateStaffMemberInput): Promise<StaffMember> {
  const name = requiredText('name', input.name, 120);
  const nameKhmer = optionalText('nameKhmer', input.nameKhmer, 120);
  const nameJapanese = optionalText('nameJapanese', input.nameJapanese, 120);
  const institution = optionalText('institution', input.institution, 200);
  if (input.visiting && !institution) throw badInput('institution', 'A visiting staff member needs a home institution', 'REQUIRED');
  return inTransaction(ctx.em, (em) =>
    Promise.resolve(em.create(StaffMember, { name, nameKhmer, nameJapanese, role: input.role, specialty: input.specialty ?? null, visiting: input.visiting, institution })),
  );
}

export async function getMissionOrFail(em: EntityManager, id: string): Promise<Mission> {
  const mission = await em.findOne(Mission, { id }, { populate: ['theatres', 'members'] });
  if (!mission) throw notFound('Mission', id);
  return mission;
}

/** Creates a mission: a visiting team, its dates, theatres and daily theatre minutes. */
export async function createMission(
  ctx: ServiceContext,
  keys: { theatreIds: string[]; memberIds: string[] },
  input: CreateMissionInput,
): Promise<Mission> {
  const name = requiredText('name', input.name, 200);
  const institution = requiredText('institution', input.institution, 200);
  const notes = optionalText('notes', input.notes, 2000, { multiline: true });
  const startDate = validDate('startDate', input.startDate);
  const endDate = validDate('endDate', input.endDate);
  if (endDate < startDate) throw badInput('endDate', 'The mission ends before it starts', 'END_BEFORE_START');
  if (addDays(startDate, 13) < endDate) throw badInput('endDate', 'A mission lasts at most 14 days', 'OUT_OF_RANGE');
  const dailyCapacityMinutes = intInRange('dailyCapacityMinutes', input.dailyCapacityMinutes, 30, 24 * 60);
  const specialties = [...new Set(input.specialties)];
  if (specialties.length === 0) throw badInput('specialties', 'At least one specialty', 'REQUIRED');
  const theatreIds = [...new Set(keys.theatreIds)];
  if (theatreIds.length === 0) throw badInput('theatreIds', 'At least one theatre', 'REQUIRED');
  const memberIds = [...new Set(keys.memberIds)];
  return inTransaction(ctx.em, async (em) => {
    const theatres = await em.find(Theatre, { id: { $in: theatreIds } });
    const missingTheatre = theatreIds.find((id) => !theatres.some((t) => t.id === id));
    if (missingTheatre) throw notFound('Theatre', missingTheatre);
    const members = memberIds.length ? await em.find(StaffMember, { id: { $in: memberIds } }) : [];
    const missingMember = memberIds.find((id) => !members.some((m) => m.id === id));
    if (missingMember) throw notFound('StaffMember', missingMember);
    const mission = em.create(Mission, { name, institution, specialties, startDate, endDate, dailyCapacityMinutes, notes });
    mission.theatres.set(theatres);
    mission.members.set(members);
    return mission;
  });
}

/** Puts a WAITLISTED (or ACCEPTED) referral on a mission's list, with the planned procedure and its expected duration. */
export async function assignReferralToMission(
  ctx: ServiceContext,
  keys: { missionId: string; referralId: string },
  input: AssignReferralToMissionInput,
): Promise<Mission> {
  const now = ctx.clock();
  const procedure = requiredText('procedure', input.procedure, 300);
  const expectedDurationMinutes = intInRange('expectedDurationMinutes', input.expectedDurationMinutes, 5, 24 * 60);
  return inTransaction(
    ctx.em,
    async (em) => {
      const mission = await getMissionOrFail(em, keys.missionId);
      const referral = await getReferralOrFail(em, keys.referralId);
      refuseIfDeceased(referral.patient);
      if (referral.status !== ReferralStatus.WAITLISTED && referral.status !== ReferralStatus.ACCEPTED) {
        throw conflict('REFERRAL_NOT_WAITLISTED', `Only a waitlisted referral can be put on a mission list (this one is ${referral.status.toLowerCase()})`);
      }
      const existing = await em.findOne(MissionReferral, { referral: referral.id }, { populate: ['mission'] });
      if (existing) {
        throw conflict('REFERRAL_ALREADY_ON_MISSION', `The referral is already on the list of ${existing.mission.name}`);
      }
      em.create(MissionReferral, { mission, referral, procedure, expectedDurationMinutes, assignedAt: now, assignedBy: ctx.actor });
      recordJourneyEvent(
        em,
        referral.patient,
        { kind: JourneyEventKind.MISSION_ASSIGNED, occurredAt: now, summary: summaries.missionAssigned(mission.name, procedure), episode: referral.episode, referral, mission },
        ctx.actor,
      );
      return mission;
    },
    { mission_referral_referral_unique: () => conflict('REFERRAL_ALREADY_ON_MISSION', 'The referral was put on a mission list by someone else just now') },
  );
}

/** Takes a referral off a mission's list (not once it is booked). */
export async function unassignReferralFromMission(ctx: ServiceContext, keys: { missionId: string; referralId: string }): Promise<Mission> {
  const now = ctx.clock();
  return inTransaction(ctx.em, async (em) => {
    const mission = await getMissionOrFail(em, keys.missionId);
    const entry = await em.findOne(MissionReferral, { mission: mission.id, referral: keys.referralId }, { populate: ['referral', 'referral.patient', 'referral.episode'] });
    if (!entry) throw notFound('Mission referral', keys.referralId);
    if (entry.referral.status === ReferralStatus.SCHEDULED) {
      throw conflict('REFERRAL_ALREADY_SCHEDULED', 'The referral is booked; cancel the operation first');
    }
    em.remove(entry);
    recordJourneyEvent(
      em,
      entry.referral.patient,
      { kind: JourneyEventKind.MISSION_UNASSIGNED, occurredAt: now, summary: summaries.missionUnassigned(mission.name), episode: entry.referral.episode, referral: entry.referral, mission },
      ctx.actor,
    );
    return mission;
  });
}

/** The mission's operating days: every day of the mission, YYYY-MM-DD. */
export function missionDays(mission: Pick<Mission, 'startDate' | 'endDate'>): string[] {
  const days: string[] = [];
  for (let day = mission.startDate; day <= mission.endDate; day = addDays(day, 1)) days.push(day);
  return days;
}

export interface MissionProposal {
  mission: Mission;
  slots: { referral: Referral; procedure: string; theatre: Theatre; day: string; scheduledStart: Date; expectedDurationMinutes: number }[];
  unplanned: { referral: Referral; reason: MissionPlanProblem }[];
}

/**
 * Proposes theatre lists for the mission's waiting (not yet booked) referrals with the pure
 * planner: by urgency band, then longest waiting, never over a theatre day's capacity. Writes nothing.
 */
export async function proposeMissionSchedule(em: EntityManager, missionId: string): Promise<MissionProposal> {
  const mission = await getMissionOrFail(em, missionId);
  const entries = await em.find(
    MissionReferral,
    { mission: mission.id, referral: { status: { $in: [ReferralStatus.WAITLISTED, ReferralStatus.ACCEPTED] } } },
    { populate: ['referral'] },
  );
  const theatres = [...mission.theatres].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  const plan = planMission({
    cases: entries.map((e) => ({
      id: e.referral.id,
      urgencyBand: e.referral.urgencyBand ?? UrgencyBand.DAYS_365,
      waitingSince: e.referral.receivedAt,
      expectedDurationMinutes: e.expectedDurationMinutes,
    })),
    days: missionDays(mission),
    theatreIds: theatres.map((t) => t.id),
    dailyCapacityMinutes: mission.dailyCapacityMinutes,
    dayStartMinute: THEATRE_DAY_START_MINUTE,
  });
  const byReferral = new Map(entries.map((e) => [e.referral.id, e]));
  const theatreById = new Map(theatres.map((t) => [t.id, t]));
  return {
    mission,
    slots: plan.slots.map((slot) => {
      const entry = byReferral.get(slot.caseId)!;
      const midnight = new Date(`${slot.day}T00:00:00${HOSPITAL_UTC_OFFSET}`);
      return {
        referral: entry.referral,
        procedure: entry.procedure,
        theatre: theatreById.get(slot.theatreId)!,
        day: slot.day,
        scheduledStart: new Date(midnight.getTime() + slot.startMinute * 60_000),
        expectedDurationMinutes: slot.durationMinutes,
      };
    }),
    unplanned: plan.unplanned.map((u) => ({ referral: byReferral.get(u.caseId)!.referral, reason: u.reason })),
  };
}

/** One slot of a confirmed schedule, with database keys. */
export interface MissionSlotKeys {
  referralId: string;
  theatreId: string;
  scheduledStart: Date;
  expectedDurationMinutes: number;
  procedure?: string | null;
  team: TeamKeys;
}

/**
 * Books the (edited) mission schedule: every slot becomes a booked operation of the
 * mission, its referral moves to SCHEDULED, all in one transaction: if any slot fails (a
 * double booking, a referral not on the list), nothing is booked.
 */
export async function confirmMissionSchedule(
  ctx: ServiceContext,
  missionId: string,
  slots: MissionSlotKeys[],
  entry: RetrospectiveEntry = {},
): Promise<Surgery[]> {
  const now = ctx.clock();
  if (slots.length === 0) throw badInput('slots', 'Nothing to confirm', 'REQUIRED');
  if (slots.length > 200) throw badInput('slots', 'At most 200 operations at once', 'TOO_MANY');
  if (new Set(slots.map((s) => s.referralId)).size !== slots.length) {
    throw badInput('slots', 'Each referral can be booked once', 'DUPLICATE_REFERRAL');
  }
  // A retrospective entry covers the slots that have started; the others are ordinary bookings.
  const retrospectiveFor = (start: Date): RetrospectiveEntry =>
    entry.retrospective && start instanceof Date && isPastBooking(start, now) ? entry : { retrospective: false, retrospectiveReason: entry.retrospective ? null : entry.retrospectiveReason };
  const checked = slots.map((slot) => ({
    slot,
    booking: validBooking(
      {
        procedure: slot.procedure ?? 'placeholder',
        scheduledStart: slot.scheduledStart,
        expectedDurationMinutes: slot.expectedDurationMinutes,
        ...retrospectiveFor(slot.scheduledStart),
      },
      now,
      'slots.scheduledStart',
    ),
    team: validTeam(slot.team, 'slots.team'),
  }));
  const names = { theatre: 'The theatre', staff: new Map<string, string>() };
  return inTransaction(
    ctx.em,
    async (em) => {
      const mission = await getMissionOrFail(em, missionId);
      const entries = await em.find(MissionReferral, { mission: mission.id }, { populate: ['referral'] });
      const byReferral = new Map(entries.map((e) => [e.referral.id, e]));
      // Every lock the whole schedule needs, up front and in order, so it cannot deadlock with another booking.
      await lockBookingKeys(
        em,
        checked.flatMap(({ slot, team }) => bookingKeys(slot.theatreId, byReferral.get(slot.referralId)?.referral.patient.id ?? '', team)),
      );
      const surgeries: Surgery[] = [];
      for (const { slot, booking, team } of checked) {
        const entry = byReferral.get(slot.referralId);
        if (!entry) throw badInput('slots', `Referral ${slot.referralId} is not on this mission's list`, 'NOT_ON_MISSION');
        const procedure = slot.procedure ? booking.procedure : entry.procedure;
        const surgery = await bookSurgery(
          em,
          ctx,
          { patientId: entry.referral.patient.id, referralId: entry.referral.id, episodeId: null, missionId: mission.id },
          { specialty: null, urgency: SurgicalUrgency.ELECTIVE, theatreId: slot.theatreId },
          { ...booking, procedure },
          team,
          names,
        );
        surgeries.push(surgery);
        // Flush each booking so the next slot's pre-checks see it (and a clash names it).
        await em.flush();
      }
      return surgeries;
    },
    bookingConflicts({ theatre: () => names.theatre, staff: () => names.staff }),
  );
}
